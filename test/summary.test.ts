import { describe, expect, test } from 'vitest';
import { median, summarizeFigures } from '../src/lib/summary.ts';

describe('median', () => {
  test('odd and even counts, unsorted input', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([28.4])).toBe(28.4);
  });
  test('is undefined for no values', () => {
    expect(median([])).toBeUndefined();
  });
});

describe('summarizeFigures', () => {
  test('uses exact values only and counts bounds and approximations apart', () => {
    const summary = summarizeFigures([
      { relation: 'exact', nps: 45 },
      { relation: 'exact', nps: -10 },
      { relation: 'exact', nps: 16 },
      { relation: 'below', nps: 50 },
      { relation: 'about', nps: 99 },
    ]);
    expect(summary).toEqual({ exactCount: 3, excludedCount: 2, min: -10, max: 45, median: 16 });
  });
  test('a bound alone gives no range or median', () => {
    expect(summarizeFigures([{ relation: 'below', nps: 50 }])).toEqual({ exactCount: 0, excludedCount: 1 });
  });
});
