/**
 * Nothing moves while a page loads: the layout shifts Chromium reports (the Layout Instability API, what
 * Lighthouse's CLS sums) add up to 0 on the home page, whose search field is rendered on the server rather than
 * revealed by its script, and on the All figures pages. Phone and desktop widths, both languages. Without
 * scripting the home search field, which could not filter, is hidden and the plain list of companies stays.
 */
import { describe, expect, inject, test } from 'vitest';
import { useChromium } from '../support/chromium.ts';
import { openPage } from '../support/page.ts';
import { idleWatcher } from '../support/watched-page.ts';

const browser = useChromium();

const baseUrl = () => inject('baseUrl');
const viewports = { phone: { width: 360, height: 740 }, desktop: { width: 1280, height: 900 } };

/** Opens a page with a layout-shift observer installed before any of its code runs; returns the shifts seen. */
async function shiftsOn(path: string, viewport: { width: number; height: number }) {
  const context = await browser().newContext({ viewport });
  await context.addInitScript(() => {
    const seen: { value: number; sources: string[] }[] = [];
    (window as unknown as { __shifts: typeof seen }).__shifts = seen;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean; sources?: { node?: Node }[] })[]) {
        if (!entry.hadRecentInput)
          seen.push({ value: entry.value, sources: (entry.sources ?? []).map((s) => (s.node instanceof Element ? s.node.outerHTML.slice(0, 80) : String(s.node?.nodeName))) });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const idle = idleWatcher(page);
  // Loaded and idle (untilIdle): everything the page fetches has arrived and its scripts have run.
  await page.goto(`${baseUrl()}${path}`, { waitUntil: 'load' });
  await idle();
  // Two frames after load, so a shift caused by the last script has been reported.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  const shifts = await page.evaluate(() => (window as unknown as { __shifts: { value: number; sources: string[] }[] }).__shifts);
  await context.close();
  return { shifts, errors };
}

describe('no layout shift while loading', () => {
  for (const [name, viewport] of Object.entries(viewports)) {
    test.each(['/', '/fr/', '/figures/', '/fr/figures/', '/figures/banking/', '/fr/figures/banking/'])(`%s on a ${name}`, async (path) => {
      const { shifts, errors } = await shiftsOn(path, viewport);
      expect(shifts).toEqual([]);
      expect(errors).toEqual([]);
    });
  }
});

describe('home search', () => {
  test.each(['', '/fr'])('is in the server HTML with its count, and hidden without scripting (%s)', async (prefix) => {
    const html = await (await fetch(`${baseUrl()}${prefix}/`)).text();
    const field = /<div class="search-field"[^>]*>/.exec(html)?.[0] ?? '';
    expect(field).toContain('data-search-field');
    expect(field).not.toContain('hidden');
    const { page, errors } = await openPage(browser(), `${baseUrl()}${prefix}/`, { javaScriptEnabled: false });
    expect(await page.locator('[data-search-field]').isVisible()).toBe(false);
    expect(await page.locator('[data-testid="company-list"] li').first().isVisible()).toBe(true);
    await page.close();
    const withScript = await openPage(browser(), `${baseUrl()}${prefix}/`);
    const status = withScript.page.locator('[data-search-status]');
    const before = await status.textContent();
    expect(before).toMatch(prefix ? /^\d+ entreprises sur \d+$/ : /^\d+ of \d+ companies$/);
    await withScript.page.fill('[data-testid="company-search"]', 'BoA');
    expect(await status.textContent()).not.toBe(before);
    expect([...errors, ...withScript.errors]).toEqual([]);
    await withScript.page.close();
  });
});
