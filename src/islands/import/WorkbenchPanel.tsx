/**
 * The import's analyst tools, under the column pickers: choose which 0–10 question is the NPS, one answer per
 * respondent, a weight column (weighted NPS beside the unweighted one), and CSAT / CES from a column. State and
 * markup only: the figures come from src/lib/survey-import/workbench-view.ts, the words from workbench-strings.ts.
 * Every choice reads the file again (`rerun`), in the worker, with the other columns kept.
 */
import { useId } from 'react';
import { formatCount, formatNps, formatPercent } from '../../lib/format.ts';
import { type Locale, LOCALE_TAGS } from '../../lib/i18n.ts';
import type { ImportOptions, ImportResult } from '../../lib/survey-import/types.ts';
import { cesView, csatView, questionRows, weightedView } from '../../lib/survey-import/workbench-view.ts';
import { stringsOf, WORKBENCH_STRINGS } from '../../lib/lazy-strings.ts';

export interface WorkbenchPanelProps {
  locale: Locale;
  result: ImportResult;
  /** Read the file again with this change (the other columns stay as they are). */
  rerun: (change: ImportOptions) => void;
  /** A column's name as the pickers show it. */
  columnName: (index: number) => string;
  /** The "None" option's label. */
  none: string;
}

const optionalColumn = (value: string): number | null => (value === '' ? null : Number(value));

export default function WorkbenchPanel({ locale, result, rerun, columnName, none }: WorkbenchPanelProps) {
  const [t] = stringsOf(locale, WORKBENCH_STRINGS);
  const id = useId();
  const count = (value: number) => formatCount(value, locale);
  const decimal = (value: number, digits = 2) => new Intl.NumberFormat(LOCALE_TAGS[locale], { maximumFractionDigits: digits }).format(value);
  const questions = questionRows(result);
  const respondents = result.respondents;
  const weighted = weightedView(result);
  const csat = csatView(result);
  const ces = cesView(result);
  const otherColumns = result.allColumns.filter((column) => column.index !== result.column);

  const columnSelect = (testId: string, label: string, value: number | undefined, key: 'respondentColumn' | 'weightColumn' | 'csatColumn' | 'cesColumn') => (
    <label>
      <span>{label}</span>
      <select data-testid={testId} value={value ?? ''} onChange={(event) => rerun({ [key]: optionalColumn(event.target.value) })}>
        <option value="">{none}</option>
        {otherColumns.map((column) => (
          <option key={column.index} value={column.index}>
            {columnName(column.index)}
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <div className="import-workbench">
      {questions.length > 1 && (
        <fieldset className="import-questions" data-testid="question-list" data-value={questions.length}>
          <legend>{t.questionsTitle(count(questions.length))}</legend>
          {questions.map((question) => (
            <label key={question.index} data-testid={`question-${question.index}`} data-n={question.n} data-value={question.nps ?? ''}>
              <input type="radio" name={`${id}-question`} checked={question.chosen} onChange={() => rerun({ column: question.index })} />
              <span>{question.header || columnName(question.index)}</span>{' '}
              <span className="hint">{question.nps === null ? t.questionNoAnswer : t.questionStats(count(question.n), formatNps(question.nps, locale))}</span>
            </label>
          ))}
          {result.columnReason && (
            <p className="hint" data-testid="question-reason" data-value={result.columnReason.kind}>
              {t.reason(result.columnReason, result.columnReason.kind === 'header' ? count(result.columnReason.likelyColumns) : '')}
            </p>
          )}
        </fieldset>
      )}

      <div className="import-columns">
        <label>
          <span>{t.respondentLabel}</span>
          <select
            data-testid="import-respondent-column"
            value={respondents?.column ?? ''}
            onChange={(event) => rerun({ respondentColumn: optionalColumn(event.target.value), keepLatest: false })}
          >
            <option value="">{none}</option>
            {otherColumns.map((column) => (
              <option key={column.index} value={column.index}>
                {columnName(column.index)}
              </option>
            ))}
          </select>
        </label>
        {columnSelect('import-weight-column', t.weightLabel, result.weights?.column, 'weightColumn')}
        {columnSelect('import-csat-column', t.csatLabel, result.csat?.column, 'csatColumn')}
        {columnSelect('import-ces-column', t.cesLabel, result.ces?.column, 'cesColumn')}
        {result.ces && (
          <label>
            <span>{t.cesScaleLabel}</span>
            <select
              data-testid="import-ces-scale"
              value={result.ces.scaleFrom === 'chosen' ? String(result.ces.scale) : ''}
              onChange={(event) => rerun({ cesScale: event.target.value === '' ? undefined : (Number(event.target.value) as 5 | 7) })}
            >
              <option value="">{t.cesScaleAuto}</option>
              <option value="7">{t.cesScaleOption(7)}</option>
              <option value="5">{t.cesScaleOption(5)}</option>
            </select>
          </label>
        )}
      </div>

      <section className="import-respondents" data-testid="respondents">
        {!respondents ? (
          <p className="hint">{t.respondentsNone}</p>
        ) : (
          <>
            <p data-testid="duplicates-found" data-value={respondents.repeats} data-column={respondents.column} data-detected-by={respondents.detectedBy}>
              {columnName(respondents.column)} ({t.respondentFrom[respondents.detectedBy]}).{' '}
              {respondents.repeats > 0 ? t.repeatsFound(respondents.repeats, count(respondents.repeats), count(respondents.distinct)) : t.repeatsNone(count(respondents.distinct))}
            </p>
            {respondents.blankIds > 0 && (
              <p className="hint" data-testid="blank-ids" data-value={respondents.blankIds}>
                {t.blankIds(respondents.blankIds, count(respondents.blankIds))}
              </p>
            )}
            {(respondents.repeats > 0 || respondents.keptLatest) && (
              <>
                <label className="import-check">
                  <input type="checkbox" data-testid="keep-latest" checked={respondents.keptLatest} onChange={(event) => rerun({ keepLatest: event.target.checked })} />{' '}
                  {t.keepLatest(respondents.latestBy)}
                </label>
                <p data-testid="respondents-n" data-before={respondents.answersBefore} data-after={respondents.answersAfter}>
                  {t.nBeforeAfter(count(respondents.answersBefore), count(respondents.answersAfter))}
                </p>
                {respondents.keptLatest && respondents.repeats > 0 && <p className="hint">{t.repeatsKeptOut(respondents.repeats, count(respondents.repeats))}</p>}
              </>
            )}
          </>
        )}
      </section>

      {weighted && result.weights && (
        <section className="import-weighted" aria-labelledby={`${id}-weighted`}>
          <h3 id={`${id}-weighted`}>{t.weightedTitle}</h3>
          {weighted.weighted ? (
            <>
              <p>
                <strong data-testid="weighted-nps-value" data-value={weighted.weighted.nps}>
                  {t.weightedLine(formatNps(weighted.weighted.nps, locale), formatNps(weighted.weighted.interval.low, locale), formatNps(weighted.weighted.interval.high, locale))}
                </strong>{' '}
                <span data-testid="weighted-nps-ci-low" data-value={weighted.weighted.interval.low} hidden />
                <span data-testid="weighted-nps-ci-high" data-value={weighted.weighted.interval.high} hidden />
                {weighted.unweighted !== null && (
                  <span data-testid="unweighted-nps-value" data-value={weighted.unweighted}>
                    {t.weightedBeside(formatNps(weighted.unweighted, locale))}
                  </span>
                )}
              </p>
              <p className="hint" data-testid="weighted-n-eff" data-value={weighted.weighted.effectiveN} data-n={weighted.weighted.n}>
                {t.effectiveN(decimal(weighted.weighted.effectiveN, 1), count(weighted.weighted.n))}
              </p>
            </>
          ) : (
            <p className="field-error" role="alert" data-testid="weighted-none">
              {t.weightedNone}
            </p>
          )}
          {result.weights.skipped.total > 0 && (
            <div data-testid="weights-skipped" data-value={result.weights.skipped.total}>
              <p>{t.weightsSkipped(result.weights.skipped.total, count(result.weights.skipped.total))}</p>
              <ul className="import-skipped">
                {(['blank', 'notANumber', 'negative', 'zero'] as const).map((reason) =>
                  result.weights!.skipped[reason] > 0 ? (
                    <li key={reason} data-reason={reason} data-value={result.weights!.skipped[reason]}>
                      {t.weightSkippedReason[reason](count(result.weights!.skipped[reason]))}
                    </li>
                  ) : null,
                )}
              </ul>
            </div>
          )}
          <p className="hint">{t.weightsNote}</p>
        </section>
      )}

      {(result.csat || result.ces) && (
        <section className="import-other" aria-labelledby={`${id}-other`}>
          <h3 id={`${id}-other`}>{t.otherTitle}</h3>
          {(
            [
              ['csat', result.csat],
              ['ces', result.ces],
            ] as const
          ).map(([kind, counts]) =>
            counts ? (
              <div key={kind} data-testid={`${kind}-from-file`} data-column={counts.column}>
                {kind === 'csat' && csat && (
                  <p>
                    <strong data-testid="csat-value" data-value={csat.csat} data-n={csat.n}>
                      {t.csatLine(formatPercent(csat.csat, locale), formatPercent(csat.interval.low, locale), formatPercent(csat.interval.high, locale), count(csat.n))}
                    </strong>
                    <span data-testid="csat-ci-low" data-value={csat.interval.low} hidden />
                    <span data-testid="csat-ci-high" data-value={csat.interval.high} hidden />
                  </p>
                )}
                {kind === 'ces' && ces && (
                  <p>
                    <strong data-testid="ces-value" data-value={ces.mean} data-n={ces.n} data-scale={ces.scale}>
                      {t.cesLine(decimal(ces.mean), ces.scale, count(ces.n))}
                    </strong>
                    {', '}
                    {ces.interval ? t.cesInterval(decimal(ces.interval.low), decimal(ces.interval.high)) : t.cesNoInterval}
                    {ces.interval && <span data-testid="ces-ci-low" data-value={ces.interval.low} hidden />}
                    {ces.interval && <span data-testid="ces-ci-high" data-value={ces.interval.high} hidden />}
                  </p>
                )}
                {((kind === 'csat' && !csat) || (kind === 'ces' && !ces)) && (
                  <p className="field-error" role="alert" data-testid={`${kind}-none`}>
                    {t.scaleNoAnswer}
                  </p>
                )}
                {kind === 'ces' && <p className="hint">{t.scaleFrom(counts.scaleFrom, counts.scale)}</p>}
                {counts.skipped.total > 0 && (
                  <div data-testid={`${kind}-skipped`} data-value={counts.skipped.total}>
                    <p>{t.scaleSkipped(counts.skipped.total, count(counts.skipped.total))}</p>
                    <ul className="import-skipped">
                      {(['blank', 'notANumber', 'outOfScale'] as const).map((reason) =>
                        counts.skipped[reason] > 0 ? (
                          <li key={reason} data-reason={reason} data-value={counts.skipped[reason]}>
                            {t.scaleSkippedReason[reason](count(counts.skipped[reason]), counts.scale)}
                          </li>
                        ) : null,
                      )}
                    </ul>
                  </div>
                )}
              </div>
            ) : null,
          )}
          <p className="hint">{t.otherMetricNote}</p>
        </section>
      )}
    </div>
  );
}
