/**
 * The reading pages' charts draw when they come into view (src/charts/lazy.ts), not with the page: on a phone the
 * banking chart, below the first screen, is not drawn at load and is drawn once scrolled to; its words (text
 * alternative, bar count) follow the filters before it has drawn; drawn after a filter change, or redrawn on one,
 * it is the same picture as the chart of the filtered address; printed before it was scrolled to, it is drawn (its
 * code is fetched in idle time), or, when its code could not load, left out of the printed page rather than blank.
 * The company chart, in the first screen, draws without a scroll. And the filter script, which skips its first pass
 * when the address has no filters, may: the server's words for the unfiltered page are the script's.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { COMPILE_HINT } from '../../src/lib/compile-hints.ts';
import { useChromium } from '../support/chromium.ts';
import { openPage } from '../support/page.ts';

const baseUrl = inject('baseUrl');
const browser = useChromium();
const phone = { width: 360, height: 740 };
const canvas = (name: string) => `canvas[data-testid="${name}"]`;

const isDrawn = (page: Page) => page.evaluate(() => document.querySelector('.chart-box')?.hasAttribute('data-drawn') ?? false);

/** Non-white pixels of the canvas. */
const inkedPixels = (page: Page, selector: string) =>
  page.locator(selector).evaluate((el: HTMLCanvasElement) => {
    const ctx = el.getContext('2d');
    if (!ctx || el.width === 0 || el.height === 0) return 0;
    const { data } = ctx.getImageData(0, 0, el.width, el.height);
    let count = 0;
    for (let i = 0; i < data.length; i += 4) if ((data[i] ?? 255) < 240 || (data[i + 1] ?? 255) < 240 || (data[i + 2] ?? 255) < 240) count += 1;
    return count;
  });

/** Scroll the chart into view and wait until it has drawn; returns the picture. */
async function scrollAndDraw(page: Page, selector: string): Promise<string> {
  await page.locator(selector).scrollIntoViewIfNeeded();
  await page.locator('.chart-box[data-drawn]').waitFor();
  return page.locator(selector).evaluate((el: HTMLCanvasElement) => el.toDataURL());
}

/** Company rows the sector chart draws as bars (consumer measurements, repeats drawn at their original only). */
const drawnRows = (page: Page) =>
  page.locator('[data-testid="sector-table"] tbody[data-group="companies"] tr[data-figure]:visible:not([data-restates]):not([data-audience="business"])').count();

/** Wait until the idle-time prefetch has fetched the chart's module. */
const chartCodeFetched = (page: Page, module: string) =>
  page.waitForFunction((name) => performance.getEntriesByType('resource').some((entry) => entry.name.includes(`/${name}.`)), module, { timeout: 15_000 });

describe('the sector chart draws when scrolled into view', () => {
  test('banking on a phone: not drawn at load, drawn with every bar once scrolled to', async () => {
    const { page, errors } = await openPage(browser(), `${baseUrl}/sectors/banking/`, { viewport: phone });
    const box = await page.locator('.chart-box').boundingBox();
    expect(box?.y ?? 0).toBeGreaterThan(phone.height);
    await chartCodeFetched(page, 'sector-chart');
    expect(await isDrawn(page)).toBe(false);
    expect(await page.locator('[data-chart-actions]').isHidden()).toBe(true);
    await scrollAndDraw(page, canvas('sector-chart'));
    expect(await inkedPixels(page, canvas('sector-chart'))).toBeGreaterThan(20_000);
    expect(Number(await page.getAttribute(canvas('sector-chart'), 'data-bars'))).toBe(await drawnRows(page));
    expect(await page.locator('[data-chart-actions]').isVisible()).toBe(true);
    // Its caption (the text alternative in words) shows beside it.
    expect(await page.locator('[data-chart-caption]').isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('follows a filter chosen before it has drawn: words at once, the filtered picture once scrolled to', async () => {
    const { page, errors } = await openPage(browser(), `${baseUrl}/sectors/telecom/`, { viewport: phone });
    const allLabel = await page.getAttribute(canvas('sector-chart'), 'aria-label');
    // Chosen without scrolling (Playwright's selectOption scrolls the field to the middle, the chart with it), as
    // with the keyboard.
    await page.evaluate(() => {
      const select = document.querySelector<HTMLSelectElement>('[data-testid="filter-market"]');
      if (!select) throw new Error('no market filter');
      select.value = 'FR';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await page.waitForURL(/\?market=FR$/);
    expect(await isDrawn(page)).toBe(false);
    // The words follow at once, before the chart has drawn.
    const bars = Number(await page.getAttribute(canvas('sector-chart'), 'data-bars'));
    expect(bars).toBe(await drawnRows(page));
    expect(await page.getAttribute(canvas('sector-chart'), 'aria-label')).not.toBe(allLabel);
    const drawnAfterChange = await scrollAndDraw(page, canvas('sector-chart'));

    // The same picture as the chart of the filtered address, and not the unfiltered one.
    const filtered = await openPage(browser(), `${baseUrl}/sectors/telecom/?market=FR`, { viewport: phone });
    expect(await scrollAndDraw(filtered.page, canvas('sector-chart'))).toBe(drawnAfterChange);
    const unfiltered = await openPage(browser(), `${baseUrl}/sectors/telecom/`, { viewport: phone });
    const unfilteredPicture = await scrollAndDraw(unfiltered.page, canvas('sector-chart'));
    expect(unfilteredPicture).not.toBe(drawnAfterChange);

    // A drawn chart redraws on a change: back to every market, it is the unfiltered picture (the filters are open:
    // the address carried one).
    await filtered.page.selectOption('[data-testid="filter-market"]', '');
    await filtered.page.waitForURL(/\/sectors\/telecom\/$/);
    await filtered.page.locator(canvas('sector-chart')).scrollIntoViewIfNeeded();
    expect(await filtered.page.locator(canvas('sector-chart')).evaluate((el: HTMLCanvasElement) => el.toDataURL())).toBe(unfilteredPicture);
    expect([...errors, ...filtered.errors, ...unfiltered.errors]).toEqual([]);
    await Promise.all([page.close(), filtered.page.close(), unfiltered.page.close()]);
  });
});

// The chart's top holds the rows of sector-average labels; reckoned before the chart exists, the chart is laid out
// once before its first paint instead of twice (one long task less on a phone). Pages with several averages.
describe('the sector chart is laid out once before it paints', () => {
  test.each([320, 1280])('%i px wide: airlines, telecom, banking, insurance and energy, both languages', async (width) => {
    const { page, errors } = await openPage(browser(), `${baseUrl}/`, { viewport: { width, height: 800 } });
    const layouts: Record<string, string | null> = {};
    for (const path of ['/sectors/airlines/', '/sectors/telecom/', '/sectors/banking/', '/fr/sectors/insurance/', '/sectors/energy-utilities/', '/fr/sectors/telecom/']) {
      await page.goto(`${baseUrl}${path}`);
      await scrollAndDraw(page, canvas('sector-chart'));
      layouts[path] = await page.locator('.chart-box').getAttribute('data-layouts');
    }
    expect(Object.values(layouts).every((count) => count === '1')).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('printing a chart never scrolled to', () => {
  test('draws it (its code was fetched in idle time)', async () => {
    const { page, errors } = await openPage(browser(), `${baseUrl}/sectors/banking/`, { viewport: phone });
    await chartCodeFetched(page, 'sector-chart');
    expect(await isDrawn(page)).toBe(false);
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await page.emulateMedia({ media: 'print' });
    expect(await isDrawn(page)).toBe(true);
    expect(await page.locator(canvas('sector-chart')).isVisible()).toBe(true);
    expect(await inkedPixels(page, canvas('sector-chart'))).toBeGreaterThan(20_000);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('leaves it out, caption and table kept, when its code could not load', async () => {
    const context = await browser().newContext({ viewport: phone });
    const page = await context.newPage();
    await page.route(/\/sector-chart\.[^/]*\.js$/, (route) => route.abort());
    // Printed once the chart's code, asked for in idle time after load, has failed to load.
    const refused = page.waitForEvent('requestfailed', (request) => /\/sector-chart\.[^/]*\.js$/.test(request.url()));
    await page.goto(`${baseUrl}/sectors/banking/`, { waitUntil: 'load' });
    await refused;
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await page.emulateMedia({ media: 'print' });
    expect(await isDrawn(page)).toBe(false);
    expect(await page.locator('.chart-box').isVisible()).toBe(false);
    expect(await page.locator('[data-chart-caption]').isVisible()).toBe(true);
    expect(await page.locator('[data-testid="sector-table"]').isVisible()).toBe(true);
    await context.close();
  });
});

describe('the company chart', () => {
  test('in the first screen, draws without a scroll', async () => {
    const { page, errors } = await openPage(browser(), `${baseUrl}/companies/apple/`, { viewport: phone });
    await page.locator('.chart-box[data-drawn]').waitFor();
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    expect(await inkedPixels(page, canvas('company-chart'))).toBeGreaterThan(2_000);
    expect(await page.locator('[data-chart-actions]').isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('the code a chart draws with is compiled as it downloads (V8 compile hint)', () => {
  // A message only Chart.js' own code holds: it marks the chunk Chart.js was bundled into.
  const CHART_JS = 'Canvas is already in use';
  for (const [path, module] of [
    ['/sectors/airlines/', 'sector-chart'],
    ['/companies/apple/', 'company-chart'],
  ] as const) {
    test(`${path}: the chart module and Chart.js start with the hint, the page's other scripts do not`, async () => {
      const { page, errors } = await openPage(browser(), `${baseUrl}${path}`, { viewport: phone });
      await page.locator('.chart-box').scrollIntoViewIfNeeded();
      await page.locator('.chart-box[data-drawn]').waitFor();
      const scripts = await page.evaluate(() =>
        [...new Set(performance.getEntriesByType('resource').map((entry) => entry.name))].filter((name) => /\.m?js$/.test(new URL(name).pathname)),
      );
      const files = await Promise.all(scripts.map(async (url) => ({ name: new URL(url).pathname.split('/').pop() ?? url, code: await (await fetch(url)).text() })));
      const hinted = files.filter((file) => file.code.startsWith(`${COMPILE_HINT}\n`)).map((file) => file.name);
      const drawnWith = files.filter((file) => file.name.startsWith(`${module}.`) || file.code.includes(CHART_JS)).map((file) => file.name);
      expect(drawnWith).toHaveLength(2);
      expect(hinted.sort()).toEqual(drawnWith.sort());
      // The page's own scripts ran without it.
      expect(files.length).toBeGreaterThan(hinted.length);
      expect(errors).toEqual([]);
      await page.close();
    });
  }
});

describe('the unfiltered sector page needs no first pass of the filter script', () => {
  /** The parts the filter script writes: headline, counts, caption, warning, averages list, rows, language link. */
  const written = (page: Page) =>
    page.evaluate(() => {
      const html = (selector: string) => [...document.querySelectorAll(selector)].map((element) => element.outerHTML).join('\n');
      return {
        headline: html('[data-headline]'),
        status: html('[data-filter-status]'),
        caption: html('[data-chart-caption]'),
        warning: html('[data-comparability]'),
        averages: html('[data-averages-count], [data-average-row]'),
        rows: html('tbody'),
        language: document.querySelector('[data-testid="lang-switch"]')?.getAttribute('href'),
      };
    });

  test.each(['/sectors/banking/', '/fr/sectors/banking/', '/sectors/telecom/', '/fr/sectors/telecom/'])(
    '%s: the server HTML says what the script says after a filter and Show all',
    async (path) => {
      const server = await openPage(browser(), `${baseUrl}${path}`, { javaScriptEnabled: false });
      const serverWords = await written(server.page);
      const { page, errors } = await openPage(browser(), `${baseUrl}${path}`);
      await page.click('[data-filters] summary');
      await page.selectOption('[data-testid="filter-grade"]', 'A');
      await page.waitForURL(/grade=A/);
      expect((await written(page)).headline).not.toBe(serverWords.headline);
      await page.click('[data-testid="filter-reset"]');
      await page.waitForURL((url) => !url.search.includes('grade'));
      await page.waitForFunction((status) => document.querySelector('[data-filter-status]')?.outerHTML === status, serverWords.status);
      expect(await written(page)).toEqual(serverWords);
      expect(errors).toEqual([]);
      await Promise.all([server.page.close(), page.close()]);
    },
  );
});
