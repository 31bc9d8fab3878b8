/** The tool's inputs: how the result is given (score, counts, answers 0–10, file) and what to compare it with. */
import type { ReactNode } from 'react';
import type { ScoreToolStrings } from '../../lib/score-tool-strings.ts';
import { CONFIDENCE_LEVELS, type FieldName, type ToolMode, type ToolParams, USER_SURVEY_TYPES } from '../../lib/url-state.ts';
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
  /** Markets present among the sector's figures; absent on a sector page (the page's filters apply). */
  markets?: { code: string; name: string }[] | undefined;
  /** The file import panel (mode "file"). */
  fileSlot?: ReactNode;
}

const GRADES = ['A', 'B', 'C', 'D'] as const;

export function InputForm({ idPrefix, t, params, update, errorsFor, modes, sectors, markets, fileSlot }: InputFormProps) {
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
            <Field id={id('promoters')} label={t.promotersLabel} value={params.promoters} onChange={(promoters) => update({ promoters })} errors={errorsFor('promoters')} inputMode="numeric" placeholder="0" testId="input-promoters" />
            <Field id={id('passives')} label={t.passivesLabel} value={params.passives} onChange={(passives) => update({ passives })} errors={errorsFor('passives')} inputMode="numeric" placeholder="0" testId="input-passives" />
            <Field id={id('detractors')} label={t.detractorsLabel} value={params.detractors} onChange={(detractors) => update({ detractors })} errors={errorsFor('detractors')} inputMode="numeric" placeholder="0" testId="input-detractors" />
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
                  const answers = [...params.answers];
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

      <fieldset className="st-options">
        <legend>{t.optionsLegend}</legend>
        <div className="st-row">
          {sectors && (
            <div className="st-field">
              <label htmlFor={id('sector')}>{t.sectorLabel}</label>
              <select id={id('sector')} value={sectors.some((s) => s.id === params.sector) ? params.sector : ''} onChange={(event) => update({ sector: event.target.value })} data-testid="input-sector">
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
            <select id={id('survey')} value={(USER_SURVEY_TYPES as readonly string[]).includes(params.survey) ? params.survey : ''} onChange={(event) => update({ survey: event.target.value })} data-testid="input-survey">
              <option value="">{t.surveyTypeNotSaid}</option>
              {USER_SURVEY_TYPES.map((type) => (
                <option key={type} value={type}>
                  {t.userSurveyTypes[type]}
                </option>
              ))}
            </select>
            <GroupErrors id={id('survey-error')} errors={errorsFor('survey')} />
          </div>
          {markets && (
            <>
              <div className="st-field">
                <label htmlFor={id('grade')}>{t.gradeLabel}</label>
                <select id={id('grade')} value={(GRADES as readonly string[]).includes(params.grade) ? params.grade : 'B'} onChange={(event) => update({ grade: event.target.value })} data-testid="input-grade">
                  {GRADES.map((grade) => (
                    <option key={grade} value={grade}>
                      {t.gradeOption(grade)}
                    </option>
                  ))}
                </select>
                <GroupErrors id={id('grade-error')} errors={errorsFor('grade')} />
              </div>
              <div className="st-field">
                <label htmlFor={id('market')}>{t.marketLabel}</label>
                <select id={id('market')} value={markets.some((m) => m.code === params.market) ? params.market : ''} onChange={(event) => update({ market: event.target.value })} data-testid="input-market">
                  <option value="">{t.marketAll}</option>
                  {markets.map((m) => (
                    <option key={m.code} value={m.code}>
                      {m.name}
                    </option>
                  ))}
                </select>
                <GroupErrors id={id('market-error')} errors={errorsFor('market')} />
              </div>
            </>
          )}
          <Field id={id('target')} label={t.targetLabel} value={params.target} onChange={(target) => update({ target })} errors={errorsFor('target')} testId="input-target" />
          <div className="st-field">
            <label htmlFor={id('confidence')}>{t.confidenceLabel}</label>
            <select id={id('confidence')} value={(CONFIDENCE_LEVELS as readonly string[]).includes(params.confidence) ? params.confidence : '95'} onChange={(event) => update({ confidence: event.target.value })} data-testid="input-confidence">
              {CONFIDENCE_LEVELS.map((level) => (
                <option key={level} value={level}>
                  {t.confidenceOption(level)}
                </option>
              ))}
            </select>
            <GroupErrors id={id('confidence-error')} errors={errorsFor('confidence')} />
          </div>
        </div>
        {!markets && <p className="st-hint">{t.embeddedFilters}</p>}
      </fieldset>
    </form>
  );
}
