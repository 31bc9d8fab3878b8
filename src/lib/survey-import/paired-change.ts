/**
 * Two questions of one file (product and support, say) are answered by the same people: paired samples, not
 * independent ones, so the two-wave test of nps-change.ts does not apply. Here each respondent who answered
 * both gets d = s(A) − s(B), with s = +1 promoter, 0 passive, −1 detractor, and
 *   Δ = mean d = NPS_A − NPS_B (on those respondents),  SE = √((mean d² − Δ²)/n),  z = Δ/SE,
 *   interval Δ ± z_{1−α/2}·SE clipped to [−200, 200] points, p = 2(1 − Φ(|z|)).
 * This is the Wald test on the paired differences (nps-statistics.md §2's variance of the −1/0/+1 score, applied
 * to the difference, so the covariance of the two answers is counted). No pseudo-observations are added: the
 * adjusted-Wald rule of the notes is defined for independent samples only. Sample size: pairs needed to detect
 * δ at 80 % power, n = ⌈(z_{1−α/2} + z_{0.8})² · Var(d)/δ²⌉ with Var(d) as observed.
 */
import type { NpsChange } from '../nps-change.ts';
import { normalCdf, normalQuantile, zForConfidence } from '../nps-stats.ts';

/** Score of groups 0 (detractor), 1 (passive), 2 (promoter). */
const SCORE = [-1, 0, 1] as const;

export interface PairedChange extends NpsChange {
  /** Respondents who answered both questions. */
  n: number;
  /** Variance of one respondent's difference d (on the −2..2 scale), population divisor. */
  varianceOfDifference: number;
}

export type PairedOutcome =
  | { status: 'ok'; change: PairedChange }
  /** Nobody answered both. */
  | { status: 'empty' }
  /** Every respondent's difference is the same (often: each put both questions in the same group): no spread to test. */
  | { status: 'no-spread'; difference: number; n: number };

/** The change from question B to question A (A − B) on the respondents who answered both. `both[3a + b]`: A in group a, B in group b. */
export function pairedNpsChange(both: readonly number[], confidence = 0.95): PairedOutcome {
  if (both.length !== 9 || both.some((count) => !(Number.isInteger(count) && count >= 0))) throw new RangeError('pairedNpsChange: needs 9 whole counts');
  let n = 0;
  let sum = 0;
  let sumSquares = 0;
  for (let a = 0; a < 3; a++) {
    for (let b = 0; b < 3; b++) {
      const count = both[3 * a + b]!;
      const d = SCORE[a]! - SCORE[b]!;
      n += count;
      sum += count * d;
      sumSquares += count * d * d;
    }
  }
  if (n === 0) return { status: 'empty' };
  const mean = sum / n;
  const variance = Math.max(0, sumSquares / n - mean * mean);
  if (variance === 0) return { status: 'no-spread', difference: mean * 100, n };
  const standardError = Math.sqrt(variance / n) * 100;
  const difference = mean * 100;
  const z = difference / standardError;
  const pValue = Math.min(1, 2 * normalCdf(-Math.abs(z)));
  const margin = zForConfidence(confidence) * standardError;
  const clip = (value: number) => Math.min(200, Math.max(-200, value));
  return {
    status: 'ok',
    change: {
      difference,
      adjustedDifference: difference,
      standardError,
      low: clip(difference - margin),
      high: clip(difference + margin),
      margin,
      z,
      pValue,
      confidence,
      significant: pValue < 1 - confidence && difference !== 0,
      n,
      varianceOfDifference: variance,
    },
  };
}

/** Respondents (pairs) needed to detect a change of `changePoints` at the given confidence and power, with Var(d) as observed. */
export function pairsForChange(changePoints: number, varianceOfDifference: number, confidence = 0.95, power = 0.8): number {
  if (!(Number.isFinite(changePoints) && changePoints > 0 && changePoints <= 200)) throw new RangeError('pairsForChange: the change must be above 0 and at most 200 points');
  const zSum = zForConfidence(confidence) + normalQuantile(power);
  const delta = changePoints / 100;
  return Math.max(1, Math.ceil((zSum * zSum * varianceOfDifference) / (delta * delta) - 1e-9));
}
