import { describe, expect, test } from 'vitest';
import { loadData } from '../src/data/load-dataset.ts';
import { conflictPartners, type ConflictFigure, figuresConflict, findConflicts, sameScope, valuesDisagree } from '../src/lib/conflicts.ts';

const fig = (id: string, over: Partial<ConflictFigure> = {}): ConflictFigure => ({ id, company: 'acme', relation: 'exact', nps: 50, ...over });

describe('valuesDisagree', () => {
  test('two exact values disagree when they differ', () => {
    expect(valuesDisagree(fig('a', { nps: 97 }), fig('b', { nps: 96 }))).toBe(true);
    expect(valuesDisagree(fig('a', { nps: 28.4 }), fig('b', { nps: 28.4 }))).toBe(false);
  });
  test('a value disagrees with a bound it breaks, and agrees with one it keeps', () => {
    const below50 = fig('b', { relation: 'below', nps: 50 });
    expect(valuesDisagree(fig('a', { nps: 60 }), below50)).toBe(true);
    expect(valuesDisagree(fig('a', { nps: 50 }), below50)).toBe(true);
    expect(valuesDisagree(fig('a', { nps: 49 }), below50)).toBe(false);
    const atMost50 = fig('b', { relation: 'at-most', nps: 50 });
    expect(valuesDisagree(fig('a', { nps: 50 }), atMost50)).toBe(false);
    expect(valuesDisagree(fig('a', { nps: 10 }), fig('c', { relation: 'above', nps: 10 }))).toBe(true);
    expect(valuesDisagree(fig('a', { nps: 10 }), fig('c', { relation: 'at-least', nps: 10 }))).toBe(false);
  });
  test('two bounds disagree only when they leave no common value', () => {
    expect(valuesDisagree(fig('a', { relation: 'below', nps: 50 }), fig('b', { relation: 'at-least', nps: 60 }))).toBe(true);
    expect(valuesDisagree(fig('a', { relation: 'at-most', nps: 10 }), fig('b', { relation: 'at-least', nps: 5 }))).toBe(false);
    expect(valuesDisagree(fig('a', { relation: 'at-most', nps: 10 }), fig('b', { relation: 'at-least', nps: 10 }))).toBe(false);
    expect(valuesDisagree(fig('a', { relation: 'below', nps: 10 }), fig('b', { relation: 'at-least', nps: 10 }))).toBe(true);
  });
});

describe('sameScope', () => {
  test('needs the same company', () => {
    expect(sameScope(fig('a'), fig('b', { company: 'other' }))).toBe(false);
    expect(sameScope(fig('a', { company: undefined }), fig('b', { company: undefined }))).toBe(false);
  });
  test('different stated segments, markets or non-overlapping periods are different measurements', () => {
    expect(sameScope(fig('a', { segment: 'iPhone' }), fig('b', { segment: 'iPad' }))).toBe(false);
    expect(sameScope(fig('a', { market: 'US' }), fig('b', { market: 'NL' }))).toBe(false);
    expect(sameScope(fig('a', { period: '2017' }), fig('b', { period: '2024' }))).toBe(false);
  });
  test('unstated segment, market or period may be the same thing; overlapping periods are', () => {
    expect(sameScope(fig('a', { segment: 'mobile', market: 'FR', period: '2024' }), fig('b'))).toBe(true);
    expect(sameScope(fig('a', { segment: 'Mobile' }), fig('b', { segment: 'mobile ' }))).toBe(true);
    expect(sameScope(fig('a', { period: '2016/2017' }), fig('b', { period: '2017' }))).toBe(true);
    // A figure for the US and Canada together overlaps a US figure; not a Dutch one.
    expect(sameScope(fig('a', { market: 'US CA' }), fig('b', { market: 'US' }))).toBe(true);
    expect(sameScope(fig('a', { market: 'US CA' }), fig('b', { market: 'NL' }))).toBe(false);
  });
});

describe('findConflicts', () => {
  test('groups linked figures of one company, highest value first, and leaves agreeing figures out', () => {
    const figures = [
      fig('t97', { company: 'tesla', nps: 97 }),
      fig('t96', { company: 'tesla', nps: 96, period: '2016/2017' }),
      fig('t97b', { company: 'tesla', nps: 97, period: '2017' }),
      fig('n68', { company: 'netflix', nps: 68, period: '2016' }),
      fig('n64', { company: 'netflix', nps: 64, period: '2018' }),
      fig('avg', { company: undefined, nps: 10 }),
    ];
    expect(findConflicts(figures)).toEqual([{ company: 'tesla', ids: ['t97', 't97b', 't96'] }]);
    expect(figuresConflict(figures[0] as ConflictFigure, figures[2] as ConflictFigure)).toBe(false);
    expect(conflictPartners(figures)).toEqual(
      new Map([
        ['t97', ['t96']],
        ['t96', ['t97', 't97b']],
        ['t97b', ['t96']],
      ]),
    );
  });
  test('returns nothing when there is no conflict', () => {
    expect(findConflicts([fig('a'), fig('b')])).toEqual([]);
    expect(findConflicts([])).toEqual([]);
  });
});

describe('findConflicts on the real dataset', () => {
  test('keeps the founding article’s Tesla 97 and 96 in one conflict (the article contradicts itself)', () => {
    const data = loadData();
    const groups = findConflicts(data.observations);
    const tesla = groups.filter((g) => g.company === 'tesla');
    expect(tesla).toHaveLength(1);
    expect(tesla[0]?.ids).toEqual(expect.arrayContaining(['tesla-seed-fr-97', 'tesla-seed-fr-96']));
    for (const group of groups) {
      const values = new Set(group.ids.map((id) => data.observations.find((o) => o.id === id)?.nps));
      expect(values.size).toBeGreaterThan(1);
    }
  });
});
