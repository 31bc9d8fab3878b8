/**
 * Sector headlines and rankings that tell the truth, in Chromium, in both languages (issue 8, item 7):
 * a headline that counts one figure names that figure and whose it is (never "+58 to +58, median +58"), on the
 * server's page and after the filters bring a sector down to one figure and back, with the same words either way;
 * and a sector's ranking (table, chart, its text alternative, the PNG) puts the figures graded B or better first and
 * the lower grades after, under a labelled group row and divider, so the unsourced Starbucks 77 never reads as the
 * leader above Chick-fil-A's A-graded 58; the filters re-split it.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { downloadWithText, openRecordingPage } from '../support/chart-export.ts';
import { useChromium } from '../support/chromium.ts';
import { openPage } from '../support/page.ts';

const baseUrl = inject('baseUrl');
const browser = useChromium();

/** What the key facts show: visible parts only, as a reader sees them. */
const keyFacts = (page: Page) =>
  page.evaluate(() => {
    const shown = (part: string) => {
      const box = document.querySelector<HTMLElement>(`[data-headline-part="${part}"]`);
      return box && !box.hidden ? (box.querySelector('dd')?.textContent ?? '').replace(/\s+/g, ' ').trim() : undefined;
    };
    return {
      range: shown('range'),
      median: shown('median'),
      single: shown('single'),
      note: document.querySelector('[data-testid="sector-headline-note"]')?.textContent?.trim(),
    };
  });
const headlineHtml = (page: Page) => page.evaluate(() => document.querySelector('[data-headline]')?.outerHTML);

const words = {
  en: {
    restaurants: '+58 Chick-fil-A, grade A, fieldwork 2017',
    twoRange: '+58 to +77',
    twoMedian: '+67.5',
    ritz: '+12.2 The Ritz-Carlton (luxury city hotels, Japan), grade A, fieldwork 2016',
    noRange: 'one figure gives no range or median',
    rangeOf: 'Range and median of 3 exact company figures graded B or better',
  },
  fr: {
    restaurants: '+58 Chick-fil-A, note A, terrain 2017',
    twoRange: 'de +58 à +77',
    twoMedian: '+67,5',
    ritz: '+12,2 The Ritz-Carlton (hôtels urbains de luxe, Japon), note A, terrain 2016',
    noRange: '\u00a0: un chiffre seul ne donne ni étendue ni médiane',
    rangeOf: 'Étendue et médiane de 3 chiffres exacts d’entreprises notés B ou mieux',
  },
};

describe.each([
  ['', 'en'],
  ['/fr', 'fr'],
] as const)('a headline of one figure names it (%s)', (prefix, locale) => {
  const w = words[locale];

  test('restaurants: the one B-or-better figure and whose it is; grade D or better makes two, a range again; Show all returns to the server’s words', async () => {
    const path = `${baseUrl}${prefix}/sectors/restaurants/`;
    const server = await openPage(browser(), path, { javaScriptEnabled: false });
    expect(await keyFacts(server.page)).toMatchObject({ range: undefined, median: undefined, single: w.restaurants });
    expect((await keyFacts(server.page)).note).toContain(w.noRange);
    const serverHtml = await headlineHtml(server.page);

    const { page, errors } = await openPage(browser(), path);
    await page.click('[data-filters] summary');
    await page.selectOption('[data-testid="filter-grade"]', 'D');
    await page.waitForURL(/grade=D/);
    const two = await keyFacts(page);
    expect(two).toMatchObject({ range: w.twoRange, median: w.twoMedian, single: undefined });
    expect(two.note).not.toContain(w.noRange);
    await page.click('[data-testid="filter-reset"]');
    await page.waitForURL((url) => !url.search.includes('grade'));
    await page.waitForFunction((html) => document.querySelector('[data-headline]')?.outerHTML === html, serverHtml);
    expect(await keyFacts(page)).toMatchObject({ range: undefined, median: undefined, single: w.restaurants });
    expect(errors).toEqual([]);
    await Promise.all([server.page.close(), page.close()]);
  });

  test('hotels: a market filter leaves one figure, named; Back gives the range and median of three again', async () => {
    const { page, errors } = await openPage(browser(), `${baseUrl}${prefix}/sectors/hotels/`);
    const before = await keyFacts(page);
    expect(before.single).toBeUndefined();
    expect(before.note).toContain(w.rangeOf);
    await page.click('[data-filters] summary');
    await page.selectOption('[data-testid="filter-market"]', 'JP');
    await page.waitForURL(/market=JP/);
    const one = await keyFacts(page);
    expect(one).toMatchObject({ range: undefined, median: undefined, single: w.ritz });
    expect(one.note).toContain(w.noRange);
    await page.goBack();
    await page.waitForFunction(() => !new URL(window.location.href).searchParams.has('market'));
    expect(await keyFacts(page)).toEqual(before);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('the home page’s restaurants card gives the one figure, no range or median', async () => {
    const { page, errors } = await openPage(browser(), `${baseUrl}${prefix}/`);
    const card = page.locator('.sector-card[data-sector="restaurants"]');
    expect(((await card.locator('[data-testid="card-single"]').textContent()) ?? '').replace(/\s+/g, ' ').trim()).toBe(w.restaurants);
    expect(await card.locator('[data-testid="card-range"], [data-testid="card-median"]').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});

const ranking = {
  en: {
    meets: 'Graded B or better, the headline’s standard: ranked first',
    below: 'Graded C or D, below the headline’s standard: ranked after',
    alt: 'Horizontal bar chart: company figures graded B or better: Chick-fil-A · +58 · A · 2017 · US alone, then figures graded C or D: Starbucks · +77 · D · 2021 alone (3 in all). The table below carries the same figures. Dashed vertical lines mark sector averages.',
    altA: 'Horizontal bar chart: company figures: Chick-fil-A · +58 · A · 2017 · US alone (2 in all). The table below carries the same figures. Dashed vertical lines mark sector averages.',
    caption: 'company figures graded B or better: Chick-fil-A (+58) alone, then figures graded C or D: Starbucks (+77) alone (3 in all)',
  },
  fr: {
    meets: 'Notés B ou mieux, le niveau requis pour le résumé\u00a0: classés en premier',
    below: 'Notés C ou D, sous le niveau requis pour le résumé\u00a0: classés ensuite',
    alt: 'Graphique en barres horizontales\u00a0: chiffres d’entreprises notés B ou mieux\u00a0: Chick-fil-A · +58 · A · 2017 · US seulement, puis chiffres notés C ou D\u00a0: Starbucks · +77 · D · 2021 seulement (3 au total). Le tableau ci-dessous reprend les mêmes chiffres. Les lignes verticales en pointillés marquent les moyennes du secteur.',
    altA: 'Graphique en barres horizontales\u00a0: chiffres d’entreprises\u00a0: Chick-fil-A · +58 · A · 2017 · US seulement (2 au total). Le tableau ci-dessous reprend les mêmes chiffres. Les lignes verticales en pointillés marquent les moyennes du secteur.',
    caption: 'chiffres d’entreprises notés B ou mieux\u00a0: Chick-fil-A (+58) seulement, puis chiffres notés C ou D\u00a0: Starbucks (+77) seulement (3 au total)',
  },
};

/** The company rows of the table by group, as shown: group title and the rows' figure ids. */
const tableGroups = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('[data-testid="sector-table"] tbody[data-rank-group]')]
      .filter((group) => !group.hidden)
      .map((group) => ({
        title: group.querySelector('.group-row th')?.textContent?.trim(),
        rows: [...group.querySelectorAll<HTMLElement>('tr[data-figure]')].filter((row) => !row.hidden).map((row) => row.dataset.figure),
      })),
  );

describe.each([
  ['', 'en'],
  ['/fr', 'fr'],
] as const)('a sector ranks B or better first, then the lower grades (%s)', (prefix, locale) => {
  const w = ranking[locale];
  const chickFilA = 'chick-fil-a-temkin-2017';
  const mcdonalds = 'mcdonalds-temkin-2016';
  const starbucks = 'starbucks-californiabroker-2021';

  test('restaurants: table groups, chart order and words, the PNG’s divider; grade A re-splits, Show all restores the server’s page', async () => {
    const path = `${baseUrl}${prefix}/sectors/restaurants/`;
    const server = await openPage(browser(), path, { javaScriptEnabled: false });
    // Without JavaScript too: every figure kept, Starbucks 77 (D) under the lower group, after the A-graded rows.
    expect(await tableGroups(server.page)).toEqual([
      { title: w.meets, rows: [chickFilA, mcdonalds] },
      { title: w.below, rows: [starbucks] },
    ]);
    const serverRows = await server.page.evaluate(() => [...document.querySelectorAll('tbody')].map((t) => t.outerHTML).join('\n'));
    const serverCaption = await server.page.evaluate(() => document.querySelector('[data-chart-caption]')?.outerHTML);

    const { page, errors, close } = await openRecordingPage(browser(), path);
    const canvas = page.locator('canvas[data-testid="sector-chart"]');
    expect(await canvas.getAttribute('aria-label')).toBe(w.alt);
    expect(await page.textContent('[data-chart-caption]')).toContain(w.caption);
    await canvas.scrollIntoViewIfNeeded();
    await page.waitForSelector('[data-chart-actions]:not([hidden]) [data-testid="chart-download-png"]');
    expect(await canvas.getAttribute('data-bars')).toBe('3');
    // The PNG redraws the chart: its bar labels in the ranked order (drawn top to bottom), and the divider's words
    // (where it goes, before the first lower-grade bar, is withGroupDivider's rule: test/ranking.test.ts).
    const { texts } = await downloadWithText(page, '[data-testid="chart-download-png"]');
    const at = (start: string) => texts.findIndex((text) => text.startsWith(start));
    expect(at('Chick-fil-A')).toBeGreaterThanOrEqual(0);
    expect(at('Chick-fil-A')).toBeLessThan(at("McDonald's"));
    expect(at("McDonald's")).toBeLessThan(at('Starbucks'));
    expect(texts).toContain(w.below);

    // Grade A or better: one group left, no divider words, the lower group's rows and title hidden.
    await page.click('[data-filters] summary');
    await page.selectOption('[data-testid="filter-grade"]', 'A');
    await page.waitForURL(/grade=A/);
    expect(await tableGroups(page)).toEqual([{ title: w.meets, rows: [chickFilA, mcdonalds] }]);
    expect(await canvas.getAttribute('aria-label')).toBe(w.altA);
    const filtered = await downloadWithText(page, '[data-testid="chart-download-png"]');
    expect(filtered.texts.some((text) => text.startsWith(w.below))).toBe(false);
    expect(filtered.texts.some((text) => text.startsWith('Starbucks'))).toBe(false);

    await page.click('[data-testid="filter-reset"]');
    await page.waitForURL((url) => !url.search.includes('grade'));
    await page.waitForFunction((html) => document.querySelector('[data-chart-caption]')?.outerHTML === html, serverCaption);
    expect(await page.evaluate(() => [...document.querySelectorAll('tbody')].map((t) => t.outerHTML).join('\n'))).toBe(serverRows);
    expect(await canvas.getAttribute('aria-label')).toBe(w.alt);
    expect(errors).toEqual([]);
    await Promise.all([server.page.close(), close()]);
  });
});
