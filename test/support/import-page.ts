/**
 * The score tool's file mode as the import's browser tests drive it: open it hydrated, pick a file, read the
 * figures the page shows, and time a large read (time to result, the main thread's long tasks and the frames
 * drawn meanwhile: printed by the tests, never asserted).
 */
import type { Browser, Page } from 'playwright-core';
import { inject } from 'vitest';
import { type OpenedPage, openPage } from './page.ts';

export const FILE_INPUT = '[data-testid="responses-file"]';

/** /compare/?mode=file in the language asked, once its island has hydrated; `scripts` lists every script the page loads. */
export async function openImportTool(browser: Browser, locale: 'en' | 'fr' = 'en'): Promise<OpenedPage & { scripts: string[] }> {
  const opened = await openPage(browser, `${inject('baseUrl')}${locale === 'fr' ? '/fr' : ''}/compare/?mode=file`);
  const scripts: string[] = [];
  opened.page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (/\.m?js$/.test(path)) scripts.push(path);
  });
  await opened.page.waitForSelector(FILE_INPUT, { state: 'attached' });
  // The island's input reacts only once React has attached its handlers.
  await opened.page.waitForFunction(() => !document.querySelector('astro-island[ssr]'));
  return { ...opened, scripts };
}

/** Close the page's whole context and wait for it, so nothing is left closing when the browser goes. */
export const closePage = (page: Page) => page.context().close();

/** The number an element carries in `data-value` (NaN when it has none). */
export const dataValue = async (page: Page, testId: string) => Number(await page.getAttribute(`[data-testid="${testId}"]`, 'data-value'));

/** Pick a file and wait for its score or its error. */
export async function importFile(page: Page, path: string): Promise<void> {
  await page.setInputFiles(FILE_INPUT, path);
  await page.waitForSelector('[data-testid="nps-value"], [role="alert"]', { timeout: 60_000 });
}

/**
 * Pick a large file and wait for its score, recording the main thread's long tasks, whether the progress bar
 * was shown, and how many frames were drawn while the worker read.
 */
export async function importLargeFile(
  page: Page,
  path: string,
  timeoutMs: number,
): Promise<{ frames: number; progressSeen: boolean; ms: number; longest: number; longTasks: number }> {
  await page.evaluate(`
    window.__longTasks = [];
    try {
      new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration }); }).observe({ type: 'longtask', buffered: true });
    } catch {}
    window.__progressSeen = false;
    new MutationObserver(() => { if (document.querySelector('[data-testid="import-progress"]')) window.__progressSeen = true; }).observe(document, { subtree: true, childList: true });
  `);
  const before = await page.evaluate(() => performance.now());
  await page.setInputFiles(FILE_INPUT, path);
  // While the worker reads, the main thread keeps answering: count frames drawn during the read.
  const frames = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let count = 0;
        const tick = () => {
          count++;
          if (document.querySelector('[data-testid="nps-value"], [role="alert"]')) resolve(count);
          else requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }),
  );
  await page.waitForSelector('[data-testid="nps-value"]', { timeout: timeoutMs });
  const timing = await page.evaluate((since) => {
    const w = window as unknown as { __longTasks?: Array<{ start: number; duration: number }>; __progressSeen: boolean };
    const measure = performance.getEntriesByName('nps-import').at(-1);
    const tasks = (w.__longTasks ?? []).filter((t) => t.start >= since);
    return { ms: measure?.duration ?? NaN, longest: Math.max(0, ...tasks.map((t) => t.duration)), longTasks: tasks.length, progressSeen: w.__progressSeen };
  }, before);
  return { frames, ...timing };
}

/** The n, NPS and skipped rows a generated file's own tally expects, against what the page shows. */
export async function shownTally(page: Page): Promise<{ n: number; nps: number; skipped: number; rowsRead: number }> {
  return {
    n: await dataValue(page, 'nps-n'),
    nps: await dataValue(page, 'nps-value'),
    skipped: await dataValue(page, 'rows-skipped'),
    rowsRead: await dataValue(page, 'rows-read'),
  };
}

/** The NPS of counts 0..10, computed here, apart from the code under test. */
export function npsOfCounts(counts: readonly number[]): number {
  const total = counts.reduce((a, b) => a + b, 0);
  const promoters = (counts[9] ?? 0) + (counts[10] ?? 0);
  const detractors = counts.slice(0, 7).reduce((a, b) => a + b, 0);
  return (100 * (promoters - detractors)) / total;
}
