import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { sectorAltWords } from '../src/data/chart-views.ts';
import { isPointValue } from '../src/lib/figures.ts';
import { GRADES } from '../src/lib/grades.ts';
import { evidenceGroup, gradesBelow, rankedAlt, rankFigures, withGroupDivider } from '../src/lib/rank-order.ts';
import { RELATIONS } from '../src/lib/schema.ts';

describe('rankFigures', () => {
  test('ranks values highest first and puts bounds after every value (one grade group)', () => {
    const ranked = rankFigures([
      { label: 'Banks', relation: 'below', nps: 50, grade: 'A' },
      { label: 'Orange', relation: 'exact', nps: 35, grade: 'B' },
      { label: 'Free', relation: 'exact', nps: 29, grade: 'A' },
      { label: 'Tesla', relation: 'exact', nps: 97, grade: 'B' },
      { label: 'Maybe', relation: 'about', nps: 40, grade: 'A' },
      { label: 'Floor', relation: 'at-least', nps: 5, grade: 'B' },
    ] as const);
    expect(ranked.map((f) => f.label)).toEqual(['Tesla', 'Maybe', 'Orange', 'Free', 'Banks', 'Floor']);
  });
  test('figures graded B or better come first, then C and D, each group values then bounds (the restaurants case)', () => {
    const ranked = rankFigures([
      { label: 'Starbucks', relation: 'exact', nps: 77, grade: 'D' },
      { label: 'Chick-fil-A', relation: 'exact', nps: 58, grade: 'A' },
      { label: "McDonald's", relation: 'below', nps: 0, grade: 'A' },
      { label: 'Humana', relation: 'exact', nps: 78, grade: 'C' },
      { label: 'Peloton', relation: 'at-least', nps: 80, grade: 'C' },
      { label: 'Maybe', relation: 'about', nps: 10, grade: 'B' },
    ] as const);
    expect(ranked.map((f) => f.label)).toEqual(['Chick-fil-A', 'Maybe', "McDonald's", 'Humana', 'Starbucks', 'Peloton']);
  });
  test('the standard can be another grade; every grade meets D', () => {
    const figures = [
      { label: 'b', relation: 'exact', nps: 90, grade: 'B' },
      { label: 'a', relation: 'exact', nps: 10, grade: 'A' },
    ] as const;
    expect(rankFigures(figures, 'en', 'A').map((f) => f.label)).toEqual(['a', 'b']);
    expect(rankFigures(figures, 'en', 'D').map((f) => f.label)).toEqual(['b', 'a']);
  });
  test('never puts a figure graded below B above one graded B or better, and keeps every figure (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ relation: fc.constantFrom(...RELATIONS), nps: fc.integer({ min: -100, max: 100 }), grade: fc.constantFrom(...GRADES), label: fc.string() }), {
          maxLength: 25,
        }),
        (figures) => {
          const ranked = rankFigures(figures);
          expect([...ranked].sort((a, b) => figures.indexOf(a) - figures.indexOf(b))).toEqual(figures);
          const firstBelow = ranked.findIndex((f) => evidenceGroup(f.grade) === 'below');
          if (firstBelow >= 0) expect(ranked.slice(firstBelow).every((f) => evidenceGroup(f.grade) === 'below')).toBe(true);
          for (const group of ['meets', 'below'] as const) {
            const inGroup = ranked.filter((f) => evidenceGroup(f.grade) === group);
            const firstBound = inGroup.findIndex((f) => !isPointValue(f.relation));
            const values = firstBound < 0 ? inGroup : inGroup.slice(0, firstBound);
            expect(inGroup.slice(values.length).every((f) => !isPointValue(f.relation))).toBe(true);
            for (let i = 1; i < values.length; i += 1) expect(values[i - 1]!.nps).toBeGreaterThanOrEqual(values[i]!.nps);
          }
        },
      ),
    );
  });
  test('breaks ties by label', () => {
    const ranked = rankFigures([
      { label: 'Capital One', relation: 'exact', nps: 18, grade: 'A' },
      { label: 'Bank of America', relation: 'exact', nps: 18, grade: 'A' },
    ] as const);
    expect(ranked.map((f) => f.label)).toEqual(['Bank of America', 'Capital One']);
  });
  test('does not change its input', () => {
    const input = [
      { label: 'b', relation: 'exact', nps: 1, grade: 'A' },
      { label: 'a', relation: 'exact', nps: 2, grade: 'A' },
    ] as const;
    rankFigures(input);
    expect(input[0].label).toBe('b');
  });
});

describe('evidence groups', () => {
  test('B or better meets the headline standard; C and D are below it', () => {
    expect(GRADES.map((g) => evidenceGroup(g))).toEqual(['meets', 'meets', 'below', 'below']);
    expect(gradesBelow()).toEqual(['C', 'D']);
    expect(gradesBelow('A')).toEqual(['B', 'C', 'D']);
  });
});

describe('withGroupDivider', () => {
  const item = (id: string, group: 'meets' | 'below') => ({ id, group });
  test('a divider before the first lower-grade item, only when both groups are there', () => {
    expect(withGroupDivider([item('chick-fil-a', 'meets'), item('mcdonalds', 'meets'), item('starbucks', 'below')], 'C or D')).toEqual([
      { item: item('chick-fil-a', 'meets') },
      { item: item('mcdonalds', 'meets') },
      { divider: 'C or D' },
      { item: item('starbucks', 'below') },
    ]);
    expect(withGroupDivider([item('a', 'meets')], 'x')).toEqual([{ item: item('a', 'meets') }]);
    expect(withGroupDivider([item('a', 'below'), item('b', 'below')], 'x')).toEqual([{ item: item('a', 'below') }, { item: item('b', 'below') }]);
    expect(withGroupDivider([], 'x')).toEqual([]);
  });
});

describe('rankedAlt', () => {
  const words = { template: 'figures{span} ({count})', split: 'good{span}, then weak{span2} ({count})', span: ' from {top} down to {bottom}', alone: ': {top} alone' };
  const item = (label: string, group: 'meets' | 'below', bound = false) => ({ label, group, bound });
  test('one group: its top and bottom value, bounds not ranked', () => {
    expect(rankedAlt([item('Costco', 'meets'), item('Amazon', 'meets'), item('Amazon above 55', 'meets', true)], '3', words)).toBe('figures from Costco down to Amazon (3)');
    expect(rankedAlt([item('seQura', 'below'), item('Oney', 'below')], '2', words)).toBe('figures from seQura down to Oney (2)');
  });
  test('both groups: the ends of each, so the lower grades never read as the leader; one value is never "from X down to X"', () => {
    expect(rankedAlt([item('Chick-fil-A (+58)', 'meets'), item("McDonald's (below 0)", 'meets', true), item('Starbucks (+77)', 'below')], '3', words)).toBe(
      'good: Chick-fil-A (+58) alone, then weak: Starbucks (+77) alone (3)',
    );
    expect(rankedAlt([item('a', 'meets'), item('b', 'meets'), item('c', 'below'), item('d', 'below')], '4', words)).toBe('good from a down to b, then weak from c down to d (4)');
  });
  test('a group of bounds only names its bounds; a label with $ is written as it is', () => {
    expect(rankedAlt([item('$& Co (below 0)', 'meets', true)], '1', words)).toBe('figures: $& Co (below 0) alone (1)');
    expect(rankedAlt([item('x (below 9)', 'meets', true), item('y (below 5)', 'meets', true)], '2', words)).toBe('figures from x (below 9) down to y (below 5) (2)');
  });
  test('the site’s words, in both languages', () => {
    const en = sectorAltWords('en');
    const fr = sectorAltWords('fr');
    const restaurants = [item('Chick-fil-A (+58)', 'meets'), item("McDonald's (below 0)", 'meets', true), item('Starbucks (+77)', 'below')];
    expect(rankedAlt(restaurants, '3', en)).toBe(
      'Horizontal bar chart: company figures graded B or better: Chick-fil-A (+58) alone, then figures graded C or D: Starbucks (+77) alone (3 in all). The table below carries the same figures.',
    );
    expect(rankedAlt(restaurants, '3', fr)).toBe(
      'Graphique en barres horizontales\u00a0: chiffres d’entreprises notés B ou mieux\u00a0: Chick-fil-A (+58) seulement, puis chiffres notés C ou D\u00a0: Starbucks (+77) seulement (3 au total). Le tableau ci-dessous reprend les mêmes chiffres.',
    );
    expect(rankedAlt([item('Costco (+79)', 'meets'), item('Amazon (+73)', 'meets')], '2', en)).toBe(
      'Horizontal bar chart: company figures ranked from Costco (+79) down to Amazon (+73) (2 in all). The table below carries the same figures.',
    );
  });
});
