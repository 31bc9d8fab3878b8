/**
 * The chart kit's exports, in Chromium, on English and French pages: every chart downloads a PNG at twice its
 * canvas' CSS size whose drawing carries the title, the settings, the legend, "Source: NPS Atlas, <address>,
 * <date>" and the sources' names (read from the canvas' fillText calls during the export), and a CSV that parses
 * back to exactly the rows of the table on the page (the filtered sector table included). Also: on a 360 px phone
 * no bar label is cut, and every sector average line gets its label (market and year).
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { ui } from '../../src/lib/ui-strings.ts';
import { useChromium } from '../support/chromium.ts';
import { cssSize, csvNumber, downloadWithText, openRecordingPage, parseCsv, pngSize } from '../support/chart-export.ts';

const baseUrl = inject('baseUrl');
const browser = useChromium();

const SOURCE = { en: 'Source: NPS Atlas, ', fr: 'Source\u00a0: NPS Atlas, ' } as const;
const FIGURES_FROM = { en: 'Figures from: ', fr: 'Chiffres publiés par\u00a0: ' } as const;
const TODAY = (locale: 'en' | 'fr') => new Intl.DateTimeFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date());

/** Wait until a chart script has drawn and shown its download buttons. */
async function chartReady(page: Page, testId: string): Promise<void> {
  await page.locator(`canvas[data-testid="${testId}"]`).scrollIntoViewIfNeeded();
  await page.waitForSelector(`[data-chart-actions]:not([hidden]) [data-testid="chart-download-png"]`);
}

/** The PNG is 2× the canvas and its drawing says what, with which settings, from where and when. */
async function checkPng(page: Page, locale: 'en' | 'fr', canvas: string, button: string, expected: { title: string; settings?: string; legend: string }) {
  const size = await cssSize(page, canvas);
  const { download, bytes, texts } = await downloadWithText(page, button);
  expect(download.suggestedFilename()).toMatch(/\.png$/);
  const png = pngSize(bytes);
  expect(Math.abs(png.width - 2 * size.width)).toBeLessThanOrEqual(1);
  expect(png.height).toBeGreaterThan(2 * size.height);
  const drawn = texts.join(' ');
  expect(drawn).toContain(expected.title);
  if (expected.settings) expect(drawn).toContain(expected.settings);
  expect(drawn).toContain(expected.legend);
  expect(drawn).toContain(`${SOURCE[locale]}${page.url()}, ${TODAY(locale)}`);
  return { png, drawn };
}

/** The visible rows of a figure table, as the CSV should hold them: name, NPS (number), grade. */
async function tableRows(page: Page, table: string, withWho: boolean) {
  return page.locator(`[data-testid="${table}"] tr[data-figure]:visible`).evaluateAll(
    (rows, who) =>
      rows.map((row) => ({
        name: who ? (row.querySelector('th a, th span')?.textContent?.trim() ?? '') : '',
        nps: Number(row.querySelector('td[data-value]')?.getAttribute('data-value')),
        grade: row.querySelector('.grade')?.textContent?.trim() ?? '',
      })),
    withWho,
  );
}

describe.each([
  ['en', '/sectors/telecom/?market=FR', 'Filters: Market: France', 'Company', 'grade A'],
  ['fr', '/fr/sectors/telecom/?market=FR', 'Filtres\u00a0: Marché\u00a0: France', 'Entreprise', 'note A'],
] as const)('sector chart exports (%s)', (locale, path, settings, firstHeading, legend) => {
  test('PNG: 2× the canvas, with title, filters, legend, source line and sources', async () => {
    const { page, errors, close } = await openRecordingPage(browser(), `${baseUrl}${path}`);
    await chartReady(page, 'sector-chart');
    const h1 = (await page.textContent('h1'))?.trim() ?? '';
    const { drawn } = await checkPng(page, locale, 'canvas[data-testid="sector-chart"]', '[data-testid="chart-download-png"]', { title: h1, settings, legend });
    expect(drawn).toContain(FIGURES_FROM[locale]);
    expect(errors).toEqual([]);
    await close();
  });

  test('CSV: the filtered table, row for row, numbers as numbers', async () => {
    const { page, errors, close } = await openRecordingPage(browser(), `${baseUrl}${path}`);
    await chartReady(page, 'sector-chart');
    const { download, bytes } = await downloadWithText(page, '[data-testid="chart-download-csv"]');
    expect(download.suggestedFilename()).toBe('nps-atlas-telecom.csv');
    const { bom, rows } = parseCsv(bytes, locale);
    expect(bom).toBe(true);
    const [header, ...body] = rows;
    expect(header?.[0]).toBe(firstHeading);
    const npsColumn = header?.indexOf('NPS') ?? -1;
    const gradeColumn = header?.indexOf(locale === 'fr' ? 'Note' : 'Grade') ?? -1;
    const table = await tableRows(page, 'sector-table', true);
    const all = await page.locator('[data-testid="sector-table"] tr[data-figure]').count();
    expect(table.length).toBeLessThan(all);
    expect(body.map((row) => ({ name: row[0], nps: csvNumber(row[npsColumn], locale), grade: row[gradeColumn] }))).toEqual(table);
    expect(errors).toEqual([]);
    await close();
  });
});

describe.each([
  ['en', '/companies/orange/', `${ui.en.companyTitle('Orange')} · ${ui.en.overTimeTitle}`, 'grade'],
  ['fr', '/fr/companies/orange/', `${ui.fr.companyTitle('Orange')} · ${ui.fr.overTimeTitle}`, 'note'],
] as const)('company chart exports (%s)', (locale, path, title, legend) => {
  test('PNG and CSV', async () => {
    const { page, errors, close } = await openRecordingPage(browser(), `${baseUrl}${path}`);
    await chartReady(page, 'company-chart');
    await checkPng(page, locale, 'canvas[data-testid="company-chart"]', '[data-testid="chart-download-png"]', { title, legend });
    const { bytes } = await downloadWithText(page, '[data-testid="chart-download-csv"]');
    const [header, ...body] = parseCsv(bytes, locale).rows;
    const npsColumn = header?.indexOf('NPS') ?? -1;
    const gradeColumn = header?.indexOf(locale === 'fr' ? 'Note' : 'Grade') ?? -1;
    const table = await tableRows(page, 'company-table', false);
    expect(table.length).toBeGreaterThan(1);
    expect(body.map((row) => ({ name: '', nps: csvNumber(row[npsColumn], locale), grade: row[gradeColumn] }))).toEqual(table);
    expect(errors).toEqual([]);
    await close();
  });
});

describe('sector chart on a 360 px phone', () => {
  test('no bar label is cut and every banking average (14 or more) is labelled with its market and year', async () => {
    const { page, errors, close } = await openRecordingPage(browser(), `${baseUrl}/sectors/banking/`, { width: 360, height: 740 });
    await chartReady(page, 'sector-chart');
    const data = await page
      .locator('[data-sector-chart] script[data-chart-data]')
      .evaluate((node) => JSON.parse(node.textContent ?? '{}') as { bars: { label: string }[]; lines: { text: string; market?: string; period?: string }[] });
    expect(data.lines.length).toBeGreaterThanOrEqual(14);
    // The export redraws the chart: every text it draws is recorded with its width in its own font.
    const { texts, drawn } = await downloadWithText(page, '[data-testid="chart-download-png"]');
    const canvasWidth = await page.locator('canvas[data-testid="sector-chart"]').evaluate((c) => c.clientWidth);
    // Nothing wider than the chart, nothing squeezed into a narrower box (a squeezed name is as good as cut).
    expect(drawn.filter((d) => d.width > canvasWidth).map((d) => d.text)).toEqual([]);
    expect(drawn.filter((d) => d.maxWidth !== null && d.maxWidth < d.width).map((d) => d.text)).toEqual([]);
    const joined = texts.join(' ');
    for (const bar of data.bars) expect(joined).toContain(bar.label);
    for (const line of data.lines) {
      if (line.market) expect(line.text).toContain(line.market);
      if (line.period) expect(line.text).toMatch(/\d{4}/);
      expect(texts.some((text) => text.startsWith(line.text))).toBe(true);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    expect(errors).toEqual([]);
    await close();
  });
});
