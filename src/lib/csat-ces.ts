/**
 * Two other customer metrics, computed from the count of each answer: CSAT (share of satisfied answers, 4 or 5
 * on a 1–5 scale, with a Wilson score interval) and CES (mean answer on a 1–7 or 1–5 effort scale, with a
 * Student t interval). They are never placed against NPS benchmarks. Pure functions; results unrounded.
 *
 * - Wilson (1927) interval for a share x/n: centre (x + z²/2)/(n + z²), half-width z/(n + z²)·√(x(n − x)/n + z²/4);
 *   it stays inside [0, 1] and is not degenerate at 0 or n (Newcombe 1998, method 3).
 * - t interval for a mean: x̄ ± t_{1−α/2, n−1}·s/√n, with s the sample standard deviation (divisor n − 1),
 *   clipped to the scale; one answer has no spread, so no interval.
 */
import { zForConfidence } from './nps-stats.ts';

/** Why a list of answer counts is refused. */
export type AnswerCountsProblem = 'wrong-length' | 'not-finite' | 'negative' | 'not-integer' | 'empty';

/** Check the count of each answer: `lengths` lists the scale sizes allowed (5 for CSAT; 7 or 5 for CES). */
export function validateAnswerCounts(counts: readonly number[], lengths: readonly number[]): { ok: true } | { ok: false; reason: AnswerCountsProblem } {
  if (!lengths.includes(counts.length)) return { ok: false, reason: 'wrong-length' };
  if (counts.some((v) => !Number.isFinite(v))) return { ok: false, reason: 'not-finite' };
  if (counts.some((v) => v < 0)) return { ok: false, reason: 'negative' };
  if (counts.some((v) => !Number.isInteger(v))) return { ok: false, reason: 'not-integer' };
  if (counts.every((v) => v === 0)) return { ok: false, reason: 'empty' };
  return { ok: true };
}

function assertCounts(counts: readonly number[], lengths: readonly number[], caller: string): void {
  const check = validateAnswerCounts(counts, lengths);
  if (!check.ok) throw new RangeError(`${caller}: invalid answer counts (${check.reason})`);
}

// ---------------------------------------------------------------------------------------------
// Wilson interval and CSAT

/** A share's interval in percent (0..100). */
export interface ShareInterval {
  low: number;
  high: number;
  /** Wilson centre (x + z²/2)/(n + z²), in percent. */
  center: number;
}

/** Wilson score interval of `successes` out of `n`, in percent. Throws unless 0 ≤ successes ≤ n, n ≥ 1. */
export function wilsonInterval(successes: number, n: number, confidence = 0.95): ShareInterval {
  if (!(Number.isInteger(n) && n >= 1 && Number.isInteger(successes) && successes >= 0 && successes <= n)) {
    throw new RangeError('wilsonInterval: need whole numbers with 0 ≤ successes ≤ n and n ≥ 1');
  }
  const z = zForConfidence(confidence);
  const z2 = z * z;
  const center = (successes + z2 / 2) / (n + z2);
  const half = (z / (n + z2)) * Math.sqrt((successes * (n - successes)) / n + z2 / 4);
  // At x = 0 (x = n) the bound is exactly 0 (100) in theory; floating point leaves a 1e-15 residue.
  const low = successes === 0 ? 0 : Math.max(0, center - half) * 100;
  const high = successes === n ? 100 : Math.min(1, center + half) * 100;
  return { low, high, center: center * 100 };
}

/** CSAT from the count of each answer 1..5 (index 0 = answer 1). */
export interface CsatResult {
  /** Share of answers 4 or 5, in percent, unrounded. */
  csat: number;
  satisfied: number;
  n: number;
  interval: ShareInterval;
}

/** CSAT = share answering 4 or 5 on a 1–5 scale, with its Wilson interval. Throws on counts `validateAnswerCounts` refuses. */
export function csatFromCounts(counts: readonly number[], confidence = 0.95): CsatResult {
  assertCounts(counts, [5], 'csatFromCounts');
  const n = counts.reduce((sum, v) => sum + v, 0);
  const satisfied = counts[3]! + counts[4]!;
  return { csat: (satisfied / n) * 100, satisfied, n, interval: wilsonInterval(satisfied, n, confidence) };
}

// ---------------------------------------------------------------------------------------------
// Student t quantile

// ln Γ(x) for x > 0, Lanczos (g = 7, 9 terms), relative error about 1e-15.
const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
  1.5056327351493116e-7,
];
function logGamma(x: number): number {
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  const y = x - 1;
  let sum = LANCZOS[0]!;
  for (let i = 1; i < 9; i++) sum += LANCZOS[i]! / (y + i);
  const t = y + 7.5;
  return 0.5 * Math.log(2 * Math.PI) + (y + 0.5) * Math.log(t) - t + Math.log(sum);
}

// Continued fraction of the incomplete beta function (modified Lentz).
function betaContinuedFraction(a: number, b: number, x: number): number {
  const tiny = 1e-300;
  let c = 1;
  let d = 1 - ((a + b) * x) / (a + 1);
  if (Math.abs(d) < tiny) d = tiny;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= 10_000; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((a - 1 + m2) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + 1 + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const step = d * c;
    h *= step;
    if (Math.abs(step - 1) < 1e-16) break;
  }
  return h;
}

/** Regularised incomplete beta I_x(a, b). */
function incompleteBeta(a: number, b: number, x: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const front = Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log1p(-x));
  return x < (a + 1) / (a + b + 2) ? (front * betaContinuedFraction(a, b, x)) / a : 1 - (front * betaContinuedFraction(b, a, 1 - x)) / b;
}

/** P(T > t) for Student's t with `df` degrees of freedom, t ≥ 0: ½·I_{df/(df+t²)}(df/2, ½). */
function studentUpperTail(t: number, df: number): number {
  return 0.5 * incompleteBeta(df / 2, 0.5, df / (df + t * t));
}

/** Student t quantile: the t with P(T ≤ t) = p, for 0 < p < 1 and df > 0 (bisection on the exact tail). */
export function studentTQuantile(p: number, df: number): number {
  if (!(p > 0 && p < 1)) throw new RangeError('studentTQuantile: p must be strictly between 0 and 1');
  if (!(df > 0 && Number.isFinite(df))) throw new RangeError('studentTQuantile: df must be a positive number');
  if (p === 0.5) return 0;
  if (p < 0.5) return -studentTQuantile(1 - p, df);
  const tail = 1 - p;
  let low = 0;
  let high = 1;
  while (studentUpperTail(high, df) > tail) {
    low = high;
    high *= 2;
  }
  // The tail falls monotonically in t: 200 halvings reach the spacing of doubles.
  for (let i = 0; i < 200 && high - low > Number.EPSILON * high; i++) {
    const mid = (low + high) / 2;
    if (studentUpperTail(mid, df) > tail) low = mid;
    else high = mid;
  }
  return (low + high) / 2;
}

// ---------------------------------------------------------------------------------------------
// CES

/** CES from the count of each answer 1..k (k = 7 or 5; index 0 = answer 1). */
export interface CesResult {
  /** Mean answer, 1..k, unrounded. */
  mean: number;
  /** Scale size: 7 or 5. */
  scale: number;
  n: number;
  /** Sample standard deviation (divisor n − 1); null for a single answer. */
  standardDeviation: number | null;
  /** t interval of the mean clipped to [1, k]; null for a single answer (no spread to measure). */
  interval: { low: number; high: number; margin: number } | null;
}

/** Mean effort with its t interval (df = n − 1). Throws on counts `validateAnswerCounts` refuses. */
export function cesFromCounts(counts: readonly number[], confidence = 0.95): CesResult {
  assertCounts(counts, [7, 5], 'cesFromCounts');
  if (!(confidence > 0 && confidence < 1)) throw new RangeError('confidence must be strictly between 0 and 1');
  const scale = counts.length;
  let n = 0;
  let sum = 0;
  counts.forEach((count, index) => {
    n += count;
    sum += count * (index + 1);
  });
  const mean = sum / n;
  if (n === 1) return { mean, scale, n, standardDeviation: null, interval: null };
  let squares = 0;
  counts.forEach((count, index) => {
    squares += count * (index + 1 - mean) ** 2;
  });
  const standardDeviation = Math.sqrt(squares / (n - 1));
  const margin = studentTQuantile(1 - (1 - confidence) / 2, n - 1) * (standardDeviation / Math.sqrt(n));
  return { mean, scale, n, standardDeviation, interval: { low: Math.max(1, mean - margin), high: Math.min(scale, mean + margin), margin } };
}
