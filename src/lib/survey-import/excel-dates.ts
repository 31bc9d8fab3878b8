/**
 * Excel stores a date as a number (a "serial": days since an epoch, the time as the fraction) and only its
 * number format says it is a date. These turn such a serial into the ISO text the import reads
 * (`2024-03-05`, or `2024-03-05 14:30:00` with a time), in either date system:
 *
 * - 1900 system (the default): serial 1 is 1900-01-01. Excel keeps Lotus 1-2-3's phantom 29 February 1900
 *   (serial 60), so from serial 61 on, day 0 is 1899-12-30; below 60 it is 1899-12-31.
 * - 1904 system (`<workbookPr date1904="1"/>`, old Mac Excel): serial 0 is 1904-01-01.
 *
 * Which number formats are dates: the built-in ids Excel uses for dates and times, and any custom format code
 * with a day, month, year, hour or second part outside quoted text, escapes and [colour] sections.
 */

/** Built-in number formats that show a date or a time (ECMA-376 §18.8.30, plus the East Asian date ids). */
const BUILTIN_DATE_IDS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

/** True when a cell with this number format shows a date or time. */
export function isDateFormat(numFmtId: number, formatCode?: string): boolean {
  if (formatCode !== undefined) return isDateFormatCode(formatCode);
  return BUILTIN_DATE_IDS.has(numFmtId);
}

/** A custom format code that shows a date or time (`yyyy-mm-dd`, `dd/mm/yyyy hh:mm`, `[$-40C]d mmmm yyyy`). */
export function isDateFormatCode(code: string): boolean {
  // Only the first section (positive numbers) decides.
  const stripped = code
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/_./g, '')
    .replace(/\*./g, '');
  const first = stripped.split(';')[0] ?? '';
  // [h], [mm], [ss] are elapsed times (durations), not dates; other brackets are colours, locales, conditions.
  if (/\[(h+|m+|s+)\]/i.test(first)) return false;
  const bare = first.replace(/\[[^\]]*\]/g, '').replace(/general/gi, '');
  return /[dmyhs]/i.test(bare);
}

const DAY_MS = 86_400_000;
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1900_EARLY = Date.UTC(1899, 11, 31);
const EPOCH_1904 = Date.UTC(1904, 0, 1);

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/**
 * ISO text of a date serial: `YYYY-MM-DD`, with ` HH:MM:SS` when it has a time of day. Undefined for a serial
 * Excel cannot show as a date (negative, or past 9999-12-31).
 */
export function serialToIso(serial: number, date1904: boolean): string | undefined {
  if (!Number.isFinite(serial) || serial < 0) return undefined;
  // Round to the second, as Excel displays it.
  const seconds = Math.round(serial * 86_400);
  const days = Math.floor(seconds / 86_400);
  const time = seconds - days * 86_400;
  let date: string;
  if (!date1904 && days === 60) date = '1900-02-29';
  else if (!date1904 && days === 0) date = '1900-01-00';
  else {
    const epoch = date1904 ? EPOCH_1904 : days < 60 ? EPOCH_1900_EARLY : EPOCH_1900;
    const moment = new Date(epoch + days * DAY_MS);
    const year = moment.getUTCFullYear();
    if (year > 9999) return undefined;
    date = `${pad(year, 4)}-${pad(moment.getUTCMonth() + 1)}-${pad(moment.getUTCDate())}`;
  }
  if (time === 0) return date;
  return `${date} ${pad(Math.floor(time / 3600))}:${pad(Math.floor(time / 60) % 60)}:${pad(time % 60)}`;
}
