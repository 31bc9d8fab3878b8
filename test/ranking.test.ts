import { describe, expect, test } from 'vitest';
import { axisRange, isValue, rankFigures } from '../src/lib/ranking.ts';

describe('rankFigures', () => {
  test('ranks values highest first and puts bounds after every value', () => {
    const ranked = rankFigures([
      { label: 'Banks', relation: 'below', nps: 50 },
      { label: 'Orange', relation: 'exact', nps: 35 },
      { label: 'Free', relation: 'exact', nps: 29 },
      { label: 'Tesla', relation: 'exact', nps: 97 },
      { label: 'Maybe', relation: 'about', nps: 40 },
      { label: 'Floor', relation: 'at-least', nps: 5 },
    ] as const);
    expect(ranked.map((f) => f.label)).toEqual(['Tesla', 'Maybe', 'Orange', 'Free', 'Banks', 'Floor']);
  });
  test('breaks ties by label', () => {
    const ranked = rankFigures([
      { label: 'Capital One', relation: 'exact', nps: 18 },
      { label: 'Bank of America', relation: 'exact', nps: 18 },
    ] as const);
    expect(ranked.map((f) => f.label)).toEqual(['Bank of America', 'Capital One']);
  });
  test('does not change its input', () => {
    const input = [
      { label: 'b', relation: 'exact', nps: 1 },
      { label: 'a', relation: 'exact', nps: 2 },
    ] as const;
    rankFigures(input);
    expect(input[0].label).toBe('b');
  });
});

describe('isValue', () => {
  test('exact and about are values, bounds are not', () => {
    expect(isValue('exact')).toBe(true);
    expect(isValue('about')).toBe(true);
    expect(isValue('below')).toBe(false);
    expect(isValue('at-least')).toBe(false);
  });
});

describe('axisRange', () => {
  test('includes 0 and leaves room, in steps of 10, clipped to ±100', () => {
    expect(axisRange([97, 24.2])).toEqual({ min: 0, max: 100 });
    expect(axisRange([-34, 33])).toEqual({ min: -50, max: 50 });
    expect(axisRange([-100])).toEqual({ min: -100, max: 10 });
    expect(axisRange([])).toEqual({ min: 0, max: 10 });
  });
});
