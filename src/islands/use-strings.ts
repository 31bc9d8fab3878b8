/**
 * An island part's words in its page's language (src/lib/lazy-strings.ts). Every table asked for starts loading at
 * once (one small module each, fetched side by side); the part suspends until all have arrived, then gets them at
 * once on every render. A part that loads on demand asks at its top for every table its children read, so no
 * child suspends after the part has shown.
 */
import { use } from 'react';
import type { Locale } from '../lib/i18n.ts';
import { loadStrings, type StringsLoaders } from '../lib/lazy-strings.ts';

type WordsOf<T> = { [K in keyof T]: T[K] extends StringsLoaders<infer Words> ? Words : never };

export function useStrings<T extends readonly StringsLoaders<object>[]>(locale: Locale, ...tables: T): WordsOf<T> {
  const loads = tables.map((table) => loadStrings(table, locale));
  // Words already loaded are returned as they are; use() only waits for the others. Handing use() a settled
  // promise is not free: under React's act() (unit tests) any use() marks the render as waiting on data, and a
  // lazy child still loading then leaves the render unfinished until the test yields.
  return loads.map((load) => (load.status === 'fulfilled' ? load.value : use(load as Promise<object>))) as WordsOf<T>;
}
