/**
 * Is a change in NPS real? The difference between two independent samples (two waves, two segments, two
 * questions asked of different people), its adjusted-Wald interval and test, a verdict in words, and the
 * sample size per group that detects a change of a given size.
 *
 * Method: ../shared/research/nps-statistics.md §5 and §7 (R package `NPS` `adjusted.wald`, MeasuringU 2021):
 * add the pseudo-observations (0.75 detractors, 1.5 passives, 0.75 promoters) to EACH sample, then
 *   Δ̃ = NPS̃_A − NPS̃_B,  SE = √(Ṽ_A/ñ_A + Ṽ_B/ñ_B),  z = Δ̃/SE,  p = 2(1 − Φ(|z|)),  CI = Δ̃ ± z_{1−α/2}·SE,
 * the interval centred on the adjusted difference and clipped to [−200, 200] points. The observed (raw)
 * difference A − B is reported beside it. The samples must be independent: the same people asked twice
 * are paired and this test does not apply.
 */
import { formatQuantity } from './format.ts';
import type { Locale, PluralForms } from './i18n.ts';
import { type CountsProblem, type ResponseCounts, adjustedEstimate, normalCdf, normalQuantile, npsFromCounts, validateCounts, zForConfidence } from './nps-stats.ts';

/** Which of the two samples. */
export type ChangeGroup = 'a' | 'b';

/** Why a comparison can't be computed: a group's counts are refused. */
export interface ChangeProblem {
  group: ChangeGroup;
  reason: CountsProblem;
}

/** Thrown by `npsChange` for counts `validateChanges` refuses (an empty group, say): never a NaN result. */
export class ChangeInputError extends RangeError {
  constructor(readonly problems: ChangeProblem[]) {
    super(`npsChange: ${problems.map((p) => `group ${p.group.toUpperCase()} ${p.reason}`).join(', ')}`);
    this.name = 'ChangeInputError';
  }
}

/** Check both samples; every problem at once. */
export function validateChanges(a: ResponseCounts, b: ResponseCounts): ChangeProblem[] {
  const problems: ChangeProblem[] = [];
  for (const [group, counts] of [
    ['a', a],
    ['b', b],
  ] as const) {
    const check = validateCounts(counts);
    if (!check.ok) problems.push({ group, reason: check.reason });
  }
  return problems;
}

/** A difference between two NPS, in points (A − B; −200..200). */
export interface NpsChange {
  /** Observed difference NPS_A − NPS_B, unrounded. */
  difference: number;
  /** Difference of the adjusted scores (P − D)/(n + 3): what the interval is centred on and z uses. */
  adjustedDifference: number;
  /** Standard error of the adjusted difference. */
  standardError: number;
  /** Interval of the adjusted difference, clipped to [−200, 200]. */
  low: number;
  high: number;
  /** Unclipped half-width z·SE. */
  margin: number;
  z: number;
  /** Two-sided p-value 2(1 − Φ(|z|)). */
  pValue: number;
  confidence: number;
  /** True when p < 1 − confidence and the observed and adjusted differences point the same way. */
  significant: boolean;
}

const clipDifference = (value: number) => Math.min(200, Math.max(-200, value));

/** The change from B to A (A − B) with its adjusted-Wald interval and test. Throws `ChangeInputError` on bad counts. */
export function npsChange(a: ResponseCounts, b: ResponseCounts, confidence = 0.95): NpsChange {
  const problems = validateChanges(a, b);
  if (problems.length > 0) throw new ChangeInputError(problems);
  const critical = zForConfidence(confidence);
  const ea = adjustedEstimate(a);
  const eb = adjustedEstimate(b);
  const difference = npsFromCounts(a) - npsFromCounts(b);
  const adjustedDifference = ea.score - eb.score;
  // Ṽ > 0 for every valid sample (the pseudo-observations fill all three groups), so SE > 0.
  const standardError = Math.sqrt(ea.variance / ea.n + eb.variance / eb.n) * 100;
  const z = adjustedDifference / standardError;
  // Φ(−|z|) keeps full accuracy in the tail, where 1 − Φ(|z|) would round to 0.
  const pValue = Math.min(1, 2 * normalCdf(-Math.abs(z)));
  const margin = critical * standardError;
  const sameDirection = Math.sign(difference) === Math.sign(adjustedDifference);
  return {
    difference,
    adjustedDifference,
    standardError,
    low: clipDifference(adjustedDifference - margin),
    high: clipDifference(adjustedDifference + margin),
    margin,
    z,
    pValue,
    confidence,
    significant: pValue < 1 - confidence && sameDirection && difference !== 0,
  };
}

/** The words of a change verdict, per language (src/lib/metric-mode-strings.ts). */
export interface ChangeVerdictWords {
  none: string;
  up: (size: string) => string;
  down: (size: string) => string;
  real: (move: string) => string;
  noise: (move: string) => string;
  points: PluralForms<string>;
}

/** The verdict in words, e.g. "Up 6 points, more than chance would give" / "En hausse de 6 points, …". */
export function changeVerdict(change: Pick<NpsChange, 'difference' | 'significant'>, locale: Locale, words: ChangeVerdictWords): string {
  const magnitude = Math.abs(change.difference);
  if (Math.round(magnitude * 10) === 0) return words.none;
  const size = formatQuantity(magnitude, locale, words.points);
  const move = change.difference > 0 ? words.up(size) : words.down(size);
  return change.significant ? words.real(move) : words.noise(move);
}

/** The planning variance for a sample-size estimate: V_A + V_B on the −1..1 scale (0 < sum ≤ 2). */
export type ChangePlanning =
  /** The adjusted-Wald variances Ṽ of two observed samples (never 0, unlike the plain V of a one-group sample). */
  | { kind: 'observed'; a: ResponseCounts; b: ResponseCounts }
  /** Nothing known: p = d = ½ in each group, V = 1 each, the largest possible. */
  | { kind: 'worst-case' };

/** V_A + V_B for a planning assumption. */
export function planningVariance(planning: ChangePlanning): number {
  if (planning.kind === 'worst-case') return 2;
  return adjustedEstimate(planning.a).variance + adjustedEstimate(planning.b).variance;
}

/**
 * Respondents needed in EACH group to detect a change of `changePoints` with a two-sided test at the given
 * confidence and power (nps-statistics.md §7): n = ⌈(z_{1−α/2} + z_{1−β})²·(V_A + V_B)/δ²⌉. Worst case at 95 %
 * and 80 % power: 1,570 per group for 10 points.
 */
export function sampleSizePerGroupForChange(changePoints: number, planning: ChangePlanning = { kind: 'worst-case' }, confidence = 0.95, power = 0.8): number {
  if (!(Number.isFinite(changePoints) && changePoints > 0 && changePoints <= 200))
    throw new RangeError('sampleSizePerGroupForChange: the change must be above 0 and at most 200 points');
  if (!(power > 0 && power < 1)) throw new RangeError('sampleSizePerGroupForChange: power must be strictly between 0 and 1');
  const zSum = zForConfidence(confidence) + normalQuantile(power);
  const delta = changePoints / 100;
  // The 1e-9 keeps a product that lands on a whole number in floating point from rounding up one more.
  return Math.max(1, Math.ceil((zSum * zSum * planningVariance(planning)) / (delta * delta) - 1e-9));
}
