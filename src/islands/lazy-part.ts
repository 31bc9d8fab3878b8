/**
 * An island part loaded on demand together with its words in the page's language: one lazy component per language,
 * whose chunk and words modules are fetched side by side (src/lib/lazy-strings.ts). The part then reads its words
 * with `stringsOf` and never suspends for them, so nothing it shows waits or flickers.
 */
import { type ComponentType, lazy, type LazyExoticComponent } from 'react';
import { type Locale, LOCALES } from '../lib/i18n.ts';
import { loadStrings, type StringsLoaders } from '../lib/lazy-strings.ts';

export function lazyWithStrings<P extends object>(
  load: () => Promise<{ default: ComponentType<P> }>,
  tables: readonly StringsLoaders<object>[],
): Record<Locale, LazyExoticComponent<ComponentType<P>>> {
  const byLocale = (locale: Locale) => lazy(async () => (await Promise.all([load(), ...tables.map((table) => loadStrings(table, locale))]))[0]);
  return Object.fromEntries(LOCALES.map((locale) => [locale, byLocale(locale)])) as Record<Locale, LazyExoticComponent<ComponentType<P>>>;
}
