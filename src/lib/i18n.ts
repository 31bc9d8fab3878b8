/**
 * The site's languages, one row each, and the helpers every page and island uses to route, pluralise and
 * format in a language. Nothing else in the code names a language: it reads this table. Adding a language
 * (README, "Adding a language") starts with a row here; every strings table is typed `Record<Locale, …>`,
 * so the type check then lists each table that still lacks the new language.
 */

export interface LanguageInfo {
  /** URL prefix of the language's pages: '' for the default language, else `/<code>` (`/fr/sectors/x/`). */
  prefix: string;
  /** BCP 47 tag for every Intl format (numbers, dates, plurals, lists, region and language names). */
  tag: string;
  /** Open Graph locale (`language_TERRITORY`). */
  ogLocale: string;
  /** The language's name in itself, for the language switch. */
  name: string;
  /** The benchmarks' default market on this language's pages (score tool), or undefined for every market. */
  market: string | undefined;
  /** Downloads (CSV) on this language's pages: what a spreadsheet set to this language opens without asking. */
  csv: { delimiter: ',' | ';'; decimal: '.' | ',' };
}

/** The default language (no URL prefix) comes first. */
export const LANGUAGES = {
  en: { prefix: '', tag: 'en-GB', ogLocale: 'en_GB', name: 'English', market: undefined, csv: { delimiter: ',', decimal: '.' } },
  fr: { prefix: '/fr', tag: 'fr-FR', ogLocale: 'fr_FR', name: 'Français', market: 'FR', csv: { delimiter: ';', decimal: ',' } },
} as const satisfies Record<string, LanguageInfo>;

export type Locale = keyof typeof LANGUAGES;

/** Every language, the default first. */
export const LOCALES = Object.keys(LANGUAGES) as Locale[];

/** The language of unprefixed paths. */
export const DEFAULT_LOCALE = 'en' satisfies Locale;

/** BCP 47 tag per language, for Intl formatting. */
export const LOCALE_TAGS = Object.fromEntries(LOCALES.map((l) => [l, LANGUAGES[l].tag])) as Record<Locale, string>;

/** The language of a `lang` attribute or tag (`fr`, `fr-FR`), or the default language. */
export function localeOf(code: string | null | undefined): Locale {
  const primary = (code ?? '').toLowerCase().split('-')[0] ?? '';
  return (LOCALES as string[]).includes(primary) ? (primary as Locale) : DEFAULT_LOCALE;
}

/** Path of a page in a locale: `localePath('fr', '/sectors/telecom/')` → `/fr/sectors/telecom/`. */
export function localePath(locale: Locale, path: string): string {
  const clean = path.startsWith('/') ? path : `/${path}`;
  return `${LANGUAGES[locale].prefix}${clean}`;
}

/** Which locale a URL path belongs to (by its prefix). */
export function localeFromPath(pathname: string): Locale {
  return LOCALES.find((l) => LANGUAGES[l].prefix && (pathname === LANGUAGES[l].prefix || pathname.startsWith(`${LANGUAGES[l].prefix}/`))) ?? DEFAULT_LOCALE;
}

/** A path without its language prefix: `/fr/x/` → `/x/`, `/fr` → `/`. */
export function unprefixedPath(pathname: string): string {
  const prefix = LANGUAGES[localeFromPath(pathname)].prefix;
  return pathname.slice(prefix.length) || '/';
}

/** The same page in another language: `switchLocalePath('/fr/x/', 'en')` → `/x/`. */
export function switchLocalePath(pathname: string, target: Locale): string {
  return localePath(target, unprefixedPath(pathname));
}

// ---------------------------------------------------------------------------------------------
// Plurals

/** The plural forms a strings table gives: `one` and `other` always; the rarer CLDR forms where a language has them. */
export type PluralForms<T> = { one: T; other: T } & Partial<Record<'zero' | 'two' | 'few' | 'many', T>>;

const pluralRules = new Map<Locale, Intl.PluralRules>();

/**
 * The CLDR plural category of a quantity in a language (`Intl.PluralRules`): French gives `one` for 0 to 1.9…
 * ("0,2 point", "1,5 point") and `other` from 2; English `one` for exactly 1 ("1 point", "0.2 points").
 * Give the number as it is shown (rounded), so the word agrees with the digits.
 */
export function pluralCategory(locale: Locale, count: number): Intl.LDMLPluralRule {
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(LANGUAGES[locale].tag)));
  return rules.select(count);
}

/**
 * A counted phrase from a table's plural forms: the form for `count`, its `{name}` slots filled
 * (`{ one: '{n} entreprise sur {total}', other: '{n} entreprises sur {total}' }` → "1 entreprise sur 43").
 */
export function countPhrase(locale: Locale, count: number, forms: PluralForms<string>, slots: Readonly<Record<string, string>>): string {
  return plural(locale, count, forms).replace(/\{(\w+)\}/g, (slot, name: string) => slots[name] ?? slot);
}

/** The form for a quantity; a category the table does not give (French `many`, for a million) falls back to `other`. */
export function plural<T>(locale: Locale, count: number, forms: PluralForms<T>): T {
  return forms[pluralCategory(locale, count)] ?? forms.other;
}
