import { describe, expect, test } from 'vitest';
import { metricModeStrings } from '../src/lib/metric-mode-strings.ts';
import { ChangeInputError, changeVerdict, npsChange, planningVariance, sampleSizePerGroupForChange, validateChanges } from '../src/lib/nps-change.ts';
import type { ResponseCounts } from '../src/lib/nps-stats.ts';

const counts = (promoters: number, passives: number, detractors: number): ResponseCounts => ({ promoters, passives, detractors });
const Z_95 = 1.959963984540054;

/**
 * The two-sample adjusted-Wald test written out from ../shared/research/nps-statistics.md §3.2 and §5, with the
 * variance in its p(1−p) + d(1−d) + 2pd form (the module uses p + d − (p − d)² through nps-stats.ts).
 */
function expectedChange(a: ResponseCounts, b: ResponseCounts, z = Z_95) {
  const side = (c: ResponseCounts) => {
    const n = c.promoters + c.passives + c.detractors + 3;
    const p = (c.promoters + 0.75) / n;
    const d = (c.detractors + 0.75) / n;
    return { score: p - d, variance: p * (1 - p) + d * (1 - d) + 2 * p * d, n };
  };
  const sa = side(a);
  const sb = side(b);
  const delta = sa.score - sb.score;
  const se = Math.sqrt(sa.variance / sa.n + sb.variance / sb.n);
  return { adjustedDifference: delta * 100, standardError: se * 100, low: (delta - z * se) * 100, high: (delta + z * se) * 100, z: delta / se };
}

describe('npsChange', () => {
  test('two waves of 100: the formula written out, and scipy values (p from norm.sf)', () => {
    const a = counts(60, 25, 15);
    const b = counts(50, 30, 20);
    const change = npsChange(a, b);
    const expected = expectedChange(a, b);
    expect(change.difference).toBeCloseTo(15, 12);
    expect(change.adjustedDifference).toBeCloseTo(expected.adjustedDifference, 12);
    expect(change.standardError).toBeCloseTo(expected.standardError, 12);
    expect(change.low).toBeCloseTo(expected.low, 12);
    expect(change.high).toBeCloseTo(expected.high, 12);
    // Computed independently with Python/scipy from the same formulas.
    expect(change.adjustedDifference).toBeCloseTo(14.563106796116504, 10); // (45 − 30)/103
    expect(change.standardError).toBeCloseTo(10.617735211226345, 10);
    expect(change.z).toBeCloseTo(1.3715831584045004, 10);
    expect(change.pValue).toBeCloseTo(0.17019323963862254, 10);
    expect(change.low).toBeCloseTo(-6.247271815269914, 10);
    expect(change.high).toBeCloseTo(35.373485407502926, 10);
    expect(change.significant).toBe(false);
  });

  test('a 6-point rise on 3,000 per wave is more than chance would give', () => {
    const a = counts(1500, 900, 600); // NPS 30
    const b = counts(1380, 960, 660); // NPS 24
    const change = npsChange(a, b);
    expect(change.difference).toBeCloseTo(6, 12);
    expect(change.adjustedDifference).toBeCloseTo((900 / 3003) * 100 - (720 / 3003) * 100, 12);
    expect(change.standardError).toBeCloseTo(2.0257377696012266, 10);
    expect(change.pValue).toBeCloseTo(0.003087142923907775, 10);
    expect(change.low).toBeCloseTo(2.023632923465086, 10);
    expect(change.high).toBeCloseTo(9.964379064546891, 10);
    expect(change.significant).toBe(true);
    expect(changeVerdict(change, 'en', metricModeStrings.en.changeVerdict)).toBe('Up 6\u00a0points, more than chance would give');
    expect(changeVerdict(change, 'fr', metricModeStrings.fr.changeVerdict)).toBe('En hausse de 6\u00a0points, plus que le hasard ne le donnerait');
    const reverse = npsChange(b, a);
    expect(reverse.difference).toBeCloseTo(-6, 12);
    expect(reverse.low).toBeCloseTo(-change.high, 10);
    expect(reverse.high).toBeCloseTo(-change.low, 10);
    expect(changeVerdict(reverse, 'en', metricModeStrings.en.changeVerdict)).toBe('Down 6\u00a0points, more than chance would give');
    expect(changeVerdict(reverse, 'fr', metricModeStrings.fr.changeVerdict)).toBe('En baisse de 6\u00a0points, plus que le hasard ne le donnerait');
  });

  test('the 15-point gap on 100 each could be noise, in words', () => {
    const change = npsChange(counts(60, 25, 15), counts(50, 30, 20));
    expect(changeVerdict(change, 'en', metricModeStrings.en.changeVerdict)).toBe('Up 15\u00a0points, but a change this size could be noise at these sample sizes');
    expect(changeVerdict(change, 'fr', metricModeStrings.fr.changeVerdict)).toBe(
      'En hausse de 15\u00a0points, mais un écart de cette taille peut n’être que du bruit avec ces tailles d’échantillon',
    );
  });

  test('identical groups: no difference, z = 0, p = 1, a symmetric interval', () => {
    const a = counts(40, 30, 30);
    const change = npsChange(a, { ...a });
    expect(change.difference).toBe(0);
    expect(change.adjustedDifference).toBe(0);
    expect(change.z).toBe(0);
    expect(change.pValue).toBe(1);
    expect(change.low).toBeCloseTo(-22.600087252892425, 10);
    expect(change.high).toBeCloseTo(22.600087252892425, 10);
    expect(change.significant).toBe(false);
    expect(changeVerdict(change, 'en', metricModeStrings.en.changeVerdict)).toBe('No change between the two groups');
    expect(changeVerdict(change, 'fr', metricModeStrings.fr.changeVerdict)).toBe('Pas de changement entre les deux groupes');
  });

  test('a single respondent per group: raw difference 200, adjusted 50 ± 103.9, finite and not significant', () => {
    const change = npsChange(counts(1, 0, 0), counts(0, 0, 1));
    expect(change.difference).toBe(200);
    // Each side: ñ = 4, p̃ = 1.75/4, d̃ = 0.75/4 → NPS̃ = ±0.25, Ṽ = 0.625 − 0.0625 = 0.5625, SE = √(2 · 0.5625/4).
    expect(change.adjustedDifference).toBeCloseTo(50, 12);
    expect(change.standardError).toBeCloseTo(Math.sqrt((2 * 0.5625) / 4) * 100, 12);
    expect(change.low).toBeCloseTo(50 - Z_95 * Math.sqrt(0.28125) * 100, 10);
    expect(change.high).toBeCloseTo(153.9427868262258, 10);
    expect(change.significant).toBe(false);
  });

  test('the interval is clipped to [−200, 200] and the unclipped margin kept', () => {
    // 5 promoters against 5 detractors at 99.99 %: Δ̃ = 1.25, SE = 0.3248, upper bound 251.35 before clipping.
    const change = npsChange(counts(5, 0, 0), counts(0, 0, 5), 0.9999);
    const expected = expectedChange(counts(5, 0, 0), counts(0, 0, 5), 3.8905918864131204);
    expect(change.adjustedDifference).toBeCloseTo(125, 12);
    expect(change.high).toBe(200);
    expect(change.low).toBeCloseTo(expected.low, 8);
    expect(change.adjustedDifference + change.margin).toBeCloseTo(251.3506778521769, 6);
  });

  test('an empty group is an error naming the group, never NaN', () => {
    expect(validateChanges(counts(0, 0, 0), counts(1, 2, 3))).toEqual([{ group: 'a', reason: 'empty' }]);
    expect(validateChanges(counts(1, 0, 0), counts(0, 0, 0))).toEqual([{ group: 'b', reason: 'empty' }]);
    expect(validateChanges(counts(-1, 0, 0), counts(0, 0, 0))).toEqual([
      { group: 'a', reason: 'negative' },
      { group: 'b', reason: 'empty' },
    ]);
    expect(() => npsChange(counts(0, 0, 0), counts(1, 2, 3))).toThrow(ChangeInputError);
    expect(() => npsChange(counts(3, 2, 1), counts(0, 0, 0))).toThrow(/group B empty/);
    expect(() => npsChange(counts(1.5, 2, 1), counts(1, 0, 0))).toThrow(/group A not-integer/);
  });

  test('verdict wording: 1 point singular in English, below 2 singular in French, decimals kept', () => {
    expect(changeVerdict({ difference: 1, significant: false }, 'en', metricModeStrings.en.changeVerdict)).toBe(
      'Up 1\u00a0point, but a change this size could be noise at these sample sizes',
    );
    expect(changeVerdict({ difference: -1.5, significant: true }, 'en', metricModeStrings.en.changeVerdict)).toBe('Down 1.5\u00a0points, more than chance would give');
    expect(changeVerdict({ difference: -1.5, significant: true }, 'fr', metricModeStrings.fr.changeVerdict)).toBe(
      'En baisse de 1,5\u00a0point, plus que le hasard ne le donnerait',
    );
    expect(changeVerdict({ difference: 0.04, significant: false }, 'en', metricModeStrings.en.changeVerdict)).toBe('No change between the two groups');
  });
});

describe('sampleSizePerGroupForChange', () => {
  // z_{0.975} + z_{0.8} = 1.959963984540054 + 0.8416212335729143 (scipy norm.ppf).
  const zSum = Z_95 + 0.8416212335729143;

  test('worst case (V = 1 per group) at 95 % and 80 % power: 1,570 per group for 10 points, 6,280 for 5', () => {
    expect((zSum ** 2 * 2) / 0.01).toBeCloseTo(1569.7759468698177, 8);
    expect(sampleSizePerGroupForChange(10)).toBe(1570);
    expect(sampleSizePerGroupForChange(5)).toBe(6280);
    expect(planningVariance({ kind: 'worst-case' })).toBe(2);
  });

  test('planning on two observed waves uses their adjusted variances Ṽ_A + Ṽ_B', () => {
    const a = counts(60, 25, 15);
    const b = counts(50, 30, 20);
    const pa = 60.75 / 103;
    const da = 15.75 / 103;
    const pb = 50.75 / 103;
    const db = 20.75 / 103;
    const variance = pa + da - (pa - da) ** 2 + pb + db - (pb - db) ** 2;
    expect(planningVariance({ kind: 'observed', a, b })).toBeCloseTo(variance, 14);
    expect(variance).toBeCloseTo(0.5518427750023565 + 0.6093411254595155, 12);
    expect(sampleSizePerGroupForChange(10, { kind: 'observed', a, b })).toBe(Math.ceil((zSum ** 2 * variance) / 0.01)); // 912
    expect(sampleSizePerGroupForChange(10, { kind: 'observed', a, b })).toBe(912);
  });

  test('even two one-group waves give a positive planning variance (no n = 0)', () => {
    expect(sampleSizePerGroupForChange(20, { kind: 'observed', a: counts(1, 0, 0), b: counts(1, 0, 0) })).toBeGreaterThan(1);
  });

  test('a bigger change or less power needs fewer respondents; bad sizes are refused', () => {
    expect(sampleSizePerGroupForChange(20)).toBeLessThan(sampleSizePerGroupForChange(10));
    expect(sampleSizePerGroupForChange(10, { kind: 'worst-case' }, 0.95, 0.5)).toBe(Math.ceil((Z_95 ** 2 * 2) / 0.01)); // z_{0.5} = 0
    expect(() => sampleSizePerGroupForChange(0)).toThrow(RangeError);
    expect(() => sampleSizePerGroupForChange(Number.NaN)).toThrow(RangeError);
    expect(() => sampleSizePerGroupForChange(10, { kind: 'worst-case' }, 0.95, 1)).toThrow(RangeError);
  });
});
