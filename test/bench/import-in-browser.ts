/**
 * One timed import in Chromium, shared by the CSV (b) and workbook (x) benches: from picking the file on
 * /compare/?mode=file to the score (or an import error) on screen, with the main thread's long tasks meanwhile.
 */
import type { Browser } from 'playwright-core';

export interface BrowserImportTiming {
  /** From the file input's change event to the score or error on screen. */
  ms: number;
  longest: number;
  longTasks: number;
  /** The n the page shows (NaN when it shows none). */
  n: number;
  error: string;
}

/** Undefined when the page has no file input (an old build). */
export async function timeImportInBrowser(browser: Browser, baseUrl: string, filePath: string, timeoutMs: number): Promise<BrowserImportTiming | undefined> {
  const context = await browser.newContext();
  try {
    // Runs before the page's own scripts; CDP-injected, so the page's CSP does not apply to it.
    await context.addInitScript(() => {
      const w = window as unknown as { __bench: { longTasks: { start: number; duration: number }[]; picked?: number; shown?: number } };
      w.__bench = { longTasks: [] };
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) w.__bench.longTasks.push({ start: entry.startTime, duration: entry.duration });
      }).observe({ type: 'longtask', buffered: true });
      document.addEventListener(
        'change',
        (event) => {
          if ((event.target as HTMLInputElement | null)?.type === 'file') w.__bench.picked = performance.now();
        },
        true,
      );
      new MutationObserver(() => {
        if (w.__bench.picked !== undefined && w.__bench.shown === undefined && document.querySelector('[data-testid="nps-value"][data-value], [data-testid="import-error"]'))
          w.__bench.shown = performance.now();
      }).observe(document, { subtree: true, childList: true, attributes: true });
    });
    const page = await context.newPage();
    // The file mode, from the link; the import panel is loaded on demand.
    await page.goto(`${baseUrl}/compare/?mode=file`, { waitUntil: 'networkidle' });
    const input = page.locator('[data-testid="responses-file"]').first();
    await input.waitFor({ state: 'attached', timeout: 15_000 }).catch(() => undefined);
    if ((await input.count()) === 0) return undefined;
    await input.setInputFiles(filePath);
    await page.waitForFunction(() => (window as unknown as { __bench: { shown?: number } }).__bench.shown !== undefined, undefined, { timeout: timeoutMs, polling: 50 });
    return await page.evaluate(() => {
      const bench = (window as unknown as { __bench: { longTasks: { start: number; duration: number }[]; picked: number; shown: number } }).__bench;
      const during = bench.longTasks.filter((task) => task.start + task.duration >= bench.picked && task.start <= bench.shown);
      return {
        ms: bench.shown - bench.picked,
        longest: Math.max(0, ...during.map((task) => task.duration)),
        longTasks: during.length,
        n: Number(document.querySelector('[data-testid="nps-n"]')?.getAttribute('data-value')),
        error: document.querySelector('[data-testid="import-error"]')?.textContent ?? '',
      };
    });
  } finally {
    await context.close();
  }
}
