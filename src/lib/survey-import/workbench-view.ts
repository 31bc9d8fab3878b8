/**
 * What the import's analyst tools show, from an ImportResult: the list of 0–10 questions with each one's n and
 * NPS, the weighted NPS beside the unweighted one, CSAT and CES from their columns, and the options a re-read
 * keeps. Pure; the island (src/islands/import/WorkbenchPanel.tsx) only lays these out. Figures unrounded.
 */
import { type CesResult, cesFromCounts, type CsatResult, csatFromCounts, validateAnswerCounts } from '../csat-ces.ts';
import { countsFromAnswers, npsFromCounts, totalResponses } from '../nps-stats.ts';
import { type WeightedNps, weightedNpsFromSums } from '../weighted-nps.ts';
import type { ImportOptions, ImportResult } from './types.ts';
import type { WorkbenchStrings } from './workbench-strings.ts';

export interface QuestionRow {
  index: number;
  header: string;
  /** Answers 0–10 to this question. */
  n: number;
  /** Its NPS; null when no row answers it. */
  nps: number | null;
  chosen: boolean;
}

/** The file's 0–10 questions, in file order. */
export function questionRows(result: ImportResult): QuestionRow[] {
  return (result.questions ?? []).map((question) => {
    const grouped = countsFromAnswers(question.counts);
    const n = totalResponses(grouped);
    return { index: question.index, header: question.header, n, nps: n > 0 ? npsFromCounts(grouped) : null, chosen: question.index === result.column };
  });
}

export interface WeightedView {
  /** Null when no counted answer has a usable weight. */
  weighted: WeightedNps | null;
  /** The unweighted NPS of the same file (all counted answers); null without any. */
  unweighted: number | null;
}

/** The weighted NPS (Kish interval) beside the unweighted one; undefined when no weight column is in use. */
export function weightedView(result: ImportResult, confidence = 0.95): WeightedView | undefined {
  const weights = result.weights;
  if (!weights) return undefined;
  const { blank, notANumber, negative, zero } = weights.skipped;
  const weighted = weightedNpsFromSums(weights, { blank, 'not-a-number': notANumber, negative, zero }, confidence);
  const grouped = countsFromAnswers(result.counts);
  return { weighted, unweighted: totalResponses(grouped) > 0 ? npsFromCounts(grouped) : null };
}

/** CSAT of the chosen column; null when it holds no answer 1–5; undefined without a CSAT column. */
export function csatView(result: ImportResult, confidence = 0.95): CsatResult | null | undefined {
  if (!result.csat) return undefined;
  return validateAnswerCounts(result.csat.counts, [5]).ok ? csatFromCounts(result.csat.counts, confidence) : null;
}

/** CES of the chosen column; null when it holds no answer on its scale; undefined without a CES column. */
export function cesView(result: ImportResult, confidence = 0.95): CesResult | null | undefined {
  if (!result.ces) return undefined;
  return validateAnswerCounts(result.ces.counts, [7, 5]).ok ? cesFromCounts(result.ces.counts, confidence) : null;
}

const PARTS = ['dateColumn', 'segmentColumn', 'commentColumn', 'respondentColumn', 'weightColumn', 'csatColumn', 'cesColumn'] as const;

/**
 * The options for reading the file again after one change: every column in use stays pinned (so one change
 * doesn't re-detect the others), and a column can't play two parts (the 0–10 answer wins, then the change).
 */
export function pinnedOptions(result: ImportResult, change: ImportOptions): ImportOptions {
  const next: ImportOptions = {
    column: result.column,
    dateColumn: result.dateColumn ?? null,
    segmentColumn: result.segmentColumn ?? null,
    commentColumn: result.commentColumn ?? null,
    respondentColumn: result.respondents?.column ?? null,
    keepLatest: result.respondents?.keptLatest ?? false,
    weightColumn: result.weights?.column ?? null,
    csatColumn: result.csat?.column ?? null,
    cesColumn: result.ces?.column ?? null,
    ...(result.ces && result.ces.scaleFrom === 'chosen' ? { cesScale: result.ces.scale } : {}),
    ...change,
  };
  if ('cesScale' in change && change.cesScale === undefined) delete next.cesScale;
  const changed = PARTS.find((key) => key in change && typeof change[key] === 'number');
  for (const key of PARTS) {
    if (next[key] === next.column) next[key] = null;
    else if (changed && key !== changed && next[key] === next[changed]) next[key] = null;
  }
  if (next.respondentColumn === null) next.keepLatest = false;
  return next;
}

/** One row of the results CSV's summary (as src/lib/results-csv.ts takes it). */
export interface WorkbenchCsvRow {
  section: string;
  item: string;
  value: number | string;
  unit: string;
}

/**
 * The results CSV's rows for these figures, unrounded: the question scored, the repeats, the weighted NPS and
 * CSAT / CES when their columns are in use. `units` are the CSV's own words for points, answers and percent.
 */
export function workbenchCsvRows(result: ImportResult, words: WorkbenchStrings['csv'], units: { points: string; respondents: string; percent: string }): WorkbenchCsvRow[] {
  const rows: WorkbenchCsvRow[] = [];
  const add = (item: string, value: number | string, unit: string) => rows.push({ section: words.section, item, value, unit });
  const header = result.allColumns[result.column]?.header;
  if ((result.questions?.length ?? 0) > 1 && header) add(words.question, header, '');
  const respondents = result.respondents;
  if (respondents) {
    add(words.repeatsFound, respondents.repeats, units.respondents);
    add(words.answersBefore, respondents.answersBefore, units.respondents);
    add(words.answersAfter, respondents.answersAfter, units.respondents);
    if (respondents.keptLatest) add(words.repeatsKeptOut, respondents.repeats, units.respondents);
  }
  const weighted = weightedView(result);
  if (weighted?.weighted) {
    add(words.weightedNps, weighted.weighted.nps, units.points);
    add(words.weightedLow, weighted.weighted.interval.low, units.points);
    add(words.weightedHigh, weighted.weighted.interval.high, units.points);
    add(words.effectiveN, weighted.weighted.effectiveN, units.respondents);
  }
  if (result.weights) add(words.weightsSkipped, result.weights.skipped.total, units.respondents);
  const csat = csatView(result);
  if (csat) {
    add(words.csat, csat.csat, units.percent);
    add(words.csatLow, csat.interval.low, units.percent);
    add(words.csatHigh, csat.interval.high, units.percent);
    add(words.csatN, csat.n, units.respondents);
  }
  const ces = cesView(result);
  if (ces) {
    add(words.ces(ces.scale), ces.mean, '');
    if (ces.interval) {
      add(words.cesLow, ces.interval.low, '');
      add(words.cesHigh, ces.interval.high, '');
    }
    add(words.cesN, ces.n, units.respondents);
  }
  return rows;
}
