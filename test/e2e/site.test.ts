/**
 * The sector site in Chromium: home, sector, company, methodology and sources pages render without
 * console errors, charts draw, the language switch keeps the page (and the filters), sector filters
 * change the table, the chart and the URL (and a filtered URL restores them), pages read without
 * JavaScript, and a 360 px phone never scrolls sideways.
 * The checks that only load and read a page run one after another in three reused tabs (desktop, desktop without
 * JavaScript, phone: watchTab, a fresh record per page, cookies and storage cleared, no HTTP cache), each page checked
 * once it is idle (untilIdle); those that click, type or navigate get a fresh context each (openPage).
 */
import { afterAll, describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { useChromium } from '../support/chromium.ts';
import { openPage } from '../support/page.ts';
import { type WatchedTab, type WatchOptions, watchTab } from '../support/watched-page.ts';

const baseUrl = inject('baseUrl');
const browser = useChromium();

const tabOptions = {
  desktop: {},
  noScript: { javaScriptEnabled: false },
  phone: { viewport: { width: 360, height: 740 } },
} satisfies Record<string, WatchOptions>;
const tabs = new Map<keyof typeof tabOptions, WatchedTab>();
afterAll(async () => {
  await Promise.all([...tabs.values()].map((tab) => tab.close().catch(() => undefined)));
});

/** Load `path` in the reused tab of that kind (opened on first use) and wait until the page is idle. */
async function visit(path: string, kind: keyof typeof tabOptions = 'desktop'): Promise<{ page: Page; tab: WatchedTab }> {
  let tab = tabs.get(kind);
  if (!tab) {
    tab = await watchTab(browser(), baseUrl, tabOptions[kind]);
    tabs.set(kind, tab);
  }
  await tab.visit(`${baseUrl}${path}`);
  await tab.idle();
  return { page: tab.page, tab };
}

/**
 * What the visit logged so far (console errors, uncaught exceptions, failed or HTTP-error requests, requests off the
 * site), with the visit's checks marked done: anything logged later is reported by the tab's next visit.
 */
function problems(tab: WatchedTab): string[] {
  const record = tab.seal();
  return [...record.errors, ...record.foreign.map((url) => `request off the site: ${url}`)];
}

/** Scroll a chart into view (charts draw when visible), wait until it has drawn, and count its non-white pixels. */
async function drawnPixels(page: Page, testId: string): Promise<number> {
  await page.locator('.chart-box').first().scrollIntoViewIfNeeded();
  const canvas = page.locator(`canvas[data-testid="${testId}"]`);
  await canvas.waitFor({ state: 'visible' });
  await page.locator('.chart-box[data-drawn]').first().waitFor();
  return canvas.evaluate((el: HTMLCanvasElement) => {
    const ctx = el.getContext('2d');
    if (!ctx || el.width === 0 || el.height === 0) return 0;
    const { data } = ctx.getImageData(0, 0, el.width, el.height);
    let count = 0;
    for (let i = 0; i < data.length; i += 4) if ((data[i] ?? 255) < 240 || (data[i + 1] ?? 255) < 240 || (data[i + 2] ?? 255) < 240) count += 1;
    return count;
  });
}

const tableIds = (page: Page, table: string) =>
  page.locator(`[data-testid="${table}"] tr[data-figure]:visible`).evaluateAll((rows) => rows.map((r) => r.getAttribute('data-figure') ?? ''));

describe('page types render without console errors, in both languages', () => {
  const pages = ['/', '/sectors/telecom/', '/companies/apple/', '/methodology/', '/sources/'];
  test.each(pages.flatMap((p) => [p, `/fr${p}`]))('%s', async (path) => {
    const { page, tab } = await visit(path);
    expect(await page.getAttribute('html', 'lang')).toBe(path.startsWith('/fr/') ? 'fr' : 'en');
    expect(await page.locator('h1').count()).toBe(1);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await tab.idle();
    expect(problems(tab)).toEqual([]);
  });
});

describe('charts draw', () => {
  test('the sector chart draws its bars, one per consumer company measurement (repeats of a figure are not drawn again)', async () => {
    const { page, tab } = await visit('/sectors/streaming-media/');
    expect(await drawnPixels(page, 'sector-chart')).toBeGreaterThan(2000);
    const bars = await page.getAttribute('canvas[data-testid="sector-chart"]', 'data-bars');
    const companyRows = '[data-testid="sector-table"] tbody[data-group="companies"] tr[data-figure]';
    expect(await page.locator(`${companyRows}[data-restates]`).count()).toBeGreaterThan(0);
    expect(Number(bars)).toBe(await page.locator(`${companyRows}:not([data-restates]):not([data-audience="business"])`).count());
    expect(await page.getAttribute('canvas[data-testid="sector-chart"]', 'aria-label')).toMatch(/ranked from .+ down to /);
    expect(problems(tab)).toEqual([]);
  });

  test('the company chart draws one point per figure', async () => {
    const { page, tab } = await visit('/fr/companies/tesla/');
    expect(await drawnPixels(page, 'company-chart')).toBeGreaterThan(500);
    const points = await page.getAttribute('canvas[data-testid="company-chart"]', 'data-points');
    expect(Number(points)).toBe(await page.locator('[data-testid="company-table"] tr[data-figure]').count());
    expect(problems(tab)).toEqual([]);
  });
});

describe('the language switch lands on the same page in the other language', () => {
  test.each([
    ['/', '/fr/'],
    ['/sectors/banking/', '/fr/sectors/banking/'],
    ['/companies/sequra/', '/fr/companies/sequra/'],
    ['/methodology/', '/fr/methodology/'],
    ['/sources/', '/fr/sources/'],
    ['/fr/companies/free/', '/companies/free/'],
  ])('%s → %s', async (from, to) => {
    const { page, errors } = await openPage(browser(), `${baseUrl}${from}`);
    await page.click('[data-testid="lang-switch"]');
    await page.waitForURL(`${baseUrl}${to}`);
    expect(await page.getAttribute('html', 'lang')).toBe(to.startsWith('/fr/') ? 'fr' : 'en');
    expect(errors).toEqual([]);
    await page.close();
  });

  test('and keeps the sector filters', async () => {
    const { page, errors } = await openPage(browser(), `${baseUrl}/sectors/telecom/?market=FR`);
    await page.click('[data-testid="lang-switch"]');
    await page.waitForURL(`${baseUrl}/fr/sectors/telecom/?market=FR`);
    expect(await page.inputValue('[data-testid="filter-market"]')).toBe('FR');
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('sector filters', () => {
  test('change the table, the chart and the URL, and a filtered URL restores them', async () => {
    const { page, errors } = await openPage(browser(), `${baseUrl}/sectors/telecom/`);
    const all = await tableIds(page, 'sector-table');
    await drawnPixels(page, 'sector-chart');
    const barsBefore = Number(await page.getAttribute('canvas[data-testid="sector-chart"]', 'data-bars'));

    // Telecom mixes survey types and markets: the page says so.
    expect(await page.locator('[data-comparability]').isVisible()).toBe(true);
    // The filters start folded (the chart comes first); a click opens them.
    expect(await page.locator('[data-testid="filter-market"]').isVisible()).toBe(false);
    await page.click('[data-filters] summary');
    await page.selectOption('[data-testid="filter-market"]', 'FR');
    await page.waitForURL(/\?market=FR$/);
    const french = await tableIds(page, 'sector-table');
    expect(french.length).toBeGreaterThan(0);
    expect(french.length).toBeLessThan(all.length);
    for (const id of french) expect(await page.getAttribute(`tr[data-figure="${id}"]`, 'data-market')).toBe('FR');
    const barsAfter = Number(await page.getAttribute('canvas[data-testid="sector-chart"]', 'data-bars'));
    expect(barsAfter).toBe(await page.locator('[data-testid="sector-table"] tbody[data-group="companies"] tr[data-figure]:visible').count());
    expect(barsAfter).toBeLessThan(barsBefore);
    expect(await page.textContent('[data-testid="filter-status"]')).toContain(`${french.length} of ${all.length}`);

    await page.selectOption('[data-testid="filter-grade"]', 'A');
    await page.waitForURL(/\?market=FR&grade=A$/);
    const frenchA = await tableIds(page, 'sector-table');
    expect(frenchA.length).toBeLessThan(french.length);
    for (const id of frenchA) expect(await page.getAttribute(`tr[data-figure="${id}"]`, 'data-grade')).toBe('A');
    // The warning follows the figures shown: it stays only while they still mix types or markets.
    const types = new Set(await Promise.all(frenchA.map((id) => page.getAttribute(`tr[data-figure="${id}"]`, 'data-type'))));
    expect(await page.locator('[data-comparability]').isVisible()).toBe(types.size > 1);

    // Opening the filtered URL restores the same view.
    const url = page.url();
    const reopened = await openPage(browser(), url);
    expect(await reopened.page.locator('[data-testid="filter-market"]').isVisible()).toBe(true);
    expect(await reopened.page.inputValue('[data-testid="filter-market"]')).toBe('FR');
    expect(await reopened.page.inputValue('[data-testid="filter-grade"]')).toBe('A');
    expect(await tableIds(reopened.page, 'sector-table')).toEqual(frenchA);
    expect(reopened.errors).toEqual([]);
    await reopened.page.close();

    // Show all clears the filters and the query string.
    await page.click('[data-testid="filter-reset"]');
    await page.waitForURL(`${baseUrl}/sectors/telecom/`);
    expect(await tableIds(page, 'sector-table')).toEqual(all);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('a period filter keeps figures whose period overlaps it, and hides undated ones', async () => {
    const { page, errors } = await openPage(browser(), `${baseUrl}/sectors/banking/?from=2017&to=2017`);
    const ids = await tableIds(page, 'sector-table');
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) {
      const period = (await page.getAttribute(`tr[data-figure="${id}"]`, 'data-period')) ?? '';
      expect(period, id).not.toBe('');
      const years = period.split('/').map((p) => Number(p.slice(0, 4)));
      expect(Math.min(...years) <= 2017 && Math.max(...years) >= 2017, `${id} ${period}`).toBe(true);
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  test('a bad filter in the URL is reported beside the filters and ignored, never a crash', async () => {
    const { page, errors } = await openPage(browser(), `${baseUrl}/sectors/telecom/?grade=Z&market=FR`);
    expect(await page.textContent('[data-filter-ignored]')).toContain('Minimum grade');
    expect(await page.getAttribute('[data-filter-ignored]', 'role')).toBe('alert');
    expect(page.url()).toBe(`${baseUrl}/sectors/telecom/?market=FR`);
    expect(await page.inputValue('[data-testid="filter-market"]')).toBe('FR');
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('home search', () => {
  test('filters the company list as you type, accents optional', async () => {
    const { page, errors } = await openPage(browser(), `${baseUrl}/fr/`);
    const total = await page.locator('[data-testid="company-list"] li').count();
    await page.fill('[data-testid="company-search"]', 'credit mut');
    const visible = await page.locator('[data-testid="company-list"] li:visible a').allTextContents();
    expect(visible).toEqual(['Crédit Mutuel']);
    await page.fill('[data-testid="company-search"]', '');
    expect(await page.locator('[data-testid="company-list"] li:visible').count()).toBe(total);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('pages read without JavaScript', () => {
  const seeds = [
    ['tesla', 'Tesla', 'automotive'],
    ['apple', 'Apple', 'consumer-tech'],
    ['amazon', 'Amazon', 'ecommerce-retail'],
    ['netflix', 'Netflix', 'streaming-media'],
    ['orange', 'Orange', 'telecom'],
    ['free', 'Free', 'telecom'],
    ['sequra', 'seQura', 'fintech-payments'],
  ] as const;
  test.each(['', '/fr'])(
    'every seed company is on its sector page and its company page with a source link (%s)',
    async (prefix) => {
      for (const [company, name, sector] of seeds) {
        for (const path of [`${prefix}/sectors/${sector}/`, `${prefix}/companies/${company}/`]) {
          const { page, tab } = await visit(path, 'noScript');
          const rows = page.locator('tr[data-figure]:visible');
          expect(await rows.count(), path).toBeGreaterThan(0);
          if (path.includes('/sectors/')) {
            const row = page.locator(`tr[data-figure]:has(a[href="${prefix}/companies/${company}/"])`).first();
            expect(await row.isVisible(), `${company} on ${path}`).toBe(true);
            expect(await row.locator('th').textContent()).toContain(name);
            expect(await row.locator('a.source-link').count(), `${company} source on ${path}`).toBe(1);
          } else {
            expect(await page.textContent('h1'), path).toContain(name);
            expect(await page.locator('tr[data-figure] a.source-link').count(), path).toBe(await rows.count());
          }
          // Without JavaScript the filters stay hidden and the chart leaves no blank box.
          expect(await page.locator('[data-filters]').isVisible()).toBe(false);
          expect(await page.locator('.chart-box').first().isVisible()).toBe(false);
          expect(problems(tab), path).toEqual([]);
        }
      }
      // Fourteen page loads, some of sector pages three times the size they were: room on a loaded machine (no timing is asserted).
    },
    240_000,
  );

  test.each(['', '/fr'])('the banks bound reads as a bound (%s)', async (prefix) => {
    const { page } = await visit(`${prefix}/sectors/banking/`, 'noScript');
    const cell = page.locator('tr[data-figure="banking-seed-fr-below-50"] [data-relation="below"]');
    expect(await cell.textContent()).toContain(prefix ? 'moins de +50' : 'below +50');
    expect(await page.locator('tr[data-figure="banking-seed-fr-below-50"] a.source-link').count()).toBe(1);
  });
});

describe('a 360 px phone never scrolls sideways', () => {
  test.each([
    '/',
    '/fr/',
    '/sectors/banking/',
    '/fr/sectors/banking/',
    '/sectors/telecom/',
    '/companies/apple/',
    '/fr/companies/netflix/',
    '/methodology/',
    '/fr/methodology/',
    '/sources/',
    '/fr/sources/',
  ])('%s', async (path) => {
    const { page, tab } = await visit(path, 'phone');
    for (let y = 0; y < (await page.evaluate(() => document.documentElement.scrollHeight)); y += 600) {
      await page.evaluate((top) => window.scrollTo(0, top), y);
    }
    await tab.idle();
    const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
    expect(widths.scroll).toBeLessThanOrEqual(widths.client);
    expect(problems(tab)).toEqual([]);
  });
});
