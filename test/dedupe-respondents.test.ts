import { describe, expect, test } from 'vitest';
import { keepLatestPerRespondent } from '../src/lib/dedupe-respondents.ts';

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
    expect(result).toEqual({ kept: [2, 4, 5], repeats: 3, before: 6, after: 3 });
  });

  test('a single respondent repeated keeps one answer', () => {
    expect(keepLatestPerRespondent([{ id: 'x' }, { id: 'x' }, { id: 'x' }])).toEqual({ kept: [2], repeats: 2, before: 3, after: 1 });
    expect(keepLatestPerRespondent([{ id: 'x', date: '2024-05-01' }, { id: 'x', date: '2024-01-01' }]).kept).toEqual([0]);
    // Equal dates: the last row; a dated answer beats an undated one, in either order.
    expect(keepLatestPerRespondent([{ id: 'x', date: '2024-05-01' }, { id: 'x', date: '2024-05-01' }]).kept).toEqual([1]);
    expect(keepLatestPerRespondent([{ id: 'x', date: '2024-01-01' }, { id: 'x' }]).kept).toEqual([0]);
    expect(keepLatestPerRespondent([{ id: 'x' }, { id: 'x', date: '2024-01-01' }]).kept).toEqual([1]);
  });

  test('no repeats: everything kept; empty input', () => {
    expect(keepLatestPerRespondent([{ id: '1' }, { id: '2' }])).toEqual({ kept: [0, 1], repeats: 0, before: 2, after: 2 });
    expect(keepLatestPerRespondent([])).toEqual({ kept: [], repeats: 0, before: 0, after: 0 });
  });
});
