/** Where the score sits in the sector: rank, neighbours, percentile, gaps, verdicts, warnings, and the table behind the chart. */
import type { ReactNode } from 'react';
import { formatCount, formatFigure, formatNps } from '../../lib/format.ts';
import { LOCALE_TAGS, type Locale } from '../../lib/i18n.ts';
import { type BenchmarkFigure, type Comparison, type Placement, compareWithFigure } from '../../lib/placement.ts';
import type { ScoreView } from '../../lib/score-pipeline.ts';
import type { ScoreResults } from '../../lib/score-results.ts';
import type { ScoreToolStrings } from '../../lib/score-tool-strings.ts';
import { type BenchmarkVerdict, pointsText, verdictWords } from '../../lib/verdicts.ts';
import { figureName, marketName, periodText } from './labels.ts';

export interface PlacementViewProps {
  locale: Locale;
  t: ScoreToolStrings;
  sectorName: string;
  results: ScoreResults;
  view: ScoreView;
  /** The settings in words ("Benchmarks used: …"), built by the island. */
  settingsText: string;
  /** Confidence level in percent, as text: "95". */
  level: string;
  /** The chart (lazy-loaded), placed between the summary and the table. */
  chart?: ReactNode;
}

const signed = (value: number, locale: Locale) => formatNps(value, locale);

function names(figures: BenchmarkFigure[], t: ScoreToolStrings, locale: Locale): string | null {
  if (figures.length === 0) return null;
  const list = figures.map((f) => `${figureName(f, t, locale)} (${formatFigure(f.relation, f.nps, locale, t.relation)})`);
  return new Intl.ListFormat(LOCALE_TAGS[locale], { type: 'conjunction' }).format(list);
}

export function PlacementView({ locale, t, sectorName, results, view, settingsText, level, chart }: PlacementViewProps) {
  const { selection, placement: p, verdicts, headline: h, typeCheck } = view;
  const verdictOf = new Map(verdicts.map((v) => [v.figure.id, v]));
  const comparisonOf = new Map(p.comparisons.map((c) => [c.figure.id, c.comparison]));
  const one = (value: number) => new Intl.NumberFormat(LOCALE_TAGS[locale], { maximumFractionDigits: 1 }).format(value);
  const list = (items: string[]) => new Intl.ListFormat(LOCALE_TAGS[locale], { type: 'conjunction' }).format(items);
  const above = names(p.nextBelow, t, locale);
  const below = names(p.nextAbove, t, locale);
  const leftOutReasons = [...new Set(selection.leftOut.map((l) => l.reason))];
  const leaderWords = (): string => {
    if (p.gapToLeader === null || p.leaders.length === 0) return '';
    const leaderNames = names(p.leaders, t, locale) ?? '';
    if (p.gapToLeader > 0) {
      if (h.leader?.value === 'above') return t.leadReal(pointsText(p.gapToLeader, locale, t.points), leaderNames);
      if (h.leader?.value === 'within') return t.leadTie(pointsText(p.gapToLeader, locale, t.points), leaderNames);
      return t.youLead(one(p.gapToLeader), leaderNames);
    }
    const base = t.leaderGap(signed(p.gapToLeader, locale), list(p.leaders.map((f) => figureName(f, t, locale))), formatNps(p.leaders[0]!.nps, locale));
    if (h.leader?.value === 'within') return `${base} ${t.leaderTie}`;
    if (h.leader?.value === 'below') return `${base} ${t.leaderReal}`;
    return base;
  };

  return (
    <div className="st-placement">
      <p className="st-used" data-testid="benchmarks-used">
        {settingsText}
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
          {h.rankRange && (
            <li data-testid="rank-range" data-best={String(h.rankRange.best)} data-worst={String(h.rankRange.worst)}>
              {h.rankRange.best === h.rankRange.worst ? t.rankSure : t.rankRange(formatCount(h.rankRange.best, locale), formatCount(h.rankRange.worst, locale))}
            </li>
          )}
          {(above || below) && <li data-testid="neighbours">{t.aboveBelow(above, below)}</li>}
          {p.level.length > 0 && <li>{t.levelWith(names(p.level, t, locale) ?? '')}</li>}
          {p.gapToMedian !== null && p.median !== null && (
            <li data-testid="median-gap" data-value={String(p.gapToMedian)} data-verdict={h.median?.value ?? 'cant-tell'}>
              {t.medianGap(signed(p.gapToMedian, locale), formatNps(p.median, locale), formatCount(p.ranked, locale))}
              {h.median?.value === 'within' && ` ${t.medianWithin}`}
              {(h.median?.value === 'above' || h.median?.value === 'below') && ` ${t.medianOutside}`}
            </li>
          )}
          {p.gapToLeader !== null && p.leaders.length > 0 && (
            <li data-testid="leader-gap" data-value={String(p.gapToLeader)} data-verdict={h.leader?.value ?? 'cant-tell'}>
              {leaderWords()}
            </li>
          )}
        </ul>
      )}

      <div className="st-verdict-rules" data-testid="verdict-rules">
        {results.interval ? (
          <>
            <p>{t.verdictRules(level)}</p>
            {h.comparisons > 1 && <p data-testid="multiple-comparisons">{t.multipleComparisons(formatCount(h.comparisons, locale), level, one(h.chanceGaps))}</p>}
          </>
        ) : (
          <p data-testid="verdicts-need-n">{t.noNVerdicts}</p>
        )}
      </div>

      <div className="st-warnings">
        {typeCheck.yours === undefined && selection.companies.length > 0 && <p className="st-warning">{t.typeNotSaid}</p>}
        {typeCheck.differing.length > 0 && typeCheck.yours && (
          <p className="st-warning" data-testid="type-warning">
            {t.typeMismatch(
              (t.yourSurveyType as Record<string, string>)[typeCheck.yours] ?? t.surveyType[typeCheck.yours],
              list(typeCheck.differing.map((type) => t.surveyType[type])),
            )}
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

      <p className="st-scroll-hint" aria-hidden="true">
        {t.tableScrollHint}
      </p>
      <div className="table-wrap" tabIndex={0} role="region" aria-label={t.tableCaption(sectorName)}>
        <table className="st-table" data-testid="placement-table">
          <caption>{t.tableCaption(sectorName)}</caption>
          <FigureTableHead t={t} />
          <tbody>
            {tableRows(selection.companies, p).map((row) =>
              row === 'you' ? (
                <tr key="you" className="st-you-row" data-testid="you-row">
                  <th scope="row">{t.yourScore}</th>
                  <td className="num">{formatNps(results.nps, locale)}</td>
                  <td colSpan={6}></td>
                  <td className="num">{results.n !== undefined ? formatCount(results.n, locale) : '–'}</td>
                  <td></td>
                </tr>
              ) : (
                <FigureRow key={row.id} f={row} locale={locale} t={t} comparison={comparisonOf.get(row.id)} verdict={verdictOf.get(row.id)} />
              ),
            )}
          </tbody>
        </table>
      </div>

      {view.peersWithoutFigure.length > 0 && (
        <p className="st-note" data-testid="peers-without-figure">
          {t.peersWithoutFigure(list(view.peersWithoutFigure.map((c) => c.name)))}
        </p>
      )}

      {selection.averages.length > 0 && (
        <div className="table-wrap" tabIndex={0} role="region" aria-label={t.averagesTitle}>
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
            {leftOutReasons.map((reason) => (
              <li key={reason}>
                {t.leftOutReason[reason]}:{' '}
                {selection.leftOut
                  .filter((l) => l.reason === reason)
                  .map((l) => `${figureName(l.figure, t, locale)} ${formatFigure(l.figure.relation, l.figure.nps, locale, t.relation)} (${l.figure.grade})`)
                  .join(' · ')}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}

/** Column headings shared by the company table and the sector-averages table. The verdict comes third, so a phone shows it. */
function FigureTableHead({ t }: { t: ScoreToolStrings }) {
  return (
    <thead>
      <tr>
        <th scope="col">{t.colCompany}</th>
        <th scope="col" className="num">
          {t.colNps}
        </th>
        <th scope="col" className="st-col-verdict">
          {t.colSignificance}
        </th>
        <th scope="col">{t.colVsYou}</th>
        <th scope="col">{t.colPeriod}</th>
        <th scope="col">{t.colMarket}</th>
        <th scope="col">{t.colSurveyType}</th>
        <th scope="col">{t.colGrade}</th>
        <th scope="col" className="num">
          {t.colN}
        </th>
        <th scope="col">{t.colSource}</th>
      </tr>
    </thead>
  );
}

/** Company rows with the user's row at its rank among the exact figures; bounds after. */
function tableRows(companies: BenchmarkFigure[], p: Placement): (BenchmarkFigure | 'you')[] {
  const rows: (BenchmarkFigure | 'you')[] = [];
  const insertAt = p.rank === null ? p.ranked : p.rank - 1;
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
  const words = verdict ? verdictWords(verdict, t, locale) : null;
  return (
    <tr data-figure={f.id} data-company={f.companyId}>
      <th scope="row">{figureName(f, t, locale)}</th>
      <td className="num" data-value={String(f.nps)} data-relation={f.relation}>
        {formatFigure(f.relation, f.nps, locale, t.relation)}
      </td>
      <td className="st-col-verdict" data-testid="verdict" data-value={verdict?.value ?? 'cant-tell'} data-basis={verdict?.basis.kind ?? 'none'}>
        {words && <span className={`st-verdict st-verdict--${verdict?.value}`}>{words.text}</span>}
        {words?.basis && <span className="st-hint st-verdict-basis">{words.basis}</span>}
      </td>
      <td data-testid="vs-you">{vsYou}</td>
      <td>{periodText(f, locale, t)}</td>
      <td>{marketName(f.market, locale, t)}</td>
      <td>{t.surveyType[f.surveyType]}</td>
      <td>
        <span className="grade">{f.grade}</span>
      </td>
      <td className="num">{f.n !== undefined ? `${f.nApproximate ? `${t.circaN} ` : ''}${formatCount(f.n, locale)}` : '–'}</td>
      <td>
        {f.sourceUrl ? (
          <a href={f.sourceUrl} rel="external noopener">
            {f.sourcePublisher ?? f.sourceTitle}
          </a>
        ) : (
          (f.sourcePublisher ?? f.sourceTitle)
        )}
      </td>
    </tr>
  );
}

export default PlacementView;
