/** Where the score sits in the sector: rank, neighbours, percentile, gaps, warnings, and the table behind the chart. */
import type { ReactNode } from 'react';
import { formatCount, formatFigure, formatNps } from '../../lib/format.ts';
import type { Locale } from '../../lib/i18n.ts';
import { type BenchmarkFigure, type BenchmarkSelection, type Comparison, type Placement, type SurveyTypeCheck, compareWithFigure } from '../../lib/placement.ts';
import type { BenchmarkVerdict, ScoreResults } from '../../lib/score-results.ts';
import type { ScoreToolStrings } from '../../lib/score-tool-strings.ts';
import { figureName, marketName, pValueText, periodText } from './labels.ts';

export interface PlacementViewProps {
  locale: Locale;
  t: ScoreToolStrings;
  sectorName: string;
  results: ScoreResults;
  selection: BenchmarkSelection;
  placement: Placement;
  verdicts: BenchmarkVerdict[];
  typeCheck: SurveyTypeCheck;
  minGrade: string;
  market?: string | undefined;
  /** The chart (lazy-loaded), placed between the summary and the table. */
  chart?: ReactNode;
}

const signed = (value: number, locale: Locale) => formatNps(value, locale);

/** The verdict of the significance test, in words. */
export function verdictText(v: BenchmarkVerdict['verdict'], t: ScoreToolStrings, locale: Locale): string {
  switch (v.verdict) {
    case 'higher':
      return t.verdict.higher(pValueText(v.pValue, locale));
    case 'lower':
      return t.verdict.lower(pValueText(v.pValue, locale));
    case 'not-significant':
      return t.verdict.notSignificant(pValueText(v.pValue, locale));
    case 'cant-tell':
      return v.reason === 'benchmark-n-unknown' ? t.verdict.cantTellBenchmark : t.verdict.cantTellYours;
    case 'bound':
      return t.verdict.bound;
  }
}

function names(figures: BenchmarkFigure[], t: ScoreToolStrings, locale: Locale): string | null {
  if (figures.length === 0) return null;
  const list = figures.map((f) => `${f.name || t.sectorAverage} (${f.segment ? `${f.segment}, ` : ''}${formatFigure(f.relation, f.nps, locale, t.relation)})`);
  return new Intl.ListFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', { type: 'conjunction' }).format(list);
}

export function PlacementView({ locale, t, sectorName, results, selection, placement: p, verdicts, typeCheck, minGrade, market, chart }: PlacementViewProps) {
  const verdictOf = new Map(verdicts.map((v) => [v.figure.id, v]));
  const comparisonOf = new Map(p.comparisons.map((c) => [c.figure.id, c.comparison]));
  const one = (value: number) => new Intl.NumberFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', { maximumFractionDigits: 1 }).format(value);
  const gradeWords = t.gradeOption(minGrade);
  const list = (items: string[]) => new Intl.ListFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', { type: 'conjunction' }).format(items);
  const above = names(p.nextBelow, t, locale);
  const below = names(p.nextAbove, t, locale);
  const leftOutCounts = { grade: 0, market: 0, older: 0 };
  for (const l of selection.leftOut) leftOutCounts[l.reason] += 1;

  return (
    <div className="st-placement">
      <p className="st-used" data-testid="benchmarks-used">
        {t.benchmarksUsed(formatCount(selection.companies.length, locale), gradeWords, market ? marketName(market, locale, t) : null)}
      </p>

      {p.rank !== null ? (
        <dl className="st-key">
          <div className="st-key-main">
            <dt>{t.rankLabel}</dt>
            <dd>
              <strong data-testid="sector-rank" data-value={String(p.rank)}>
                {t.rank(formatCount(p.rank, locale), formatCount(p.outOf, locale))}
              </strong>{' '}
              <span className="st-hint">{t.rankNote}</span>
            </dd>
          </div>
          <div>
            <dt>{t.percentile}</dt>
            <dd>
              <strong data-testid="sector-percentile" data-value={String(p.percentile)}>
                {one(p.percentile ?? 0)}
              </strong>
              <span className="st-hint"> {t.percentileNote}</span>
            </dd>
          </div>
        </dl>
      ) : (
        <p className="st-note" data-testid="no-ranked">
          {t.noRanked}
        </p>
      )}

      {p.rank !== null && (
        <ul className="st-placement-text">
          {(above || below) && <li data-testid="neighbours">{t.aboveBelow(above, below)}</li>}
          {p.level.length > 0 && <li>{t.levelWith(names(p.level, t, locale) ?? '')}</li>}
          {p.gapToMedian !== null && p.median !== null && (
            <li data-testid="median-gap" data-value={String(p.gapToMedian)}>
              {t.medianGap(signed(p.gapToMedian, locale), formatNps(p.median, locale), formatCount(p.ranked, locale))}
            </li>
          )}
          {p.gapToLeader !== null && p.leaders.length > 0 && (
            <li data-testid="leader-gap" data-value={String(p.gapToLeader)}>
              {p.gapToLeader > 0
                ? t.youLead(one(p.gapToLeader), names(p.leaders, t, locale) ?? '')
                : t.leaderGap(signed(p.gapToLeader, locale), list(p.leaders.map((f) => figureName(f, t))), formatNps(p.leaders[0]!.nps, locale))}
            </li>
          )}
        </ul>
      )}

      <div className="st-warnings">
        {typeCheck.yours === undefined && selection.companies.length > 0 && <p className="st-warning">{t.typeNotSaid}</p>}
        {typeCheck.differing.length > 0 && typeCheck.yours && (
          <p className="st-warning" data-testid="type-warning">
            {t.typeMismatch((t.yourSurveyType as Record<string, string>)[typeCheck.yours] ?? t.surveyType[typeCheck.yours], list(typeCheck.differing.map((type) => t.surveyType[type])))}
          </p>
        )}
        {typeCheck.unknownMethod > 0 && <p className="st-warning">{t.unknownMethod(formatCount(typeCheck.unknownMethod, locale))}</p>}
        {typeCheck.markets.length + (typeCheck.marketNotStated > 0 ? 1 : 0) > 1 && (
          <p className="st-warning" data-testid="market-warning">
            {t.marketsMix(list([...typeCheck.markets.map((m) => marketName(m, locale, t)), ...(typeCheck.marketNotStated > 0 ? [t.notStated] : [])]))}
          </p>
        )}
      </div>

      {chart}

      <div className="table-wrap">
        <table className="st-table" data-testid="placement-table">
          <caption>{t.tableCaption(sectorName)}</caption>
          <FigureTableHead t={t} />
          <tbody>
            {tableRows(selection.companies, p).map((row) =>
              row === 'you' ? (
                <tr key="you" className="st-you-row" data-testid="you-row">
                  <th scope="row">{t.yourScore}</th>
                  <td className="num">{formatNps(results.nps, locale)}</td>
                  <td colSpan={4}></td>
                  <td className="num">{results.n !== undefined ? formatCount(results.n, locale) : '–'}</td>
                  <td colSpan={3}></td>
                </tr>
              ) : (
                <FigureRow key={row.id} f={row} locale={locale} t={t} comparison={comparisonOf.get(row.id)} verdict={verdictOf.get(row.id)} />
              ),
            )}
          </tbody>
        </table>
      </div>

      {selection.averages.length > 0 && (
        <div className="table-wrap">
          <table className="st-table" data-testid="averages-table">
            <caption>{t.averagesTitle}</caption>
            <FigureTableHead t={t} />
            <tbody>
              {selection.averages.map((f) => (
                <FigureRow key={f.id} f={f} locale={locale} t={t} comparison={undefined} verdict={verdictOf.get(f.id)} averageScore={results.nps} />
              ))}
            </tbody>
          </table>
        </div>
      )}

      {selection.leftOut.length > 0 && (
        <details className="st-left-out no-print">
          <summary>{t.leftOut(formatCount(selection.leftOut.length, locale))}</summary>
          <ul>
            {(['grade', 'market', 'older'] as const)
              .filter((reason) => leftOutCounts[reason] > 0)
              .map((reason) => (
                <li key={reason}>
                  {t.leftOutReason[reason]}:{' '}
                  {selection.leftOut
                    .filter((l) => l.reason === reason)
                    .map((l) => `${figureName(l.figure, t)} ${formatFigure(l.figure.relation, l.figure.nps, locale, t.relation)} (${l.figure.grade})`)
                    .join(' · ')}
                </li>
              ))}
          </ul>
        </details>
      )}
    </div>
  );
}

/** Company rows with the user's row at its rank among the exact figures; bounds after. */
/** Column headings shared by the company table and the sector-averages table. */
function FigureTableHead({ t }: { t: ScoreToolStrings }) {
  return (
    <thead>
      <tr>
        <th scope="col">{t.colCompany}</th>
        <th scope="col" className="num">
          {t.colNps}
        </th>
        <th scope="col">{t.colPeriod}</th>
        <th scope="col">{t.colMarket}</th>
        <th scope="col">{t.colSurveyType}</th>
        <th scope="col">{t.colGrade}</th>
        <th scope="col" className="num">
          {t.colN}
        </th>
        <th scope="col">{t.colVsYou}</th>
        <th scope="col">{t.colSignificance}</th>
        <th scope="col">{t.colSource}</th>
      </tr>
    </thead>
  );
}

function tableRows(companies: BenchmarkFigure[], p: Placement): (BenchmarkFigure | 'you')[] {
  const rows: (BenchmarkFigure | 'you')[] = [];
  const exactCount = p.ranked;
  const insertAt = p.rank === null ? exactCount : p.rank - 1;
  companies.forEach((f, i) => {
    if (i === insertAt) rows.push('you');
    rows.push(f);
  });
  if (!rows.includes('you')) rows.splice(Math.min(insertAt, rows.length), 0, 'you');
  return rows;
}

function FigureRow({
  f,
  locale,
  t,
  comparison,
  verdict,
  averageScore,
}: {
  f: BenchmarkFigure;
  locale: Locale;
  t: ScoreToolStrings;
  comparison: Comparison | undefined;
  verdict: BenchmarkVerdict | undefined;
  averageScore?: number;
}) {
  const shown = comparison ?? (averageScore !== undefined ? compareWithFigure(averageScore, f) : undefined);
  const vsYou = shown ? (t.comparison[shown] ?? '') : '';
  const v = verdict?.verdict;
  return (
    <tr data-figure={f.id}>
      <th scope="row">{figureName(f, t)}</th>
      <td className="num" data-value={String(f.nps)} data-relation={f.relation}>
        {formatFigure(f.relation, f.nps, locale, t.relation)}
      </td>
      <td>{periodText(f, locale, t)}</td>
      <td>{marketName(f.market, locale, t)}</td>
      <td>{t.surveyType[f.surveyType]}</td>
      <td>
        <span className="grade">{f.grade}</span>
      </td>
      <td className="num">{f.n !== undefined ? formatCount(f.n, locale) : '–'}</td>
      <td data-testid="vs-you">{vsYou}</td>
      <td data-testid="verdict" data-verdict={v?.verdict ?? ''}>
        {v ? verdictText(v, t, locale) : ''}
        {v && 'assumedWidestMix' in v && v.assumedWidestMix && <span className="st-hint"> ({t.assumedMix})</span>}
      </td>
      <td>{f.sourceUrl ? <a href={f.sourceUrl} rel="external noopener">{f.sourcePublisher ?? f.sourceTitle}</a> : (f.sourcePublisher ?? f.sourceTitle)}</td>
    </tr>
  );
}
