/**
 * The chart kit's exports in the score tool, in Chromium, English and French: the placement chart's PNG (2× the
 * canvas; title, benchmark settings, the band's legend, each peer labelled with year, market and grade, source
 * line) and the survey import's month chart (PNG, and a CSV equal to the table on the page).
 */
import { join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { chartKitStrings } from '../../src/lib/chart-kit/strings.ts';
import { useChromium } from '../support/chromium.ts';
import { cssSize, csvNumber, downloadWithText, openRecordingPage, parseCsv, pngSize } from '../support/chart-export.ts';

const baseUrl = inject('baseUrl');
const browser = useChromium();
const SOURCE = { en: 'Source: NPS Atlas, ', fr: 'Source\u00a0: NPS Atlas, ' } as const;

describe.each(['en', 'fr'] as const)('score tool chart exports (%s)', (locale) => {
  const prefix = locale === 'fr' ? '/fr' : '';
  test('placement chart PNG: 2×, your interval as a band, each peer labelled with year, market and grade', async () => {
    const { page, errors, close } = await openRecordingPage(browser(), `${baseUrl}${prefix}/compare/?sector=telecom&promoters=50&passives=30&detractors=20`);
    await page.locator('canvas[data-testid="score-chart"]').waitFor();
    const size = await cssSize(page, 'canvas[data-testid="score-chart"]');
    const { bytes, texts } = await downloadWithText(page, '[data-testid="download-png"]');
    const png = pngSize(bytes);
    expect(Math.abs(png.width - 2 * size.width)).toBeLessThanOrEqual(1);
    expect(png.height).toBeGreaterThan(2 * size.height);
    const drawn = texts.join(' ');
    const p = chartKitStrings[locale].placement;
    expect(drawn).toContain(p.band('95'));
    expect(drawn).toContain(p.intervals('95'));
    expect(drawn).toContain(`${SOURCE[locale]}${page.url()}`);
    const rows = Number(await page.getAttribute('canvas[data-testid="score-chart"]', 'data-rows'));
    const peerLabels = texts.filter((text) => / · \d{4} · [A-Z]{2,6} · [A-D]$/.test(text));
    // Each peer's label is drawn (on screen and in the export: at least once per peer).
    expect(new Set(peerLabels).size).toBe(rows - 1);
    expect(errors).toEqual([]);
    await close();
  });

  test('import month chart: PNG and a CSV equal to the table', async () => {
    const { page, errors, close } = await openRecordingPage(browser(), `${baseUrl}${prefix}/compare/?mode=file`);
    await page.waitForFunction(() => !document.querySelector('astro-island[ssr]'));
    await page.setInputFiles('[data-testid="responses-file"]', join(import.meta.dirname, '../fixtures/exports/surveymonkey.csv'));
    await page.waitForSelector('canvas[data-testid="import-month-chart"]');
    const size = await cssSize(page, 'canvas[data-testid="import-month-chart"]');
    const shot = await downloadWithText(page, '[data-testid="import-month-chart-png"]');
    expect(Math.abs(pngSize(shot.bytes).width - 2 * size.width)).toBeLessThanOrEqual(1);
    expect(shot.texts.join(' ')).toContain(SOURCE[locale]);
    const { bytes } = await downloadWithText(page, '[data-testid="import-month-chart-csv"]');
    const [, ...body] = parseCsv(bytes, locale).rows;
    const table = await page.locator('[data-testid="nps-by-month"] tbody tr').evaluateAll((rows) =>
      rows.map((row) => ({
        n: Number(row.getAttribute('data-n')),
        nps: Number(row.getAttribute('data-value')),
        low: Number(row.getAttribute('data-low')),
        high: Number(row.getAttribute('data-high')),
      })),
    );
    expect(body.map((row) => ({ n: csvNumber(row[1], locale), nps: csvNumber(row[2], locale), low: csvNumber(row[3], locale), high: csvNumber(row[4], locale) }))).toEqual(table);
    expect(errors).toEqual([]);
    await close();
  });
});
