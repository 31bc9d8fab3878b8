/**
 * Each page's JavaScript carries its own language's words only. A "foreign phrase" is a run of plain letters and
 * spaces (20 characters or more) of another language's strings tables that no table of the page's language has;
 * the build escapes accented letters, so runs of plain letters are what a file holds as they are.
 *
 * Two checks, one page of each type in each language:
 * - in Chromium, every script the page requests (its own, on-demand chunks and the import worker's), after what
 *   loads the on-demand parts: a file import (details, insight, charts, analyst tools), the PNG and CSV exports,
 *   the change mode. Another language's words module is never requested; the page's own is.
 * - in the build, every file the page can reach (test/support/js-weight.ts), but for another language's words
 *   modules (`*-fr.<hash>.js` from an English page), which src/lib/lazy-strings.ts never loads there.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { chartKitStrings } from '../../src/lib/chart-kit/strings.ts';
import { type Locale, LOCALES } from '../../src/lib/i18n.ts';
import { metricModeStrings } from '../../src/lib/metric-mode-strings.ts';
import { scoreToolStrings } from '../../src/lib/score-tool-strings.ts';
import { insightStrings } from '../../src/lib/survey-import/insight-strings.ts';
import { importStrings } from '../../src/lib/survey-import/strings.ts';
import { workbenchStrings } from '../../src/lib/survey-import/workbench-strings.ts';
import { ui } from '../../src/lib/ui-strings.ts';
import { builtPages } from '../support/built-pages.ts';
import { useChromium } from '../support/chromium.ts';
import { isOtherLanguageModule, pageWeight } from '../support/js-weight.ts';
import { watchPage } from '../support/watched-page.ts';

const distDir = inject('distDir');
const baseUrl = inject('baseUrl');
const browser = useChromium();
const TABLES: Record<Locale, object>[] = [ui, scoreToolStrings, importStrings, workbenchStrings, insightStrings, metricModeStrings, chartKitStrings];

/** Stands for any argument a string function takes (a count, a name, an object of them): never a letter. */
const SLOT = '\u0001';
const anything: unknown = new Proxy(() => SLOT, {
  get: (_target, key) => (key === Symbol.toPrimitive ? () => SLOT : key === 'length' ? 1 : anything),
  apply: () => SLOT,
});

/** Every text a table gives; functions are called with stand-in arguments, so their slots split the phrases. */
function texts(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (typeof value === 'function') {
    try {
      texts((value as (...args: unknown[]) => unknown)(anything, anything, anything, anything, anything, anything), out);
    } catch {
      // A function that needs real arguments gives its other words through the table's other entries.
    }
  } else if (value && typeof value === 'object') for (const item of Object.values(value)) texts(item, out);
  return out;
}

function phrases(locale: Locale): Set<string> {
  const out = new Set<string>();
  for (const table of TABLES) for (const text of texts(table[locale])) for (const m of text.matchAll(/[A-Za-z][A-Za-z ]{18,}[A-Za-z]/g)) out.add(m[0]);
  return out;
}

const own = new Map(LOCALES.map((l) => [l, [...phrases(l)].join('\n')]));
/** The phrases only another language has. */
const foreign = new Map(LOCALES.map((locale) => [locale, LOCALES.filter((l) => l !== locale).flatMap((l) => [...phrases(l)].filter((p) => !(own.get(locale) ?? '').includes(p)))]));

/** `file: "phrase"` for each foreign phrase found in the given site files. */
function foreignIn(files: string[], locale: Locale): string[] {
  const others = foreign.get(locale) ?? [];
  return files.flatMap((file) => {
    const code = readFileSync(join(distDir, file), 'utf8');
    return others.filter((phrase) => code.includes(phrase)).map((phrase) => `${file}: ${JSON.stringify(phrase)}`);
  });
}

/** The page's inline scripts (JSON data left out), as `path#n` and their code. */
function inlineScripts(file: string, path: string): { name: string; code: string }[] {
  const html = readFileSync(file, 'utf8');
  return [...html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*application\/(?:ld\+)?json)[^>]*>([\s\S]*?)<\/script>/g)].map((m, i) => ({ name: `${path}#${i}`, code: m[1] ?? '' }));
}

/** `script: "phrase"` for each foreign phrase in the page's inline scripts. */
const foreignInline = (file: string, path: string, locale: Locale) =>
  inlineScripts(file, path).flatMap(({ name, code }) =>
    (foreign.get(locale) ?? []).filter((phrase) => code.includes(phrase)).map((phrase) => `${name}: ${JSON.stringify(phrase)}`),
  );

const pages = builtPages(distDir);
// One page of each type in each language: pages of one type load the same files.
const samples = [...new Map(pages.map((p) => [`${p.locale} ${p.type}`, p])).values()];

/** Six months, two regions, a comment on every answer: the import shows months, segments, insight and charts. */
const SURVEY_CSV = [
  'Date,Region,How likely are you to recommend us?,Why?',
  ...Array.from(
    { length: 120 },
    (_, i) => `2024-0${(i % 6) + 1}-1${i % 9},${i % 2 === 0 ? 'North' : 'South'},${[10, 9, 8, 3, 6, 10, 2][i % 7]},${i % 3 === 0 ? 'Great app' : 'Customer service never answers'}`,
  ),
].join('\n');

const click = (page: Page, selector: string) => Promise.all([page.waitForEvent('download'), page.click(selector)]);

async function importFile(page: Page): Promise<void> {
  await page.waitForSelector('[data-testid="responses-file"]', { state: 'attached' });
  await page.waitForFunction(() => !document.querySelector('astro-island[ssr]'));
  await page.setInputFiles('[data-testid="responses-file"]', { name: 'responses.csv', mimeType: 'text/csv', buffer: Buffer.from(SURVEY_CSV, 'utf8') });
  await page.waitForSelector('[data-testid="import-compare"]', { timeout: 60_000 });
  await page.waitForSelector('canvas[data-testid="import-month-chart"]');
}

/** What loads each on-demand part of a page type, after the page itself. */
const INTERACTIONS: Record<string, (page: Page, prefix: string, path: string) => Promise<void>> = {
  compare: async (page, prefix) => {
    await page.goto(`${baseUrl}${prefix}/compare/?sector=telecom&promoters=50&passives=30&detractors=20`);
    await page.waitForSelector('canvas[data-testid="score-chart"]');
    await click(page, '[data-testid="download-png"]');
    await page.goto(`${baseUrl}${prefix}/compare/?mode=file`);
    await importFile(page);
    await click(page, '[data-testid="import-month-chart-png"]');
    await click(page, '[data-testid="download-csv"]');
    await page.goto(`${baseUrl}${prefix}/compare/?mode=change&a=1500,900,600&b=1380,960,660`);
    await page.waitForSelector('[data-testid="diff-value"]');
  },
  sector: async (page, _prefix, path) => {
    await click(page, '[data-chart-png]');
    await page.goto(`${baseUrl}${path}?mode=file`);
    await importFile(page);
    await click(page, '[data-testid="download-csv"]');
  },
};

describe("each page's JavaScript holds its own language's words only", () => {
  test('the samples cover every page type in both languages, and each language has foreign phrases to look for', () => {
    const types = new Set(pages.map((p) => p.type));
    expect(samples.length).toBe(types.size * LOCALES.length);
    for (const type of ['compare', 'sector', 'company', 'home']) expect(types.has(type), type).toBe(true);
    for (const locale of LOCALES) expect(foreign.get(locale)?.length, locale).toBeGreaterThan(200);
  });

  for (const page of samples) {
    const { locale } = page;
    const interact = INTERACTIONS[page.type];
    test(`${page.path}: the scripts Chromium loads${interact ? ' (with its on-demand parts)' : ''} hold no phrase of another language`, { timeout: 180_000 }, async () => {
      const watched = await watchPage(browser(), baseUrl);
      try {
        await watched.page.goto(`${baseUrl}${page.path}`, { waitUntil: 'load' });
        await watched.idle();
        await interact?.(watched.page, locale === 'en' ? '' : `/${locale}`, page.path);
        // Whatever the last step loads (lazy chunks, the worker's) has been requested and has arrived.
        await watched.idle();
        const scripts = [...new Set(watched.requests.map((url) => new URL(url)).filter((url) => url.origin === new URL(baseUrl).origin && url.pathname.endsWith('.js')))].map(
          (url) => url.pathname,
        );
        expect(scripts.filter((file) => isOtherLanguageModule(file, locale))).toEqual([]);
        if (interact) {
          // The on-demand parts did load, with their words in the page's language (the worker's chunks included).
          for (const words of ['strings', 'workbench-strings', 'insight-strings', 'metric-mode-strings']) {
            expect(
              scripts.some((file) => new RegExp(`/${words}-${locale}\\.[\\w-]+\\.js$`).test(file)),
              `${words}-${locale}`,
            ).toBe(true);
          }
          const workerFiles = pageWeight(distDir, page).files.worker;
          expect(workerFiles.length).toBeGreaterThan(0);
          expect(workerFiles.filter((file) => !scripts.includes(file))).toEqual([]);
        }
        const found = [...foreignIn(scripts, locale), ...foreignInline(page.file, page.path, locale)];
        expect(found.slice(0, 20), `${found.length} phrases`).toEqual([]);
        expect(watched.errors).toEqual([]);
      } finally {
        await watched.close();
      }
    });

    test(`${page.path}: every file it can reach in the build (not another language's words) holds no phrase of another language`, () => {
      const { files } = pageWeight(distDir, page);
      const reachable = [...files.eager, ...files.lazy, ...files.worker, ...files.workerLazy].filter((file) => file.startsWith('/'));
      expect(reachable.filter((file) => isOtherLanguageModule(file, locale))).toEqual([]);
      const found = [...foreignIn(reachable, locale), ...foreignInline(page.file, page.path, locale)];
      expect(found.slice(0, 20), `${found.length} phrases`).toEqual([]);
    });
  }
});
