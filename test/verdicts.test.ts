import { describe, expect, test } from 'vitest';
import { compareWithBenchmark, npsIntervalFromScore, sampleSizeForMargin } from '../src/lib/nps-stats.ts';
import { type BenchmarkFigure, placeScore } from '../src/lib/placement.ts';
import { scoreToolStrings } from '../src/lib/score-tool-strings.ts';
import { benchmarkVerdicts, headline, pointsText, respondentsForGap, verdictFor, verdictWords } from '../src/lib/verdicts.ts';

const base = { surveyType: 'competitive-benchmark', grade: 'B', sourceTitle: 'S' } as const;
const figure = (id: string, nps: number, extra: Partial<BenchmarkFigure> = {}): BenchmarkFigure => ({ ...base, id, companyId: id, name: id, nps, relation: 'exact', ...extra });

// The done-when case of issue 10: NPS +31 from 850 respondents; its 95 % interval is about ±6.4 points.
const interval = npsIntervalFromScore(31, 850);
const yours = { nps: 31, n: 850, interval };

describe('verdictFor', () => {
  test('benchmark n unknown: its value against your interval: above, below or within', () => {
    expect(interval.margin).toBeGreaterThan(6);
    expect(interval.margin).toBeLessThan(7);
    expect(verdictFor(yours, figure('sfr', -7), 0.95)).toMatchObject({ value: 'above', difference: 38, basis: { kind: 'your-interval', margin: interval.margin } });
    expect(verdictFor(yours, figure('orange', 28), 0.95)).toMatchObject({ value: 'within', basis: { kind: 'your-interval' } });
    expect(verdictFor(yours, figure('leader', 50), 0.95)).toMatchObject({ value: 'below' });
    // just outside and just inside the interval's edges
    expect(verdictFor(yours, figure('a', interval.low - 0.01), 0.95).value).toBe('above');
    expect(verdictFor(yours, figure('b', interval.low + 0.01), 0.95).value).toBe('within');
    expect(verdictFor(yours, figure('c', interval.high + 0.01), 0.95).value).toBe('below');
  });

  test('benchmark n known: the two-sample test decides, and its p-value is the one nps-stats gives', () => {
    const withN = figure('panel', 25, { n: 400 });
    const test = compareWithBenchmark({ score: 31, n: 850 }, { nps: 25, n: 400 }, 0.95);
    const v = verdictFor(yours, withN, 0.95);
    expect(v.basis.kind).toBe('two-sample');
    if (v.basis.kind !== 'two-sample' || test.verdict === 'cant-tell') throw new Error('expected a test');
    expect(v.basis.test.pValue).toBe(test.pValue);
    expect(v.value).toBe(test.verdict === 'not-significant' ? 'within' : test.verdict === 'higher' ? 'above' : 'below');
    expect(verdictFor(yours, figure('big', 10, { n: 5000 }), 0.95).value).toBe('above');
    expect(verdictFor(yours, figure('big2', 45, { n: 5000 }), 0.95).value).toBe('below');
  });

  test('an approximate n is used, and the verdict says so', () => {
    const v = verdictFor(yours, figure('approx', 20, { n: 300, nApproximate: true }), 0.95);
    expect(v.basis).toMatchObject({ kind: 'two-sample', nApproximate: true });
    expect(verdictWords(v, scoreToolStrings.en, 'en').basis).toContain('approximate (about 300)');
    expect(verdictWords(v, scoreToolStrings.fr, 'fr').basis).toContain('approximatif (environ 300)');
  });

  test('bounds decide only when your whole interval is beyond them; "about" never decides', () => {
    expect(verdictFor(yours, figure('b1', 20, { relation: 'below' }), 0.95)).toMatchObject({ value: 'above', basis: { kind: 'bound' } });
    expect(verdictFor(yours, figure('b2', 30, { relation: 'at-most' }), 0.95)).toMatchObject({ value: 'cant-tell', basis: { kind: 'none', reason: 'bound-undecided' } });
    expect(verdictFor(yours, figure('b3', 40, { relation: 'at-least' }), 0.95).value).toBe('below');
    expect(verdictFor(yours, figure('b4', 31, { relation: 'about' }), 0.95)).toMatchObject({ value: 'cant-tell', basis: { reason: 'approximate-figure' } });
  });

  test('without your n: cant-tell, with how many respondents would make the gap count', () => {
    const v = verdictFor({ nps: 31 }, figure('orange', 28), 0.95);
    expect(v).toMatchObject({ value: 'cant-tell', basis: { kind: 'none', reason: 'your-n-unknown' } });
    expect(v.nNeeded).toBe(sampleSizeForMargin(3, { kind: 'score', score: 31 }, 0.95));
    expect(verdictWords(v, scoreToolStrings.en, 'en').text).toMatch(/with about [\d,]+ or more, a gap of 3\u00a0points would exceed your margin of error/);
    expect(respondentsForGap(31, 0, 0.95)).toBeNull();
  });
});

describe('verdictWords', () => {
  test('n unknown: the words say the benchmark’s own error is not published, in both languages', () => {
    const within = verdictFor(yours, figure('orange', 28), 0.95);
    const en = verdictWords(within, scoreToolStrings.en, 'en');
    expect(en.text).toBe(`Within your margin of error (±${pointsText(interval.margin, 'en', scoreToolStrings.en.points)}): a tie at this sample size`);
    expect(en.basis).toBe('Its own margin of error is not published: this holds only if that figure is precise.');
    const fr = verdictWords(within, scoreToolStrings.fr, 'fr');
    expect(fr.text).toBe(`Dans votre marge d’erreur (±${pointsText(interval.margin, 'fr', scoreToolStrings.fr.points)})\u00a0: égalité à cette taille d’échantillon`);
    expect(fr.basis).toContain('ne tient que si ce chiffre est précis');
  });
  test('pointsText: decimal comma in French, singular below 2 in French', () => {
    expect(pointsText(6.44, 'fr', scoreToolStrings.fr.points)).toBe('6,4\u00a0points');
    expect(pointsText(1.5, 'fr', scoreToolStrings.fr.points)).toBe('1,5\u00a0point');
    expect(pointsText(1.5, 'en', scoreToolStrings.en.points)).toBe('1.5\u00a0points');
    expect(pointsText(1, 'en', scoreToolStrings.en.points)).toBe('1\u00a0point');
  });
});

describe('headline', () => {
  const figures = [figure('leader', 33), figure('orange', 28), figure('free', 18), figure('sfr', -7)];
  const placement = placeScore(31, figures);
  const verdicts = benchmarkVerdicts(yours, figures, 0.95);

  test('a gap to the leader smaller than the margin is a tie; the rank becomes a range', () => {
    const h = headline(yours, placement, verdicts, 0.95);
    expect(placement.rank).toBe(2);
    expect(h.leader).toEqual({ value: 'within', basis: 'your-interval' });
    // surely above free and sfr, level within the margin with the leader and orange: rank 1 to 3
    expect(h.rankRange).toEqual({ best: 1, worst: 3 });
    expect(h.ties.map((f) => f.id)).toEqual(['leader', 'orange']);
    expect(h.comparisons).toBe(4);
    expect(h.chanceGaps).toBeCloseTo(0.2, 12);
  });

  test('a lead larger than the margin is a lead; the median is compared with your interval', () => {
    const low = [figure('a', 20), figure('b', 10), figure('c', 0)];
    const h = headline(yours, placeScore(31, low), benchmarkVerdicts(yours, low, 0.95), 0.95);
    expect(h.leader?.value).toBe('above');
    expect(h.median).toEqual({ value: 'above' });
    expect(h.rankRange).toEqual({ best: 1, worst: 1 });
  });

  test('without your n: no rank range, and nothing is called a lead or a tie', () => {
    const none = { nps: 31 };
    const h = headline(none, placement, benchmarkVerdicts(none, figures, 0.95), 0.95);
    expect(h.rankRange).toBeNull();
    expect(h.leader?.value).toBe('cant-tell');
    expect(h.median).toEqual({ value: 'cant-tell' });
    expect(h.comparisons).toBe(0);
  });
});
