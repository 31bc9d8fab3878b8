/**
 * Display formatting of numbers, periods, markets and lists in a language (tags from src/lib/i18n.ts). Figures
 * reach here unrounded and are shown to at most one decimal; other modules that show numbers (p-values,
 * margins) round to their own precision through `formatNumber`.
 */
import { type Locale, LOCALE_TAGS, plural, type PluralForms } from './i18n.ts';
import { marketCodes } from './markets.ts';
import type { Relation } from './schema.ts';

const MINUS = '\u2212';

// Intl formatters are costly to create (tens of microseconds each) and the pages format hundreds of numbers: one
// per language and options, created on first use.
const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(LOCALE_TAGS[locale], options)));
  return format;
}
const regionNames = new Map<Locale, Intl.DisplayNames>();

/** An NPS as published, with its sign: `+29`, `−7`, `28.4` stays `+28.4` (never rounded away). */
export function formatNps(value: number, locale: Locale, maximumFractionDigits = 1): string {
  if (!Number.isFinite(value)) return '–';
  const text = numberFormat(locale, { maximumFractionDigits }).format(Math.abs(value));
  if (text === '0' || value === 0) return '0';
  return `${value < 0 ? MINUS : '+'}${text}`;
}

/** A figure with its relation: `below +50`, `about +50`, `+29`. */
export function formatFigure(relation: Relation, value: number, locale: Locale, words: Record<Relation, string>): string {
  const number = formatNps(value, locale);
  return relation === 'exact' ? number : `${words[relation]} ${number}`;
}

/** A whole number with locale grouping: `10,000` / `10 000`. */
export function formatCount(value: number, locale: Locale): string {
  return numberFormat(locale, { maximumFractionDigits: 0 }).format(value);
}

/** A plain number in the language's digits, to at most `maximumFractionDigits` decimals: `6.4` / `6,4`. */
export function formatNumber(value: number, locale: Locale, maximumFractionDigits = 1): string {
  return numberFormat(locale, { maximumFractionDigits }).format(value);
}

/** A p-value to three decimals, and `< 0.001` below that (a p-value is never shown as 0). */
export function formatPValue(p: number, locale: Locale): string {
  return p < 0.001 ? `< ${formatNumber(0.001, locale, 3)}` : formatNumber(p, locale, 3);
}

/**
 * A quantity with its unit word, the word agreeing with the number as shown (`Intl.PluralRules`): `6.4 points`,
 * `1 point`, `0.2 points`; in French `6,4 points`, `1,5 point`, `0,2 point` (singular below 2). No-break space between.
 */
export function formatQuantity(value: number, locale: Locale, unit: PluralForms<string>, maximumFractionDigits = 1): string {
  const scale = 10 ** maximumFractionDigits;
  const shown = Math.round(value * scale) / scale;
  return `${formatNumber(value, locale, maximumFractionDigits)}\u00a0${plural(locale, Math.abs(shown), unit)}`;
}

/** A file size in bytes, KB, MB or GB (1024-based), one decimal above bytes: `2.5 MB` / `2,5 Mo`. */
export function formatBytes(bytes: number, locale: Locale, units: readonly [string, string, string, string]): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${formatNumber(value, locale, unit === 0 ? 0 : 1)}\u00a0${units[unit]}`;
}

/** A long date in the language (`1 December 2026` / `1 décembre 2026`). */
export function formatLongDate(date: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(LOCALE_TAGS[locale], { dateStyle: 'long' }).format(date);
}

/** A language's name in another language: `en` on a French page → `anglais`; unknown codes stay as they are. */
export function formatLanguageName(code: string, locale: Locale): string {
  try {
    return new Intl.DisplayNames([LOCALE_TAGS[locale]], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** A percentage share: `45.2 %` in French, `45.2%` in English. */
export function formatPercent(value: number, locale: Locale, maximumFractionDigits = 1): string {
  return numberFormat(locale, { style: 'percent', maximumFractionDigits }).format(value / 100);
}

/** A partial date or range for display: `2021-12/2022-01` → `Dec 2021 – Jan 2022` / `déc. 2021 – janv. 2022`. */
export function formatPeriod(period: string, locale: Locale): string {
  return period
    .split('/')
    .map((part) => formatPartialDate(part, locale))
    .join(' – ');
}

/** `2017` → `2017`; `2017-06` → `Jun 2017`; `2017-06-30` → `30 Jun 2017`. */
export function formatPartialDate(partial: string, locale: Locale): string {
  const [year, month, day] = partial.split('-').map(Number) as [number, number?, number?];
  if (month === undefined) return String(year);
  // setUTCFullYear, not Date.UTC: Date.UTC reads years 0–99 as 1900–1999 (0024 would show as 1924).
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day ?? 1);
  const options: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'short', timeZone: 'UTC', ...(day ? { day: 'numeric' } : {}) };
  // Intl writes year 24 as "24": keep the four digits the data has.
  return new Intl.DateTimeFormat(LOCALE_TAGS[locale], options)
    .formatToParts(date)
    .map((part) => (part.type === 'year' ? String(year).padStart(4, '0') : part.value))
    .join('');
}

/** The year a period ends in, for sorting and chart labels; undefined when not stated. */
export function periodYear(period: string | undefined): number | undefined {
  if (!period) return undefined;
  const end = period.split('/').at(-1) ?? period;
  return Number(end.slice(0, 4));
}

/**
 * A market's name: `FR` → `France`; `GLOBAL` and `EU` and a missing market use the given words. A market of
 * several countries names each, in the order written: `US CA` → `United States, Canada` / `États-Unis, Canada`.
 */
export function formatMarket(market: string | undefined, locale: Locale, words: { GLOBAL: string; EU: string; notStated: string }): string {
  const codes = marketCodes(market);
  if (codes.length === 0) return words.notStated;
  const name = (code: string) => {
    if (code === 'GLOBAL' || code === 'EU') return words[code];
    try {
      let names = regionNames.get(locale);
      if (!names) regionNames.set(locale, (names = new Intl.DisplayNames([LOCALE_TAGS[locale]], { type: 'region' })));
      return names.of(code) ?? code;
    } catch {
      return code;
    }
  };
  return codes.map(name).join(', ');
}

/** A list in words: `A, B and C` / `A, B et C`. */
export function formatList(items: readonly string[], locale: Locale): string {
  return new Intl.ListFormat(LOCALE_TAGS[locale], { style: 'long', type: 'conjunction' }).format(items);
}

/** When a figure was measured, for tables: `c. Dec 2021 – Jan 2022`, or the "not stated" word. */
export function formatWhen(period: string | undefined, approximate: boolean, locale: Locale, words: { circa: string; notStated: string }): string {
  if (!period) return words.notStated;
  return `${approximate ? `${words.circa} ` : ''}${formatPeriod(period, locale)}`;
}

/** The year(s) of a figure, for chart labels: `2017`, `2013–2014`, `c. 2017`, or the "undated" word. */
export function formatYears(period: string | undefined, approximate: boolean, words: { circa: string; undated: string }): string {
  if (!period) return words.undated;
  const [start = '', end = start] = period.split('/');
  const first = start.slice(0, 4);
  const last = end.slice(0, 4);
  const years = first === last ? first : `${first}–${last}`;
  return approximate ? `${words.circa} ${years}` : years;
}
