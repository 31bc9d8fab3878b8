import { describe, expect, test } from 'vitest';
import { keepLatestPerRespondent, LatestAnswers, respondentKey } from '../src/lib/dedupe-respondents.ts';
import { dateStamp } from '../src/lib/survey-import/date-time.ts';

describe('keepLatestPerRespondent', () => {
  test('latest by date, else the last row; ids match without case or spaces; rows without an id are kept', () => {
    const result = keepLatestPerRespondent([
      { id: 'a', date: '2024-01-05' },
      { id: 'b' },
      { id: 'A ', date: '2024-03-01' },
      { id: 'a', date: '2024-02-01' },
      { id: '' },
      { id: 'b' },
    ]);
    expect(result).toEqual({ kept: [2, 4, 5], repeats: 3, before: 6, after: 3, blankIds: 1 });
  });

  test('a single respondent repeated keeps one answer', () => {
    expect(keepLatestPerRespondent([{ id: 'x' }, { id: 'x' }, { id: 'x' }])).toEqual({ kept: [2], repeats: 2, before: 3, after: 1, blankIds: 0 });
    expect(
      keepLatestPerRespondent([
        { id: 'x', date: '2024-05-01' },
        { id: 'x', date: '2024-01-01' },
      ]).kept,
    ).toEqual([0]);
    // Equal dates: the last row; a dated answer beats an undated one, in either order.
    expect(
      keepLatestPerRespondent([
        { id: 'x', date: '2024-05-01' },
        { id: 'x', date: '2024-05-01' },
      ]).kept,
    ).toEqual([1]);
    expect(keepLatestPerRespondent([{ id: 'x', date: '2024-01-01' }, { id: 'x' }]).kept).toEqual([0]);
    expect(keepLatestPerRespondent([{ id: 'x' }, { id: 'x', date: '2024-01-01' }]).kept).toEqual([1]);
  });

  test('no repeats: everything kept; empty input', () => {
    expect(keepLatestPerRespondent([{ id: '1' }, { id: '2' }])).toEqual({ kept: [0, 1], repeats: 0, before: 2, after: 2, blankIds: 0 });
    expect(keepLatestPerRespondent([])).toEqual({ kept: [], repeats: 0, before: 0, after: 0, blankIds: 0 });
  });
});

describe('dates are read, not compared as text', () => {
  test('day/month dates: the order the rows settle on decides (text order would keep 10/01)', () => {
    // 25/01 settles day first: 10/01 is 10 January, 09/02 is 9 February (latest).
    const rows = [
      { id: 'a', date: '10/01/2024' },
      { id: 'b', date: '25/01/2024' },
      { id: 'a', date: '09/02/2024' },
    ];
    expect(keepLatestPerRespondent(rows).kept).toEqual([1, 2]);
    // Read month first (a file whose dates say so), 10/01 is 1 October, later than 2 September.
    const mdy = [
      { id: 'a', date: '10/01/2024' },
      { id: 'b', date: '01/25/2024' },
      { id: 'a', date: '09/02/2024' },
    ];
    expect(keepLatestPerRespondent(mdy).kept).toEqual([0, 1]);
  });

  test('mixed ISO shapes and times: 2024-3-5 is before 2024-03-10; the time breaks a same-day tie', () => {
    expect(
      keepLatestPerRespondent([
        { id: 'x', date: '2024-03-10' },
        { id: 'x', date: '2024-3-5' },
      ]).kept,
    ).toEqual([0]);
    expect(
      keepLatestPerRespondent([
        { id: 'x', date: '2024-03-05 18:00' },
        { id: 'x', date: '2024-03-05 09:00' },
      ]).kept,
    ).toEqual([0]);
    // An unreadable date counts as undated: the dated answer wins.
    expect(
      keepLatestPerRespondent([
        { id: 'x', date: '2024-03-05' },
        { id: 'x', date: 'last week' },
      ]).kept,
    ).toEqual([0]);
  });
});

describe('LatestAnswers (streaming)', () => {
  test('counts, winners under each date order, and the order the dates settle on', () => {
    const latest = new LatestAnswers();
    latest.offer('K1', 2, dateStamp('03/02/2024'));
    latest.offer(' k1', 3, dateStamp('02/03/2024'));
    latest.offer('', 4, dateStamp('13/01/2024'));
    latest.offer('K2', 5);
    expect([latest.answers, latest.blankIds, latest.distinct, latest.repeats]).toEqual([4, 1, 2, 1]);
    expect(latest.dateOrder('mdy')).toBe('dmy');
    expect(latest.winners('dmy')).toEqual(
      new Map([
        ['k1', 3],
        ['k2', 5],
      ]),
    );
    expect(latest.winners('mdy')).toEqual(
      new Map([
        ['k1', 2],
        ['k2', 5],
      ]),
    );
    expect(respondentKey('  Ann@X.com ')).toBe('ann@x.com');
  });
});

test('an id longer than 200 characters is not an id: kept like a blank one', () => {
  const long = 'x'.repeat(201);
  expect(keepLatestPerRespondent([{ id: long }, { id: long }])).toMatchObject({ kept: [0, 1], repeats: 0, blankIds: 2 });
  expect(respondentKey('y'.repeat(200))).toHaveLength(200);
});
