/**
 * Reading the month of a response date, for the monthly trend.
 *
 * Year-first dates are read as written: `2024-03-05`, `2024-03-05 10:00:00`, `2024-03-05T10:00:00Z`,
 * `2024/03/05 11:07:29 AM AST` (Google Forms). The time and any time zone are ignored: the month is
 * the one the export shows.
 *
 * Day-or-month-first dates (`05/03/2024`, `5.3.24`, `05/03/2024 10:00:00`) are ambiguous one by one,
 * so the order is decided per file from every value: a first part above 12 anywhere means day/month;
 * a second part above 12 means month/day. When the whole file never says (no day above 12), a hint
 * from the file decides (French header or `;` → day/month; SurveyMonkey or Google Forms `Timestamp`
 * → month/day), and the result says which order was used.
 */
import type { DateOrder } from './types.ts';

export type DateCell = { kind: 'ymd'; year: number; month: number } | { kind: 'ambiguous'; first: number; second: number; year: number };

const YMD = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:$|[\sT,])/;
const XXY = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})(?:$|[\sT,])/;

/** Parse the date part of a cell; undefined when it is not a date we can read. */
export function parseDateCell(cell: string | undefined): DateCell | undefined {
  if (!cell) return undefined;
  const text = cell.trim();
  let match = YMD.exec(text);
  if (match) {
    const year = Number(match[1]);
    const month = Number(match[2]);
    const day = Number(match[3]);
    return month >= 1 && month <= 12 && day >= 1 && day <= 31 ? { kind: 'ymd', year, month } : undefined;
  }
  match = XXY.exec(text);
  if (match) {
    const first = Number(match[1]);
    const second = Number(match[2]);
    const rawYear = match[3] as string;
    const year = rawYear.length === 2 ? 2000 + Number(rawYear) : Number(rawYear);
    if (first < 1 || second < 1 || first > 31 || second > 31 || (first > 12 && second > 12)) return undefined;
    return { kind: 'ambiguous', first, second, year };
  }
  return undefined;
}

/**
 * Month number (year × 12 + month − 1) of a `YYYY-MM-…` cell, read from its character codes without a
 * regular expression or new strings: the common case of a big export. Undefined for any other shape.
 */
export function isoMonthIndex(text: string): number | undefined {
  if (text.length < 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return undefined;
  let year = 0;
  for (let i = 0; i < 4; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return undefined;
    year = year * 10 + digit;
  }
  const m1 = text.charCodeAt(5) - 48;
  const m2 = text.charCodeAt(6) - 48;
  const d1 = text.charCodeAt(8) - 48;
  const d2 = text.charCodeAt(9) - 48;
  if (m1 < 0 || m1 > 1 || m2 < 0 || m2 > 9 || d1 < 0 || d1 > 3 || d2 < 0 || d2 > 9) return undefined;
  const month = m1 * 10 + m2;
  const day = d1 * 10 + d2;
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  const next = text.charCodeAt(10);
  // End of text, or a separator before a time: space, T, tab, comma.
  if (text.length > 10 && next !== 32 && next !== 84 && next !== 9 && next !== 44) return undefined;
  return year * 12 + month - 1;
}

/** `YYYY-MM` of a month number from isoMonthIndex. */
export function monthOfIndex(index: number): string {
  return monthKey(Math.floor(index / 12), (index % 12) + 1);
}

/** `YYYY-MM` key. */
export function monthKey(year: number, month: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}

/**
 * The order of a file's day/month dates, from what its values showed:
 * `firstOver12` = some first part was above 12, `secondOver12` = some second part was.
 * When both happened (mixed formats), the side seen more often wins and the others become undated.
 */
export function decideDateOrder(firstOver12: number, secondOver12: number, hint: 'dmy' | 'mdy'): Exclude<DateOrder, 'ymd'> {
  if (firstOver12 > secondOver12) return 'dmy';
  if (secondOver12 > firstOver12) return 'mdy';
  return hint;
}
