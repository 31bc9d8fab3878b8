/**
 * Survey-export import in Chromium, on the score tool page: each export layout and encoding gives the exact
 * n and NPS; files that can't be read show a message and no score; a generated 1,000,000-row file finishes
 * (time to result and the main thread's longest task are printed, never asserted); Cancel stops a read;
 * another column can be chosen; the detractors download is a CSV.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { useChromium } from '../support/chromium.ts';
import { type SurveyFileExpectation, writeSurveyCsv } from '../support/make-survey-csv.ts';
import { closePage, dataValue, FILE_INPUT, importFile, importLargeFile, npsOfCounts, openImportTool, shownTally } from '../support/import-page.ts';

const fixtures = join(import.meta.dirname, '../fixtures/exports');
const browser = useChromium();
let bigDir: string;
let bigFile: string;
let bigExpected: SurveyFileExpectation;

beforeAll(async () => {
  bigDir = mkdtempSync(join(tmpdir(), 'nps-import-e2e-'));
  bigFile = join(bigDir, 'responses-1m.csv');
  bigExpected = await writeSurveyCsv(bigFile, { rows: 1_000_000, seed: 11 });
}, 120_000);

afterAll(async () => {
  if (bigDir) rmSync(bigDir, { recursive: true, force: true });
});

// Hand counts from test/fixtures/exports/make-exports.ts (see test/survey-import-files.test.ts).
const LAYOUTS: Array<{ file: string; layout: string; n: number; nps: number; skipped: number }> = [
  { file: 'surveymonkey.csv', layout: 'surveymonkey', n: 11, nps: (100 * (5 - 4)) / 11, skipped: 1 },
  { file: 'qualtrics.csv', layout: 'qualtrics', n: 14, nps: (100 * (7 - 4)) / 14, skipped: 1 },
  { file: 'typeform.csv', layout: 'typeform', n: 10, nps: 20, skipped: 1 },
  { file: 'google-forms-en.csv', layout: 'google-forms', n: 11, nps: (100 * (6 - 3)) / 11, skipped: 1 },
  { file: 'google-forms-fr.csv', layout: 'google-forms', n: 10, nps: 20, skipped: 2 },
  { file: 'plain.csv', layout: 'plain', n: 9, nps: (100 * (5 - 2)) / 9, skipped: 1 },
  { file: 'plain-numbers.txt', layout: 'plain', n: 10, nps: 0, skipped: 0 },
  { file: 'plain.tsv', layout: 'plain', n: 8, nps: 25, skipped: 0 },
  { file: 'excel-fr-semicolon-1252.csv', layout: 'plain', n: 10, nps: 40, skipped: 2 },
  { file: 'utf8-bom.csv', layout: 'plain', n: 6, nps: 50, skipped: 0 },
  { file: 'crlf-quoted.csv', layout: 'plain', n: 8, nps: 12.5, skipped: 0 },
  { file: 'messy.csv', layout: 'plain', n: 16, nps: 25, skipped: 11 },
  { file: 'excel-unicode-text.txt', layout: 'plain', n: 5, nps: 40, skipped: 0 },
];

describe('survey export import', () => {
  test('the import parser ships only in the import worker chunk, which the page loads as a worker; no PapaParse in the browser', () => {
    const assets = join(inject('distDir'), '_astro');
    const scripts = readdirSync(assets).filter((name) => name.endsWith('.js'));
    // The import reads files with its own splitter (src/lib/survey-import/records.ts): PapaParse (whose stream
    // reader holds this string, kept through minification) is for the build's data files only.
    expect(scripts.filter((name) => readFileSync(join(assets, name), 'utf8').includes('BYTE_ORDER_MARK'))).toEqual([]);
    const workers = scripts.filter((name) => /^import-worker-[\w-]+\.js$/.test(name));
    expect(workers.length).toBe(1);
    const loaders = scripts.filter((name) => {
      const code = readFileSync(join(assets, name), 'utf8');
      return code.includes('new Worker(') && code.includes(workers[0] as string);
    });
    expect(loaders.length).toBe(1);
  });

  test.each(LAYOUTS)('$file: exact n and NPS', async ({ file, layout, n, nps, skipped }) => {
    const { page, errors } = await openImportTool(browser());
    await importFile(page, join(fixtures, file));
    expect(await page.locator('[role="alert"]').count()).toBe(0);
    expect(await dataValue(page, 'nps-n')).toBe(n);
    expect(await dataValue(page, 'nps-value')).toBeCloseTo(nps, 9);
    expect(await dataValue(page, 'rows-skipped')).toBe(skipped);
    expect(await page.getAttribute('[data-testid="import-layout"]', 'data-value')).toBe(layout);
    expect(errors).toEqual([]);
    await closePage(page);
  });

  test.each([
    ['empty.csv', /empty/i],
    ['header-only.csv', /no responses/i],
    ['no-scores.csv', /0 to 10/],
    ['binary.csv', /not text/i],
    ['workbook.xlsx', /Save as › CSV/],
  ])('%s: a plain message and no score', async (file, message) => {
    const { page, errors } = await openImportTool(browser());
    await importFile(page, join(fixtures, file));
    const alert = page.locator('[role="alert"]');
    await expect.poll(() => alert.count()).toBe(1);
    expect(await alert.textContent()).toMatch(message);
    expect(await page.locator('[data-testid="nps-value"]').count()).toBe(0);
    expect(errors).toEqual([]);
    await closePage(page);
  });

  test('French page: the same import, French words', async () => {
    const { page, errors } = await openImportTool(browser(), 'fr');
    expect(await page.textContent('.import-privacy')).toMatch(/n’est jamais envoyé/);
    await importFile(page, join(fixtures, 'excel-fr-semicolon-1252.csv'));
    expect(await dataValue(page, 'nps-n')).toBe(10);
    expect(await dataValue(page, 'nps-value')).toBeCloseTo(40, 9);
    expect(await page.textContent('[data-testid="import-encoding"]')).toBe('Windows-1252 (Excel ancien)');
    await page.setInputFiles(FILE_INPUT, join(fixtures, 'workbook.xlsx'));
    await page.waitForSelector('[data-testid="import-error"]');
    expect(await page.textContent('[data-testid="import-error"]')).toMatch(/classeur est endommagé/);
    expect(await page.locator('[data-testid="nps-value"]').count()).toBe(0);
    expect(errors).toEqual([]);
    await closePage(page);
  });

  test('a good file after a bad one clears the message and shows the score', async () => {
    const { page } = await openImportTool(browser());
    await importFile(page, join(fixtures, 'workbook.xlsx'));
    await page.setInputFiles(FILE_INPUT, join(fixtures, 'typeform.csv'));
    await page.waitForSelector('[data-testid="nps-value"]');
    expect(await page.locator('[role="alert"]').count()).toBe(0);
    expect(await dataValue(page, 'nps-n')).toBe(10);
    await closePage(page);
  });

  test('choosing another column re-reads the file with it', async () => {
    const { page } = await openImportTool(browser());
    await importFile(page, join(fixtures, 'plain.csv'));
    expect(await dataValue(page, 'nps-n')).toBe(9);
    // Column 0 holds respondent numbers 1..10: 6 detractors (1–6), 2 passives, 2 promoters → NPS −40.
    await page.selectOption('[data-testid="import-column"]', '0');
    await expect.poll(() => dataValue(page, 'nps-n')).toBe(10);
    expect(await dataValue(page, 'nps-value')).toBeCloseTo(-40, 9);
    await closePage(page);
  });

  test('monthly and segment breakdowns, and the detractors download', async () => {
    const { page, errors } = await openImportTool(browser());
    await importFile(page, join(fixtures, 'surveymonkey.csv'));
    // The details load after the score (a lazy chunk).
    await page.waitForSelector('[data-testid="nps-by-month"]');
    const months = page.locator('[data-testid="nps-by-month"] tbody tr');
    expect(await months.count()).toBe(2);
    // March 2024: 6 10 3 7 9 0 9 5 → P 3, D 4, n 8.
    expect(Number(await months.nth(1).getAttribute('data-n'))).toBe(8);
    expect(Number(await months.nth(1).getAttribute('data-value'))).toBeCloseTo((100 * (3 - 4)) / 8, 9);
    expect(await page.locator('[data-testid="nps-by-segment"] tbody tr').count()).toBe(3);
    expect(await page.locator('canvas[data-testid="import-month-chart"]').count()).toBe(1);
    // Catch the file the button makes and the link it clicks (the page's CSP rightly forbids fetching blob: URLs).
    await page.evaluate(() => {
      const w = window as unknown as { __blob?: Blob; __name?: string };
      const create = URL.createObjectURL.bind(URL);
      URL.createObjectURL = (blob: Blob | MediaSource) => {
        if (blob instanceof Blob) w.__blob = blob;
        return create(blob);
      };
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        w.__name = this.download;
      };
    });
    await page.click('[data-testid="download-detractors"]');
    const {
      name,
      bom,
      text: csv,
    } = await page.evaluate(async () => {
      const w = window as unknown as { __blob: Blob; __name: string };
      const bytes = new Uint8Array(await w.__blob.arrayBuffer());
      return { name: w.__name, bom: [...bytes.slice(0, 3)], text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.slice(3)) };
    });
    expect(name).toBe('detractors.csv');
    expect(bom).toEqual([0xef, 0xbb, 0xbf]);
    const lines = csv.trim().split(/\r\n(?=\d)/);
    expect(lines[0]).toBe('row,respondent,date,segment,answer,comment');
    expect(lines).toHaveLength(5);
    expect(errors).toEqual([]);
    await closePage(page);
  });

  test('1,000,000 rows: exact result, page responsive (time and longest task reported)', async () => {
    const { page, errors } = await openImportTool(browser());
    const timing = await importLargeFile(page, bigFile, 60_000);
    const counted = bigExpected.counts.reduce((a, b) => a + b, 0);
    const shown = await shownTally(page);
    expect(shown.n).toBe(counted);
    expect(shown.nps).toBeCloseTo(npsOfCounts(bigExpected.counts), 9);
    expect(shown.skipped).toBe(bigExpected.skipped.total);
    console.log(
      `[import 1M rows] time to result ${timing.ms.toFixed(0)} ms; main thread: ${timing.longTasks} long tasks, longest ${timing.longest.toFixed(0)} ms; ${timing.frames} frames drawn during the read`,
    );
    expect(errors).toEqual([]);
    await closePage(page);
  });

  test('Cancel stops a long read and shows no score', async () => {
    const { page, errors } = await openImportTool(browser());
    await page.setInputFiles(FILE_INPUT, bigFile);
    await page.click('.import-progress button');
    await page.waitForSelector('.import-panel [role="status"]');
    expect(await page.locator('.import-panel [role="status"]').textContent()).toMatch(/cancelled/i);
    expect(await page.locator('[data-testid="nps-value"]').count()).toBe(0);
    expect(await page.locator('progress').count()).toBe(0);
    // A new file reads normally after a cancel.
    await importFile(page, join(fixtures, 'qualtrics.csv'));
    expect(await dataValue(page, 'nps-n')).toBe(14);
    expect(errors).toEqual([]);
    await closePage(page);
  });
});
