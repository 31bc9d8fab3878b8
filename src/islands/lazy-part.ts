/**
 * An island part loaded on demand together with its words in the page's language: one lazy component per language,
 * whose chunk and words modules are fetched side by side (src/lib/lazy-strings.ts). The part then reads its words
 * with `stringsOf` and never suspends for them, so nothing it shows waits or flickers.
 */
import { type ComponentType, lazy, type LazyExoticComponent } from 'react';
import { type Locale, LOCALES } from '../lib/i18n.ts';
import type { StringsLoaders } from '../lib/lazy-strings.ts';

type LazyStrings = typeof import('../lib/lazy-strings.ts');

/** `tables` picks the part's tables from src/lib/lazy-strings.ts, itself loaded on demand (not in the page's first load). */
export function lazyWithStrings<P extends object>(
  load: () => Promise<{ default: ComponentType<P> }>,
  tables: (strings: LazyStrings) => readonly StringsLoaders<object>[],
): Record<Locale, LazyExoticComponent<ComponentType<P>>> {
  const byLocale = (locale: Locale) =>
    lazy(async () => {
      const part = load();
      const strings = await import('../lib/lazy-strings.ts');
      await Promise.all(tables(strings).map((table) => strings.loadStrings(table, locale)));
      return part;
    });
  return Object.fromEntries(LOCALES.map((locale) => [locale, byLocale(locale)])) as Record<Locale, LazyExoticComponent<ComponentType<P>>>;
}
