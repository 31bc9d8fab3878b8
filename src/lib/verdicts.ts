/**
 * "Is the gap real?": a verdict for every benchmark, read from the user's side, and the same honesty for the
 * headline (rank, gap to the leader and to the median). Pure; numbers unrounded.
 *
 * Rules (shown to the user beside each verdict and in the methodology):
 * - Benchmark n published (exactly or roughly, `nApproximate`): the two-sample adjusted-Wald z-test of
 *   src/lib/nps-stats.ts. Significant → `above`/`below`; not → `within` (the gap is inside the combined margin).
 * - Benchmark n not published: the benchmark's published value against the user's own interval. Outside it →
 *   `above`/`below` "by more than your margin of error"; inside → `within`, a tie at this sample size. The
 *   benchmark's own error is unknown, so the verdict holds only if that figure is precise (said in words).
 * - A bound ("below 50") decides only when the user's whole interval lies on one side of it; an approximation
 *   ("about 50") is never treated as a value, so it gets `cant-tell`, as does everything when the user's n is
 *   unknown (then `nNeeded` says how many respondents would let this gap count).
 * - Each verdict is tested on its own at the chosen confidence: no correction for multiple comparisons.
 *   `chanceGaps` states how many "gaps" chance alone would give among that many ties.
 */
import { formatCount, formatQuantity } from './format.ts';
import { LOCALE_TAGS, type Locale, type PluralForms } from './i18n.ts';
import { type ComparisonVerdict, type NpsInterval, compareWithBenchmark, sampleSizeForMargin } from './nps-stats.ts';
import { type BenchmarkFigure, type Placement, isExact } from './placement.ts';
import type { ScoreToolStrings } from './score-tool-strings.ts';

/** The verdict as data, from the user's side. */
export type VerdictValue = 'above' | 'below' | 'within' | 'cant-tell';

/** What the user's result brings to a verdict: the score, and n with the interval when known. */
export interface YourResult {
  nps: number;
  n?: number | undefined;
  counts?: { promoters: number; passives: number; detractors: number } | undefined;
  interval?: NpsInterval | undefined;
}

/** On what a verdict rests. */
export type VerdictBasis =
  /** Two-sample z-test (benchmark n published; `nApproximate` when the source gives it roughly). */
  | { kind: 'two-sample'; test: Extract<ComparisonVerdict, { pValue: number }>; nApproximate: boolean }
  /** Benchmark n not published: its value against your interval; its own error is unknown. */
  | { kind: 'your-interval'; low: number; high: number; margin: number }
  /** A bound against your interval. */
  | { kind: 'bound'; low: number; high: number }
  /** No verdict possible. */
  | { kind: 'none'; reason: 'your-n-unknown' | 'approximate-figure' | 'bound-undecided' };

export interface BenchmarkVerdict {
  figure: BenchmarkFigure;
  value: VerdictValue;
  /** Your score minus the benchmark's published number, in points. */
  difference: number;
  basis: VerdictBasis;
  /** When your n is unknown: about how many respondents would make this gap larger than your margin; null when no n would. */
  nNeeded?: number | null | undefined;
}

const EPSILON = 1e-9;

/** Your interval against one point: above it, below it, or containing it. */
function againstInterval(value: number, interval: NpsInterval): VerdictValue {
  if (value < interval.low - EPSILON) return 'above';
  if (value > interval.high + EPSILON) return 'below';
  return 'within';
}

// A bound decides only when your whole interval is on the side the bound cannot reach.
function boundVerdict(figure: BenchmarkFigure, interval: NpsInterval): VerdictValue {
  const x = figure.nps;
  switch (figure.relation) {
    case 'below':
    case 'at-most':
      return interval.low >= x - EPSILON ? 'above' : 'cant-tell';
    case 'above':
    case 'at-least':
      return interval.high <= x + EPSILON ? 'below' : 'cant-tell';
    default:
      return 'cant-tell';
  }
}

/** About how many respondents would make a gap of `gap` points exceed your margin of error (widest mix for the score). */
export function respondentsForGap(score: number, gap: number, confidence: number): number | null {
  const size = Math.abs(gap);
  if (size < 0.05) return null;
  try {
    return sampleSizeForMargin(Math.min(size, 200), { kind: 'score', score }, confidence);
  } catch {
    return null;
  }
}

/** The verdict on one benchmark figure. */
export function verdictFor(yours: YourResult, figure: BenchmarkFigure, confidence: number): BenchmarkVerdict {
  const difference = yours.nps - figure.nps;
  const none = (reason: Extract<VerdictBasis, { kind: 'none' }>['reason']): BenchmarkVerdict => ({ figure, value: 'cant-tell', difference, basis: { kind: 'none', reason } });
  if (!isExact(figure)) {
    if (figure.relation === 'about') return none('approximate-figure');
    if (!yours.interval) return { ...none('your-n-unknown'), nNeeded: null };
    const value = boundVerdict(figure, yours.interval);
    return value === 'cant-tell' ? none('bound-undecided') : { figure, value, difference, basis: { kind: 'bound', low: yours.interval.low, high: yours.interval.high } };
  }
  if (yours.n === undefined || !yours.interval) return { ...none('your-n-unknown'), nNeeded: respondentsForGap(yours.nps, difference, confidence) };
  if (figure.n !== undefined && figure.n >= 1) {
    const mine = yours.counts ?? { score: yours.nps, n: yours.n };
    const test = compareWithBenchmark(mine, { nps: figure.nps, n: figure.n, shares: figure.shares }, confidence);
    if (test.verdict === 'cant-tell') return none('your-n-unknown');
    const value: VerdictValue = test.verdict === 'higher' ? 'above' : test.verdict === 'lower' ? 'below' : 'within';
    return { figure, value, difference, basis: { kind: 'two-sample', test, nApproximate: Boolean(figure.nApproximate) } };
  }
  return {
    figure,
    value: againstInterval(figure.nps, yours.interval),
    difference,
    basis: { kind: 'your-interval', low: yours.interval.low, high: yours.interval.high, margin: yours.interval.margin },
  };
}

/** A verdict for each figure (companies and sector averages alike). */
export function benchmarkVerdicts(yours: YourResult, figures: readonly BenchmarkFigure[], confidence: number): BenchmarkVerdict[] {
  return figures.map((figure) => verdictFor(yours, figure, confidence));
}

/** The headline with its uncertainty: where the rank could be, and whether the gaps to the leader and the median are real. */
export interface Headline {
  /**
   * Ranks your score could take given the verdicts: `best` counts only the figures you are surely below,
   * `worst` every exact figure you are not surely above. Null when your n is unknown or nothing is ranked.
   */
  rankRange: { best: number; worst: number } | null;
  /** Exact figures level with you within the margin (verdict `within`). */
  ties: BenchmarkFigure[];
  /** The leader's verdict (the first leader's, when several are tied). */
  leader: { value: VerdictValue; basis: VerdictBasis['kind'] } | null;
  /** The median (a computed reference with no published error) against your interval. */
  median: { value: VerdictValue } | null;
  /** Comparisons made (exact figures with a verdict other than cant-tell, averages included). */
  comparisons: number;
  /** How many of them could show a "gap" by chance alone if every one were a tie: (1 − confidence) × comparisons. */
  chanceGaps: number;
}

/** Carry the verdicts' honesty into the headline. `verdicts` must cover the placement's company figures. */
export function headline(yours: YourResult, placement: Placement, verdicts: readonly BenchmarkVerdict[], confidence: number): Headline {
  const byId = new Map(verdicts.map((v) => [v.figure.id, v]));
  const exact = placement.comparisons.map((c) => c.figure).filter(isExact);
  const exactVerdicts = exact.map((f) => byId.get(f.id)).filter((v): v is BenchmarkVerdict => v !== undefined);
  const known = yours.interval !== undefined && exact.length > 0;
  const surelyBelow = exactVerdicts.filter((v) => v.value === 'below').length;
  const surelyAbove = exactVerdicts.filter((v) => v.value === 'above').length;
  const leaderVerdict = placement.leaders[0] ? byId.get(placement.leaders[0].id) : undefined;
  const comparisons = verdicts.filter((v) => v.value !== 'cant-tell').length;
  return {
    rankRange: known ? { best: 1 + surelyBelow, worst: exact.length + 1 - surelyAbove } : null,
    ties: exactVerdicts.filter((v) => v.value === 'within').map((v) => v.figure),
    leader: leaderVerdict ? { value: leaderVerdict.value, basis: leaderVerdict.basis.kind } : null,
    median: placement.median === null ? null : { value: yours.interval ? againstInterval(placement.median, yours.interval) : 'cant-tell' },
    comparisons,
    chanceGaps: (1 - confidence) * comparisons,
  };
}

// ---------------------------------------------------------------------------------------------
// Words

/** "6.4 points" / "6,4 points", the unit agreeing with the number shown ("1 point"; French "0,2 point", "1,5 point"). */
export function pointsText(value: number, locale: Locale, unit: PluralForms<string>): string {
  return formatQuantity(Math.abs(value), locale, unit);
}

const NO_BREAK = '\u00a0';

/** A p-value for reading: "< 0.001" below a thousandth, else 2 significant digits. */
export function pValueText(p: number, locale: Locale): string {
  const format = (value: number, digits: number) => new Intl.NumberFormat(LOCALE_TAGS[locale], { maximumSignificantDigits: digits }).format(value);
  return p < 0.001 ? `<${NO_BREAK}${format(0.001, 1)}` : format(p, 2);
}

/** A verdict in words: what it says, and on what it rests. */
export function verdictWords(v: BenchmarkVerdict, t: ScoreToolStrings, locale: Locale): { text: string; basis: string } {
  const w = t.verdict;
  const count = (n: number) => formatCount(n, locale);
  switch (v.basis.kind) {
    case 'two-sample': {
      const p = pValueText(v.basis.test.pValue, locale);
      const text = v.value === 'above' ? w.twoSampleAbove(p) : v.value === 'below' ? w.twoSampleBelow(p) : w.twoSampleWithin(p);
      const n = count(v.figure.n ?? 0);
      const basis = [v.basis.nApproximate ? t.verdictBasis.twoSampleApproximate(n) : t.verdictBasis.twoSample(n), v.basis.test.assumedWidestMix ? t.verdictBasis.assumedMix : ''];
      return { text, basis: basis.filter(Boolean).join(' ') };
    }
    case 'your-interval': {
      const margin = pointsText(v.basis.margin, locale, t.points);
      const text = v.value === 'above' ? w.intervalAbove(margin) : v.value === 'below' ? w.intervalBelow(margin) : w.intervalWithin(margin);
      return { text, basis: t.verdictBasis.yourInterval };
    }
    case 'bound':
      return { text: v.value === 'above' ? w.boundAbove : w.boundBelow, basis: t.verdictBasis.bound };
    case 'none':
      switch (v.basis.reason) {
        case 'your-n-unknown':
          return { text: v.nNeeded ? w.cantTellYoursWith(count(v.nNeeded), pointsText(v.difference, locale, t.points)) : w.cantTellYours, basis: '' };
        case 'approximate-figure':
          return { text: w.cantTellApproximate, basis: '' };
        case 'bound-undecided':
          return { text: w.cantTellBound, basis: '' };
      }
  }
}
