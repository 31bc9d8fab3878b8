import { describe, expect, test } from 'vitest';
import { dateStamp, stampFor, UNDATED } from '../src/lib/survey-import/date-time.ts';

const at = (cell: string) => stampFor(dateStamp(cell), 'dmy');

describe('dateStamp', () => {
  test('year-first dates and times sort as time runs; the zone is ignored', () => {
    const cells = ['2023-12-31 23:59:59', '2024-01-01', '2024-01-01T00:00:01Z', '2024/01/01 12:30', '2024-01-01 1:00 PM', '2024-01-02 11:07:29 AM AST', '2024-02-29'];
    const stamps = cells.map(at);
    expect([...stamps].sort((a, b) => a - b)).toEqual(stamps);
    expect(new Set(stamps).size).toBe(cells.length);
    expect(at('2024-01-01 10:00:00+01:00')).toBe(at('2024-01-01 10:00:00'));
    // 12 AM is midnight, 12 PM noon.
    expect(at('2024-01-01 12:00 AM')).toBe(at('2024-01-01'));
    expect(at('2024-01-01 12:00 PM')).toBe(at('2024-01-01 12:00'));
  });

  test('day/month dates are stamped under both orders and flag what they settle', () => {
    const cell = dateStamp('03/02/2024 10:00')!;
    expect(cell.dmy).toBe(at('2024-02-03 10:00'));
    expect(cell.mdy).toBe(at('2024-03-02 10:00'));
    expect(cell.firstOver12 || cell.secondOver12).toBe(false);
    const settles = dateStamp('25/01/24')!;
    expect(settles).toMatchObject({ firstOver12: true, secondOver12: false, mdy: UNDATED });
    expect(settles.dmy).toBe(at('2024-01-25'));
    expect(dateStamp('01/25/2024')).toMatchObject({ secondOver12: true, dmy: UNDATED });
  });

  test('no date: blank, text, impossible days and times are undefined (undated)', () => {
    for (const cell of ['', '  ', 'yesterday', '2024-13-01', '2024-02-30', '31/31/2024', '2024-01-01 25:00', '2024-01-01 13:00 PM', '2024-01-01abc']) {
      expect(dateStamp(cell), cell).toBeUndefined();
    }
    expect(stampFor(undefined, 'mdy')).toBe(UNDATED);
  });
});
