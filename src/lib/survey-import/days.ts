/**
 * Days of response dates, for comparing two date ranges the user picks. A day is kept as the number
 * year × 10 000 + month × 100 + day (sorts like the date) and shown as `YYYY-MM-DD`, as written in the file.
 */

/** Day number of a year, month (1–12) and day (1–31). */
export const dayNumber = (year: number, month: number, day: number): number => year * 10_000 + month * 100 + day;

/** Day number of a `YYYY-MM-DD…` cell whose month number isoMonthIndex (dates.ts) already read. */
export function isoDayNumber(text: string, monthIndex: number): number {
  const day = (text.charCodeAt(8) - 48) * 10 + (text.charCodeAt(9) - 48);
  return dayNumber(Math.floor(monthIndex / 12), (monthIndex % 12) + 1, day);
}

const YMD_DAY = /^\d{4}[-/.]\d{1,2}[-/.](\d{1,2})/;

/** Day of the month of a year-first cell that parseDateCell read as `ymd` (its third part). */
export function ymdDayOfMonth(text: string): number {
  return Number(YMD_DAY.exec(text.trim())?.[1] ?? 0);
}

/** `YYYY-MM-DD` of a day number. */
export function dayText(day: number): string {
  const year = Math.floor(day / 10_000);
  const month = Math.floor(day / 100) % 100;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day % 100).padStart(2, '0')}`;
}
