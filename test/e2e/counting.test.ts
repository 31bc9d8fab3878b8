/**
 * One measurement, counted once, in Chromium: Apple 72 on the consumer technology page (table, chart, headline,
 * the score tool's benchmarks) with the publications that repeated it named; headlines from B-or-better figures
 * that follow the sector filters (and the chart's text alternative, and the printed page); the filters make
 * history entries and keep the score tool's parameters; the open-data downloads (datapackage.json valid, version
 * and changelog) and the All figures page's JSON-LD under the page's CSP. Both languages.
 */
import { describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { useChromium } from '../support/chromium.ts';
import { checkData, checkDescriptor } from '../support/frictionless.ts';
import { openPage } from '../support/page.ts';

const baseUrl = inject('baseUrl');
const browser = useChromium();

const companyRows = '[data-testid="sector-table"] tbody[data-group="companies"] tr[data-figure]';

/** What the headline should count among the rows shown: exact consumer company measurements graded `min` or better. */
function countedInPage(page: Page, minGrade: string): Promise<number[]> {
  return page.locator(`${companyRows}:visible`).evaluateAll(
    (rows, min) =>
      rows
        .map((r) => (r as HTMLElement).dataset)
        .filter((d) => d.relation === 'exact' && !d.restates && d.audience !== 'business' && (d.grade ?? 'D') <= min)
        .map((d) => Number(d.nps)),
    minGrade,
  );
}

describe.each([
  ['', 'en'],
  ['/fr', 'fr'],
])('Apple 72 is counted once on the consumer technology page (%s)', (prefix, locale) => {
  test('one bar, one headline value, one benchmark; the original names who repeated it, each repeat links to it', async () => {
    const { page, errors } = await openPage(browser(), `${baseUrl}${prefix}/sectors/consumer-tech/`);
    const apple72 = page.locator(`${companyRows}:has(a[href="${prefix}/companies/apple/"])[data-nps="72"]`);
    expect(await apple72.count()).toBeGreaterThanOrEqual(3);
    const original = page.locator(`${companyRows}:has(a[href="${prefix}/companies/apple/"])[data-nps="72"]:not([data-restates])`);
    expect(await original.count()).toBe(1);
    const originalId = await original.getAttribute('data-figure');
    // "Also reported by" names every repeat's publisher, as a link.
    const also = original.locator('[data-testid="also-reported"]');
    expect(await also.locator('a').count()).toBe((await apple72.count()) - 1);
    for (const repeat of await page.locator(`${companyRows}[data-restates="${originalId}"]`).all()) {
      const publisher = (await repeat.locator('a.source-link').textContent()) ?? '';
      expect(await also.textContent()).toContain(publisher.trim());
      expect(await repeat.locator('[data-testid="repeat-of"] a').getAttribute('href')).toBe(`${prefix}/companies/apple/#figure-${originalId}`);
      expect(await repeat.locator('[data-badge="repeat"]').count()).toBe(1);
    }
    // The chart draws consumer measurements only.
    await page.locator('.chart-box').first().scrollIntoViewIfNeeded();
    await page.locator('canvas[data-testid="sector-chart"]').waitFor({ state: 'visible' });
    const bars = Number(await page.getAttribute('canvas[data-testid="sector-chart"]', 'data-bars'));
    expect(bars).toBe(await page.locator(`${companyRows}:not([data-restates]):not([data-audience="business"])`).count());
    // The headline: range and count from the counted rows, B or better, said so.
    const counted = await countedInPage(page, 'B');
    const note = (await page.textContent('[data-testid="sector-headline-note"]')) ?? '';
    expect(note).toContain(
      locale === 'fr' ? `de ${counted.length} chiffres exacts d’entreprises notés B ou mieux` : `of ${counted.length} exact company figures graded B or better`,
    );
    const number = (v: number) => new Intl.NumberFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', { maximumFractionDigits: 1 }).format(Math.abs(v));
    const range = (await page.textContent('[data-testid="sector-range"]')) ?? '';
    expect(range).toContain(number(Math.min(...counted)));
    expect(range).toContain(number(Math.max(...counted)));
    // The score tool's benchmarks hold the original only.
    const benchmarks = (await (await page.request.get(`${baseUrl}/compare/benchmarks/consumer-tech.json`)).json()) as {
      figures: { id: string; companyId?: string; nps: number }[];
    };
    const inTool = benchmarks.figures.filter((f) => f.companyId === 'apple' && f.nps === 72);
    expect(inTool.map((f) => f.id)).toEqual([originalId]);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('sector headlines follow the filters, and the filters make history', () => {
  test.each(['', '/fr'])('grade A, then Back to the default (%s)', async (prefix) => {
    const path = `${prefix}/sectors/telecom/`;
    const { page, errors } = await openPage(browser(), `${baseUrl}${path}?score=30`);
    await page.click('.filters summary');
    const before = (await page.textContent('[data-testid="sector-headline-note"]')) ?? '';
    const caption = page.locator('[data-chart-caption]');
    await page.selectOption('[data-testid="filter-grade"]', 'A');
    await page.waitForURL(/grade=A/);
    // The tool's parameter is kept: both write the address through mergeQuery.
    expect(new URL(page.url()).searchParams.get('score')).toBe('30');
    const countedA = await countedInPage(page, 'A');
    const after = (await page.textContent('[data-testid="sector-headline-note"]')) ?? '';
    expect(after).not.toBe(before);
    expect(after).toContain(prefix ? `notés A ou mieux` : `graded A or better`);
    expect(after).toContain(String(countedA.length));
    const visibleBars = await page.locator(`${companyRows}:visible:not([data-restates]):not([data-audience="business"])`).count();
    expect(await caption.textContent()).toContain(`(${visibleBars} `);
    expect(await page.textContent('[data-testid="sector-figure-count"]')).toBe(String(await page.locator('[data-testid="sector-table"] tr[data-figure]:visible').count()));
    // The printed page is the filtered one.
    await page.emulateMedia({ media: 'print' });
    expect(await page.textContent('[data-testid="sector-headline-note"]')).toBe(after);
    expect(await page.locator('[data-testid="sector-table"] tr[data-figure]:visible').count()).toBe(
      await page.locator('[data-testid="sector-table"] tr[data-figure]:not([hidden])').count(),
    );
    await page.emulateMedia({ media: 'screen' });
    // Back: the previous filters, on the same page.
    await page.goBack();
    await page.waitForFunction(() => !new URL(window.location.href).searchParams.has('grade'));
    expect(new URL(page.url()).pathname).toBe(path);
    expect(new URL(page.url()).searchParams.get('score')).toBe('30');
    expect(await page.inputValue('[data-testid="filter-grade"]')).toBe('');
    expect(await page.textContent('[data-testid="sector-headline-note"]')).toBe(before);
    // Forward: grade A again.
    await page.goForward();
    await page.waitForURL(/grade=A/);
    expect(await page.inputValue('[data-testid="filter-grade"]')).toBe('A');
    expect(errors).toEqual([]);
    await page.close();
  });

  test.each(['', '/fr'])('a sector whose figures are all C or D says so instead of a median (%s)', async (prefix) => {
    const { page, errors } = await openPage(browser(), `${baseUrl}${prefix}/`);
    const notes = await page.locator('[data-testid="card-headline-note"]').allTextContents();
    expect(notes.some((n) => n.includes(prefix ? 'Seulement des chiffres notés' : 'Only figures graded'))).toBe(true);
    for (const card of await page.locator('.sector-card').all()) {
      const note = (await card.locator('[data-testid="card-headline-note"]').textContent()) ?? '';
      // No median where only C or D figures, or no exact company figure at all, are there to count.
      const nothingToCount = note.includes(prefix ? 'ni étendue ni médiane' : 'no range or median') || note.includes(prefix ? 'Aucun chiffre exact' : 'No exact company figure');
      expect(await card.locator('[data-testid="card-median"]').count()).toBe(nothingToCount ? 0 : 1);
    }
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('open data', () => {
  test('datapackage.json is a valid Frictionless package of the served CSVs, with the version and changelog', async () => {
    const { page, errors } = await openPage(browser(), `${baseUrl}/figures/`);
    const get = async (file: string) => {
      const response = await page.request.get(`${baseUrl}/data/${file}`);
      expect(response.status(), file).toBe(200);
      return response.text();
    };
    const descriptor = JSON.parse(await get('datapackage.json')) as { version: string; resources: { path: string }[] };
    expect(checkDescriptor(descriptor)).toEqual([]);
    const files: Record<string, string> = {};
    for (const resource of descriptor.resources) files[resource.path] = await get(resource.path);
    expect(checkData(descriptor, files)).toEqual([]);
    expect(Object.keys(files)).toContain('changelog.csv');
    const json = JSON.parse(await get('nps-atlas.json')) as { version: string };
    expect(json.version).toBe(descriptor.version);
    expect(json.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(await page.textContent('[data-testid="dataset-version"] code')).toBe(json.version);
    // Every download on the page is linked.
    for (const testid of ['download-csv', 'download-json', 'download-datapackage', 'download-changelog'])
      expect(await page.locator(`[data-testid="${testid}"]`).count(), testid).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  test.each(['', '/fr'])('the All figures page carries schema.org Dataset markup and how to cite (%s)', async (prefix) => {
    const { page, errors } = await openPage(browser(), `${baseUrl}${prefix}/figures/`);
    const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}') as { version: string; distribution: { contentUrl: string }[] };
    expect(ld).toMatchObject({ '@context': 'https://schema.org', '@type': 'Dataset', license: 'https://creativecommons.org/licenses/by/4.0/' });
    expect(ld.distribution.map((d) => new URL(d.contentUrl).pathname)).toContain('/data/datapackage.json');
    expect(await page.textContent('[data-testid="cite-atlas"]')).toContain(`version ${ld.version}`);
    expect(await page.locator('[data-testid="cite-figure"]').count()).toBe(1);
    // Split by sector: every sector entry keeps its old anchor (#sector-<id>) and links to its own page.
    for (const entry of await page.locator('[data-testid="figures-index"] > li').all()) {
      const id = (await entry.getAttribute('id')) ?? '';
      expect(await entry.locator('[data-sector-link]').getAttribute('href'), id).toBe(`${prefix}/figures/${id.replace(/^sector-/, '')}/`);
    }
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('on a phone: the home search sits high and finds short names and sectors; wide tables say they scroll', () => {
  const phone = { width: 360, height: 740 };
  test.each(['', '/fr'])('home search (%s)', async (prefix) => {
    const { page, errors } = await openPage(browser(), `${baseUrl}${prefix}/`, { viewport: phone });
    const box = await page.locator('[data-testid="company-search"]').boundingBox();
    expect(box).not.toBeNull();
    expect(box!.y + box!.height).toBeLessThan(phone.height);
    await page.fill('[data-testid="company-search"]', 'BoA');
    expect(await page.locator('[data-testid="company-list"] li:visible a').allTextContents()).toEqual(['Bank of America']);
    await page.fill('[data-testid="company-search"]', prefix ? 'banque' : 'banking');
    const sectors = await page.locator('[data-testid="sector-matches"] li:visible a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(sectors).toContain(`${prefix}/sectors/banking/`);
    await page.fill('[data-testid="company-search"]', '');
    expect(await page.locator('[data-testid="sector-matches"] li:visible').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
  test.each(['/sectors/banking/', '/fr/figures/banking/'])('%s: the table scrolls in its box, and says so', async (path) => {
    const { page, errors } = await openPage(browser(), `${baseUrl}${path}`, { viewport: phone });
    const wrap = page.locator('.table-wrap').first();
    // Scrolled to first, as a reader would: a table far below the first screen is not laid out until near it.
    await wrap.evaluate((el) => el.scrollIntoView());
    await page.waitForFunction(() => document.querySelector('.table-wrap tbody tr')?.checkVisibility({ contentVisibilityAuto: true }) ?? false);
    const sizes = await wrap.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth, page: document.documentElement.scrollWidth }));
    expect(sizes.scroll).toBeGreaterThan(sizes.client);
    expect(sizes.page).toBeLessThanOrEqual(phone.width);
    expect(await page.locator('.scroll-hint').first().isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });
});
