/**
 * Sector headlines and rankings that tell the truth, in Chromium, in both languages (issue 8, item 7):
 * a headline that counts one figure names that figure and whose it is (never "+58 to +58, median +58"), on the
 * server's page and after the filters bring a sector down to one figure and back, with the same words either way.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
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
