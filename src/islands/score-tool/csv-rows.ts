/** The results CSV's rows, in the page's language (column headers stay fixed English names). */
import { csvFormatFor } from '../../lib/csv-write.ts';
import type { Locale } from '../../lib/i18n.ts';
import { type BenchmarkSelection, type Comparison, type Placement, compareWithFigure } from '../../lib/placement.ts';
import { type BenchmarkRow, type SummaryRow, resultsCsv } from '../../lib/results-csv.ts';
import type { ScoreResults } from '../../lib/score-results.ts';
import { formatPartialDate } from '../../lib/format.ts';
import { groupRows } from '../../lib/survey-import/groups.ts';
import type { ImportResult } from '../../lib/survey-import/types.ts';
import { workbenchCsvRows } from '../../lib/survey-import/workbench-view.ts';
import type { WorkbenchStrings } from '../../lib/survey-import/workbench-strings.ts';
import { loadStrings, WORKBENCH_STRINGS } from '../../lib/lazy-strings.ts';
import type { ScoreToolStrings } from '../../lib/score-tool-strings.ts';
import { figureName, marketName, periodText } from './labels.ts';
import { type BenchmarkVerdict, verdictWords } from '../../lib/verdicts.ts';

export interface CsvInput {
  locale: Locale;
  t: ScoreToolStrings;
  results: ScoreResults;
  level: string;
  sectorName?: string | undefined;
  selection?: BenchmarkSelection | undefined;
  placement?: Placement | undefined;
  verdicts?: BenchmarkVerdict[] | undefined;
  rowsSkipped?: number | undefined;
  /** The imported file's month and segment counts (and the analyst's figures, when present), when the score comes from a file. */
  breakdowns?: (Pick<ImportResult, 'byMonth' | 'bySegment'> & Partial<ImportResult>) | undefined;
  /** The analyst tools' CSV words (loadFileCsvWords), needed when `breakdowns` is a full import result. */
  fileWords?: WorkbenchStrings['csv'] | undefined;
}

/** The analyst tools' CSV words in one language, loaded on demand (only that language's module). */
export const loadFileCsvWords = async (locale: Locale): Promise<WorkbenchStrings['csv']> => (await loadStrings(WORKBENCH_STRINGS, locale)).csv;

/** The whole CSV text, in the page language's CSV format (French: `;` and decimal commas). */
export function buildResultsCsv({ locale, t, results: r, level, sectorName, selection, placement, verdicts, rowsSkipped, breakdowns, fileWords }: CsvInput): string {
  const c = t.csv;
  const summary: SummaryRow[] = [];
  const add = (item: string, value: number | string | null | undefined, unit: string) => {
    if (value !== undefined && value !== null) summary.push({ section: c.yours, item, value, unit });
  };
  if (sectorName) add(c.sector, sectorName, '');
  add(c.nps, r.nps, c.points);
  add(c.n, r.n, c.respondents);
  if (r.counts && r.shares) {
    add(c.promoters, r.counts.promoters, c.respondents);
    add(c.passives, r.counts.passives, c.respondents);
    add(c.detractors, r.counts.detractors, c.respondents);
    add(c.promotersShare, r.shares.promoters, c.percent);
    add(c.passivesShare, r.shares.passives, c.percent);
    add(c.detractorsShare, r.shares.detractors, c.percent);
  }
  if (r.answers) r.answers.forEach((count, answer) => add(c.answer(answer), count, c.respondents));
  add(c.rowsSkipped, rowsSkipped, c.respondents);
  if (r.interval) {
    add(c.intervalLow(level), r.interval.low, c.points);
    add(c.intervalHigh(level), r.interval.high, c.points);
    add(c.intervalCenter, r.interval.center, c.points);
    add(c.margin, r.interval.margin, c.points);
  }
  for (const s of r.sampleSizes) {
    add(c.sampleSize(String(s.margin)), s.atYourMix, c.respondents);
    add(c.sampleSizeWorst(String(s.margin)), s.worstCase, c.respondents);
  }
  if (r.target) {
    add(c.target, r.target.target, c.points);
    add(c.morePromoters, r.target.morePromoters ?? '', c.respondents);
    if (r.target.detractorsToPassives !== undefined) add(c.detractorsToPassives, r.target.detractorsToPassives ?? '', c.respondents);
  }
  if (placement && placement.rank !== null) {
    add(c.rank, placement.rank, c.position);
    add(c.percentile, placement.percentile, c.percent);
    add(c.medianGap, placement.gapToMedian, c.points);
    add(c.leaderGap, placement.gapToLeader, c.points);
  }
  // The same rows as the import's month and segment tables (intervals at the tool's level, as those tables show).
  const confidence = Number(level) / 100;
  const groupSection = (section: string, rows: ReturnType<typeof groupRows>) => {
    for (const g of rows) {
      summary.push({ section, item: `${g.label} · ${c.nps}`, value: g.nps, unit: c.points });
      summary.push({ section, item: `${g.label} · ${c.n}`, value: g.n, unit: c.respondents });
      summary.push({ section, item: `${g.label} · ${c.intervalLow(level)}`, value: g.low, unit: c.points });
      summary.push({ section, item: `${g.label} · ${c.intervalHigh(level)}`, value: g.high, unit: c.points });
    }
  };
  if (breakdowns?.byMonth)
    groupSection(
      c.byMonth,
      groupRows(
        breakdowns.byMonth.map((m) => ({ key: m.month, label: formatPartialDate(m.month, locale), counts: m.counts })),
        confidence,
      ),
    );
  if (breakdowns?.bySegment) {
    const label = (s: NonNullable<ImportResult['bySegment']>[number]) => (s.kind === 'blank' ? c.blankSegment : s.kind === 'other' ? c.otherSegments : s.segment);
    groupSection(
      c.bySegment,
      groupRows(
        breakdowns.bySegment.map((s) => ({ key: s.kind ? `(${s.kind})` : s.segment, label: label(s), counts: s.counts })),
        confidence,
      ),
    );
  }
  // Repeats, weighted NPS, CSAT and CES from the file (workbench-view.ts), when a full import result is given.
  if (breakdowns?.allColumns && breakdowns.counts && breakdowns.column !== undefined) {
    // Never drop the file's rows silently: a caller that forgot the words is told.
    if (!fileWords) throw new Error('buildResultsCsv: a full import result needs fileWords (loadFileCsvWords(locale))');
    summary.push(...workbenchCsvRows(breakdowns as ImportResult, fileWords, { points: c.points, respondents: c.respondents, percent: c.percent }));
  }
  const benchmarks: BenchmarkRow[] = [];
  if (selection && placement) {
    const comparisonOf = new Map<string, Comparison>(placement.comparisons.map((x) => [x.figure.id, x.comparison]));
    const verdictOf = new Map((verdicts ?? []).map((v) => [v.figure.id, v]));
    const row = (f: BenchmarkSelection['companies'][number], section: string): BenchmarkRow => {
      const comparison = comparisonOf.get(f.id) ?? compareWithFigure(r.nps, f);
      const verdict = verdictOf.get(f.id);
      return {
        section,
        item: figureName(f, t, locale),
        value: f.nps,
        unit: c.points,
        relation: f.relation,
        n: f.n,
        period: periodText(f, locale, t),
        market: marketName(f.market, locale, t),
        surveyType: t.surveyType[f.surveyType],
        grade: f.grade,
        comparedWithYou: comparison ? (t.comparison[comparison] ?? '') : '',
        significance: verdict ? [verdictWords(verdict, t, locale).text, verdictWords(verdict, t, locale).basis].filter(Boolean).join('. ') : '',
        source: f.sourcePublisher ? `${f.sourcePublisher}: ${f.sourceTitle}` : f.sourceTitle,
        sourceUrl: f.sourceUrl,
      };
    };
    for (const f of selection.companies) benchmarks.push(row(f, c.benchmark));
    for (const f of selection.averages) benchmarks.push(row(f, c.average));
  }
  return resultsCsv(summary, benchmarks, csvFormatFor(locale));
}
