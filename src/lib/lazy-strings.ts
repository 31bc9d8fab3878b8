/**
 * Browser code loads one language's words on demand: each table below maps a language to its own module, so a
 * page never downloads another language's strings (pages and tests use the all-language tables instead). The
 * tables are typed `Record<Locale, …>`: a language added to src/lib/i18n.ts without its modules fails the type check.
 * An island part loads with its words (src/islands/lazy-part.ts) and reads them with `stringsOf`, without suspending.
 */
import type { ChartKitStrings } from './chart-kit/strings.ts';
import type { Locale } from './i18n.ts';
import type { MetricModeStrings } from './metric-mode-strings.ts';
import type { InsightStrings } from './survey-import/insight-strings.ts';
import type { ImportStrings } from './survey-import/strings.ts';
import type { WorkbenchStrings } from './survey-import/workbench-strings.ts';

export type StringsLoaders<T> = Readonly<Record<Locale, () => Promise<T>>>;

export const CHART_KIT_STRINGS: StringsLoaders<ChartKitStrings> = {
  en: () => import('./chart-kit/strings-en.ts').then((m) => m.chartKitStringsEn),
  fr: () => import('./chart-kit/strings-fr.ts').then((m) => m.chartKitStringsFr),
};

export const IMPORT_STRINGS: StringsLoaders<ImportStrings> = {
  en: () => import('./survey-import/strings-en.ts').then((m) => m.importStringsEn),
  fr: () => import('./survey-import/strings-fr.ts').then((m) => m.importStringsFr),
};

export const WORKBENCH_STRINGS: StringsLoaders<WorkbenchStrings> = {
  en: () => import('./survey-import/workbench-strings-en.ts').then((m) => m.workbenchStringsEn),
  fr: () => import('./survey-import/workbench-strings-fr.ts').then((m) => m.workbenchStringsFr),
};

export const INSIGHT_STRINGS: StringsLoaders<InsightStrings> = {
  en: () => import('./survey-import/insight-strings-en.ts').then((m) => m.insightStringsEn),
  fr: () => import('./survey-import/insight-strings-fr.ts').then((m) => m.insightStringsFr),
};

export const METRIC_MODE_STRINGS: StringsLoaders<MetricModeStrings> = {
  en: () => import('./metric-mode-strings-en.ts').then((m) => m.metricModeStringsEn),
  fr: () => import('./metric-mode-strings-fr.ts').then((m) => m.metricModeStringsFr),
};

/** Every table of loaders, for tests (each language's module, once, matches the all-language table). */
export const ALL_STRINGS_LOADERS: readonly StringsLoaders<object>[] = [CHART_KIT_STRINGS, IMPORT_STRINGS, WORKBENCH_STRINGS, INSIGHT_STRINGS, METRIC_MODE_STRINGS];

/** A load in progress or done; once done it carries `status: 'fulfilled'` and `value`, read by `stringsOf`. */
export type StringsLoad<T> = Promise<T> & { status?: 'fulfilled'; value?: T };

const loads = new WeakMap<object, Map<Locale, StringsLoad<unknown>>>();

/** Load a language's words once per page: later calls get the same promise, marked fulfilled once it is. */
export function loadStrings<T>(loaders: StringsLoaders<T>, locale: Locale): StringsLoad<T> {
  let byLocale = loads.get(loaders);
  if (!byLocale) loads.set(loaders, (byLocale = new Map<Locale, StringsLoad<unknown>>()));
  const known = byLocale.get(locale) as StringsLoad<T> | undefined;
  if (known) return known;
  const load: StringsLoad<T> = loaders[locale]().then(
    (value) => {
      load.status = 'fulfilled';
      load.value = value;
      return value;
    },
    (error: unknown) => {
      // A failed fetch (offline) is not kept: the next render asks again.
      byLocale.delete(locale);
      throw error;
    },
  );
  byLocale.set(locale, load);
  return load;
}

type WordsOf<T> = { [K in keyof T]: T[K] extends StringsLoaders<infer Words> ? Words : never };

/**
 * Words already loaded, read at once (an island part is loaded together with its words: src/islands/lazy-part.ts;
 * a unit test preloads them). Throws when a table is not loaded yet: a part rendered without its words is a bug.
 */
export function stringsOf<T extends readonly StringsLoaders<object>[]>(locale: Locale, ...tables: T): WordsOf<T> {
  return tables.map((table) => {
    const load = loads.get(table)?.get(locale);
    if (load?.status !== 'fulfilled') throw new Error(`stringsOf: words not loaded for '${locale}' (load the part with lazyWithStrings, or preload them in a test)`);
    return load.value;
  }) as WordsOf<T>;
}
