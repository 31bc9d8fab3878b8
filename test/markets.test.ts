import { describe, expect, test } from 'vitest';
import { coversMarket, marketCodes, marketsOverlap } from '../src/lib/markets.ts';

describe('markets of one or several countries', () => {
  test('marketCodes splits on the space, keeps the order written, and is empty when blank', () => {
    expect(marketCodes('US CA')).toEqual(['US', 'CA']);
    expect(marketCodes('FR')).toEqual(['FR']);
    expect(marketCodes('GLOBAL')).toEqual(['GLOBAL']);
    expect(marketCodes('')).toEqual([]);
    expect(marketCodes(undefined)).toEqual([]);
  });

  test('coversMarket: a figure for the US and Canada is in the US and in Canada, not in France', () => {
    expect(coversMarket('US CA', 'US')).toBe(true);
    expect(coversMarket('US CA', 'CA')).toBe(true);
    expect(coversMarket('US CA', 'FR')).toBe(false);
    expect(coversMarket('US', 'US')).toBe(true);
    expect(coversMarket(undefined, 'US')).toBe(false);
    // A code is matched whole: `US` is not inside `AU`/`USA`-like text.
    expect(coversMarket('AU', 'U')).toBe(false);
  });

  test('marketsOverlap: unstated overlaps anything; otherwise a shared country', () => {
    expect(marketsOverlap('US CA', 'US')).toBe(true);
    expect(marketsOverlap('US CA', 'GB')).toBe(false);
    expect(marketsOverlap(undefined, 'GB')).toBe(true);
    expect(marketsOverlap('FR', 'FR')).toBe(true);
    expect(marketsOverlap('FR', 'GB')).toBe(false);
  });
});
