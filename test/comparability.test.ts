import { describe, expect, test } from 'vitest';
import { comparability } from '../src/lib/comparability.ts';

describe('comparability', () => {
  test('figures of one survey type and one market are comparable', () => {
    expect(comparability([
      { surveyType: 'competitive-benchmark', market: 'US' },
      { surveyType: 'competitive-benchmark', market: 'US' },
    ])).toEqual({ surveyTypes: [], markets: [], comparable: true });
  });
  test('names the survey types mixed, in the standard order', () => {
    expect(comparability([
      { surveyType: 'unknown', market: 'US' },
      { surveyType: 'competitive-benchmark', market: 'US' },
      { surveyType: 'unknown', market: 'US' },
    ])).toEqual({ surveyTypes: ['competitive-benchmark', 'unknown'], markets: [], comparable: false });
  });
  test('names the markets mixed, with “not stated” (null) last', () => {
    expect(comparability([
      { surveyType: 'unknown', market: 'US' },
      { surveyType: 'unknown', market: undefined },
      { surveyType: 'unknown', market: 'FR' },
    ])).toEqual({ surveyTypes: [], markets: ['FR', 'US', null], comparable: false });
  });
  test('an empty set is comparable', () => {
    expect(comparability([]).comparable).toBe(true);
  });
});
