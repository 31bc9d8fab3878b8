import { describe, expect, test } from 'vitest';
import { npsInterval, npsIntervalFromScore, sampleSizeForMargin } from '../src/lib/nps-stats.ts';
import { computeResults } from '../src/lib/score-results.ts';

const options = { confidence: 0.95 };

describe('computeResults', () => {
  test('nothing to score: null', () => {
    expect(computeResults(null, options)).toBeNull();
    expect(computeResults({ kind: 'file' }, options)).toBeNull();
  });

  test('counts: score, n, shares, interval and sample sizes at the observed mix', () => {
    const out = computeResults({ kind: 'counts', promoters: 50, passives: 30, detractors: 20 }, { confidence: 0.95, target: 40 });
    if (!out?.ok) throw new Error('expected results');
    const r = out.results;
    expect(r.nps).toBeCloseTo(30, 12);
    expect(r.n).toBe(100);
    expect(r.shares).toEqual({ promoters: 50, passives: 30, detractors: 20 });
    expect(r.interval).toEqual(npsInterval({ promoters: 50, passives: 30, detractors: 20 }));
    expect(r.assumedWidestMix).toBe(false);
    expect(r.sampleSizes).toEqual([
      { margin: 5, atYourMix: sampleSizeForMargin(5, { kind: 'shares', promoters: 50, detractors: 20 }), worstCase: sampleSizeForMargin(5) },
      { margin: 10, atYourMix: sampleSizeForMargin(10, { kind: 'shares', promoters: 50, detractors: 20 }), worstCase: sampleSizeForMargin(10) },
    ]);
    expect(r.target).toMatchObject({ target: 40, reached: false, morePromoters: 17, detractorsToPassives: 10, detractorsToPromoters: 5 });
  });

  test('answers: counts from the 0–10 histogram, which is kept for the chart', () => {
    const answers = [0, 0, 0, 0, 0, 0, 20, 10, 20, 25, 25];
    const out = computeResults({ kind: 'answers', answers }, options);
    if (!out?.ok) throw new Error('expected results');
    expect(out.results.counts).toEqual({ detractors: 20, passives: 30, promoters: 50 });
    expect(out.results.answers).toEqual(answers);
    expect(out.results.nps).toBeCloseTo(30, 12);
  });

  test('file: counts from the imported answers; an empty file is a problem, not a score', () => {
    const out = computeResults({ kind: 'file' }, options, [1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3]);
    if (!out?.ok) throw new Error('expected results');
    expect(out.results.nps).toBe(50);
    expect(computeResults({ kind: 'file' }, options, new Array(11).fill(0))).toEqual({ ok: false, problem: 'empty' });
  });

  test('score without n: no interval; with n: the widest interval for that score', () => {
    const bare = computeResults({ kind: 'score', score: 30 }, options);
    if (!bare?.ok) throw new Error('expected results');
    expect(bare.results.interval).toBeUndefined();
    expect(bare.results.n).toBeUndefined();
    const withN = computeResults({ kind: 'score', score: 30, n: 100 }, { confidence: 0.95, target: 40 });
    if (!withN?.ok) throw new Error('expected results');
    expect(withN.results.interval).toEqual(npsIntervalFromScore(30, 100));
    expect(withN.results.assumedWidestMix).toBe(true);
    // net = 30 of 100: (30 + k)/(100 + k) ≥ 0.4 ⇔ k ≥ 16.67
    expect(withN.results.target).toEqual({ target: 40, reached: false, morePromoters: 17 });
  });

  test('score target of 100 cannot be reached by adding promoters', () => {
    const out = computeResults({ kind: 'score', score: 30, n: 100 }, { confidence: 0.95, target: 100 });
    if (!out?.ok) throw new Error('expected results');
    expect(out.results.target).toEqual({ target: 100, reached: false, morePromoters: null });
  });
});
