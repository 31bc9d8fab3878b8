import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { type BenchmarkFigure, checkSurveyTypes, compareWithFigure, meetsGrade, percentileRank, placeScore, selectBenchmarks } from '../src/lib/placement.ts';

let counter = 0;
function fig(partial: Partial<BenchmarkFigure> & { nps: number }): BenchmarkFigure {
  counter += 1;
  return {
    id: `obs-${counter}`,
    companyId: partial.name ? partial.name.toLowerCase() : undefined,
    name: '',
    relation: 'exact',
    surveyType: 'competitive-benchmark',
    grade: 'A',
    sourceTitle: 'A source',
    ...partial,
  };
}

// French mobile operators, as in the telecom sector.
const orange = fig({ name: 'Orange', nps: 28, year: 2024, market: 'FR', grade: 'B', surveyType: 'unknown' });
const free = fig({ name: 'Free', nps: 18, year: 2024, market: 'FR', grade: 'B', surveyType: 'unknown' });
const bouygues = fig({ name: 'Bouygues', nps: 11, year: 2024, market: 'FR', grade: 'B', surveyType: 'unknown' });
const sfr = fig({ name: 'SFR', nps: -7, year: 2024, market: 'FR', grade: 'B', surveyType: 'unknown' });
const operators = [orange, free, bouygues, sfr];

describe('placeScore', () => {
  test('20 sits above Free and below Orange: rank 2 of 5, percentile 75', () => {
    const p = placeScore(20, operators);
    expect(p.rank).toBe(2);
    expect(p.outOf).toBe(5);
    expect(p.ranked).toBe(4);
    expect(p.nextAbove.map((f) => f.name)).toEqual(['Orange']);
    expect(p.nextBelow.map((f) => f.name)).toEqual(['Free']);
    // 3 of 4 figures strictly below
    expect(p.percentile).toBe(75);
    expect(p.median).toBe(14.5);
    expect(p.gapToMedian).toBe(5.5);
    expect(p.leaders.map((f) => f.name)).toEqual(['Orange']);
    expect(p.gapToLeader).toBe(-8);
  });
  test('a tie counts half in the percentile and shares the better rank', () => {
    const p = placeScore(18, operators);
    expect(p.rank).toBe(2);
    expect(p.level.map((f) => f.name)).toEqual(['Free']);
    expect(p.percentile).toBe(((2 + 0.5) / 4) * 100);
    expect(p.nextBelow.map((f) => f.name)).toEqual(['Bouygues']);
  });
  test('a score computed from counts (float noise) still ties', () => {
    const p = placeScore(((50 - 22) / 100) * 100 + 1e-12, operators);
    expect(p.level.map((f) => f.name)).toEqual(['Orange']);
  });
  test('top and bottom', () => {
    expect(placeScore(60, operators)).toMatchObject({ rank: 1, percentile: 100, gapToLeader: 32, nextAbove: [] });
    expect(placeScore(-50, operators)).toMatchObject({ rank: 5, percentile: 0, nextBelow: [] });
  });
  test('bounds are never ranked: 60 is above "below 50", 40 is not comparable with it', () => {
    const bound = fig({ name: 'Bank', nps: 50, relation: 'below' });
    const p = placeScore(60, [...operators, bound]);
    expect(p.ranked).toBe(4);
    expect(p.outOf).toBe(5);
    expect(p.comparisons.find((c) => c.figure === bound)?.comparison).toBe('above');
    expect(placeScore(40, [bound]).comparisons[0]?.comparison).toBe('not-comparable');
    expect(placeScore(40, [bound])).toMatchObject({ rank: null, percentile: null, median: null, gapToLeader: null });
  });
  test('comparisons list every figure, exact values first (highest first), bounds last', () => {
    const bound = fig({ name: 'Zeta', nps: 90, relation: 'at-least' });
    const p = placeScore(20, [bound, ...operators]);
    expect(p.comparisons.map((c) => `${c.figure.name}:${c.comparison}`)).toEqual(['Orange:below', 'Free:above', 'Bouygues:above', 'SFR:above', 'Zeta:below']);
  });
  test('rank and percentile agree with a direct count (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -100, max: 100 }), { minLength: 1, maxLength: 30 }), fc.integer({ min: -100, max: 100 }), (values, score) => {
        const p = placeScore(
          score,
          values.map((nps, i) => fig({ name: `C${i}`, nps })),
        );
        expect(p.rank).toBe(values.filter((v) => v > score).length + 1);
        expect(p.percentile).toBeGreaterThanOrEqual(0);
        expect(p.percentile).toBeLessThanOrEqual(100);
        expect(p.gapToLeader).toBe(score - Math.max(...values));
      }),
    );
  });
});

describe('compareWithFigure', () => {
  test.each([
    ['exact', 10, 20, 'above'],
    ['exact', 30, 20, 'below'],
    ['exact', 20, 20, 'level'],
    ['below', 50, 60, 'above'],
    ['below', 50, 50, 'above'],
    ['below', 50, 40, 'not-comparable'],
    ['at-most', 30, 31, 'above'],
    ['at-most', 30, 30, 'not-comparable'],
    ['above', 50, 50, 'below'],
    ['above', 50, 60, 'not-comparable'],
    ['at-least', 40, 39, 'below'],
    ['at-least', 40, 40, 'not-comparable'],
    ['about', 50, 10, 'not-comparable'],
  ] as const)('%s %d vs score %d: %s', (relation, nps, score, expected) => {
    expect(compareWithFigure(score, { relation, nps })).toBe(expected);
  });
});

describe('percentileRank', () => {
  test('percentile rank counts ties as half', () => {
    expect(percentileRank(5, [1, 5, 9])).toBeCloseTo(50, 12);
    expect(percentileRank(10, [1, 5, 9])).toBe(100);
    expect(percentileRank(0, [1, 5, 9])).toBe(0);
    expect(percentileRank(0, [])).toBeNull();
  });
});

describe('selectBenchmarks', () => {
  const appleOld = fig({ name: 'Apple', nps: 70, year: 2014, grade: 'A', segment: 'iPhone' });
  const appleNew = fig({ name: 'Apple', nps: 61, year: 2020, grade: 'B' });
  const appleBlog = fig({ name: 'Apple', nps: 72, grade: 'D' });
  const samsung = fig({ name: 'Samsung', nps: 63, market: 'IN', grade: 'B' });
  const average = fig({ nps: 32, grade: 'B', segment: 'computer hardware' });
  const averageD = fig({ nps: 40, grade: 'D' });
  const all = [appleOld, appleNew, appleBlog, samsung, average, averageD];

  test('one figure per company, the most recent at the minimum grade; averages apart', () => {
    const s = selectBenchmarks(all, { minGrade: 'B' });
    expect(s.companies).toEqual([samsung, appleNew]);
    expect(s.averages).toEqual([average]);
    expect(s.leftOut).toEqual(
      expect.arrayContaining([
        { figure: appleBlog, reason: 'grade' },
        { figure: averageD, reason: 'grade' },
        { figure: appleOld, reason: 'older' },
      ]),
    );
    expect(s.leftOut).toHaveLength(3);
  });
  test('minimum grade A keeps only A figures', () => {
    const s = selectBenchmarks(all, { minGrade: 'A' });
    expect(s.companies).toEqual([appleOld]);
  });
  test('a market filter leaves other markets out (and figures with no market)', () => {
    const s = selectBenchmarks(all, { minGrade: 'D', market: 'IN' });
    expect(s.companies).toEqual([samsung]);
    expect(s.leftOut.filter((l) => l.reason === 'market')).toHaveLength(5);
  });
  test('a figure covering several countries is kept for a market filter on any of them', () => {
    const northAmerica = fig({ name: 'Acme', nps: 18, year: 2018, grade: 'A', market: 'US CA' });
    expect(selectBenchmarks([northAmerica], { minGrade: 'D', market: 'CA' }).companies).toEqual([northAmerica]);
    expect(selectBenchmarks([northAmerica], { minGrade: 'D', market: 'FR' }).leftOut.map((l) => l.reason)).toEqual(['market']);
  });
  test('same year: better grade, then whole company before a segment', () => {
    const a = fig({ name: 'Acme', nps: 10, year: 2020, grade: 'B' });
    const b = fig({ name: 'Acme', nps: 20, year: 2020, grade: 'A', segment: 'mobile' });
    const c = fig({ name: 'Acme', nps: 30, year: 2020, grade: 'A' });
    expect(selectBenchmarks([a, b, c], { minGrade: 'D' }).companies).toEqual([c]);
  });
  test('every figure is used or listed as left out, never dropped (property)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ c: fc.integer({ min: 0, max: 4 }), g: fc.constantFrom('A', 'B', 'C', 'D' as const), y: fc.option(fc.integer({ min: 2010, max: 2025 }), { nil: undefined }) }),
          { maxLength: 20 },
        ),
        (rows) => {
          const figures = rows.map((r) => fig({ name: r.c === 0 ? '' : `C${r.c}`, companyId: r.c === 0 ? undefined : `c${r.c}`, nps: 1, grade: r.g, year: r.y }));
          const s = selectBenchmarks(figures, { minGrade: 'B' });
          expect(s.companies.length + s.averages.length + s.leftOut.length).toBe(figures.length);
          expect(new Set(s.companies.map((f) => f.companyId)).size).toBe(s.companies.length);
        },
      ),
    );
  });
  test('a restatement is never a benchmark and a business figure only when that audience is asked for', () => {
    const original = fig({ name: 'Apple', nps: 72, grade: 'B', year: 2016 });
    const repeat = fig({ name: 'Apple', nps: 72, grade: 'B', year: 2017, restates: original.id });
    const b2b = fig({ name: 'Orange', nps: 60, grade: 'A', year: 2020, audience: 'business' });
    const consumer = fig({ name: 'Free', nps: 10, grade: 'A', year: 2020 });
    const s = selectBenchmarks([original, repeat, b2b, consumer], { minGrade: 'B' });
    expect(s.companies).toEqual([original, consumer]);
    expect(s.leftOut).toEqual([
      { figure: repeat, reason: 'restatement' },
      { figure: b2b, reason: 'audience' },
    ]);
    expect(selectBenchmarks([original, repeat, b2b, consumer], { minGrade: 'B', includeBusiness: true }).companies).toEqual([original, b2b, consumer]);
  });
  test('meetsGrade: A is best', () => {
    expect(meetsGrade('A', 'B')).toBe(true);
    expect(meetsGrade('C', 'B')).toBe(false);
  });
});

describe('checkSurveyTypes', () => {
  test('a transactional score against competitive benchmarks and unknown methods', () => {
    const check = checkSurveyTypes('transactional', [...operators, fig({ name: 'Tesco', nps: 28, market: 'GB' }), fig({ name: 'X', nps: 1, surveyType: 'self-reported' })]);
    expect(check.differing).toEqual(['competitive-benchmark', 'self-reported']);
    expect(check.unknownMethod).toBe(4);
    expect(check.markets).toEqual(['FR', 'GB']);
    expect(check.marketNotStated).toBe(1);
  });
  test('same type: nothing differs', () => {
    expect(checkSurveyTypes('competitive-benchmark', [fig({ name: 'A', nps: 1 })]).differing).toEqual([]);
  });
  test('type not stated: no claimed mismatch', () => {
    expect(checkSurveyTypes(undefined, [fig({ name: 'A', nps: 1 })])).toMatchObject({ yours: undefined, differing: [] });
  });
});
