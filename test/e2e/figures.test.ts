/**
 * All figures: an index (/figures/) with the downloads, every sector and its companies, and one page per sector
 * (/figures/<sector>/) listing its figures. Every published observation is on exactly one sector page, with its
 * source; the old single table's anchors still lead to their rows; both languages.
 */
import { describe, expect, inject, test } from 'vitest';
import { useChromium } from '../support/chromium.ts';
import { openPage } from '../support/page.ts';

const browser = useChromium();

const baseUrl = () => inject('baseUrl');
const get = async (path: string) => {
  const response = await fetch(`${baseUrl()}${path}`);
  expect(response.status, path).toBe(200);
  return response.text();
};
/** The sector pages the index links to, in its order. */
const indexLinks = (html: string, prefix: string) =>
  [...html.matchAll(/<a href="([^"#]+)" data-sector-link>/g)].map((m) => m[1] as string).filter((href) => href.startsWith(`${prefix}/figures/`));
const rowIds = (html: string) => [...html.matchAll(/<tr id="figure-([^"]+)"/g)].map((m) => m[1] as string);

describe('All figures pages', () => {
  test.each(['', '/fr'])('every observation of the published JSON is on exactly one sector page, with its source (%s)', async (prefix) => {
    const dataset = (await (await fetch(`${baseUrl()}/data/nps-atlas.json`)).json()) as { sectors: { id: string }[]; observations: { id: string }[] };
    const links = indexLinks(await get(`${prefix}/figures/`), prefix);
    const sectorIds = new Set(dataset.sectors.map((s) => s.id));
    expect(links.length).toBeGreaterThan(1);
    const seen: string[] = [];
    for (const link of links) {
      const html = await get(link);
      const ids = rowIds(html);
      expect(ids.length, link).toBeGreaterThan(0);
      expect(sectorIds.has(link.split('/').at(-2) ?? ''), link).toBe(true);
      // Each row names its source: a link out, or its entry on the Sources page.
      expect((html.match(/class="source-link[ "]/g) ?? []).length, link).toBe(ids.length);
      // No script on these pages, so the rows carry none of the filter script's data attributes.
      expect(html, link).not.toContain('data-figure=');
      expect(html, link).not.toMatch(/<script(?![^>]*application\/ld\+json)/);
      seen.push(...ids);
    }
    expect(seen.sort()).toEqual(dataset.observations.map((o) => o.id).sort());
  });

  test('a sector page: its rows, a link back, and the language switch lands on its French twin', async () => {
    const { page, errors } = await openPage(browser(), `${baseUrl()}/figures/banking/`);
    expect(await page.locator('[data-testid="figures-table"] tbody tr').count()).toBeGreaterThan(10);
    const firstSource = page.locator('[data-testid="figures-table"] tbody tr a[href^="http"]').first();
    expect(await firstSource.getAttribute('href')).toMatch(/^https?:\/\//);
    expect(await page.locator('.breadcrumb a').getAttribute('href')).toBe('/figures/');
    expect(await page.locator('[data-testid="figures-other-sectors"] a[href="/figures/telecom/"]').count()).toBe(1);
    await page.click('[data-testid="lang-switch"]');
    await page.waitForURL(/\/fr\/figures\/banking\/$/);
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
    expect(await page.textContent('h1')).toBe('Banque\u00a0: tous les chiffres');
    expect(errors).toEqual([]);
    await page.close();
  });

  test('the index language switch lands on the French index', async () => {
    const { page, errors } = await openPage(browser(), `${baseUrl()}/figures/`);
    await page.click('[data-testid="lang-switch"]');
    await page.waitForURL(/\/fr\/figures\/$/);
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
    expect(await page.textContent('h1')).toBe('Tous les chiffres');
    expect(errors).toEqual([]);
    await page.close();
  });

  test.each(['', '/fr'])('every company of the index links to its first row on its sector page (%s)', async (prefix) => {
    const { page, errors } = await openPage(browser(), `${baseUrl()}${prefix}/figures/`);
    const entries = await page
      .locator('[data-testid="figures-index"] > li')
      .evaluateAll((items) =>
        items.map((li) => ({ page: li.getAttribute('data-figures-page'), companies: [...li.querySelectorAll('.peer-list a')].map((a) => a.getAttribute('href') ?? '') })),
      );
    const companyLinks = entries.flatMap((e) => e.companies.map((href) => ({ page: e.page, href })));
    const dataset = (await (await page.request.get(`${baseUrl()}/data/nps-atlas.json`)).json()) as { observations: { company?: string }[] };
    expect(companyLinks.length).toBe(new Set(dataset.observations.map((o) => o.company).filter(Boolean)).size);
    const pages = new Map<string, string[]>();
    for (const { page: sectorPage, href } of companyLinks) {
      const [path, hash] = href.split('#');
      expect(path).toBe(sectorPage);
      if (!pages.has(path!)) pages.set(path!, rowIds(await get(path!)));
      expect(pages.get(path!), href).toContain(hash?.replace(/^figure-/, ''));
    }
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('the old single table’s anchors', () => {
  test.each(['', '/fr'])('a figure’s anchor goes on to its row on its sector page (%s)', async (prefix) => {
    const { page, errors } = await openPage(browser(), `${baseUrl()}${prefix}/figures/#figure-apple-indexnps-72`);
    await page.waitForURL(new RegExp(`${prefix}/figures/consumer-tech/#figure-apple-indexnps-72$`));
    await page.waitForSelector('#figure-apple-indexnps-72:target');
    expect(await page.locator('#figure-apple-indexnps-72').textContent()).toContain('Apple');
    expect(errors).toEqual([]);
    await page.close();
  });

  test('without scripting, a figure’s anchor lands on its sector’s entry, and a sector’s anchor on its own', async () => {
    const { page, errors } = await openPage(browser(), `${baseUrl()}/figures/#figure-apple-indexnps-72`, { javaScriptEnabled: false });
    expect(page.url()).toMatch(/\/figures\/#figure-apple-indexnps-72$/);
    const entry = page.locator('#figure-apple-indexnps-72').locator('xpath=ancestor::li[@data-figures-page]');
    expect(await entry.getAttribute('id')).toBe('sector-consumer-tech');
    expect(await entry.locator('[data-sector-link]').getAttribute('href')).toBe('/figures/consumer-tech/');
    expect(await page.locator('#sector-banking [data-sector-link]').getAttribute('href')).toBe('/figures/banking/');
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('sizes', () => {
  // One table of 395 figures was 564 KB of HTML (68 KB gzip) on 2026-12-01, and scored 54 for performance in
  // Lighthouse; split by sector, the largest page (banking, a third of the figures) is about 160 KB.
  test('no All figures page is over 256 KB of HTML', async () => {
    const html = await get('/figures/');
    const pages = ['/figures/', '/fr/figures/', ...indexLinks(html, ''), ...indexLinks(html, '').map((p) => `/fr${p}`)];
    for (const path of pages) expect(Buffer.byteLength(await get(path)), path).toBeLessThan(256 * 1024);
  });
});
