/**
 * What an imported file says beyond its score: "is the change real?" between two periods or two segments of
 * the file (compare-groups.ts, with nps-change.ts), and "what detractors say" (the keyness the worker computed,
 * keyness.ts), whose terms filter the detractors' comments. Loaded on demand with the import's results.
 * State and markup only: the view logic is in src/lib/survey-import/insight-view.ts.
 */
import { useId, useMemo, useState } from 'react';
import { formatCount, formatNps, formatNumber } from '../../lib/format.ts';
import type { Locale } from '../../lib/i18n.ts';
import { IMPORT_STRINGS, INSIGHT_STRINGS, METRIC_MODE_STRINGS, stringsOf } from '../../lib/lazy-strings.ts';
import { changeVerdict } from '../../lib/nps-change.ts';
import { type ComparisonOutcome, type GroupChoice, compareGroups } from '../../lib/survey-import/compare-groups.ts';
import type { InsightStrings } from '../../lib/survey-import/insight-strings.ts';
import { type CompareKind, type CompareOptions, choiceLabel, compareOptions, defaultPair, filteredDetractors, parseDetect } from '../../lib/survey-import/insight-view.ts';
import type { ImportResult } from '../../lib/survey-import/types.ts';
import { ChangeKey } from '../ChangeKey.tsx';
import './import.css';

export interface ImportInsightProps {
  locale: Locale;
  result: ImportResult;
  /** The tool's confidence level (0.9, 0.95 or 0.99). */
  confidence: number;
}

/** Comments listed at once under the terms (the detractors download holds them all). */
const COMMENTS_SHOWN = 100;
const EXAMPLES = 3;
const EXAMPLE_CHARS = 160;

const excerpt = (text: string) => (text.length > EXAMPLE_CHARS ? `${text.slice(0, EXAMPLE_CHARS - 1)}…` : text);

export default function ImportInsight({ locale, result, confidence }: ImportInsightProps) {
  const [t, segmentWords] = stringsOf(locale, INSIGHT_STRINGS, IMPORT_STRINGS);
  const id = useId();
  const options = useMemo(
    () => compareOptions(result, locale, t, (kind) => (kind === 'blank' ? segmentWords.blankSegment : segmentWords.otherSegments)),
    [result, locale, t, segmentWords],
  );
  return (
    <div className="import-insight">
      <CompareSection t={t} locale={locale} result={result} options={options} confidence={confidence} id={id} />
      {result.commentColumn !== undefined && <KeySection t={t} locale={locale} result={result} id={id} />}
    </div>
  );
}

interface SectionProps {
  t: InsightStrings;
  locale: Locale;
  result: ImportResult;
  id: string;
}

function CompareSection({ t, locale, result, options, confidence, id }: SectionProps & { options: CompareOptions; confidence: number }) {
  const [kind, setKind] = useState<CompareKind | undefined>(options.kinds[0]);
  const [pair, setPair] = useState<[GroupChoice, GroupChoice] | undefined>(() => (kind ? defaultPair(options, kind, result.byDay) : undefined));
  const [detectText, setDetectText] = useState('');
  const detect = parseDetect(detectText);
  const level = String(Math.round(confidence * 100));

  const chooseKind = (next: CompareKind) => {
    setKind(next);
    setPair(defaultPair(options, next, result.byDay));
  };
  const setSide = (side: 0 | 1, choice: GroupChoice) => setPair((previous) => (previous ? (side === 0 ? [choice, previous[1]] : [previous[0], choice]) : previous));

  const outcome: ComparisonOutcome | undefined = pair ? compareGroups(result, pair[0], pair[1], confidence, detect ?? 5) : undefined;
  const groupName = (side: 'a' | 'b') => (side === 'a' ? t.groupA : t.groupB);

  return (
    <section aria-labelledby={`${id}-compare`} data-testid="import-compare">
      <h3 id={`${id}-compare`}>{t.compareTitle}</h3>
      {!kind ? (
        <p className="hint">{t.noGroups}</p>
      ) : (
        <>
          <p className="hint">{t.compareIntro}</p>
          <div className="import-columns">
            <label>
              <span>{t.compareKind}</span>
              <select data-testid="compare-kind" value={kind} onChange={(event) => chooseKind(event.target.value as CompareKind)}>
                {options.kinds.map((k) => (
                  <option key={k} value={k}>
                    {t.kinds[k]}
                  </option>
                ))}
              </select>
            </label>
            {pair &&
              ([0, 1] as const).map((side) => (
                <GroupPicker key={`${kind}-${side}`} t={t} options={options} choice={pair[side]} side={side} onChange={(choice) => setSide(side, choice)} />
              ))}
            <label>
              <span>{t.detectLabel}</span>
              <input
                type="text"
                inputMode="decimal"
                data-testid="compare-detect"
                value={detectText}
                placeholder="5"
                aria-invalid={detect === undefined}
                aria-describedby={detect === undefined ? `${id}-detect-error` : undefined}
                onChange={(event) => setDetectText(event.target.value)}
              />
            </label>
          </div>
          {detect === undefined && (
            <p id={`${id}-detect-error`} className="field-error" role="alert">
              {t.detectError}
            </p>
          )}
          {kind === 'range' && result.byDayCapped && <p className="hint">{t.noDays}</p>}
          {!pair && (
            <p className="hint" data-testid="compare-message" data-reason="only-one">
              {kind === 'range' && result.byDayCapped ? t.noDays : t.onlyOne[kind]}
            </p>
          )}
          {pair && outcome && (
            <CompareResult
              t={t}
              locale={locale}
              outcome={outcome}
              level={level}
              detect={detect}
              labels={[choiceLabel(pair[0], options, locale, t), choiceLabel(pair[1], options, locale, t)]}
              groupName={groupName}
            />
          )}
        </>
      )}
    </section>
  );
}

function GroupPicker({
  t,
  options,
  choice,
  side,
  onChange,
}: {
  t: InsightStrings;
  options: CompareOptions;
  choice: GroupChoice;
  side: 0 | 1;
  onChange: (choice: GroupChoice) => void;
}) {
  const name = side === 0 ? t.groupA : t.groupB;
  const testId = side === 0 ? 'compare-a' : 'compare-b';
  if (choice.kind === 'range') {
    return (
      <fieldset className="import-range" data-testid={testId}>
        <legend>{name}</legend>
        <label>
          <span>{t.from}</span>
          <input
            type="date"
            data-testid={`${testId}-from`}
            value={choice.from}
            min={options.days?.first}
            max={options.days?.last}
            onChange={(event) => onChange({ ...choice, from: event.target.value })}
          />
        </label>
        <label>
          <span>{t.to}</span>
          <input
            type="date"
            data-testid={`${testId}-to`}
            value={choice.to}
            min={options.days?.first}
            max={options.days?.last}
            onChange={(event) => onChange({ ...choice, to: event.target.value })}
          />
        </label>
      </fieldset>
    );
  }
  const lists: Record<Exclude<CompareKind, 'range'>, CompareOptions['months']> = {
    month: options.months,
    quarter: options.quarters,
    segment: options.segments,
    question: options.questions,
  };
  const list = lists[choice.kind];
  const value = choice.kind === 'month' ? choice.month : choice.kind === 'quarter' ? choice.quarter : choice.kind === 'segment' ? choice.segment : String(choice.column);
  const make = (next: string): GroupChoice => {
    switch (choice.kind) {
      case 'month':
        return { kind: 'month', month: next };
      case 'quarter':
        return { kind: 'quarter', quarter: next };
      case 'segment':
        return { kind: 'segment', segment: next };
      case 'question':
        return { kind: 'question', column: Number(next) };
    }
  };
  return (
    <label>
      <span>{name}</span>
      <select data-testid={testId} value={value} onChange={(event) => onChange(make(event.target.value))}>
        {list.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );
}

function CompareResult({
  t,
  locale,
  outcome,
  level,
  detect,
  labels,
  groupName,
}: {
  t: InsightStrings;
  locale: Locale;
  outcome: ComparisonOutcome;
  level: string;
  detect: number | undefined;
  labels: [string, string];
  groupName: (side: 'a' | 'b') => string;
}) {
  const [metricWords] = stringsOf(locale, METRIC_MODE_STRINGS);
  const nps = (value: number) => formatNps(value, locale);
  if (outcome.status === 'same' || outcome.status === 'overlap') {
    return (
      <p className="field-error" role="alert" data-testid="compare-message" data-reason={outcome.status}>
        {outcome.status === 'same' ? t.same : t.overlap}
      </p>
    );
  }
  if (outcome.status === 'no-spread') {
    return (
      <p className="field-error" role="alert" data-testid="compare-message" data-reason="no-spread">
        {t.noSpread(nps(outcome.difference), formatCount(outcome.n, locale))}
      </p>
    );
  }
  if (outcome.status === 'invalid') {
    return (
      <p className="field-error" role="alert" data-testid="compare-message" data-reason="invalid">
        {outcome.groups.map((side) => t.badRange(groupName(side))).join(' ')}
      </p>
    );
  }
  if (outcome.status === 'empty') {
    return (
      <p className="field-error" role="alert" data-testid="compare-message" data-reason="empty">
        {outcome.empty.map((side) => t.emptyGroup(groupName(side), labels[side === 'a' ? 0 : 1])).join(' ')}
      </p>
    );
  }
  const { change, a, b } = outcome;
  return (
    <div className="import-compare-result" aria-live="polite">
      <p className="st-verdict" data-testid="diff-verdict" data-significant={String(change.significant)}>
        <strong>{changeVerdict(change, locale, metricWords.changeVerdict)}</strong>
      </p>
      {outcome.tiny.map((side) => (
        <p key={side} className="warning" data-testid="compare-tiny" data-group={side}>
          {t.tinyGroup(groupName(side), formatCount(side === 'a' ? a.n : b.n, locale))}
        </p>
      ))}
      <ChangeKey change={change} level={level} locale={locale} words={t}>
        {(['a', 'b'] as const).map((side, index) => {
          const group = side === 'a' ? a : b;
          return (
            <div key={side}>
              <dt>{t.groupScore(groupName(side), labels[index]!, formatCount(group.n, locale))}</dt>
              <dd data-testid={`group-${side}-nps`} data-value={String(group.nps)} data-n={group.n}>
                {nps(group.nps ?? 0)}
              </dd>
            </div>
          );
        })}
        {detect !== undefined && (
          <div>
            <dt>{outcome.paired ? t.pairsLabel(formatNumber(detect, locale)) : t.sampleSizeLabel(formatNumber(detect, locale))}</dt>
            <dd data-testid="diff-sample-size" data-value={String(outcome.perGroup)} data-paired={String(Boolean(outcome.paired))}>
              {outcome.paired ? t.pairsText(formatCount(outcome.perGroup, locale)) : t.sampleSizeText(formatCount(outcome.perGroup, locale))}
            </dd>
          </div>
        )}
      </ChangeKey>
      {!outcome.paired && <p className="hint">{t.sampleSizeNote(level)}</p>}
      <p className="hint">{outcome.paired ? t.pairedNote : t.independentNote}</p>
    </div>
  );
}

function KeySection({ t, locale, result, id }: SectionProps) {
  const [term, setTerm] = useState<string | null>(null);
  const keyness = result.keyness;
  const count = (value: number) => formatCount(value, locale);
  const shownIndexes = filteredDetractors(result, term);
  const promotersTotal = result.promoterCommentsTotal ?? 0;
  const commentOf = (index: number) => result.detractors[index];

  return (
    <section aria-labelledby={`${id}-key`} data-testid="import-keyness">
      <h3 id={`${id}-key`}>{t.keyTitle}</h3>
      {keyness && <p>{t.keyIntro(count(keyness.totals.detractorComments), count(keyness.totals.promoterComments))}</p>}
      {keyness && promotersTotal > keyness.totals.promoterComments && <p className="hint">{t.keyCapped(count(keyness.totals.promoterComments), count(promotersTotal))}</p>}
      {keyness?.status === 'no-detractor-comments' && (
        <p data-testid="keyness-message" data-reason={keyness.status}>
          {t.keyNoDetractors}
        </p>
      )}
      {keyness?.status === 'no-promoter-comments' && (
        <p data-testid="keyness-message" data-reason={keyness.status}>
          {t.keyNoPromoters}
        </p>
      )}
      {keyness?.status === 'ok' && keyness.terms.length === 0 && (
        <p data-testid="keyness-message" data-reason="none">
          {t.keyNone}
        </p>
      )}
      {keyness?.status === 'ok' && keyness.terms.length > 0 && (
        <div className="table-wrap">
          <table data-testid="keyness-table">
            <thead>
              <tr>
                <th scope="col">{t.colTerm}</th>
                <th scope="col" className="num">
                  {t.colDetractors}
                </th>
                <th scope="col" className="num">
                  {t.colPromoters}
                </th>
                <th scope="col" className="num">
                  {t.colExpected}
                </th>
                <th scope="col" className="num">
                  {t.colG2}
                </th>
                <th scope="col">{t.colExamples}</th>
              </tr>
            </thead>
            <tbody>
              {keyness.terms.map((key) => (
                <tr
                  key={key.term}
                  data-term={key.term}
                  data-detractors={key.detractorCount}
                  data-promoters={key.promoterCount}
                  data-g2={key.g2}
                  data-comments={key.comments.length}
                >
                  <th scope="row">
                    <button type="button" aria-pressed={term === key.term} data-testid="keyness-term" onClick={() => setTerm(term === key.term ? null : key.term)}>
                      {key.term}
                    </button>
                  </th>
                  <td className="num">{count(key.detractorCount)}</td>
                  <td className="num">{count(key.promoterCount)}</td>
                  <td className="num">{formatNumber(key.expected, locale)}</td>
                  <td className="num">{formatNumber(key.g2, locale)}</td>
                  <td>
                    <ul className="import-examples">
                      {key.comments.slice(0, EXAMPLES).map((index) => (
                        <li key={index}>{excerpt(commentOf(index)?.comment ?? '')}</li>
                      ))}
                    </ul>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p className="hint">{t.keyMethod}</p>

      <h4>{t.commentsTitle}</h4>
      {term !== null && (
        <p role="status" data-testid="keyness-filter" data-term={term} data-value={shownIndexes.length}>
          {t.filterOn(term, count(shownIndexes.length))}{' '}
          <button type="button" onClick={() => setTerm(null)} data-testid="keyness-filter-off">
            {t.filterOff}
          </button>
        </p>
      )}
      {shownIndexes.length === 0 ? (
        <p>{t.commentsNone}</p>
      ) : (
        <>
          {term === null && <p>{t.commentsAll(count(shownIndexes.length))}</p>}
          {shownIndexes.length > COMMENTS_SHOWN && <p className="hint">{t.commentsShown(count(COMMENTS_SHOWN), count(shownIndexes.length))}</p>}
          <ul className="import-comments" data-testid="detractor-comments" data-value={shownIndexes.length}>
            {shownIndexes.slice(0, COMMENTS_SHOWN).map((index) => {
              const detractor = commentOf(index);
              if (!detractor) return null;
              return (
                <li key={index} data-line={detractor.line}>
                  <q>{detractor.comment || t.noComment}</q> <span className="hint">({t.answerLine(detractor.answer, count(detractor.line))})</span>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
