import { describe, expect, test } from 'vitest';
import { metricModeStrings } from '../src/lib/metric-mode-strings.ts';
import { editList, emptyMetricParams, isMetricMode, readMetricParams, validateMetricParams, writeMetricParams } from '../src/lib/metric-modes.ts';

describe('readMetricParams / writeMetricParams', () => {
  test('a two-wave link reads into the fields and writes back the same', () => {
    const params = readMetricParams('?mode=change&a=1500,900,600&b=1380,960,660&detect=3');
    expect(params.a).toEqual(['1500', '900', '600']);
    expect(params.b).toEqual(['1380', '960', '660']);
    expect(params.detect).toBe('3');
    expect(writeMetricParams('change', params)).toBe('a=1500,900,600&b=1380,960,660&detect=3');
  });

  test('CSAT and CES links; five CES counts are the 1–5 scale; other modes’ fields are not written', () => {
    const params = readMetricParams('csat=5,10,20,40,25&ces=0,1,1,0,0');
    expect(params.csat).toEqual(['5', '10', '20', '40', '25']);
    expect(params.ces).toHaveLength(5);
    expect(readMetricParams('').ces).toHaveLength(7);
    expect(readMetricParams('ces=1,2').ces).toEqual(['1', '2']);
    expect(writeMetricParams('csat', params)).toBe('csat=5,10,20,40,25');
    expect(writeMetricParams('ces', params)).toBe('ces=0,1,1,0,0');
    expect(writeMetricParams('change', emptyMetricParams())).toBe('');
  });

  test('typing into a wrong-length list gives a list of the input’s length', () => {
    expect(editList(['1', '2', '3', '4'], 3, 1, '9')).toEqual(['1', '9', '3']);
    expect(editList(['1'], 3, 2, '5')).toEqual(['1', '', '5']);
  });

  test('isMetricMode', () => {
    expect(isMetricMode('change')).toBe(true);
    expect(isMetricMode('counts')).toBe(false);
  });
});

describe('validateMetricParams', () => {
  test('valid waves give counts in promoters, passives, detractors order and the default change to detect', () => {
    const { input, errors } = validateMetricParams('change', readMetricParams('a=60,25,15&b=50,30,20'));
    expect(errors).toEqual([]);
    expect(input).toEqual({ kind: 'change', a: { promoters: 60, passives: 25, detractors: 15 }, b: { promoters: 50, passives: 30, detractors: 20 }, detect: 5 });
  });

  test('nothing typed: no input and no error', () => {
    expect(validateMetricParams('change', emptyMetricParams())).toEqual({ input: null, errors: [] });
    expect(validateMetricParams('csat', emptyMetricParams())).toEqual({ input: null, errors: [] });
  });

  test('one wave missing or all zero is an error on that wave', () => {
    expect(validateMetricParams('change', readMetricParams('a=10,5,3')).errors).toEqual([{ field: 'b', code: 'empty' }]);
    expect(validateMetricParams('change', readMetricParams('a=0,0,0&b=1,2,3')).errors).toEqual([{ field: 'a', code: 'empty' }]);
  });

  test('bad entries are reported one by one, with the entry, all at once', () => {
    const { input, errors } = validateMetricParams('change', readMetricParams('a=1.5,x,-2&b=1,2,3,4&detect=0'));
    expect(input).toBeNull();
    expect(errors).toEqual([
      { field: 'a', code: 'not-integer', index: 0 },
      { field: 'a', code: 'not-a-number', index: 1 },
      { field: 'a', code: 'negative', index: 2 },
      { field: 'b', code: 'wrong-length', count: 4 },
      { field: 'detect', code: 'out-of-range' },
    ]);
    const en = metricModeStrings.en;
    expect(en.error(errors[3]!, 3)).toBe('The link has 4 counts; 3 are needed.');
    expect(metricModeStrings.fr.error(errors[3]!, 3)).toBe('Le lien contient 4 effectifs\u00a0; il en faut 3.');
  });

  test('CSAT needs 5 counts, CES 7 or 5', () => {
    expect(validateMetricParams('csat', readMetricParams('csat=1,2,3,4,5')).input).toEqual({ kind: 'csat', counts: [1, 2, 3, 4, 5] });
    expect(validateMetricParams('csat', readMetricParams('csat=1,2,3,4,5,6')).errors).toEqual([{ field: 'csat', code: 'wrong-length', count: 6 }]);
    expect(validateMetricParams('ces', readMetricParams('ces=1,2,3,4,5,6')).errors).toEqual([{ field: 'ces', code: 'wrong-length', count: 6 }]);
    // Too short a list is not padded with zeros: a=10,5 is refused, not read as 0 detractors.
    expect(validateMetricParams('change', readMetricParams('a=10,5&b=1,1,1')).errors).toEqual([{ field: 'a', code: 'wrong-length', count: 2 }]);
    expect(metricModeStrings.en.error({ field: 'ces', code: 'wrong-length', count: 6 }, 7)).toBe('The link has 6 counts; a CES needs 7 (answers 1 to 7) or 5 (answers 1 to 5).');
    expect(validateMetricParams('ces', readMetricParams('ces=2,3,5,10,20,7,3')).input).toEqual({ kind: 'ces', counts: [2, 3, 5, 10, 20, 7, 3] });
    expect(validateMetricParams('ces', readMetricParams('ces=0,0,0,0,0')).errors).toEqual([{ field: 'ces', code: 'empty' }]);
  });
});
