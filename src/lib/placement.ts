/**
 * Where a score sits among a sector's published figures: which figures are used, rank, percentile,
 * gaps to the median and the leader, honest comparisons with bounds, and survey-type mismatches.
 *
 * Decisions (shown to the user in the tool):
 * - Benchmarks are company-level figures, one per company, from sources graded at or above the chosen minimum
 *   (default B), optionally in one market; which figures count and which one stands for a company (whole
 *   company before a segment, then the most recent, then the better grade) is src/lib/figures.ts's rule.
 *   Restatements count at their original only; business (B2B) figures only when that scope is asked for.
 *   Sector averages are shown as reference and never ranked.
 * - Only exact figures are ranked. A bound ("below 50", "at least 40") or an approximation ("about 50") is
 *   never treated as a value: the score is above or below it only when that is certain, otherwise the two
 *   are "not comparable".
 * - Percentile = percentile rank among the ranked figures: the share strictly below the score, plus half
 *   of those equal to it (mid-rank), in percent (0..100).
 * - Rank = 1 + the number of ranked figures strictly above the score (ties share the better rank).
 * - The median is of the ranked figures (mean of the two middle ones for an even count) — a computed
 *   reference, labelled as such, not a published figure.
 */
import { type FigureFacts, inAudience, isExact, isRestatement, meetsGrade, median, onePerCompany, preferFigure } from './figures.ts';
import { periodYears } from './filters.ts';
import { coversMarket } from './markets.ts';
import type { Locale } from './i18n.ts';
import type { Grade, Relation, SurveyType } from './schema.ts';

export { isExact, meetsGrade };

/** A published figure as the score tool needs it (built by src/data/benchmark-views.ts). */
export interface BenchmarkFigure extends FigureFacts {
  /** Observation id. */
  id: string;
  /** Company id; absent for a sector average. */
  companyId?: string | undefined;
  /** Company name (empty for a sector average). */
  name: string;
  /** The scope in the default language (the one the ranking rules read). */
  segment?: string | undefined;
  /** The scope in the other languages, where the data words it differently (`{ fr: 'clients entreprises' }`). */
  segments?: Partial<Record<Locale, string>> | undefined;
  /** The published number, in points, exactly as published. */
  nps: number;
  relation: Relation;
  /** Respondents, when published. */
  n?: number | undefined;
  /** True when the source gives n only roughly ("about 300 per brand"): `n` holds that stated number. */
  nApproximate?: boolean | undefined;
  /** `business` for a B2B customers' figure; absent for consumers. */
  audience?: 'business' | undefined;
  /** Published shares in percent, when all three are known. */
  shares?: { promoters: number; passives: number; detractors: number } | undefined;
  surveyType: SurveyType;
  grade: Grade;
  market?: string | undefined;
  /** Period as in the data (`2024`, `2021-12/2022-01`). */
  period?: string | undefined;
  periodApproximate?: boolean | undefined;
  /** Year the period ends in, for "most recent". */
  year?: number | undefined;
  sourceTitle: string;
  sourcePublisher?: string | undefined;
  sourceUrl?: string | undefined;
}

/** Why a figure is not used as a benchmark. */
export type LeftOutReason = 'restatement' | 'audience' | 'type' | 'period' | 'grade' | 'market' | 'not-a-peer' | 'older';

/** Which figures may be benchmarks: the same settings on /compare/ and on a sector page (its filters). */
export interface BenchmarkSettings {
  minGrade: Grade;
  /** One market; absent = every market. */
  market?: string | undefined;
  /** One survey type of the benchmarks; absent = every type. */
  type?: SurveyType | undefined;
  /** Calendar years a figure's period must overlap; absent = no limit. A figure with no period fails a year limit. */
  from?: number | undefined;
  to?: number | undefined;
  /** Company ids chosen by the user; absent = every company of the sector. */
  peers?: readonly string[] | undefined;
  /** Rank B2B figures too (only when the user asks for that scope); by default they are left out. */
  includeBusiness?: boolean | undefined;
}

/** True when the figure's period overlaps the years from..to (either may be open). */
export function inYears(figure: Pick<BenchmarkFigure, 'period'>, from: number | undefined, to: number | undefined): boolean {
  if (from === undefined && to === undefined) return true;
  const span = periodYears(figure.period);
  if (!span) return false;
  return !(from !== undefined && span[1] < from) && !(to !== undefined && span[0] > to);
}

/** The first setting a figure fails, or null when it may be a benchmark (before "one per company"). */
export function settingFailed(figure: BenchmarkFigure, settings: BenchmarkSettings): Exclude<LeftOutReason, 'older'> | null {
  if (isRestatement(figure)) return 'restatement';
  if (!inAudience(figure, settings.includeBusiness ? 'all' : 'consumers')) return 'audience';
  if (settings.type && figure.surveyType !== settings.type) return 'type';
  if (!inYears(figure, settings.from, settings.to)) return 'period';
  if (!meetsGrade(figure.grade, settings.minGrade)) return 'grade';
  if (settings.market && !coversMarket(figure.market, settings.market)) return 'market';
  if (settings.peers && figure.companyId && !settings.peers.includes(figure.companyId)) return 'not-a-peer';
  return null;
}

export interface BenchmarkSelection {
  /** One figure per company: ranked (exact) or compared (bounds). Highest first, bounds last. */
  companies: BenchmarkFigure[];
  /** Sector averages passing the same filters: reference only. */
  averages: BenchmarkFigure[];
  /** Every figure not used, with the first reason that applies (in `LeftOutReason` order, "older" last). */
  leftOut: { figure: BenchmarkFigure; reason: LeftOutReason }[];
}

/** Highest exact value first, then bounds (highest first), ties by name. */
export function byValue(a: BenchmarkFigure, b: BenchmarkFigure): number {
  return Number(isExact(b)) - Number(isExact(a)) || b.nps - a.nps || a.name.localeCompare(b.name) || a.id.localeCompare(b.id);
}

/** Choose the benchmarks: one figure per company (the preferred one passing the settings, src/lib/figures.ts), plus sector averages. */
export function selectBenchmarks(figures: readonly BenchmarkFigure[], settings: BenchmarkSettings): BenchmarkSelection {
  const leftOut: BenchmarkSelection['leftOut'] = [];
  const kept: BenchmarkFigure[] = [];
  for (const figure of figures) {
    const reason = settingFailed(figure, settings);
    if (reason) leftOut.push({ figure, reason });
    else kept.push(figure);
  }
  // One per company, by the shared preference (src/lib/figures.ts).
  const { chosen, others, averages } = onePerCompany(kept);
  for (const figure of others) leftOut.push({ figure, reason: 'older' });
  return { companies: chosen.sort(byValue), averages: averages.sort(preferFigure), leftOut };
}

/** How the score compares with a figure: above it, below it, level, or not comparable (a bound that doesn't decide). */
export type Comparison = 'above' | 'below' | 'level' | 'not-comparable';

const EPSILON = 1e-9;

/** Compare a score with one figure honestly: a bound decides only when the score is outside it. */
export function compareWithFigure(score: number, figure: Pick<BenchmarkFigure, 'nps' | 'relation'>): Comparison {
  const x = figure.nps;
  switch (figure.relation) {
    case 'exact':
      return Math.abs(score - x) <= EPSILON ? 'level' : score > x ? 'above' : 'below';
    case 'below': // true value < x
      return score >= x - EPSILON ? 'above' : 'not-comparable';
    case 'at-most': // true value ≤ x
      return score > x + EPSILON ? 'above' : 'not-comparable';
    case 'above': // true value > x
      return score <= x + EPSILON ? 'below' : 'not-comparable';
    case 'at-least': // true value ≥ x
      return score < x - EPSILON ? 'below' : 'not-comparable';
    case 'about':
      return 'not-comparable';
  }
}

/** Percentile rank of `score` among `values`: % strictly below plus half the % equal, 0..100; null for none. */
export function percentileRank(score: number, values: readonly number[]): number | null {
  if (values.length === 0) return null;
  let below = 0;
  let equal = 0;
  for (const v of values) {
    if (Math.abs(v - score) <= EPSILON) equal += 1;
    else if (v < score) below += 1;
  }
  return ((below + equal / 2) / values.length) * 100;
}

export interface Placement {
  /** Exact figures ranked. */
  ranked: number;
  /** 1 = top; null when no exact figure. Ties share the better rank. */
  rank: number | null;
  /** Positions in the ranking, the user included (ranked + 1). */
  outOf: number;
  percentile: number | null;
  /** Closest figures above the score (the lowest value above it; several when tied). */
  nextAbove: BenchmarkFigure[];
  /** Closest figures below the score (the highest value below it). */
  nextBelow: BenchmarkFigure[];
  /** Figures equal to the score. */
  level: BenchmarkFigure[];
  median: number | null;
  /** Score minus the median, in points. */
  gapToMedian: number | null;
  /** Highest exact figures (several when tied). */
  leaders: BenchmarkFigure[];
  /** Score minus the leader's figure, in points (≤ 0 unless the score leads). */
  gapToLeader: number | null;
  /** Each figure with how the score compares with it (bounds included). */
  comparisons: { figure: BenchmarkFigure; comparison: Comparison }[];
}

/** Place a score (points) among company figures. Bounds are compared honestly, never ranked. */
export function placeScore(score: number, figures: readonly BenchmarkFigure[]): Placement {
  const exact = figures.filter(isExact);
  const values = exact.map((f) => f.nps);
  const comparisons = [...figures].sort(byValue).map((figure) => ({ figure, comparison: compareWithFigure(score, figure) }));
  const higher = exact.filter((f) => f.nps > score + EPSILON);
  const lower = exact.filter((f) => f.nps < score - EPSILON);
  const level = exact.filter((f) => Math.abs(f.nps - score) <= EPSILON);
  const lowestAbove = Math.min(...higher.map((f) => f.nps));
  const highestBelow = Math.max(...lower.map((f) => f.nps));
  const top = Math.max(...values);
  const mid = median(values) ?? null;
  return {
    ranked: exact.length,
    rank: exact.length === 0 ? null : higher.length + 1,
    outOf: exact.length + 1,
    percentile: percentileRank(score, values),
    nextAbove: higher.filter((f) => f.nps === lowestAbove).sort(byValue),
    nextBelow: lower.filter((f) => f.nps === highestBelow).sort(byValue),
    level: level.sort(byValue),
    median: mid,
    gapToMedian: mid === null ? null : score - mid,
    leaders: exact.filter((f) => f.nps === top).sort(byValue),
    gapToLeader: exact.length === 0 ? null : score - top,
    comparisons,
  };
}

/** What differs between the user's survey and the benchmarks' methods. */
export interface SurveyTypeCheck {
  /** The user's type, when stated. */
  yours?: SurveyType | undefined;
  /** Benchmark survey types that differ from the user's (known types only), in first-seen order. */
  differing: SurveyType[];
  /** Figures whose method the source doesn't state. */
  unknownMethod: number;
  /** Distinct markets among the figures (more than one means they aren't on one scale either). */
  markets: string[];
  /** Figures with no market stated. */
  marketNotStated: number;
}

/** Compare the user's survey type with the figures'; also list the markets the figures mix. */
export function checkSurveyTypes(yours: SurveyType | undefined, figures: readonly BenchmarkFigure[]): SurveyTypeCheck {
  const differing: SurveyType[] = [];
  let unknownMethod = 0;
  const markets: string[] = [];
  let marketNotStated = 0;
  for (const f of figures) {
    if (f.surveyType === 'unknown') unknownMethod += 1;
    else if (f.surveyType !== yours && !differing.includes(f.surveyType)) differing.push(f.surveyType);
    if (!f.market) marketNotStated += 1;
    else if (!markets.includes(f.market)) markets.push(f.market);
  }
  return { yours, differing: yours === undefined ? [] : differing, unknownMethod, markets: markets.sort(), marketNotStated };
}
