// @vitest-environment jsdom
/**
 * src/lib/lazy-strings.ts and src/islands/lazy-part.ts: each language's words come from their own module, loaded
 * once; an island part loads together with its words, then reads them at once (stringsOf) and never suspends for them.
 */
import { act, cleanup, render, screen } from '@testing-library/react';
import { lazy, type ReactNode, Suspense } from 'react';
import { afterEach, describe, expect, test } from 'vitest';
import { lazyWithStrings } from '../src/islands/lazy-part.ts';
import { chartKitStrings } from '../src/lib/chart-kit/strings.ts';
import { LOCALES } from '../src/lib/i18n.ts';
import {
  ALL_STRINGS_LOADERS,
  CHART_KIT_STRINGS,
  IMPORT_STRINGS,
  INSIGHT_STRINGS,
  loadStrings,
  METRIC_MODE_STRINGS,
  type StringsLoaders,
  stringsOf,
  WORKBENCH_STRINGS,
} from '../src/lib/lazy-strings.ts';
import { metricModeStrings } from '../src/lib/metric-mode-strings.ts';
import { insightStrings } from '../src/lib/survey-import/insight-strings.ts';
import { importStrings } from '../src/lib/survey-import/strings.ts';
import { workbenchStrings } from '../src/lib/survey-import/workbench-strings.ts';

afterEach(cleanup);

/** A promise the test settles by hand. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((yes, no) => {
    resolve = yes;
    reject = no;
  });
  return { promise, resolve, reject };
}

describe('loadStrings', () => {
  test("each language's loader gives that language's words of the all-language table, once per page", async () => {
    const pairs = [
      [CHART_KIT_STRINGS, chartKitStrings],
      [IMPORT_STRINGS, importStrings],
      [WORKBENCH_STRINGS, workbenchStrings],
      [INSIGHT_STRINGS, insightStrings],
      [METRIC_MODE_STRINGS, metricModeStrings],
    ] as const;
    expect(pairs.map(([loaders]) => loaders)).toEqual([...ALL_STRINGS_LOADERS]);
    for (const [loaders, table] of pairs) {
      expect(Object.keys(loaders).sort()).toEqual([...LOCALES].sort());
      for (const locale of LOCALES) {
        const load = loadStrings<object>(loaders, locale);
        expect(await load).toBe(table[locale]);
        expect(loadStrings<object>(loaders, locale)).toBe(load);
        expect(load.status).toBe('fulfilled');
        expect(load.value).toBe(table[locale]);
      }
    }
  });

  test('a failed load is not kept: the next call asks the module again', async () => {
    let calls = 0;
    const flaky: StringsLoaders<{ word: string }> = {
      en: () => (++calls === 1 ? Promise.reject(new TypeError('Failed to fetch')) : Promise.resolve({ word: 'hello' })),
      fr: () => Promise.resolve({ word: 'bonjour' }),
    };
    await expect(loadStrings(flaky, 'en')).rejects.toThrow('Failed to fetch');
    expect(await loadStrings(flaky, 'en')).toEqual({ word: 'hello' });
    expect(calls).toBe(2);
  });
});

describe('stringsOf', () => {
  test('reads loaded words at once, and says so plainly when a table is not loaded', async () => {
    const words: StringsLoaders<{ greeting: string }> = { en: () => Promise.resolve({ greeting: 'Hello' }), fr: () => Promise.resolve({ greeting: 'Bonjour' }) };
    expect(() => stringsOf('en', words)).toThrow(/words not loaded for 'en'/);
    await loadStrings(words, 'en');
    expect(stringsOf('en', words)).toEqual([{ greeting: 'Hello' }]);
    expect(() => stringsOf('fr', words)).toThrow(/words not loaded for 'fr'/);
  });
});

describe('lazyWithStrings', () => {
  test("a part shows once its chunk and its words are in, both asked for at once; the other language's are never asked for", async () => {
    const chunk = deferred<{ default: (props: { name: string }) => ReactNode }>();
    const en = deferred<{ greeting: string }>();
    const asked: string[] = [];
    const words: StringsLoaders<{ greeting: string }> = {
      en: () => (asked.push('words en'), en.promise),
      fr: () => (asked.push('words fr'), Promise.resolve({ greeting: 'Bonjour' })),
    };
    const Parts = lazyWithStrings(
      () => (asked.push('chunk'), chunk.promise),
      () => [words],
    );
    expect(Object.keys(Parts).sort()).toEqual([...LOCALES].sort());
    const Part = Parts.en;
    await act(async () => {
      render(
        <Suspense fallback={<p data-testid="waiting">…</p>}>
          <Part name="Ada" />
        </Suspense>,
      );
    });
    expect(asked).toEqual(['chunk', 'words en']);
    await act(async () => chunk.resolve({ default: ({ name }) => <p data-testid="part">{`${stringsOf('en', words)[0].greeting}, ${name}`}</p> }));
    // The chunk alone is not enough: the part waits for its words.
    expect(screen.getByTestId('waiting').textContent).toBe('…');
    await act(async () => en.resolve({ greeting: 'Hello' }));
    expect(screen.getByTestId('part').textContent).toBe('Hello, Ada');
    expect(asked).toEqual(['chunk', 'words en']);
  });

  // A part reads its words without suspending: test/import-panel.test.tsx once failed when parts suspended on them
  // (React's act() treats any use() as waiting on data, and with a lazy child still loading left the next render
  // unfinished). A part with its words renders at once, beside a lazy child still loading.
  test('a part with its words renders at once, even beside a lazy child still loading', async () => {
    const loaded: StringsLoaders<{ title: string }> = { en: () => Promise.resolve({ title: 'Details' }), fr: () => Promise.resolve({ title: 'Détails' }) };
    for (const locale of LOCALES) await loadStrings(loaded, locale);
    const never = new Promise<{ default: () => null }>(() => undefined);
    const Later = lazy(() => never);
    function Part({ locale }: { locale: 'en' | 'fr' }) {
      const [w] = stringsOf(locale, loaded);
      return (
        <div>
          <h3 data-testid="title">{w.title}</h3>
          <Suspense fallback={null}>
            <Later />
          </Suspense>
        </div>
      );
    }
    render(<Part locale="en" />);
    expect(screen.getByTestId('title').textContent).toBe('Details');
    cleanup();
    render(<Part locale="fr" />);
    expect(screen.getByTestId('title').textContent).toBe('Détails');
  });
});
