import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  type ResponseCounts,
  Z_95,
  adjustedCounts,
  compareWithBenchmark,
  countsFromAnswers,
  normalCdf,
  normalQuantile,
  npsFromCounts,
  npsInterval,
  npsIntervalFromScore,
  npsStandardError,
  npsVariance,
  sampleSizeForMargin,
  sharesFromCounts,
  targetGap,
  validateCounts,
  waldSampleSize,
  zForConfidence,
} from '../src/lib/nps-stats.ts';

/** Counts in the R package's order (Detractor, Passive, Promoter). */
const rc = (det: number, pas: number, pro: number): ResponseCounts => ({ detractors: det, passives: pas, promoters: pro });

/**
 * The adjusted Wald interval written out independently, in MeasuringU's words: "add a constant of 3 to the
 * sample size, ¾ to the number of detractors, and ¾ to the number of promoters, and then compute the interval
 * using a standard error based on the variance of the difference in two proportions" — i.e.
 * Var = p(1−p) + d(1−d) + 2pd (cybaea / secretsauce form), not the p + d − (p−d)² form the module uses.
 */
function expectedAdjustedWald(P: number, A: number, D: number, z = Z_95) {
  const n = P + A + D + 3;
  const p = (P + 0.75) / n;
  const d = (D + 0.75) / n;
  const center = p - d;
  const variance = p * (1 - p) + d * (1 - d) + 2 * p * d;
  const half = z * Math.sqrt(variance / n);
  return {
    center: center * 100,
    margin: half * 100,
    low: Math.max(-1, center - half) * 100,
    high: Math.min(1, center + half) * 100,
  };
}

describe('countsFromAnswers', () => {
  test('groups 0–6 as detractors, 7–8 as passives, 9–10 as promoters', () => {
    expect(countsFromAnswers([1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1])).toEqual({ detractors: 7, passives: 2, promoters: 2 });
    expect(countsFromAnswers([0, 0, 0, 0, 0, 0, 5, 7, 0, 0, 0])).toEqual({ detractors: 5, passives: 7, promoters: 0 });
    expect(countsFromAnswers([0, 0, 0, 0, 0, 0, 0, 0, 3, 4, 0])).toEqual({ detractors: 0, passives: 3, promoters: 4 });
  });

  test('responses 1..10 give promoters 20 % and detractors 60 %, so NPS −40 (rbouch85/DS_Adventures)', () => {
    // one answer each for 1..10, none for 0
    const counts = countsFromAnswers([0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]);
    const shares = sharesFromCounts(counts);
    expect(shares.promoters).toBeCloseTo(20, 12);
    expect(shares.detractors).toBeCloseTo(60, 12);
    expect(npsFromCounts(counts)).toBeCloseTo(-40, 12);
  });

  test('rejects an array that is not 11 long', () => {
    expect(() => countsFromAnswers([1, 2, 3])).toThrow(RangeError);
    expect(() => countsFromAnswers(new Array(12).fill(0))).toThrow(RangeError);
  });
});

describe('validateCounts', () => {
  test('accepts whole non-negative counts with at least one response', () => {
    expect(validateCounts(rc(0, 0, 1))).toEqual({ ok: true });
  });
  test('rejects n = 0, negative, fractional and non-finite counts with a reason', () => {
    expect(validateCounts(rc(0, 0, 0))).toEqual({ ok: false, reason: 'empty' });
    expect(validateCounts(rc(-1, 2, 3))).toEqual({ ok: false, reason: 'negative' });
    expect(validateCounts(rc(1, 2.5, 3))).toEqual({ ok: false, reason: 'not-integer' });
    expect(validateCounts(rc(1, Number.NaN, 3))).toEqual({ ok: false, reason: 'not-finite' });
    expect(validateCounts(rc(1, 2, Number.POSITIVE_INFINITY))).toEqual({ ok: false, reason: 'not-finite' });
  });
  test('every scoring function refuses what validateCounts rejects', () => {
    for (const bad of [rc(0, 0, 0), rc(-1, 2, 3), rc(1, 0.5, 1)]) {
      expect(() => npsFromCounts(bad)).toThrow(RangeError);
      expect(() => npsInterval(bad)).toThrow(RangeError);
      expect(() => npsVariance(bad)).toThrow(RangeError);
      expect(() => targetGap(bad, 50)).toThrow(RangeError);
    }
  });
});

describe('npsFromCounts (published expectations)', () => {
  test('R package NPS: nps_(1:3) == 1/3, i.e. 33.3… points', () => {
    expect(npsFromCounts(rc(1, 2, 3))).toBeCloseTo(100 / 3, 12);
  });
  test('jjscheng/nps-calculator: {10,6,4} → −0.3, {2,8,10} → +0.4, {2,0,8} → +0.6', () => {
    expect(npsFromCounts(rc(10, 6, 4))).toBeCloseTo(-30, 12);
    expect(npsFromCounts(rc(2, 8, 10))).toBeCloseTo(40, 12);
    expect(npsFromCounts(rc(2, 0, 8))).toBeCloseTo(60, 12);
  });
  test('a single category gives exactly −100, 0 or +100', () => {
    expect(npsFromCounts(rc(0, 0, 7))).toBe(100);
    expect(npsFromCounts(rc(0, 7, 0))).toBe(0);
    expect(npsFromCounts(rc(7, 0, 0))).toBe(-100);
  });
  test('very large n stays exact in floating point (no 32-bit overflow)', () => {
    expect(npsFromCounts(rc(1e9, 0, 1e9))).toBe(0);
    expect(npsFromCounts(rc(5e8, 5e8, 1e9))).toBeCloseTo(25, 10);
  });
});

describe('npsVariance and npsStandardError', () => {
  test('R package NPS: var (1:3) = 5/9; c(1,0,1) = 1; c(0,1,1) = 0.25; c(1,1,1) = 2/3', () => {
    expect(npsVariance(rc(1, 2, 3))).toBeCloseTo(5 / 9, 14);
    expect(npsVariance(rc(1, 0, 1))).toBeCloseTo(1, 14);
    expect(npsVariance(rc(0, 1, 1))).toBeCloseTo(0.25, 14);
    expect(npsVariance(rc(1, 1, 1))).toBeCloseTo(2 / 3, 14);
  });
  test('R package NPS: se (1:3) ≈ 0.304; c(1,0,1) → 0.707, c(0,1,1) → 0.354, c(1,1,1) → 0.471 (in points ×100)', () => {
    expect(npsStandardError(rc(1, 2, 3))).toBeCloseTo(30.4, 1);
    expect(npsStandardError(rc(1, 0, 1))).toBeCloseTo(70.7, 1);
    expect(npsStandardError(rc(0, 1, 1))).toBeCloseTo(35.4, 1);
    expect(npsStandardError(rc(1, 1, 1))).toBeCloseTo(47.1, 1);
  });
  test('jjscheng/nps-calculator {D 54, A 108, P 162}: variance 5/9, stderr √(5/9)/√324', () => {
    expect(npsVariance(rc(54, 108, 162))).toBeCloseTo(5 / 9, 14);
    expect(npsStandardError(rc(54, 108, 162))).toBeCloseTo((Math.sqrt(5 / 9) / Math.sqrt(324)) * 100, 12);
  });
  test('Cross Validated q/18603 (whuber): p₁ = ½, p₀ = ⅓, p₋₁ = ⅙ gives NPS ⅓ and Var 5/9', () => {
    const counts = rc(1, 2, 3); // 1/6 detractors, 2/6 passives, 3/6 promoters
    expect(npsFromCounts(counts)).toBeCloseTo(100 / 3, 12);
    // the −1/0/+1 variable's variance, written as whuber does: (1−NPS)²p + (0−NPS)²a + (−1−NPS)²d
    const s = 1 / 3;
    expect(npsVariance(counts)).toBeCloseTo((1 - s) ** 2 / 2 + s ** 2 / 3 + (-1 - s) ** 2 / 6, 14);
  });
  test('cybaea: p = d = ⅓ gives V = 2/3, and the full 95 % Wald width for n = 300 is 18.479 points', () => {
    const counts = rc(100, 100, 100);
    expect(npsVariance(counts)).toBeCloseTo(2 / 3, 14);
    expect(2 * Z_95 * npsStandardError(counts)).toBeCloseTo(18.479, 3);
  });
  test('jdmaturen gist case n = 1000, P = 250, D = 75: se 0.017157 and Wald (0.14137, 0.20863), not the independent-Beta 0.016', () => {
    const counts = rc(75, 675, 250);
    const se = npsStandardError(counts);
    expect(se).toBeCloseTo(1.7157, 4);
    expect(npsFromCounts(counts) - Z_95 * se).toBeCloseTo(14.137, 3);
    expect(npsFromCounts(counts) + Z_95 * se).toBeCloseTo(20.863, 3);
  });
  test('three algebraic forms of the variance agree (property)', () => {
    fc.assert(
      fc.property(fc.nat(1000), fc.nat(1000), fc.nat(1000), (D, A, P) => {
        fc.pre(D + A + P > 0);
        const n = D + A + P;
        const p = P / n;
        const d = D / n;
        const a = A / n;
        const s = p - d;
        const v = npsVariance(rc(D, A, P));
        expect(v).toBeCloseTo(p * (1 - p) + d * (1 - d) + 2 * p * d, 12);
        expect(v).toBeCloseTo((1 - s) ** 2 * p + s ** 2 * a + (-1 - s) ** 2 * d, 12);
        expect(v).toBeGreaterThanOrEqual(0);
        expect(v).toBeLessThanOrEqual(1);
      }),
    );
  });
  test('a single category has zero plain variance', () => {
    expect(npsVariance(rc(0, 0, 9))).toBe(0);
    expect(npsStandardError(rc(0, 9, 0))).toBe(0);
  });
});

describe('npsInterval (adjusted Wald)', () => {
  const cases: [string, ResponseCounts][] = [
    ['R package counts (1, 2, 3)', rc(1, 2, 3)],
    ['jjscheng {54, 108, 162}', rc(54, 108, 162)],
    ['cybaea thirds, n = 300', rc(100, 100, 100)],
    ['jdmaturen n = 1000, P = 250, D = 75', rc(75, 675, 250)],
    ['telecom link: promoters 50, passives 30, detractors 20', rc(20, 30, 50)],
    ['n = 1, one promoter', rc(0, 0, 1)],
    ['n = 1, one detractor', rc(1, 0, 0)],
    ['n = 1, one passive', rc(0, 1, 0)],
    ['all promoters, n = 50 (upper bound clipped)', rc(0, 0, 50)],
    ['all detractors, n = 50 (lower bound clipped)', rc(50, 0, 0)],
    ['p = d = ½, n = 2', rc(1, 0, 1)],
    ['large n = 2e9', rc(5e8, 5e8, 1e9)],
  ];
  test.each(cases)('%s matches the independent formula to 1e-9', (_name, counts) => {
    const got = npsInterval(counts);
    const want = expectedAdjustedWald(counts.promoters, counts.passives, counts.detractors);
    expect(Math.abs(got.center - want.center)).toBeLessThan(1e-9);
    expect(Math.abs(got.margin - want.margin)).toBeLessThan(1e-9);
    expect(Math.abs(got.low - want.low)).toBeLessThan(1e-9);
    expect(Math.abs(got.high - want.high)).toBeLessThan(1e-9);
  });

  test('centres on the adjusted score (P − D)/(n + 3), not the raw score', () => {
    const { center } = npsInterval(rc(20, 30, 50));
    expect(center).toBeCloseTo((30 / 103) * 100, 12);
    expect(center).not.toBeCloseTo(npsFromCounts(rc(20, 30, 50)), 3);
  });

  test('n = 1 promoter gives about [−48.5, 98.5] points (nps-statistics.md §8): 25 ∓ 37.5·z exactly', () => {
    // augmented (0.75, 1.5, 1.75), ñ = 4: centre 0.25, Ṽ = 0.625 − 0.0625 = 0.5625, SE = 0.375
    const { low, high } = npsInterval(rc(0, 0, 1));
    expect(Math.abs(low - (25 - 37.5 * Z_95))).toBeLessThan(1e-9);
    expect(Math.abs(high - (25 + 37.5 * Z_95))).toBeLessThan(1e-9);
    expect(low).toBeCloseTo(-48.5, 2);
    expect(high).toBeCloseTo(98.5, 2);
  });

  test('all promoters, n = 50: the unclipped upper bound 1.0204 is clipped to 100', () => {
    const { center, margin, high, low } = npsInterval(rc(0, 0, 50));
    // 102.0349…: the research note's 1.0204 is this value rounded
    expect(Math.abs(center + margin - 102.04)).toBeLessThan(0.01);
    expect(high).toBe(100);
    expect(low).toBeCloseTo(center - margin, 12);
  });

  test('pseudo-observations are 0.75 detractors, 1.5 passives, 0.75 promoters (n + 3)', () => {
    expect(adjustedCounts(rc(1, 2, 3))).toEqual({ detractors: 1.75, passives: 3.5, promoters: 3.75 });
  });

  test('other confidence levels use the exact normal quantile', () => {
    const counts = rc(20, 30, 50);
    const ninety = npsInterval(counts, 0.9);
    const want = expectedAdjustedWald(50, 30, 20, 1.6448536269514722);
    expect(Math.abs(ninety.margin - want.margin)).toBeLessThan(1e-9);
    expect(npsInterval(counts, 0.99).margin).toBeGreaterThan(npsInterval(counts).margin);
  });

  test('always within [−100, 100] and contains the adjusted centre (property)', () => {
    fc.assert(
      fc.property(fc.nat(5000), fc.nat(5000), fc.nat(5000), (D, A, P) => {
        fc.pre(D + A + P > 0);
        const { low, high, center } = npsInterval(rc(D, A, P));
        expect(low).toBeGreaterThanOrEqual(-100);
        expect(high).toBeLessThanOrEqual(100);
        expect(low).toBeLessThanOrEqual(center);
        expect(high).toBeGreaterThanOrEqual(center);
        expect(high).toBeGreaterThan(low); // never degenerate, even for one category
      }),
    );
  });
});

describe('npsIntervalFromScore', () => {
  test('equals the adjusted Wald interval of the no-passives mix, the widest for that score', () => {
    const got = npsIntervalFromScore(30, 100);
    const want = expectedAdjustedWald(65, 0, 35);
    expect(Math.abs(got.low - want.low)).toBeLessThan(1e-9);
    expect(Math.abs(got.high - want.high)).toBeLessThan(1e-9);
    // any actual mix with that score and n is narrower or equal
    expect(npsInterval(rc(20, 30, 50)).margin).toBeLessThan(got.margin);
  });
  test('rejects a score out of range and an n that is not a positive whole number', () => {
    expect(() => npsIntervalFromScore(101, 10)).toThrow(RangeError);
    expect(() => npsIntervalFromScore(10, 0)).toThrow(RangeError);
    expect(() => npsIntervalFromScore(10, 2.5)).toThrow(RangeError);
  });
});

describe('normal distribution', () => {
  test('Φ⁻¹(0.975) is the exact constant, and 0.95 uses it', () => {
    expect(Math.abs(normalQuantile(0.975) - 1.959963984540054)).toBeLessThan(1e-14);
    expect(zForConfidence(0.95)).toBe(1.959963984540054);
  });
  test('known quantiles (0.95 → 1.6448536269514722, 0.995 → 2.5758293035489004, 0.5 → 0)', () => {
    expect(normalQuantile(0.95)).toBeCloseTo(1.6448536269514722, 13);
    expect(normalQuantile(0.995)).toBeCloseTo(2.5758293035489004, 13);
    expect(normalQuantile(0.5)).toBeCloseTo(0, 15);
    expect(normalQuantile(1e-10)).toBeCloseTo(-6.361340902404056, 9);
  });
  test('Φ and Φ⁻¹ are inverse (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-8, max: 1 - 1e-8, noNaN: true }), (p) => {
        expect(normalCdf(normalQuantile(p))).toBeCloseTo(p, 12);
      }),
    );
  });
  test('Φ(1.959963984540054) = 0.975 and Φ(0) = 0.5', () => {
    expect(normalCdf(Z_95)).toBeCloseTo(0.975, 15);
    expect(normalCdf(0)).toBe(0.5);
  });
});

describe('sample size', () => {
  test('plain Wald, worst case: 385 for ±10, 1537 for ±5, 4269 for ±3 (nps-statistics.md §7)', () => {
    expect(waldSampleSize(10)).toBe(385);
    expect(waldSampleSize(5)).toBe(1537);
    expect(waldSampleSize(3)).toBe(4269);
  });
  test('cybaea: thirds, a full width of 10 points needs ⌈1024.39⌉ = 1025', () => {
    expect(waldSampleSize(5, { kind: 'shares', promoters: 100 / 3, detractors: 100 / 3 })).toBe(1025);
  });
  test('adjusted Wald search: the smallest n whose interval half-width is within the margin', () => {
    for (const assumption of [{ kind: 'worst-case' } as const, { kind: 'shares', promoters: 50, detractors: 20 } as const, { kind: 'score', score: 30 } as const]) {
      for (const margin of [5, 10]) {
        const n = sampleSizeForMargin(margin, assumption);
        const shares = assumption.kind === 'shares' ? assumption : assumption.kind === 'score' ? { promoters: 65, detractors: 35 } : { promoters: 50, detractors: 50 };
        const passives = 100 - shares.promoters - shares.detractors;
        const halfWidth = (m: number) => expectedAdjustedWald((shares.promoters / 100) * m, (passives / 100) * m, (shares.detractors / 100) * m).margin;
        expect(halfWidth(n)).toBeLessThanOrEqual(margin);
        expect(halfWidth(n - 1)).toBeGreaterThan(margin);
        // a few fewer than plain Wald (the note says "about 3"; 5 in the worst case at ±10: 380 vs 385)
        const wald = waldSampleSize(margin, assumption);
        expect(wald - n).toBeGreaterThanOrEqual(2);
        expect(wald - n).toBeLessThanOrEqual(5);
      }
    }
  });
  test('worst case needs more than any actual mix', () => {
    expect(sampleSizeForMargin(5)).toBeGreaterThan(sampleSizeForMargin(5, { kind: 'shares', promoters: 50, detractors: 20 }));
    expect(sampleSizeForMargin(5, { kind: 'score', score: 30 })).toBeGreaterThan(sampleSizeForMargin(5, { kind: 'shares', promoters: 50, detractors: 20 }));
  });
  test('rejects a non-positive margin', () => {
    expect(() => sampleSizeForMargin(0)).toThrow(RangeError);
    expect(() => waldSampleSize(-1)).toThrow(RangeError);
  });
});

describe('targetGap', () => {
  test('50/30/20 (NPS 30) to reach 40: 17 more promoters, or 10 detractors to passives, or 5 to promoters', () => {
    const gap = targetGap(rc(20, 30, 50), 40);
    expect(gap.reached).toBe(false);
    // (30 + k)/(100 + k) ≥ 0.4 ⇔ k ≥ 16.67
    expect(gap.morePromoters).toBe(17);
    expect(gap.detractorsToPassives).toBe(10);
    expect(gap.detractorsToPromoters).toBe(5);
  });
  test('each answer is the smallest that works (property)', () => {
    fc.assert(
      fc.property(fc.nat(300), fc.nat(300), fc.nat(300), fc.integer({ min: -100, max: 99 }), (D, A, P, target) => {
        fc.pre(D + A + P > 0);
        const n = D + A + P;
        const gap = targetGap(rc(D, A, P), target);
        const now = ((P - D) / n) * 100;
        if (now >= target - 1e-9) {
          expect(gap.reached).toBe(true);
          return;
        }
        const k = gap.morePromoters;
        expect(k).not.toBeNull();
        expect(((P + k! - D) / (n + k!)) * 100).toBeGreaterThanOrEqual(target - 1e-9);
        expect(((P + k! - 1 - D) / (n + k! - 1)) * 100).toBeLessThan(target - 1e-9);
        if (gap.detractorsToPassives !== null) {
          expect(((P - D + gap.detractorsToPassives) / n) * 100).toBeGreaterThanOrEqual(target - 1e-9);
          expect(((P - D + gap.detractorsToPassives - 1) / n) * 100).toBeLessThan(target - 1e-9);
        } else {
          expect((P / n) * 100).toBeLessThan(target - 1e-9);
        }
      }),
    );
  });
  test('a target of 100 cannot be reached by adding promoters while others remain', () => {
    const gap = targetGap(rc(1, 0, 9), 100);
    expect(gap.morePromoters).toBeNull();
    expect(gap.detractorsToPassives).toBeNull();
    expect(gap.detractorsToPromoters).toBe(1);
  });
  test('already reached: zero everywhere', () => {
    expect(targetGap(rc(20, 30, 50), 30)).toMatchObject({ reached: true, morePromoters: 0, detractorsToPassives: 0 });
  });
  test('rejects a target outside −100..100', () => {
    expect(() => targetGap(rc(1, 1, 1), 120)).toThrow(RangeError);
  });
});

describe('compareWithBenchmark', () => {
  /** MeasuringU's two-sample adjusted Wald, written out: +¾ detractors and promoters, n + 3 on each side. */
  function expectedTwoSample(x: ResponseCounts, y: ResponseCounts) {
    const side = ({ promoters: P, detractors: D, passives: A }: ResponseCounts) => {
      const n = P + A + D + 3;
      const p = (P + 0.75) / n;
      const d = (D + 0.75) / n;
      return { s: p - d, v: (p * (1 - p) + d * (1 - d) + 2 * p * d) / n };
    };
    const a = side(x);
    const b = side(y);
    const se = Math.sqrt(a.v + b.v);
    const z = (a.s - b.s) / se;
    return { diff: (a.s - b.s) * 100, se: se * 100, z };
  }

  test('with the benchmark shares and n known, matches the written-out two-sample adjusted Wald test', () => {
    const mine = rc(20, 30, 50);
    const theirs = rc(300, 300, 400); // NPS 10, n 1000
    const got = compareWithBenchmark(mine, { nps: 10, n: 1000, shares: { promoters: 40, passives: 30, detractors: 30 } });
    const want = expectedTwoSample(mine, theirs);
    expect(got.verdict).toBe('higher');
    if (got.verdict === 'cant-tell') throw new Error('unexpected');
    expect(got.difference).toBeCloseTo(20, 12);
    expect(Math.abs(got.adjustedDifference - want.diff)).toBeLessThan(1e-9);
    expect(Math.abs(got.standardError - want.se)).toBeLessThan(1e-9);
    expect(Math.abs(got.z - want.z)).toBeLessThan(1e-9);
    expect(Math.abs(got.pValue - 2 * (1 - normalCdf(Math.abs(want.z))))).toBeLessThan(1e-12);
    expect(got.assumedWidestMix).toBe(false);
  });

  test('without the benchmark shares, assumes the widest mix (no passives): more cautious', () => {
    const got = compareWithBenchmark(rc(20, 30, 50), { nps: 10, n: 1000 });
    const want = expectedTwoSample(rc(20, 30, 50), rc(450, 0, 550));
    if (got.verdict === 'cant-tell') throw new Error('unexpected');
    expect(Math.abs(got.z - want.z)).toBeLessThan(1e-9);
    expect(got.assumedWidestMix).toBe(true);
  });

  test('a small gap on small samples is not significant', () => {
    const got = compareWithBenchmark(rc(8, 6, 10), { nps: 0, n: 30 });
    expect(got.verdict).toBe('not-significant');
  });

  test('a clearly lower score is "lower"', () => {
    expect(compareWithBenchmark(rc(500, 200, 300), { nps: 40, n: 2000 }).verdict).toBe('lower');
  });

  test('"can\'t tell" when the benchmark n is unknown, or when yours is a bare score without n', () => {
    expect(compareWithBenchmark(rc(20, 30, 50), { nps: 10 })).toEqual({ verdict: 'cant-tell', difference: 20, reason: 'benchmark-n-unknown' });
    expect(compareWithBenchmark({ score: 30 }, { nps: 10, n: 500 })).toEqual({ verdict: 'cant-tell', difference: 20, reason: 'your-n-unknown' });
  });

  test('a bare score with n is tested with its widest mix', () => {
    const got = compareWithBenchmark({ score: 30, n: 100 }, { nps: 10, n: 1000 });
    const want = expectedTwoSample(rc(35, 0, 65), rc(450, 0, 550));
    if (got.verdict === 'cant-tell') throw new Error('unexpected');
    expect(Math.abs(got.z - want.z)).toBeLessThan(1e-9);
  });
});
