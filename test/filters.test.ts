import { describe, expect, test } from 'vitest';
import {
  FILTER_GRADES,
  FILTER_SURVEY_TYPES,
  filterOptions,
  filtersToQuery,
  gradeAtLeast,
  hasNoFilters,
  matchesFilters,
  parseFilters,
  periodYears,
  type FilterableFigure,
} from '../src/lib/filters.ts';
import { GRADES, SURVEY_TYPES } from '../src/lib/schema.ts';

const figure = (over: Partial<FilterableFigure> = {}): FilterableFigure => ({
  market: 'FR',
  surveyType: 'competitive-benchmark',
  grade: 'A',
  period: '2017',
  ...over,
});

describe('enum lists', () => {
  test('restate the schema enums exactly', () => {
    expect(FILTER_GRADES).toEqual(GRADES);
    expect(FILTER_SURVEY_TYPES).toEqual(SURVEY_TYPES);
  });
});

describe('periodYears', () => {
  test('reads single dates and ranges', () => {
    expect(periodYears('2017')).toEqual([2017, 2017]);
    expect(periodYears('2017-06-30')).toEqual([2017, 2017]);
    expect(periodYears('2021-12-15/2022-01-15')).toEqual([2021, 2022]);
    expect(periodYears('2013/2014')).toEqual([2013, 2014]);
  });
  test('is undefined when no period is stated', () => {
    expect(periodYears(undefined)).toBeUndefined();
    expect(periodYears('')).toBeUndefined();
  });
});

describe('gradeAtLeast', () => {
  test('A is best, D worst', () => {
    expect(gradeAtLeast('A', 'B')).toBe(true);
    expect(gradeAtLeast('B', 'B')).toBe(true);
    expect(gradeAtLeast('C', 'B')).toBe(false);
    expect(gradeAtLeast('D', 'A')).toBe(false);
  });
});

describe('parseFilters', () => {
  test('reads every filter', () => {
    expect(parseFilters('?market=fr&type=self-reported&from=2015&to=2020&grade=b')).toEqual({
      filters: { market: 'FR', type: 'self-reported', from: 2015, to: 2020, grade: 'B' },
      ignored: [],
    });
  });
  test('ignores and names unknown or malformed values instead of throwing', () => {
    expect(parseFilters('market=France&type=nps&from=20x5&to=&grade=E&other=1')).toEqual({
      filters: {},
      ignored: ['market', 'type', 'from', 'grade'],
    });
  });
  test('swaps a reversed period', () => {
    expect(parseFilters('from=2020&to=2010').filters).toEqual({ from: 2010, to: 2020 });
  });
  test('accepts a URLSearchParams', () => {
    expect(parseFilters(new URLSearchParams({ market: 'GLOBAL' })).filters).toEqual({ market: 'GLOBAL' });
  });
});

describe('filtersToQuery', () => {
  test('is empty without filters', () => {
    expect(filtersToQuery({})).toBe('');
    expect(hasNoFilters({})).toBe(true);
  });
  test('writes keys in a fixed order and round-trips through parseFilters', () => {
    const filters = { grade: 'C', to: 2019, market: 'US', type: 'unknown', from: 2010 } as const;
    const query = filtersToQuery(filters);
    expect(query).toBe('?market=US&type=unknown&from=2010&to=2019&grade=C');
    expect(parseFilters(query).filters).toEqual(filters);
    expect(hasNoFilters(filters)).toBe(false);
  });
});

describe('matchesFilters', () => {
  test('no filter matches everything, including undated figures with no market', () => {
    expect(matchesFilters(figure({ market: undefined, period: undefined }), {})).toBe(true);
  });
  test('market and survey type must be equal', () => {
    expect(matchesFilters(figure(), { market: 'FR' })).toBe(true);
    expect(matchesFilters(figure(), { market: 'US' })).toBe(false);
    expect(matchesFilters(figure({ market: undefined }), { market: 'FR' })).toBe(false);
    expect(matchesFilters(figure(), { type: 'unknown' })).toBe(false);
    expect(matchesFilters(figure({ surveyType: 'unknown' }), { type: 'unknown' })).toBe(true);
  });
  test('a figure covering several countries passes a market filter on any of them', () => {
    expect(matchesFilters(figure({ market: 'US CA' }), { market: 'US' })).toBe(true);
    expect(matchesFilters(figure({ market: 'US CA' }), { market: 'CA' })).toBe(true);
    expect(matchesFilters(figure({ market: 'US CA' }), { market: 'FR' })).toBe(false);
  });
  test('minimum grade keeps that grade and better', () => {
    expect(matchesFilters(figure({ grade: 'B' }), { grade: 'B' })).toBe(true);
    expect(matchesFilters(figure({ grade: 'D' }), { grade: 'B' })).toBe(false);
  });
  test('a period matches when it overlaps the chosen years; undated figures never match a period filter', () => {
    const span = figure({ period: '2021-12-15/2022-01-15' });
    expect(matchesFilters(span, { from: 2022 })).toBe(true);
    expect(matchesFilters(span, { to: 2021 })).toBe(true);
    expect(matchesFilters(span, { from: 2023 })).toBe(false);
    expect(matchesFilters(span, { to: 2020 })).toBe(false);
    expect(matchesFilters(figure({ period: undefined }), { from: 2000 })).toBe(false);
  });
});

describe('filterOptions', () => {
  test('lists the markets, types and years present', () => {
    const options = filterOptions([
      figure({ market: 'US', surveyType: 'unknown', period: '2013/2014' }),
      figure({ market: 'FR', period: '2016' }),
      figure({ market: undefined, surveyType: 'self-reported', period: undefined }),
    ]);
    expect(options).toEqual({
      markets: ['FR', 'US'],
      types: ['competitive-benchmark', 'self-reported', 'unknown'],
      years: [2013, 2014, 2015, 2016],
    });
  });
  test('offers each country of a market of several once', () => {
    expect(filterOptions([figure({ market: 'US CA' }), figure({ market: 'US' })]).markets).toEqual(['CA', 'US']);
  });
  test('has no years when nothing is dated', () => {
    expect(filterOptions([figure({ period: undefined })]).years).toEqual([]);
  });
});
