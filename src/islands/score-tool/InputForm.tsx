/** The tool's inputs: how the result is given (score, counts, answers 0–10, file) and what to compare it with. */
import type { ReactNode } from 'react';
import { FILTER_GRADES, FILTER_SURVEY_TYPES } from '../../lib/filters.ts';
import type { BenchmarkSettings } from '../../lib/placement.ts';
import type { SurveyType } from '../../lib/schema.ts';
import type { ScoreToolStrings } from '../../lib/score-tool-strings.ts';
import { CONFIDENCE_LEVELS, type FieldName, type ToolMode, type ToolParams, USER_SURVEY_TYPES, isMetricMode } from '../../lib/url-state.ts';
import { Field, GroupErrors } from './Field.tsx';

export interface InputFormProps {
  idPrefix: string;
  t: ScoreToolStrings;
  params: ToolParams;
  update: (change: Partial<ToolParams>) => void;
  /** Messages for a field (and, for answers, one answer). */
  errorsFor: (field: FieldName, index?: number) => string[];
  modes: readonly ToolMode[];
  /** Sector menu; absent on a sector page, where the sector is fixed. */
  sectors?: { id: string; name: string }[] | undefined;
  /** What the benchmarks can be chosen from, once the sector's figures are loaded, and the settings in use. */
  benchmarkOptions?: BenchmarkOptions | undefined;
  /** The file import panel (mode "file"). */
  fileSlot?: ReactNode;
}

export interface BenchmarkOptions {
  /** On a sector page the page's filters choose market, type, years and grade; only the companies are chosen here. */
  embedded: boolean;
  /** The settings in use (defaults applied), which the menus show. */
  settings: BenchmarkSettings;
  markets: { code: string; name: string }[];
  years: number[];
  types: SurveyType[];
  companies: { id: string; name: string }[];
}

export function InputForm({ idPrefix, t, params, update, errorsFor, modes, sectors, benchmarkOptions: b, fileSlot }: InputFormProps) {
  const peers = params.peers
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  const togglePeer = (id: string, on: boolean) => {
    const next = on ? [...peers.filter((p) => p !== id), id] : peers.filter((p) => p !== id);
    // Keep the sector's order, so the link doesn't depend on the order of the clicks.
    const order = b?.companies.map((c) => c.id) ?? [];
    next.sort((x, y) => order.indexOf(x) - order.indexOf(y));
    update({ peers: next.join(',') });
  };
  const id = (name: string) => `${idPrefix}-${name}`;
  const answerErrors = Array.from({ length: 11 }, (_, i) => errorsFor('answers', i));
  return (
    <form className="st-form no-print" noValidate onSubmit={(event) => event.preventDefault()}>
      <fieldset className="st-modes">
        <legend>{t.modeLegend}</legend>
        <div className="st-mode-options">
          {modes.map((mode) => (
            <label key={mode} className="st-mode">
              <input type="radio" name={id('mode')} value={mode} checked={params.mode === mode} onChange={() => update({ mode })} data-testid={`mode-${mode}`} />
              {t.modes[mode]}
            </label>
          ))}
        </div>
        <GroupErrors id={id('mode-error')} errors={errorsFor('mode')} />
      </fieldset>

      {params.mode === 'score' && (
        <div className="st-row">
          <Field id={id('score')} label={t.scoreLabel} value={params.score} onChange={(score) => update({ score })} errors={errorsFor('score')} testId="input-score" />
          <Field id={id('n')} label={t.nLabel} value={params.n} onChange={(n) => update({ n })} errors={errorsFor('n')} hint={t.nHint} inputMode="numeric" testId="input-n" />
        </div>
      )}

      {params.mode === 'counts' && (
        <fieldset className="st-group">
          <legend className="visually-hidden">{t.modes.counts}</legend>
          <div className="st-row">
            <Field
              id={id('promoters')}
              label={t.promotersLabel}
              value={params.promoters}
              onChange={(promoters) => update({ promoters })}
              errors={errorsFor('promoters')}
              inputMode="numeric"
              placeholder="0"
              testId="input-promoters"
            />
            <Field
              id={id('passives')}
              label={t.passivesLabel}
              value={params.passives}
              onChange={(passives) => update({ passives })}
              errors={errorsFor('passives')}
              inputMode="numeric"
              placeholder="0"
              testId="input-passives"
            />
            <Field
              id={id('detractors')}
              label={t.detractorsLabel}
              value={params.detractors}
              onChange={(detractors) => update({ detractors })}
              errors={errorsFor('detractors')}
              inputMode="numeric"
              placeholder="0"
              testId="input-detractors"
            />
          </div>
          <p className="st-hint">{t.countsHint}</p>
          <GroupErrors id={id('counts-error')} errors={[...errorsFor('counts'), ...errorsFor('n')]} />
        </fieldset>
      )}

      {params.mode === 'answers' && (
        <fieldset className="st-group">
          <legend>{t.answersLegend}</legend>
          <p className="st-hint">{t.answerGroups}</p>
          <div className="st-answers">
            {Array.from({ length: 11 }, (_, answer) => (
              <Field
                key={answer}
                id={id(`answer-${answer}`)}
                className={answer <= 6 ? 'st-detractor' : answer <= 8 ? 'st-passive' : 'st-promoter'}
                label={t.answerLabel(answer)}
                value={params.answers[answer] ?? ''}
                onChange={(value) => {
                  // A link may hold fewer than 11 counts (reported); editing gives the full list of 11.
                  const answers = Array.from({ length: Math.max(11, params.answers.length) }, (_, i) => params.answers[i] ?? '');
                  answers[answer] = value;
                  update({ answers });
                }}
                errors={answerErrors[answer] ?? []}
                inputMode="numeric"
                placeholder="0"
                testId={`input-answer-${answer}`}
              />
            ))}
          </div>
          <GroupErrors id={id('answers-error')} errors={errorsFor('answers')} />
        </fieldset>
      )}

      {fileSlot && (
        <div className="st-file" hidden={params.mode !== 'file'}>
          {fileSlot}
        </div>
      )}

      {/* Two waves, CSAT and CES have no benchmarks to choose (their inputs are in MetricModes.tsx). */}
      <fieldset className="st-options" hidden={isMetricMode(params.mode)}>
        <legend>{t.optionsLegend}</legend>
        <div className="st-row">
          {sectors && (
            <div className="st-field">
              <label htmlFor={id('sector')}>{t.sectorLabel}</label>
              <select
                id={id('sector')}
                value={sectors.some((s) => s.id === params.sector) ? params.sector : ''}
                onChange={(event) => update({ sector: event.target.value })}
                data-testid="input-sector"
              >
                <option value="">{t.sectorNone}</option>
                {sectors.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.name}
                  </option>
                ))}
              </select>
              <GroupErrors id={id('sector-error')} errors={errorsFor('sector')} />
            </div>
          )}
          <div className="st-field">
            <label htmlFor={id('survey')}>{t.surveyTypeLabel}</label>
            <select
              id={id('survey')}
              value={(USER_SURVEY_TYPES as readonly string[]).includes(params.survey) ? params.survey : ''}
              onChange={(event) => update({ survey: event.target.value })}
              data-testid="input-survey"
            >
              <option value="">{t.surveyTypeNotSaid}</option>
              {USER_SURVEY_TYPES.map((type) => (
                <option key={type} value={type}>
                  {t.userSurveyTypes[type]}
                </option>
              ))}
            </select>
            <GroupErrors id={id('survey-error')} errors={errorsFor('survey')} />
          </div>
          {b && !b.embedded && (
            <>
              <div className="st-field">
                <label htmlFor={id('grade')}>{t.gradeLabel}</label>
                <select id={id('grade')} value={b.settings.minGrade} onChange={(event) => update({ grade: event.target.value })} data-testid="input-grade">
                  {FILTER_GRADES.map((grade) => (
                    <option key={grade} value={grade}>
                      {t.gradeOption(grade)}
                    </option>
                  ))}
                </select>
                <GroupErrors id={id('grade-error')} errors={errorsFor('grade')} />
              </div>
              <div className="st-field">
                <label htmlFor={id('market')}>{t.marketLabel}</label>
                <select id={id('market')} value={b.settings.market ?? 'all'} onChange={(event) => update({ market: event.target.value })} data-testid="input-market">
                  <option value="all">{t.marketAll}</option>
                  {b.markets.map((m) => (
                    <option key={m.code} value={m.code}>
                      {m.name}
                    </option>
                  ))}
                </select>
                <GroupErrors id={id('market-error')} errors={errorsFor('market')} />
              </div>
              <div className="st-field">
                <label htmlFor={id('from')}>{t.yearsFromLabel}</label>
                <select
                  id={id('from')}
                  value={b.settings.from !== undefined ? String(b.settings.from) : 'all'}
                  onChange={(event) => update({ from: event.target.value })}
                  data-testid="input-from"
                >
                  <option value="all">{t.yearsAllOption}</option>
                  {withYear(b.years, b.settings.from).map((year) => (
                    <option key={year} value={String(year)}>
                      {year}
                    </option>
                  ))}
                </select>
                <GroupErrors id={id('from-error')} errors={errorsFor('from')} />
              </div>
              <div className="st-field">
                <label htmlFor={id('to')}>{t.yearsToLabel}</label>
                <select
                  id={id('to')}
                  value={b.settings.to !== undefined ? String(b.settings.to) : ''}
                  onChange={(event) => update({ to: event.target.value, ...(b.settings.from !== undefined && params.from === '' ? { from: String(b.settings.from) } : {}) })}
                  data-testid="input-to"
                >
                  <option value="">{t.yearsOpen}</option>
                  {withYear(b.years, b.settings.to).map((year) => (
                    <option key={year} value={String(year)}>
                      {year}
                    </option>
                  ))}
                </select>
                <GroupErrors id={id('to-error')} errors={errorsFor('to')} />
              </div>
              <div className="st-field">
                <label htmlFor={id('type')}>{t.benchmarkTypeLabel}</label>
                <select id={id('type')} value={b.settings.type ?? ''} onChange={(event) => update({ type: event.target.value })} data-testid="input-type">
                  <option value="">{t.typeAll}</option>
                  {FILTER_SURVEY_TYPES.filter((type) => b.types.includes(type) || type === b.settings.type).map((type) => (
                    <option key={type} value={type}>
                      {t.surveyType[type]}
                    </option>
                  ))}
                </select>
                <GroupErrors id={id('type-error')} errors={errorsFor('type')} />
              </div>
            </>
          )}
          <Field id={id('target')} label={t.targetLabel} value={params.target} onChange={(target) => update({ target })} errors={errorsFor('target')} testId="input-target" />
          <div className="st-field">
            <label htmlFor={id('confidence')}>{t.confidenceLabel}</label>
            <select
              id={id('confidence')}
              value={(CONFIDENCE_LEVELS as readonly string[]).includes(params.confidence) ? params.confidence : '95'}
              onChange={(event) => update({ confidence: event.target.value })}
              data-testid="input-confidence"
            >
              {CONFIDENCE_LEVELS.map((level) => (
                <option key={level} value={level}>
                  {t.confidenceOption(level)}
                </option>
              ))}
            </select>
            <GroupErrors id={id('confidence-error')} errors={errorsFor('confidence')} />
          </div>
        </div>
        {b?.embedded && <p className="st-hint">{t.embeddedFilters}</p>}
        {!b && <GroupErrors id={id('benchmark-error')} errors={(['grade', 'market', 'from', 'to', 'type', 'peers'] as const).flatMap((field) => errorsFor(field))} />}
        {b && b.companies.length > 0 && (
          <fieldset className="st-peers" data-testid="peers">
            <legend>{t.peersLegend}</legend>
            <p className="st-hint">{peers.length === 0 ? t.peersAll : t.peersHint}</p>
            <div className="st-peer-options">
              {b.companies.map((c) => (
                <label key={c.id} className="st-peer">
                  <input type="checkbox" checked={peers.includes(c.id)} onChange={(event) => togglePeer(c.id, event.target.checked)} data-testid={`peer-${c.id}`} />
                  {c.name}
                </label>
              ))}
            </div>
            <GroupErrors id={id('peers-error')} errors={errorsFor('peers')} />
          </fieldset>
        )}
      </fieldset>
    </form>
  );
}

/** The years to offer, with the one in use even when the sector's figures don't span it. */
function withYear(years: number[], year: number | undefined): number[] {
  return year === undefined || years.includes(year) ? years : [...years, year].sort((a, b) => a - b);
}
