/**
 * A response's date and time as one sortable number, to find a respondent's latest answer.
 *
 * Reads what dates.ts reads (`2024-03-05`, `2024/03/05`, `05/03/2024`, `5.3.24`) plus an optional time
 * (`10:04`, `10:04:01`, `10:04:01.250`, `11:07:29 AM`). The time zone, when written, is ignored: times are
 * compared as the export writes them (one export writes one zone). A day-or-month-first date is stamped
 * under both orders, since the file decides the order only once every date has been seen.
 */
import type { DateOrder } from './types.ts';

/** Sortable stamps of one cell under each reading of day/month dates (equal when the date is year-first). */
export interface DateStamp {
  /** Stamp when day/month dates are read day first; UNDATED when that reading is not a date (a month above 12). */
  dmy: number;
  mdy: number;
  /** The cell itself settles the order: a first part above 12 (day first) or a second part above 12 (month first). */
  firstOver12: boolean;
  secondOver12: boolean;
}

/** The stamp of a cell that has no readable date: below every date, so any dated answer is later. */
export const UNDATED = -1;

const YMD = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(.*)$/s;
const XXY = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})(.*)$/s;
const TIME = /^(?:[T\s,]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(?:([ap])\.?\s?m\.?)?)?(?:$|[\sZz+-])/i;

const daysIn = (month: number) => (month === 2 ? 29 : [4, 6, 9, 11].includes(month) ? 30 : 31);

/** Stamp of a valid calendar date and time; UNDATED when the day or month is out of range. */
function stamp(year: number, month: number, day: number, seconds: number): number {
  if (month < 1 || month > 12 || day < 1 || day > daysIn(month)) return UNDATED;
  return ((year * 13 + month) * 32 + day) * 86_400 + seconds;
}

/** Seconds since midnight of the text after the date, or undefined when it is not a time we read. */
function timeOf(rest: string): number | undefined {
  const match = TIME.exec(rest);
  if (!match) return undefined;
  if (match[1] === undefined) return 0;
  let hours = Number(match[1]);
  const minutes = Number(match[2]);
  const seconds = match[3] === undefined ? 0 : Number(match[3]);
  const half = match[4]?.toLowerCase();
  if (half) {
    if (hours < 1 || hours > 12) return undefined;
    hours = (hours % 12) + (half === 'p' ? 12 : 0);
  }
  if (hours > 23 || minutes > 59 || seconds > 59) return undefined;
  return hours * 3600 + minutes * 60 + seconds;
}

/** Stamp a date cell; undefined when it holds no date we read (then the answer counts as undated). */
export function dateStamp(cell: string | undefined): DateStamp | undefined {
  if (!cell) return undefined;
  const text = cell.trim();
  let match = YMD.exec(text);
  if (match) {
    const time = timeOf(match[4] as string);
    if (time === undefined) return undefined;
    const value = stamp(Number(match[1]), Number(match[2]), Number(match[3]), time);
    return value === UNDATED ? undefined : { dmy: value, mdy: value, firstOver12: false, secondOver12: false };
  }
  match = XXY.exec(text);
  if (!match) return undefined;
  const time = timeOf(match[4] as string);
  if (time === undefined) return undefined;
  const first = Number(match[1]);
  const second = Number(match[2]);
  const rawYear = match[3] as string;
  const year = rawYear.length === 2 ? 2000 + Number(rawYear) : Number(rawYear);
  const dmy = stamp(year, second, first, time);
  const mdy = stamp(year, first, second, time);
  if (dmy === UNDATED && mdy === UNDATED) return undefined;
  return { dmy, mdy, firstOver12: first > 12, secondOver12: second > 12 };
}

/** The stamp under the order the file uses (`ymd` files have equal stamps either way). */
export function stampFor(date: DateStamp | undefined, order: DateOrder): number {
  if (!date) return UNDATED;
  return order === 'mdy' ? date.mdy : date.dmy;
}
