import { describe, expect, test } from 'vitest';
import { cesFromCounts, csatFromCounts, studentTQuantile, validateAnswerCounts, wilsonInterval } from '../src/lib/csat-ces.ts';

describe('studentTQuantile', () => {
  test('matches the printed t table (two-sided 95 %, 90 %, 99 %) to 3 decimals', () => {
    // Standard t table values, t_{0.975}, t_{0.95}, t_{0.995} by df.
    const table: [number, number, number, number][] = [
      [1, 12.706, 6.314, 63.657],
      [2, 4.303, 2.92, 9.925],
      [3, 3.182, 2.353, 5.841],
      [4, 2.776, 2.132, 4.604],
      [5, 2.571, 2.015, 4.032],
      [10, 2.228, 1.812, 3.169],
      [20, 2.086, 1.725, 2.845],
      [30, 2.042, 1.697, 2.75],
      [60, 2.0, 1.671, 2.66],
      [120, 1.98, 1.658, 2.617],
    ];
    for (const [df, t975, t95, t995] of table) {
      expect(studentTQuantile(0.975, df)).toBeCloseTo(t975, 3);
      expect(studentTQuantile(0.95, df)).toBeCloseTo(t95, 3);
      expect(studentTQuantile(0.995, df)).toBeCloseTo(t995, 3);
    }
  });

  test('agrees with the closed forms for 1 and 2 degrees of freedom and with scipy to 1e-9', () => {
    for (const p of [0.6, 0.9, 0.975, 0.995, 0.9995]) {
      expect(studentTQuantile(p, 1)).toBeCloseTo(Math.tan(Math.PI * (p - 0.5)), 8);
      expect(studentTQuantile(p, 2)).toBeCloseTo((2 * p - 1) / Math.sqrt(2 * p * (1 - p)), 9);
    }
    // scipy.stats.t.ppf(0.975, df)
    expect(studentTQuantile(0.975, 5)).toBeCloseTo(2.5705818356363146, 9);
    expect(studentTQuantile(0.975, 49)).toBeCloseTo(2.0095752371292392, 9);
    expect(studentTQuantile(0.975, 1000)).toBeCloseTo(1.9623390808264083, 9);
    expect(studentTQuantile(0.025, 10)).toBeCloseTo(-2.228138851986274, 9);
    expect(studentTQuantile(0.5, 3)).toBe(0);
  });

  test('refuses p outside (0, 1) and df ≤ 0', () => {
    expect(() => studentTQuantile(1, 5)).toThrow(RangeError);
    expect(() => studentTQuantile(0.9, 0)).toThrow(RangeError);
  });
});

describe('wilsonInterval', () => {
  test('reproduces Newcombe (1998) table I, method 3 (score, no continuity correction)', () => {
    const cases: [number, number, number, number][] = [
      [81, 263, 25.53, 36.62],
      [15, 148, 6.24, 16.05],
      [0, 20, 0, 16.11],
      [1, 29, 0.61, 17.18],
    ];
    for (const [x, n, low, high] of cases) {
      const interval = wilsonInterval(x, n);
      expect(interval.low).toBeCloseTo(low, 2);
      expect(interval.high).toBeCloseTo(high, 2);
    }
  });

  test('single answers stay inside [0, 100] and non-degenerate', () => {
    expect(wilsonInterval(1, 1).low).toBeCloseTo(20.654931437723747, 10);
    expect(wilsonInterval(1, 1).high).toBe(100);
    expect(wilsonInterval(0, 1).high).toBeCloseTo(79.34506856227625, 10);
    expect(() => wilsonInterval(2, 1)).toThrow(RangeError);
    expect(() => wilsonInterval(0, 0)).toThrow(RangeError);
  });
});

describe('csatFromCounts', () => {
  test('share of 4s and 5s with its Wilson interval', () => {
    const result = csatFromCounts([5, 10, 20, 40, 25]);
    expect(result.n).toBe(100);
    expect(result.satisfied).toBe(65);
    expect(result.csat).toBe(65);
    // Written out: centre (65 + z²/2)/(100 + z²), half z/(100 + z²)·√(65·35/100 + z²/4); scipy-free by hand.
    const z = 1.959963984540054;
    const centre = (65 + (z * z) / 2) / (100 + z * z);
    const half = (z / (100 + z * z)) * Math.sqrt((65 * 35) / 100 + (z * z) / 4);
    expect(result.interval.low).toBeCloseTo((centre - half) * 100, 12);
    expect(result.interval.high).toBeCloseTo(73.63575175690247, 10);
  });

  test('a single respondent, all satisfied, none satisfied', () => {
    expect(csatFromCounts([0, 0, 0, 0, 1]).csat).toBe(100);
    expect(csatFromCounts([0, 0, 0, 0, 1]).interval.low).toBeCloseTo(20.654931437723747, 10);
    expect(csatFromCounts([3, 0, 0, 0, 0]).csat).toBe(0);
    expect(csatFromCounts([3, 0, 0, 0, 0]).interval.low).toBe(0);
  });

  test('refuses empty, wrong-length, negative and fractional counts (an error, never NaN)', () => {
    expect(validateAnswerCounts([0, 0, 0, 0, 0], [5])).toEqual({ ok: false, reason: 'empty' });
    expect(validateAnswerCounts([1, 2, 3, 4], [5])).toEqual({ ok: false, reason: 'wrong-length' });
    expect(validateAnswerCounts([1, -2, 3, 4, 5], [5])).toEqual({ ok: false, reason: 'negative' });
    expect(validateAnswerCounts([1, 2.5, 3, 4, 5], [5])).toEqual({ ok: false, reason: 'not-integer' });
    expect(() => csatFromCounts([0, 0, 0, 0, 0])).toThrow(/empty/);
  });
});

describe('cesFromCounts', () => {
  test('mean effort on 1–7 with a t interval (numpy/scipy: mean, std(ddof=1), t.ppf(0.975, 49))', () => {
    const result = cesFromCounts([2, 3, 5, 10, 20, 7, 3]);
    expect(result.n).toBe(50);
    expect(result.scale).toBe(7);
    expect(result.mean).toBeCloseTo(4.52, 12); // (2 + 6 + 15 + 40 + 100 + 42 + 21)/50 = 226/50
    expect(result.standardDeviation).toBeCloseTo(1.4032033323209916, 12);
    expect(result.interval?.low).toBeCloseTo(4.121214025333244, 9);
    expect(result.interval?.high).toBeCloseTo(4.918785974666755, 9);
  });

  test('a 1–5 scale; the interval is clipped to the scale, the margin kept', () => {
    const result = cesFromCounts([0, 1, 1, 0, 0]);
    expect(result.scale).toBe(5);
    expect(result.mean).toBe(2.5);
    expect(result.interval?.margin).toBeCloseTo(6.353102368087347, 9); // t_{0.975,1} · 0.7071/√2
    expect(result.interval?.low).toBe(1);
    expect(result.interval?.high).toBe(5);
  });

  test('one answer has no interval; identical answers a zero-width one', () => {
    expect(cesFromCounts([0, 0, 1, 0, 0, 0, 0])).toEqual({ mean: 3, scale: 7, n: 1, standardDeviation: null, interval: null });
    const same = cesFromCounts([0, 0, 0, 4, 0, 0, 0]);
    expect(same.standardDeviation).toBe(0);
    expect(same.interval).toEqual({ low: 4, high: 4, margin: 0 });
  });

  test('refuses 6 counts, empty and negative counts', () => {
    expect(() => cesFromCounts([1, 1, 1, 1, 1, 1])).toThrow(/wrong-length/);
    expect(() => cesFromCounts([0, 0, 0, 0, 0, 0, 0])).toThrow(/empty/);
    expect(() => cesFromCounts([0, -1, 0, 0, 0, 0, 3])).toThrow(/negative/);
  });
});
