/**
 * Fieldwork and publication told apart, and markets of several countries, in Chromium, English and French: the
 * Sources page names each figure's years as fieldwork beside the source's publication date; the score tool's peer
 * table heads its years "Fieldwork"; a sector's list of averages (the chart's text alternative) follows the
 * filters; ClearlyRated's figure for the United States and Canada names both and is kept by a filter on either.
 */
import { describe, expect, inject, test } from 'vitest';
import { useChromium } from '../support/chromium.ts';
import { openPage } from '../support/page.ts';

const browser = useChromium();
const baseUrl = () => inject('baseUrl');

describe('fieldwork and publication dates', () => {
  test.each(['', '/fr'])('the Sources page labels a figure’s years as fieldwork, the source’s date as published (%s)', async (prefix) => {
    const { page, errors } = await openPage(browser(), `${baseUrl()}${prefix}/sources/`);
    const entry = page.locator('#source-roymorgan-banking-nps-2020-02');
    expect(await entry.locator('.source-meta').textContent()).toContain(prefix ? 'Publiée' : 'Published');
    const figure = (await entry.locator('.source-figures li').first().textContent()) ?? '';
    expect(figure).toContain(prefix ? 'terrain 2020' : 'fieldwork 2020');
    // French typography in the grade line: a no-break space before the colon.
    if (prefix) expect(await entry.locator('.source-meta').textContent()).toMatch(/A\u00a0: /);
    expect(errors).toEqual([]);
    await page.close();
  });

  test.each(['', '/fr'])('the score tool’s peer table heads the years “Fieldwork” (%s)', async (prefix) => {
    const { page, errors } = await openPage(browser(), `${baseUrl()}${prefix}/compare/?sector=telecom&score=30`);
    await page.waitForSelector('[data-testid="nps-value"][data-value]', { timeout: 15_000 });
    // The peer table is a lazy part that renders after the score: wait for it, not for a quiet time.
    await page.locator('[data-testid="placement-table"] thead th').first().waitFor({ timeout: 15_000 });
    const heads = await page.locator('[data-testid="score-tool"] table thead th').allTextContents();
    expect(heads).toContain(prefix ? 'Terrain' : 'Fieldwork');
    expect(heads).not.toContain(prefix ? 'Période' : 'Period');
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('the list of sector averages follows the filters', () => {
  test.each(['', '/fr'])('banking, market FR (%s)', async (prefix) => {
    const { page, errors } = await openPage(browser(), `${baseUrl()}${prefix}/sectors/banking/?market=FR`);
    const averageRows = page.locator('[data-testid="sector-table"] tr[data-figure]:not([data-company])');
    const shownAverages = await averageRows.evaluateAll((rows) => rows.filter((row) => !(row as HTMLElement).hidden).map((row) => row.getAttribute('data-figure')));
    const listed = await page
      .locator('[data-average-row]')
      .evaluateAll((items) => items.filter((item) => !(item as HTMLElement).hidden).map((item) => item.getAttribute('data-average-row')));
    expect(shownAverages.length).toBeGreaterThan(0);
    expect(shownAverages.length).toBeLessThan(await averageRows.count());
    expect(listed).toEqual(shownAverages);
    expect(await page.textContent('[data-averages-count]')).toBe(String(shownAverages.length));
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('a figure covering the United States and Canada', () => {
  test.each(['', '/fr'])('names both countries and is kept by a market filter on either (%s)', async (prefix) => {
    const { page, errors, idle } = await openPage(browser(), `${baseUrl()}${prefix}/sectors/insurance/`);
    const row = page.locator('#figure-insurance-brokers-b2b-clearlyrated-2022');
    expect(await row.getAttribute('data-market')).toBe('US CA');
    expect(await row.locator('td').nth(2).textContent()).toBe(prefix ? 'États-Unis, Canada' : 'United States, Canada');
    const options = await page.locator('[data-testid="filter-market"] option').evaluateAll((items) => items.map((o) => (o as HTMLOptionElement).value));
    expect(options).toEqual(expect.arrayContaining(['US', 'CA']));
    expect(options).not.toContain('US CA');
    for (const market of ['CA', 'US']) {
      await page.goto(`${baseUrl()}${prefix}/sectors/insurance/?market=${market}`, { waitUntil: 'load' });
      await idle();
      expect(await row.isHidden(), market).toBe(false);
    }
    await page.goto(`${baseUrl()}${prefix}/sectors/insurance/?market=FR`, { waitUntil: 'load' });
    await idle();
    expect(await row.isHidden()).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });
});
