import { describe, expect, test } from 'vitest';
import { npsFromCounts, npsInterval } from '../src/lib/nps-stats.ts';
import { commaEvidence, readWeight, WeightedNpsTally, weightedNps, weightedNpsFromSums } from '../src/lib/weighted-nps.ts';

const Z_95 = 1.959963984540054;

describe('weightedNps', () => {
  test('hand-computed: weights 2,1 on promoters, 1 on a passive, 4,2 on detractors', () => {
    const result = weightedNps([
      { answer: 10, weight: '2' },
      { answer: 9, weight: 1 },
      { answer: 8, weight: '1,0' },
      { answer: 3, weight: '4' },
      { answer: 0, weight: 2 },
    ])!;
    // Σw = 10: promoters 3/10, passives 1/10, detractors 6/10 → NPS 30 − 60 = −30.
    expect(result.nps).toBeCloseTo(-30, 12);
    expect(result.n).toBe(5);
    // Kish: (Σw)²/Σw² = 100/26.
    expect(result.effectiveN).toBeCloseTo(100 / 26, 12);
    // Adjusted Wald on the weighted shares with n_eff, written out: counts = share × n_eff, + (0.75, 1.5, 0.75).
    const nEff = 100 / 26;
    const nt = nEff + 3;
    const p = (0.3 * nEff + 0.75) / nt;
    const d = (0.6 * nEff + 0.75) / nt;
    const half = Z_95 * Math.sqrt((p * (1 - p) + d * (1 - d) + 2 * p * d) / nt);
    expect(result.interval.center).toBeCloseTo((p - d) * 100, 10);
    expect(result.interval.low).toBeCloseTo((p - d - half) * 100, 10);
    expect(result.interval.high).toBeCloseTo((p - d + half) * 100, 10);
    expect(result.interval.low).toBeCloseTo(-79.36, 1);
    expect(result.skipped).toEqual({ blank: 0, 'not-a-number': 0, negative: 0, zero: 0 });
  });

  test('all weights equal = the unweighted NPS and interval (n_eff = n)', () => {
    const answers = [10, 10, 9, 9, 9, 8, 7, 6, 3, 0, 10, 5];
    const counts = { promoters: 6, passives: 2, detractors: 4 };
    const result = weightedNps(answers.map((answer) => ({ answer, weight: 3.5 })))!;
    expect(result.nps).toBeCloseTo(npsFromCounts(counts), 12);
    expect(result.effectiveN).toBeCloseTo(12, 12);
    const plain = npsInterval(counts);
    expect(result.interval.low).toBeCloseTo(plain.low, 10);
    expect(result.interval.high).toBeCloseTo(plain.high, 10);
  });

  test('blank, non-numeric, negative and zero weights leave their answer out, counted by reason', () => {
    const result = weightedNps([
      { answer: 10, weight: '' },
      { answer: 10, weight: null },
      { answer: 0, weight: 'abc' },
      { answer: 0, weight: '-1' },
      { answer: 0, weight: 0 },
      { answer: 9, weight: '2' },
    ])!;
    expect(result.skipped).toEqual({ blank: 2, 'not-a-number': 1, negative: 1, zero: 1 });
    expect(result.n).toBe(1);
    expect(result.nps).toBe(100);
    expect(result.effectiveN).toBe(1);
  });

  test('no usable weight gives null (never NaN); a bad answer throws', () => {
    expect(weightedNps([{ answer: 9, weight: '0' }])).toBeNull();
    expect(weightedNps([])).toBeNull();
    expect(() => weightedNps([{ answer: 11, weight: 1 }])).toThrow(RangeError);
  });

  test('readWeight', () => {
    expect(readWeight(' 1 250,5 ')).toBe(1250.5);
    expect(readWeight('1e3')).toBe(1000);
    expect(readWeight('12 €')).toBe('not-a-number');
    expect(readWeight(Number.NaN)).toBe('not-a-number');
  });
});

describe('reading weights', () => {
  test('thousands and decimal marks', () => {
    expect(readWeight('1,234.5')).toBe(1234.5);
    expect(readWeight('1.234,5')).toBe(1234.5);
    expect(readWeight('1,234,567')).toBe(1234567);
    expect(readWeight('1.234.567')).toBe(1234567);
    expect(readWeight('0,5')).toBe(0.5);
    // A lone comma before three digits: as the caller says.
    expect(readWeight('1,234')).toBe(1.234);
    expect(readWeight('1,234', 'thousands')).toBe(1234);
    expect(readWeight('1,2,3')).toBe('not-a-number');
    expect(readWeight('12,34.5')).toBe('not-a-number');
    expect(commaEvidence('0,5')).toBe('decimal');
    expect(commaEvidence('1,234.5')).toBe('thousands');
    expect(commaEvidence('1,234')).toBeUndefined();
    expect(commaEvidence('12')).toBeUndefined();
  });

  test('a column settles what its lone commas mean; else the hint', () => {
    const decimal = new WeightedNpsTally();
    decimal.add(9, '1,500');
    decimal.add(3, '0,5');
    expect(decimal.result('thousands').sums).toMatchObject({ promoters: 1.5, detractors: 0.5, n: 2 });
    const thousands = new WeightedNpsTally();
    thousands.add(9, '1,500');
    thousands.add(3, '2,000.25');
    expect(thousands.result('decimal').sums).toMatchObject({ promoters: 1500, detractors: 2000.25 });
    const unsettled = new WeightedNpsTally();
    unsettled.add(10, '1,500');
    expect(unsettled.result('decimal').sums.promoters).toBe(1.5);
    expect(unsettled.result('thousands').sums.promoters).toBe(1500);
  });

  test('streaming sums give the same figures as the list form', () => {
    const rows = [
      { answer: 10, weight: '2' },
      { answer: 7, weight: '0' },
      { answer: 4, weight: '3,5' },
      { answer: 9, weight: '' },
    ];
    const tally = new WeightedNpsTally();
    for (const row of rows) tally.add(row.answer, row.weight);
    const { sums, skipped } = tally.result();
    expect(weightedNpsFromSums(sums, skipped)).toEqual(weightedNps(rows));
    expect(skipped).toEqual({ blank: 1, 'not-a-number': 0, negative: 0, zero: 1 });
  });
});
