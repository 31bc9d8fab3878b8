/** UI languages, their routes and the strings shared by pages and islands. */
export const LOCALES = ['en', 'fr'] as const;
export type Locale = (typeof LOCALES)[number];

/** BCP 47 tag used for number and date formatting. */
export const LOCALE_TAGS: Record<Locale, string> = { en: 'en-GB', fr: 'fr-FR' };

/** Path of a page in a locale: `localePath('fr', '/sectors/telecom/')` → `/fr/sectors/telecom/`. */
export function localePath(locale: Locale, path: string): string {
  const clean = path.startsWith('/') ? path : `/${path}`;
  return locale === 'en' ? clean : `/fr${clean === '/' ? '/' : clean}`;
}

/** The same page in the other language: strips or adds the `/fr` prefix. */
export function switchLocalePath(pathname: string, target: Locale): string {
  const base = pathname.replace(/^\/fr(?=\/|$)/, '') || '/';
  return localePath(target, base);
}

/** Which locale a URL path belongs to. */
export function localeFromPath(pathname: string): Locale {
  return /^\/fr(\/|$)/.test(pathname) ? 'fr' : 'en';
}
