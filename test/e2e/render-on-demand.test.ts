/**
 * What keeps the reading pages light on a phone (Lighthouse's mobile run scored the banking page 65 without it):
 * - a long figure table is styled, laid out and painted only when near the screen (`content-visibility: auto` on
 *   `.table-wrap`), yet a link to one of its rows lands on that row, and the printed page has every row;
 * - a chart draws without creating an `Intl` formatter (its axis labels come formatted from the build), because
 *   the first formatter a page creates costs one long task of about 140 ms at 4x CPU slowdown.
 */
import type { Browser, Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { useChromium } from '../support/chromium.ts';

const baseUrl = inject('baseUrl');
const browser = useChromium();
const phone = { width: 360, height: 740 };

/** A phone-sized page that counts the `Intl` formatters the page creates (`window.__intlCreated`). */
async function phonePage(chromium: Browser): Promise<{ page: Page; errors: string[] }> {
  const context = await chromium.newContext({ viewport: phone });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('close', () => void context.close().catch(() => undefined));
  await page.addInitScript(() => {
    const counted = window as unknown as { __intlCreated: string[] };
    counted.__intlCreated = [];
    for (const name of ['NumberFormat', 'DateTimeFormat', 'PluralRules', 'DisplayNames', 'ListFormat'] as const) {
      const original = Intl[name] as unknown as new (...args: unknown[]) => object;
      (Intl as unknown as Record<string, unknown>)[name] = new Proxy(original, {
        construct(target, args: unknown[]) {
          counted.__intlCreated.push(name);
          return Reflect.construct<unknown[], object>(target, args);
        },
      });
    }
  });
  return { page, errors };
}

const intlCreated = (page: Page) => page.evaluate(() => (window as unknown as { __intlCreated: string[] }).__intlCreated);

/** Whether the row is rendered: false while it sits in a table the browser skips (`content-visibility: auto`). */
const rendered = (page: Page, selector: string) => page.locator(selector).evaluate((element) => element.checkVisibility({ contentVisibilityAuto: true }));

/**
 * Each box's estimated height (the place it holds while skipped: its computed `contain-intrinsic-block-size`,
 * `auto 1234px`) beside its real height once rendered.
 */
const heldAndReal = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((boxes) =>
    boxes.map((box) => {
      const held = Number(/([\d.]+)px/.exec(getComputedStyle(box).containIntrinsicBlockSize)?.[1] ?? 0);
      (box as HTMLElement).style.contentVisibility = 'visible';
      return { id: box.id, held, real: box.getBoundingClientRect().height };
    }),
  );

describe('long tables render when near the screen', () => {
  // The last company row: company figures are ranked in two groups (B or better, then C and D), each its own tbody.
  const lastRow = '[data-testid="sector-table"] tbody[data-group="companies"][data-rank-group="below"] tr[data-figure]:last-child';

  test('banking on a phone: rows skipped at load, rendered once the table is scrolled to', async () => {
    const { page, errors } = await phonePage(browser());
    await page.goto(`${baseUrl}/sectors/banking/`, { waitUntil: 'load' });
    expect(await page.locator('.table-wrap').evaluate((element) => getComputedStyle(element).contentVisibility)).toBe('auto');
    expect(await page.locator(`${lastRow}`).count()).toBe(1);
    expect(await rendered(page, lastRow)).toBe(false);
    await page.locator('[data-testid="sector-table"]').evaluate((table) => table.scrollIntoView());
    await expect.poll(() => rendered(page, lastRow), { timeout: 10_000 }).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('a link to the last row of a long table lands on that row', async () => {
    const { page } = await phonePage(browser());
    await page.goto(`${baseUrl}/sectors/banking/`, { waitUntil: 'load' });
    const id = await page.locator(lastRow).getAttribute('id');
    expect(id).toMatch(/^figure-/);
    await page.goto(`${baseUrl}/sectors/banking/#${id}`, { waitUntil: 'load' });
    await expect.poll(() => rendered(page, `#${id}`), { timeout: 10_000 }).toBe(true);
    // On screen: the row's box overlaps the viewport (its top may sit a fraction of a pixel above it).
    const onScreen = () => page.locator(`#${id}`).evaluate((row) => row.getBoundingClientRect().bottom > 0 && row.getBoundingClientRect().top < window.innerHeight);
    await expect.poll(onScreen, { timeout: 10_000 }).toBe(true);
    await page.close();
  });

  test("a sector's all-figures page: tables of 20 rows, the first rendered at load, the others when near, columns lined up", async () => {
    const { page, errors } = await phonePage(browser());
    await page.goto(`${baseUrl}/figures/banking/`, { waitUntil: 'load' });
    const tables = page.locator('[data-testid="figures-table"]');
    const count = await tables.count();
    expect(count).toBeGreaterThan(5);
    const rowsPerTable = await tables.evaluateAll((all) => all.map((table) => table.querySelectorAll('tbody tr').length));
    expect(rowsPerTable.slice(0, -1).every((rows) => rows === 20)).toBe(true);
    // Every table has its headings and a caption saying which rows it holds.
    const headings = await tables.evaluateAll((all) => all.map((table) => [...table.querySelectorAll('thead th')].map((cell) => cell.textContent.trim()).join(' | ')));
    expect(headings[0]).toContain('Company');
    expect(new Set(headings)).toEqual(new Set([headings[0]]));
    expect(await tables.last().locator('caption').textContent()).toMatch(/^Banking: all figures, \d+ to (\d+) of \1$/);
    expect(await rendered(page, '[data-testid="figures-table"] >> nth=0 >> tbody tr >> nth=0')).toBe(true);
    const lastTableRow = `[data-testid="figures-table"] >> nth=${count - 1} >> tbody tr >> nth=0`;
    expect(await rendered(page, lastTableRow)).toBe(false);
    await page.locator(lastTableRow).evaluate((row) => row.scrollIntoView());
    await expect.poll(() => rendered(page, lastTableRow), { timeout: 10_000 }).toBe(true);
    // Same column edges in the first and the last table (fixed layout, same width): they read as one table.
    const edges = (index: number) =>
      tables
        .nth(index)
        .locator('thead th')
        .evaluateAll((cells) => cells.map((cell) => Math.round(cell.getBoundingClientRect().left)));
    expect(await edges(count - 1)).toEqual(await edges(0));
    expect(errors).toEqual([]);
    await page.close();
  });

  // A skipped table holds a place of its estimated height; were it shorter than the table, the table laid out by a
  // tool that measures it (axe in Lighthouse) would spill over what follows: links piled up, a target-size failure.
  test.each(['/sectors/banking/', '/fr/sectors/fitness/', '/figures/banking/', '/figures/consumer-goods/', '/fr/figures/consumer-goods/'])(
    '%s on a phone: every deferred table’s estimated height is at least its real height',
    async (path) => {
      const { page } = await phonePage(browser());
      await page.goto(`${baseUrl}${path}`, { waitUntil: 'load' });
      const heights = await heldAndReal(page, '.table-wrap--deferred, .table-part');
      expect(heights.length).toBeGreaterThan(0);
      expect(heights.filter((box) => box.held < box.real)).toEqual([]);
      await page.close();
    },
  );

  test('printed, every row of every figure table is rendered', async () => {
    const { page } = await phonePage(browser());
    await page.goto(`${baseUrl}/figures/banking/`, { waitUntil: 'load' });
    await page.emulateMedia({ media: 'print' });
    expect(
      await page
        .locator('.table-part')
        .first()
        .evaluate((element) => getComputedStyle(element).contentVisibility),
    ).toBe('visible');
    const rows = await page.locator('[data-testid="figures-table"] tbody tr').evaluateAll((all) => all.map((row) => row.checkVisibility({ contentVisibilityAuto: true })));
    expect(rows.length).toBeGreaterThan(100);
    expect(rows.filter((shown) => !shown)).toEqual([]);
    await page.close();
  });
});

describe('the sources page renders each source when near the screen', () => {
  test('on a phone: late sources skipped at load, rendered once scrolled to, and a link to the last one lands on it', async () => {
    const { page, errors } = await phonePage(browser());
    await page.goto(`${baseUrl}/sources/`, { waitUntil: 'load' });
    const ids = await page.locator('li.source').evaluateAll((all) => all.map((source) => source.id));
    expect(ids.length).toBeGreaterThan(100);
    const last = `#${ids.at(-1)}`;
    expect(await rendered(page, `li.source >> nth=0 >> h2`)).toBe(true);
    expect(await rendered(page, `${last} h2`)).toBe(false);
    await page.locator(last).evaluate((source) => source.scrollIntoView());
    await expect.poll(() => rendered(page, `${last} h2`), { timeout: 10_000 }).toBe(true);
    await page.goto(`${baseUrl}/sources/#${ids.at(-2)}`, { waitUntil: 'load' });
    const onScreen = () =>
      page.locator(`#${ids.at(-2)}`).evaluate((source) => source.getBoundingClientRect().bottom > 0 && source.getBoundingClientRect().top < window.innerHeight);
    await expect.poll(onScreen, { timeout: 10_000 }).toBe(true);
    await page.emulateMedia({ media: 'print' });
    const printed = await page.locator('li.source').evaluateAll((all) => all.filter((source) => !source.checkVisibility({ contentVisibilityAuto: true })).length);
    expect(printed).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  // As for the tables: a skipped source shorter than its estimate would spill over the next when a tool lays it out.
  test.each([320, 412, 600, 1024, 1280])('%i px wide, both languages: every source’s estimated height is at least its real height', async (width) => {
    const context = await browser().newContext({ viewport: { width, height: 800 } });
    const page = await context.newPage();
    for (const path of ['/sources/', '/fr/sources/']) {
      await page.goto(`${baseUrl}${path}`, { waitUntil: 'load' });
      const heights = await heldAndReal(page, 'li.source');
      expect(heights.length).toBeGreaterThan(100);
      expect(heights.filter((box) => box.held < box.real)).toEqual([]);
    }
    await context.close();
  });
});

describe('the home search makes no first pass', () => {
  test.each(['', '/fr'])('%s/: no formatter at load, the server wrote the count; typing filters and clearing gives the same words back', async (prefix) => {
    const { page, errors } = await phonePage(browser());
    await page.goto(`${baseUrl}${prefix}/`, { waitUntil: 'load' });
    const status = page.locator('[data-search-status]');
    const serverWords = await status.textContent();
    expect(await intlCreated(page)).toEqual([]);
    await page.fill('[data-testid="company-search"]', 'bank');
    await expect.poll(() => page.locator('[data-testid="company-list"] li:not([hidden])').count()).toBeLessThan(await page.locator('[data-testid="company-list"] li').count());
    expect(await status.textContent()).not.toBe(serverWords);
    await page.fill('[data-testid="company-search"]', '');
    expect(await status.textContent()).toBe(serverWords);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('charts draw without creating an Intl formatter', () => {
  test.each(['/companies/apple/', '/fr/companies/orange/'])('%s: the company chart, in the first screen, draws with no formatter created', async (path) => {
    const { page, errors } = await phonePage(browser());
    await page.goto(`${baseUrl}${path}`, { waitUntil: 'load' });
    await page.locator('.chart-box[data-drawn]').waitFor();
    expect(await intlCreated(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  test.each(['/sectors/banking/', '/fr/sectors/telecom/'])('%s: the sector chart draws, once scrolled to, with no formatter created', async (path) => {
    const { page, errors } = await phonePage(browser());
    await page.goto(`${baseUrl}${path}`, { waitUntil: 'load' });
    await page.locator('canvas[data-testid="sector-chart"]').scrollIntoViewIfNeeded();
    await page.locator('.chart-box[data-drawn]').waitFor();
    expect(await intlCreated(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
