/**
 * Net Promoter Score arithmetic: score, variance, adjusted-Wald interval, sample size, target gap,
 * and the two-sample test against a benchmark. Pure functions; numbers in and out are unrounded.
 *
 * Definitions follow ../shared/research/nps-statistics.md (Rocks 2016; R package `NPS`; MeasuringU):
 * - answers 0–6 are detractors, 7–8 passives, 9–10 promoters; NPS = %promoters − %detractors,
 *   returned here in points (−100..100);
 * - the variance of one respondent's −1/0/+1 score is V = p + d − (p − d)² (population divisor), on the
 *   −1..1 scale; SE = √(V/n);
 * - the interval is the adjusted Wald: add 0.75 detractors, 1.5 passives and 0.75 promoters, apply the
 *   ordinary Wald formula to the augmented counts, centre on the adjusted score (P − D)/(n + 3), clip to
 *   [−100, 100]. This is the R package's `adjusted.wald` and MeasuringU's recommended interval.
 * Samples of one category keep a non-degenerate interval thanks to the pseudo-observations; n = 0,
 * negative and fractional counts are rejected by `validateCounts` and make the other functions throw.
 */

/** Number of respondents in each NPS group. */
export interface ResponseCounts {
  promoters: number;
  passives: number;
  detractors: number;
}

/** Why a set of counts can't be scored. */
export type CountsProblem = 'negative' | 'not-integer' | 'empty' | 'not-finite';

/** Pseudo-observations of the adjusted Wald interval (Agresti-style weights used by Rocks 2016). */
export const PSEUDO_OBSERVATIONS: Readonly<ResponseCounts> = { detractors: 0.75, passives: 1.5, promoters: 0.75 };

/** Exact two-sided 95 % normal quantile, Φ⁻¹(0.975). */
export const Z_95 = 1.959963984540054;

/** Group counts from the count of each answer 0..10 (index = answer). Throws on an array that isn't 11 long. */
export function countsFromAnswers(answers: readonly number[]): ResponseCounts {
  if (answers.length !== 11) throw new RangeError(`countsFromAnswers: expected 11 counts (answers 0 to 10), got ${answers.length}`);
  let detractors = 0;
  let passives = 0;
  let promoters = 0;
  answers.forEach((count, answer) => {
    if (answer <= 6) detractors += count;
    else if (answer <= 8) passives += count;
    else promoters += count;
  });
  return { promoters, passives, detractors };
}

/** Check counts before scoring: finite, whole, not negative, and at least one response. */
export function validateCounts(c: ResponseCounts): { ok: true } | { ok: false; reason: CountsProblem } {
  const values = [c.promoters, c.passives, c.detractors];
  if (values.some((v) => !Number.isFinite(v))) return { ok: false, reason: 'not-finite' };
  if (values.some((v) => v < 0)) return { ok: false, reason: 'negative' };
  if (values.some((v) => !Number.isInteger(v))) return { ok: false, reason: 'not-integer' };
  if (values[0]! + values[1]! + values[2]! === 0) return { ok: false, reason: 'empty' };
  return { ok: true };
}

function assertValid(c: ResponseCounts, caller: string): void {
  const check = validateCounts(c);
  if (!check.ok) throw new RangeError(`${caller}: invalid counts (${check.reason})`);
}

/** Total number of respondents. */
export function totalResponses(c: ResponseCounts): number {
  return c.promoters + c.passives + c.detractors;
}

/** Shares of promoters, passives and detractors in percent (0..100, unrounded). */
export function sharesFromCounts(c: ResponseCounts): ResponseCounts {
  assertValid(c, 'sharesFromCounts');
  const n = totalResponses(c);
  return { promoters: (c.promoters / n) * 100, passives: (c.passives / n) * 100, detractors: (c.detractors / n) * 100 };
}

/** The Net Promoter Score in points, −100..100. Throws on counts `validateCounts` rejects. */
export function npsFromCounts(c: ResponseCounts): number {
  assertValid(c, 'npsFromCounts');
  return ((c.promoters - c.detractors) / totalResponses(c)) * 100;
}

// Unchecked core on possibly fractional counts (augmented or reconstructed from shares); n > 0.
function rawScore(c: ResponseCounts): number {
  return (c.promoters - c.detractors) / totalResponses(c);
}
/** V = p + d − (p − d)² from the promoter and detractor shares: the one place this formula is written. */
function varianceOfShares(p: number, d: number): number {
  // p + d − (p − d)² can come out a hair below 0 in floating point for a single category.
  return Math.max(0, p + d - (p - d) ** 2);
}
function rawVariance(c: ResponseCounts): number {
  const n = totalResponses(c);
  return varianceOfShares(c.promoters / n, c.detractors / n);
}

/**
 * Variance of one respondent's score (+1 promoter, 0 passive, −1 detractor): V = p + d − (p − d)²,
 * on the −1..1 scale (0 ≤ V ≤ 1). Multiply by 10 000 for points².
 */
export function npsVariance(c: ResponseCounts): number {
  assertValid(c, 'npsVariance');
  return rawVariance(c);
}

/** Plain (Wald) standard error of the NPS, in points: 100·√(V/n). Zero when every answer is in one group. */
export function npsStandardError(c: ResponseCounts): number {
  assertValid(c, 'npsStandardError');
  return Math.sqrt(rawVariance(c) / totalResponses(c)) * 100;
}

/** Counts plus the adjusted-Wald pseudo-observations (0.75, 1.5, 0.75): n grows by 3. */
export function adjustedCounts(c: ResponseCounts): ResponseCounts {
  return {
    promoters: c.promoters + PSEUDO_OBSERVATIONS.promoters,
    passives: c.passives + PSEUDO_OBSERVATIONS.passives,
    detractors: c.detractors + PSEUDO_OBSERVATIONS.detractors,
  };
}

/**
 * The adjusted-Wald pieces of one sample, for tests of differences: the adjusted score (P − D)/(n + 3) in points,
 * the per-respondent variance Ṽ of the augmented counts (−1..1 scale) and ñ = n + 3. Throws on invalid counts.
 */
export function adjustedEstimate(c: ResponseCounts): { score: number; variance: number; n: number } {
  assertValid(c, 'adjustedEstimate');
  const a = adjustedCounts(c);
  return { score: rawScore(a) * 100, variance: rawVariance(a), n: totalResponses(a) };
}

/** A confidence interval in NPS points. `center` is the adjusted score, `margin` the unclipped half-width. */
export interface NpsInterval {
  low: number;
  high: number;
  center: number;
  margin: number;
}

function clipPoints(value: number): number {
  return Math.min(100, Math.max(-100, value));
}

// Adjusted Wald on counts that may be fractional (e.g. reconstructed from a score); n must be > 0.
function adjustedWald(c: ResponseCounts, confidence: number): NpsInterval {
  const z = zForConfidence(confidence);
  const a = adjustedCounts(c);
  const center = rawScore(a) * 100;
  const margin = z * Math.sqrt(rawVariance(a) / totalResponses(a)) * 100;
  return { low: clipPoints(center - margin), high: clipPoints(center + margin), center, margin };
}

/**
 * Adjusted-Wald confidence interval of the NPS, in points: add 0.75 detractors, 1.5 passives and
 * 0.75 promoters, centre on the adjusted score (P − D)/(n + 3), half-width z·√(Ṽ/ñ), clipped to [−100, 100].
 */
export function npsInterval(c: ResponseCounts, confidence = 0.95): NpsInterval {
  assertValid(c, 'npsInterval');
  return adjustedWald(c, confidence);
}

/**
 * Adjusted-Wald interval from shares (percent) and a sample size that may be fractional, e.g. a weighted
 * sample's Kish effective size. Throws unless n > 0 and the shares add up to more than 0.
 */
export function npsIntervalFromShares(shares: ResponseCounts, n: number, confidence = 0.95): NpsInterval {
  if (!(Number.isFinite(n) && n > 0)) throw new RangeError('npsIntervalFromShares: n must be above 0');
  if (!(shares.promoters + shares.passives + shares.detractors > 0)) throw new RangeError('npsIntervalFromShares: the shares add up to 0');
  return adjustedWald(countsFromShares(shares, n), confidence);
}

/**
 * Counts implied by a bare score and sample size when the shares are unknown, assuming no passives
 * (p = (1 + s)/2, d = (1 − s)/2). For a given score that mix has the largest variance, V = 1 − s²,
 * so intervals and tests built on it are the widest (most cautious) the score allows. Counts may be fractional.
 */
export function widestCountsForScore(scorePoints: number, n: number): ResponseCounts {
  const s = scorePoints / 100;
  return { promoters: (n * (1 + s)) / 2, passives: 0, detractors: (n * (1 - s)) / 2 };
}

/**
 * Counts implied by published shares (percent) and a sample size. Counts may be fractional.
 * Shares that don't add up are scaled to their sum.
 */
export function countsFromShares(shares: ResponseCounts, n: number): ResponseCounts {
  const sum = shares.promoters + shares.passives + shares.detractors;
  return { promoters: (n * shares.promoters) / sum, passives: (n * shares.passives) / sum, detractors: (n * shares.detractors) / sum };
}

/**
 * Adjusted-Wald interval for a score typed without its counts: the widest interval consistent with
 * the score and n (see `widestCountsForScore`). Throws unless −100 ≤ score ≤ 100 and n is a positive integer.
 */
export function npsIntervalFromScore(scorePoints: number, n: number, confidence = 0.95): NpsInterval {
  if (!(Number.isFinite(scorePoints) && scorePoints >= -100 && scorePoints <= 100)) throw new RangeError('npsIntervalFromScore: score must be between -100 and 100');
  if (!(Number.isInteger(n) && n >= 1)) throw new RangeError('npsIntervalFromScore: n must be a whole number of at least 1');
  return adjustedWald(widestCountsForScore(scorePoints, n), confidence);
}

/**
 * Adjusted-Wald interval of a published benchmark whose n is known: from its published shares when it has
 * them, otherwise the widest interval its score allows (see `widestCountsForScore`). Null when n is unknown
 * or not a positive number (a benchmark's own error is then not known).
 */
export function benchmarkInterval(benchmark: BenchmarkSample, confidence = 0.95): NpsInterval | null {
  if (benchmark.n === undefined || !(benchmark.n >= 1)) return null;
  const counts = benchmark.shares ? countsFromShares(benchmark.shares, benchmark.n) : widestCountsForScore(benchmark.nps, benchmark.n);
  return adjustedWald(counts, confidence);
}

// ---------------------------------------------------------------------------------------------
// Normal distribution

/**
 * Upper tail Q(x) = 1 − Φ(x) for x ≥ 0, with full relative accuracy in the tail: Marsaglia's series
 * below 3, the Laplace continued fraction φ(x)/(x + 1/(x + 2/(x + …))) from 3 on.
 */
function upperTail(x: number): number {
  if (x > 40) return 0;
  const logDensity = -0.5 * x * x - 0.9189385332046728; // ln √(2π), the nearest double
  if (x < 3) {
    let sum = x;
    let term = x;
    const q = x * x;
    for (let i = 3; ; i += 2) {
      term *= q / i;
      const next = sum + term;
      if (next === sum) break;
      sum = next;
    }
    return 0.5 - sum * Math.exp(logDensity);
  }
  let fraction = x;
  for (let k = 300; k >= 1; k--) fraction = x + k / fraction;
  return Math.exp(logDensity) / fraction;
}

/** Standard normal CDF Φ(x), accurate to about 1e-15 relative in either tail. */
export function normalCdf(x: number): number {
  if (Number.isNaN(x)) return Number.NaN;
  return x >= 0 ? 1 - upperTail(x) : upperTail(-x);
}

/** Standard normal quantile Φ⁻¹(p) for 0 < p < 1: Acklam's rational approximation plus one Halley step. */
export function normalQuantile(p: number): number {
  if (!(p > 0 && p < 1)) throw new RangeError('normalQuantile: p must be strictly between 0 and 1');
  // Work in the lower half, where Φ is computed with full relative accuracy.
  if (p > 0.5) return -normalQuantile(1 - p);
  const a = [-3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2, -3.066479806614716e1, 2.506628277459239];
  const b = [-5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1, -1.328068155288572e1];
  const c = [-7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
  const d = [7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416];
  const low = 0.02425;
  let x: number;
  if (p < low) {
    const q = Math.sqrt(-2 * Math.log(p));
    x = (((((c[0]! * q + c[1]!) * q + c[2]!) * q + c[3]!) * q + c[4]!) * q + c[5]!) / ((((d[0]! * q + d[1]!) * q + d[2]!) * q + d[3]!) * q + 1);
  } else if (p <= 1 - low) {
    const q = p - 0.5;
    const r = q * q;
    x = ((((((a[0]! * r + a[1]!) * r + a[2]!) * r + a[3]!) * r + a[4]!) * r + a[5]!) * q) / (((((b[0]! * r + b[1]!) * r + b[2]!) * r + b[3]!) * r + b[4]!) * r + 1);
  } else {
    const q = Math.sqrt(-2 * Math.log(1 - p));
    x = -(((((c[0]! * q + c[1]!) * q + c[2]!) * q + c[3]!) * q + c[4]!) * q + c[5]!) / ((((d[0]! * q + d[1]!) * q + d[2]!) * q + d[3]!) * q + 1);
  }
  // Halley refinement against the accurate CDF: the approximation's 1e-9 relative error drops to ~1e-15.
  const e = normalCdf(x) - p;
  const u = e * Math.sqrt(2 * Math.PI) * Math.exp((x * x) / 2);
  return x - u / (1 + (x * u) / 2);
}

/** Two-sided critical value for a confidence level in (0, 1): 0.95 → 1.959963984540054. */
export function zForConfidence(confidence: number): number {
  if (!(confidence > 0 && confidence < 1)) throw new RangeError('confidence must be strictly between 0 and 1');
  if (confidence === 0.95) return Z_95;
  return normalQuantile(1 - (1 - confidence) / 2);
}

// ---------------------------------------------------------------------------------------------
// Sample size

/** Which respondent mix a sample-size estimate assumes. */
export type PlanningAssumption =
  /** The observed shares of promoters and detractors. */
  | { kind: 'shares'; promoters: number; detractors: number }
  /** Only the score is known: the mix with no passives, the widest for that score (V = 1 − s²). */
  | { kind: 'score'; score: number }
  /** Nothing known: p = d = ½, V = 1, the widest possible. */
  | { kind: 'worst-case' };

function planningShares(assumption: PlanningAssumption): { p: number; d: number } {
  switch (assumption.kind) {
    case 'shares': {
      const sum = assumption.promoters + assumption.detractors;
      if (!(assumption.promoters >= 0 && assumption.detractors >= 0 && sum <= 100 + 1e-9)) throw new RangeError('planning shares must be percentages adding to at most 100');
      return { p: assumption.promoters / 100, d: assumption.detractors / 100 };
    }
    case 'score': {
      if (!(assumption.score >= -100 && assumption.score <= 100)) throw new RangeError('planning score must be between -100 and 100');
      const s = assumption.score / 100;
      return { p: (1 + s) / 2, d: (1 - s) / 2 };
    }
    case 'worst-case':
      return { p: 0.5, d: 0.5 };
  }
}

/**
 * Smallest number of respondents whose adjusted-Wald interval has a half-width of at most `marginPoints`
 * (e.g. 5 for ±5 points), if the answers fall in the assumed mix: the smallest integer n with
 * z·√(Ṽ(n)/(n + 3)) ≤ E, where p̃ = (pn + ¾)/(n + 3), d̃ = (dn + ¾)/(n + 3) (the approach of relock2/nps_sample_size,
 * without its rounding of z, t-quantile or finite-population tweaks). Returns 1 when even one answer is enough.
 */
export function sampleSizeForMargin(marginPoints: number, assumption: PlanningAssumption = { kind: 'worst-case' }, confidence = 0.95): number {
  if (!(marginPoints > 0 && marginPoints <= 200)) throw new RangeError('sampleSizeForMargin: the margin must be above 0 points');
  const { p, d } = planningShares(assumption);
  const z = zForConfidence(confidence);
  const e = marginPoints / 100;
  const halfWidth = (n: number) => {
    const pt = (p * n + 0.75) / (n + 3);
    const dt = (d * n + 0.75) / (n + 3);
    return z * Math.sqrt(varianceOfShares(pt, dt) / (n + 3));
  };
  if (halfWidth(1) <= e) return 1;
  // The half-width shrinks roughly like 1/√n; bracket then bisect (it is monotone for these mixes in practice;
  // the final linear step guards the boundary).
  let high = 2;
  while (halfWidth(high) > e) {
    high *= 2;
    if (high > 2 ** 40) throw new RangeError('sampleSizeForMargin: margin too small');
  }
  let low = high / 2;
  while (high - low > 1) {
    const mid = Math.floor((low + high) / 2);
    if (halfWidth(mid) <= e) high = mid;
    else low = mid;
  }
  return high;
}

/** Plain Wald sample size n = ⌈z²·V/E²⌉ for a margin of `marginPoints` (worst case V = 1 gives 385 for ±10, 1537 for ±5). */
export function waldSampleSize(marginPoints: number, assumption: PlanningAssumption = { kind: 'worst-case' }, confidence = 0.95): number {
  if (!(marginPoints > 0)) throw new RangeError('waldSampleSize: the margin must be above 0 points');
  const { p, d } = planningShares(assumption);
  const v = varianceOfShares(p, d);
  const z = zForConfidence(confidence);
  return Math.max(1, Math.ceil((z * z * v) / (marginPoints / 100) ** 2 - 1e-9));
}

// ---------------------------------------------------------------------------------------------
// Target

/** What it takes to reach a target NPS from the current counts; `null` when that route can't reach it. */
export interface TargetGap {
  /** Target, in points. */
  target: number;
  /** Whether the current score already meets it (every route is then 0). */
  reached: boolean;
  /** Extra promoter responses needed, every other answer unchanged (n grows). */
  morePromoters: number | null;
  /** Detractors who would have to become passives, n unchanged. */
  detractorsToPassives: number | null;
  /** Detractors who would have to become promoters, n unchanged. */
  detractorsToPromoters: number | null;
}

// Compare with a tolerance of 1e-9 points, so 30.000000000004 counts as reaching 30.
const meets = (scorePoints: number, target: number) => scorePoints >= target - 1e-9;

function smallestK(limit: number, scoreAt: (k: number) => number, target: number): number | null {
  if (!meets(scoreAt(limit), target)) return null;
  let low = 0;
  let high = limit;
  // scoreAt is non-decreasing in k, so bisect on the first k that meets the target.
  while (low < high) {
    const mid = Math.floor((low + high) / 2);
    if (meets(scoreAt(mid), target)) high = mid;
    else low = mid + 1;
  }
  return low;
}

/**
 * The fewest extra promoters that bring a net count (promoters − detractors, possibly fractional when it comes from
 * a score and n) over `n` answers to `targetPoints`: the smallest k with (net + k)/(n + k) ≥ t. 0 when already
 * there; null for a target of 100 not yet reached (never, while anyone is not a promoter).
 */
export function morePromotersForTarget(net: number, n: number, targetPoints: number): number | null {
  if (meets((net / n) * 100, targetPoints)) return 0;
  const t = targetPoints / 100;
  if (t >= 1) return null;
  // k ≥ (t·n − net)/(1 − t): an upper bound for the search.
  const estimate = Math.ceil((t * n - net) / (1 - t)) + 2;
  return smallestK(Math.max(1, estimate), (k) => ((net + k) / (n + k)) * 100, targetPoints);
}

/**
 * How many more promoters, or how many detractors won over, bring the score to `targetPoints` (−100..100).
 * Routes that can never reach the target give `null` (e.g. a target of 100 with passives left).
 */
export function targetGap(c: ResponseCounts, targetPoints: number): TargetGap {
  assertValid(c, 'targetGap');
  if (!(Number.isFinite(targetPoints) && targetPoints >= -100 && targetPoints <= 100)) throw new RangeError('targetGap: target must be between -100 and 100');
  const n = totalResponses(c);
  const net = c.promoters - c.detractors;
  const reached = meets((net / n) * 100, targetPoints);
  if (reached) return { target: targetPoints, reached, morePromoters: 0, detractorsToPassives: 0, detractorsToPromoters: 0 };
  const morePromoters = morePromotersForTarget(net, n, targetPoints);
  const detractorsToPassives = smallestK(c.detractors, (k) => ((net + k) / n) * 100, targetPoints);
  const detractorsToPromoters = smallestK(c.detractors, (k) => ((net + 2 * k) / n) * 100, targetPoints);
  return { target: targetPoints, reached, morePromoters, detractorsToPassives, detractorsToPromoters };
}

// ---------------------------------------------------------------------------------------------
// Comparison with a benchmark

/** A published benchmark score to test against. */
export interface BenchmarkSample {
  /** Published NPS, in points. */
  nps: number;
  /** Respondents behind it, when published. */
  n?: number | undefined;
  /** Published shares in percent, when known; otherwise the widest mix for the score is assumed. */
  shares?: ResponseCounts | undefined;
}

/** Outcome of the two-sample test. */
export type ComparisonVerdict =
  | {
      verdict: 'higher' | 'lower' | 'not-significant';
      /** Raw difference, your NPS minus the benchmark's, in points. */
      difference: number;
      /** Adjusted-Wald difference of the two adjusted scores, in points (what z and the interval use). */
      adjustedDifference: number;
      /** Standard error of the adjusted difference, in points. */
      standardError: number;
      z: number;
      /** Two-sided p-value, 2(1 − Φ(|z|)). */
      pValue: number;
      /** Interval of the adjusted difference at the chosen confidence, in points (not clipped). */
      low: number;
      high: number;
      /** True when the benchmark's shares were unknown and the widest mix was assumed. */
      assumedWidestMix: boolean;
    }
  | { verdict: 'cant-tell'; difference: number; reason: 'benchmark-n-unknown' | 'your-n-unknown' };

/**
 * Two-sample adjusted-Wald z-test of your score against a benchmark (independent samples):
 * add the pseudo-observations to each sample, Δ̃ = NPS̃ₓ − NPS̃ᵧ, SE = √(Ṽₓ/ñₓ + Ṽᵧ/ñᵧ), z = Δ̃/SE,
 * p = 2(1 − Φ(|z|)). "Higher"/"lower" when p < 1 − confidence. Without the benchmark's n (or yours) the
 * answer is "can't tell". `yours` is either counts or a bare score with n (its mix then assumed the widest).
 */
export function compareWithBenchmark(yours: ResponseCounts | { score: number; n?: number | undefined }, benchmark: BenchmarkSample, confidence = 0.95): ComparisonVerdict {
  let mine: ResponseCounts | undefined;
  let myScore: number;
  if ('score' in yours) {
    myScore = yours.score;
    if (yours.n !== undefined) {
      if (!(Number.isInteger(yours.n) && yours.n >= 1)) throw new RangeError('compareWithBenchmark: n must be a whole number of at least 1');
      mine = widestCountsForScore(yours.score, yours.n);
    }
  } else {
    myScore = npsFromCounts(yours);
    mine = yours;
  }
  const difference = myScore - benchmark.nps;
  if (!mine) return { verdict: 'cant-tell', difference, reason: 'your-n-unknown' };
  if (benchmark.n === undefined || !(benchmark.n >= 1)) return { verdict: 'cant-tell', difference, reason: 'benchmark-n-unknown' };
  const assumedWidestMix = !benchmark.shares;
  const theirs = benchmark.shares ? countsFromShares(benchmark.shares, benchmark.n) : widestCountsForScore(benchmark.nps, benchmark.n);
  const a = adjustedCounts(mine);
  const b = adjustedCounts(theirs);
  const adjustedDifference = (rawScore(a) - rawScore(b)) * 100;
  const standardError = Math.sqrt(rawVariance(a) / totalResponses(a) + rawVariance(b) / totalResponses(b)) * 100;
  const z = adjustedDifference / standardError;
  const pValue = Math.min(1, 2 * upperTail(Math.abs(z)));
  const critical = zForConfidence(confidence);
  const verdict = pValue < 1 - confidence ? (z > 0 ? 'higher' : 'lower') : 'not-significant';
  return {
    verdict,
    difference,
    adjustedDifference,
    standardError,
    z,
    pValue,
    low: adjustedDifference - critical * standardError,
    high: adjustedDifference + critical * standardError,
    assumedWidestMix,
  };
}
