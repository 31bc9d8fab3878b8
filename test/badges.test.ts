import { describe, expect, test } from 'vitest';
import { figureBadges } from '../src/lib/badges.ts';

describe('figureBadges', () => {
  test('a plain exact benchmark figure has none', () => {
    expect(figureBadges({ relation: 'exact', surveyType: 'competitive-benchmark', secondHand: false, conflicting: false })).toEqual([]);
  });
  test('flags every reason, in a fixed order', () => {
    expect(figureBadges({ relation: 'below', surveyType: 'self-reported', secondHand: true, conflicting: true })).toEqual(['conflict', 'secondHand', 'bound', 'selfReported']);
    expect(figureBadges({ relation: 'about', surveyType: 'inferred', secondHand: false, conflicting: false })).toEqual(['approximate', 'inferred']);
    expect(figureBadges({ relation: 'at-least', surveyType: 'unknown', secondHand: false, conflicting: false })).toEqual(['bound']);
  });
  test('a repeat of another row and a business figure are flagged', () => {
    expect(figureBadges({ relation: 'exact', surveyType: 'unknown', secondHand: true, conflicting: false, restatement: true, business: true })).toEqual([
      'repeat',
      'secondHand',
      'business',
    ]);
  });
});
