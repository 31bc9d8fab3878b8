import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  countsAsValue,
  type FigureFacts,
  figureKind,
  GRADE_ORDER,
  inAudience,
  isBound,
  isPointValue,
  meetsGrade,
  median,
  onePerCompany,
  originalOf,
  originalsOnly,
  preferFigure,
  restatementsByOriginal,
  summarizeFigures,
  whyNotCounted,
} from '../src/lib/figures.ts';
import { GRADES, RELATIONS } from '../src/lib/schema.ts';

let next = 0;
const fig = (over: Partial<FigureFacts> = {}): FigureFacts => ({ id: `f${(next += 1)}`, companyId: 'acme', relation: 'exact', nps: 10, grade: 'B', ...over });

describe('kinds of figure', () => {
  test('exact is a value, about is approximate, the four bounds are bounds', () => {
    expect(RELATIONS.map((r) => [r, figureKind(r)])).toEqual([
      ['exact', 'exact'],
      ['below', 'bound'],
      ['at-most', 'bound'],
      ['above', 'bound'],
      ['at-least', 'bound'],
      ['about', 'approximate'],
    ]);
    expect(RELATIONS.filter(isBound)).toEqual(['below', 'at-most', 'above', 'at-least']);
    expect(RELATIONS.filter(isPointValue)).toEqual(['exact', 'about']);
  });
  test('grades: the order is the schema’s, A best', () => {
    expect(GRADE_ORDER).toEqual(GRADES);
    expect(meetsGrade('A', 'B')).toBe(true);
    expect(meetsGrade('B', 'B')).toBe(true);
    expect(meetsGrade('C', 'B')).toBe(false);
  });
  test('audience: consumers by default, business only when asked, or both', () => {
    const consumer = fig();
    const business = fig({ audience: 'business' });
    expect([inAudience(consumer), inAudience(business)]).toEqual([true, false]);
    expect([inAudience(consumer, 'business'), inAudience(business, 'business')]).toEqual([false, true]);
    expect([inAudience(consumer, 'all'), inAudience(business, 'all')]).toEqual([true, true]);
  });
});

describe('whyNotCounted', () => {
  test('a restatement never counts, whatever else is true of it', () => {
    expect(whyNotCounted(fig({ restates: 'orig', grade: 'A' }))).toBe('restatement');
    expect(countsAsValue(fig({ restates: 'orig' }), { audience: 'all' })).toBe(false);
  });
  test('each reason in turn: audience, grade, segment scope, approximate, bound', () => {
    expect(whyNotCounted(fig({ audience: 'business' }))).toBe('audience');
    expect(whyNotCounted(fig({ grade: 'C' }), { minGrade: 'B' })).toBe('grade');
    expect(whyNotCounted(fig({ grade: 'C' }))).toBeUndefined();
    expect(whyNotCounted(fig({ segment: 'mobile' }), { segments: 'whole-company' })).toBe('segment');
    expect(whyNotCounted(fig({ segment: 'mobile' }))).toBeUndefined();
    expect(whyNotCounted(fig({ relation: 'about' }))).toBe('approximate');
    expect(whyNotCounted(fig({ relation: 'below' }))).toBe('bound');
    expect(whyNotCounted(fig())).toBeUndefined();
  });
});

describe('summarizeFigures', () => {
  test('range and median of the exact consumer figures; the rest counted apart by reason', () => {
    const summary = summarizeFigures(
      [
        fig({ nps: 45, year: 2021 }),
        fig({ nps: -10, year: 2019 }),
        fig({ nps: 16 }),
        fig({ relation: 'below', nps: 50 }),
        fig({ relation: 'about', nps: 99 }),
        fig({ nps: 72, restates: 'f1' }),
        fig({ nps: 90, audience: 'business' }),
        fig({ nps: 80, grade: 'D' }),
      ],
      { minGrade: 'B' },
    );
    expect(summary).toEqual({
      countedCount: 3,
      notCounted: { bound: 1, approximate: 1, restatement: 1, audience: 1, grade: 1 },
      excludedCount: 2,
      belowGradeCount: 1,
      belowGrades: ['D'],
      earliestYear: 2019,
      latestYear: 2021,
      undatedCount: 1,
      min: -10,
      max: 45,
      median: 16,
    });
  });
  test('a sector whose figures are all C or D has no median, and says which grades it has', () => {
    const summary = summarizeFigures([fig({ grade: 'D' }), fig({ grade: 'C' }), fig({ grade: 'D' })], { minGrade: 'B' });
    expect(summary.countedCount).toBe(0);
    expect(summary.median).toBeUndefined();
    expect(summary.belowGrades).toEqual(['C', 'D']);
    expect(summary.belowGradeCount).toBe(3);
  });
  test('names the one figure counted when exactly one counts, and none otherwise', () => {
    const only = fig({ nps: 58, grade: 'A' });
    expect(summarizeFigures([only, fig({ grade: 'D' }), fig({ nps: 58, restates: only.id })], { minGrade: 'B' }).single).toBe(only);
    expect(summarizeFigures([only, fig({ nps: 40 })], { minGrade: 'B' }).single).toBeUndefined();
    expect(summarizeFigures([fig({ grade: 'D' })], { minGrade: 'B' }).single).toBeUndefined();
  });
  test('a restated figure is counted once: the original and its two repeats make one value', () => {
    const original = fig({ id: 'apple-indexnps-72', nps: 72 });
    const repeats = [fig({ nps: 72, restates: 'apple-indexnps-72' }), fig({ nps: 72, restates: 'apple-indexnps-72', grade: 'D' })];
    const summary = summarizeFigures([original, ...repeats, fig({ nps: 40 })]);
    expect(summary.countedCount).toBe(2);
    expect(summary.median).toBe(56);
  });
  test('median of odd and even counts, none', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([28.4])).toBe(28.4);
    expect(median([])).toBeUndefined();
  });
  test('every figure is counted or left out with one reason (property)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            relation: fc.constantFrom(...RELATIONS),
            grade: fc.constantFrom(...GRADES),
            business: fc.boolean(),
            restates: fc.boolean(),
            nps: fc.integer({ min: -100, max: 100 }),
          }),
          { maxLength: 30 },
        ),
        fc.constantFrom(...GRADES),
        (rows, minGrade) => {
          const figures = rows.map((r) =>
            fig({ relation: r.relation, grade: r.grade, nps: r.nps, audience: r.business ? 'business' : undefined, restates: r.restates ? 'x' : undefined }),
          );
          const s = summarizeFigures(figures, { minGrade });
          const left = Object.values(s.notCounted).reduce((a, b) => a + b, 0);
          expect(s.countedCount + left).toBe(figures.length);
          const counted = figures.filter((f) => f.relation === 'exact' && !f.restates && !f.audience && meetsGrade(f.grade, minGrade)).map((f) => f.nps);
          expect(s.countedCount).toBe(counted.length);
          if (counted.length > 0) expect([s.min, s.max]).toEqual([Math.min(...counted), Math.max(...counted)]);
        },
      ),
    );
  });
});

describe('one figure per company', () => {
  test('whole company before a segment, even a more recent segment', () => {
    const whole = fig({ year: 2016 });
    const segment = fig({ year: 2024, segment: 'mobile', grade: 'A' });
    expect(onePerCompany([segment, whole]).chosen).toEqual([whole]);
  });
  test('then the most recent, then the better grade, then a known n, then exact before a bound', () => {
    const old = fig({ year: 2019, grade: 'A' });
    const recent = fig({ year: 2022, grade: 'B' });
    expect(onePerCompany([old, recent]).chosen).toEqual([recent]);
    const a = fig({ year: 2022, grade: 'A' });
    expect(onePerCompany([recent, a]).chosen).toEqual([a]);
    const withN = fig({ year: 2022, grade: 'A', n: 300 });
    expect(onePerCompany([a, withN]).chosen).toEqual([withN]);
    const bound = fig({ year: 2022, grade: 'A', n: 300, relation: 'below' });
    expect(onePerCompany([bound, withN]).chosen).toEqual([withN]);
  });
  test('undated figures come after dated ones; sector averages are returned apart', () => {
    const undated = fig();
    const dated = fig({ year: 2010 });
    const average = fig({ companyId: undefined });
    const result = onePerCompany([undated, average, dated]);
    expect(result).toEqual({ chosen: [dated], others: [undated], averages: [average] });
  });
  test('preferFigure is a strict order (antisymmetric) on distinct ids', () => {
    const a = fig({ year: 2020 });
    const b = fig({ year: 2020 });
    expect(Math.sign(preferFigure(a, b))).toBe(-Math.sign(preferFigure(b, a)));
    expect(preferFigure(a, a)).toBe(0);
  });
});

describe('restatements', () => {
  test('a chain resolves to its original; an original is its own', () => {
    const restates = new Map<string, string | undefined>([
      ['indexnps', undefined],
      ['retently', 'indexnps'],
      ['blog', 'retently'],
    ]);
    expect(originalOf('blog', restates)).toBe('indexnps');
    expect(originalOf('retently', restates)).toBe('indexnps');
    expect(originalOf('indexnps', restates)).toBe('indexnps');
  });
  test('a loop or an unknown target stops without hanging (the validator reports both)', () => {
    expect(
      originalOf(
        'a',
        new Map([
          ['a', 'b'],
          ['b', 'a'],
        ]),
      ),
    ).toBe('b');
    expect(originalOf('a', new Map([['a', 'a']]))).toBe('a');
    expect(originalOf('a', new Map([['a', 'missing']]))).toBe('a');
  });
  test('restatementsByOriginal lists direct and chained repeats under the original; originalsOnly drops them', () => {
    const original = fig({ id: 'indexnps' });
    const retently = fig({ id: 'retently', restates: 'indexnps' });
    const blog = fig({ id: 'blog', restates: 'retently' });
    const other = fig({ id: 'other' });
    const map = restatementsByOriginal([original, retently, blog, other]);
    expect([...map.entries()]).toEqual([['indexnps', [retently, blog]]]);
    expect(originalsOnly([original, retently, blog, other])).toEqual([original, other]);
  });
});
