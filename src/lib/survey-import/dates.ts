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

export type DateCell =
  | { kind: 'ymd'; year: number; month: number }
  | { kind: 'ambiguous'; first: number; second: number; year: number };

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
