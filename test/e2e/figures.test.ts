import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../support/chromium.ts';
import { openPage } from '../support/page.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('All figures page', () => {
  test('lists every observation of the published JSON, with source links, and no console error', async () => {
    const { page, errors } = await openPage(browser, `${inject('baseUrl')}/figures/`);
    const dataset = await (await page.request.get(`${inject('baseUrl')}/data/nps-atlas.json`)).json();
    const rows = await page.locator('[data-testid="figures-table"] tbody tr[data-figure]').count();
    expect(rows).toBe(dataset.observations.length);
    expect(rows).toBeGreaterThan(0);
    const firstSource = page.locator('[data-testid="figures-table"] tbody tr a[href^="http"]').first();
    expect(await firstSource.getAttribute('href')).toMatch(/^https?:\/\//);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(errors).toEqual([]);
    await page.close();
  });

  test('the language switch lands on the French page', async () => {
    const { page, errors } = await openPage(browser, `${inject('baseUrl')}/figures/`);
    await page.click('[data-testid="lang-switch"]');
    await page.waitForURL(/\/fr\/figures\/$/);
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
    expect(await page.textContent('h1')).toBe('Tous les chiffres');
    expect(errors).toEqual([]);
    await page.close();
  });
});
