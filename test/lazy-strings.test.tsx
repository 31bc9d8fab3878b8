// @vitest-environment jsdom
/**
 * src/lib/lazy-strings.ts and its hook src/islands/use-strings.ts: each language's words come from their own
 * module, loaded once; a part suspends until its words arrive; words already loaded never make a render wait.
 */
import { act, cleanup, render, screen } from '@testing-library/react';
import { lazy, Suspense } from 'react';
import { afterEach, describe, expect, test } from 'vitest';
import { useStrings } from '../src/islands/use-strings.ts';
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

describe('useStrings', () => {
  test('a part suspends until its words arrive, then shows them; the other language is never asked for', async () => {
    const en = deferred<{ greeting: string }>();
    const asked: string[] = [];
    const words: StringsLoaders<{ greeting: string }> = {
      en: () => (asked.push('en'), en.promise),
      fr: () => (asked.push('fr'), Promise.resolve({ greeting: 'Bonjour' })),
    };
    function Part() {
      const [w] = useStrings('en', words);
      return <p data-testid="part">{w.greeting}</p>;
    }
    // Rendered in an awaited act(), as React asks for a render that suspends on data.
    await act(async () => {
      render(
        <Suspense fallback={<p data-testid="waiting">…</p>}>
          <Part />
        </Suspense>,
      );
    });
    expect(screen.getByTestId('waiting').textContent).toBe('…');
    expect(screen.queryByTestId('part')).toBeNull();
    await act(async () => en.resolve({ greeting: 'Hello' }));
    expect(screen.getByTestId('part').textContent).toBe('Hello');
    expect(asked).toEqual(['en']);
  });

  test('every table asked for starts loading at once, not one after the other', async () => {
    const asked: string[] = [];
    const table = (name: string): StringsLoaders<object> => ({
      en: () => (asked.push(name), new Promise<object>(() => undefined)),
      fr: () => Promise.resolve({}),
    });
    const a = table('a');
    const b = table('b');
    function Part() {
      useStrings('en', a, b);
      return null;
    }
    await act(async () => {
      render(
        <Suspense fallback={null}>
          <Part />
        </Suspense>,
      );
    });
    expect(asked).toEqual(['a', 'b']);
  });

  // The cause of a failure seen in test/import-panel.test.tsx: handing use() a settled promise still marks an act()
  // render as waiting on data, and with a lazy child still loading, act() then left the next render unfinished.
  test('loaded words never hold a render back, even beside a lazy part still loading', async () => {
    const loaded: StringsLoaders<{ title: string }> = { en: () => Promise.resolve({ title: 'Details' }), fr: () => Promise.resolve({ title: 'Détails' }) };
    for (const locale of LOCALES) await loadStrings(loaded, locale);
    const never = new Promise<{ default: () => null }>(() => undefined);
    const Later = lazy(() => never);
    function Part({ locale }: { locale: 'en' | 'fr' }) {
      const [w] = useStrings(locale, loaded);
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
