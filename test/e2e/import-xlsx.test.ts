/**
 * Workbooks in the survey import, in Chromium on the score tool page: each fixture workbook (.xlsx, .ods) gives
 * the exact n and NPS its generator counted (test/fixtures/workbooks/make-workbooks.ts); the sheet picker reads
 * another sheet; bad workbooks show a message beside the field in both languages and no score; a generated
 * 100,000-row workbook gives its exact result with the page responsive (time and the main thread's longest task
 * are printed, never asserted); the workbook reader is a chunk the worker loads only for a workbook.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { useChromium } from '../support/chromium.ts';
import { type SurveyWorkbookExpectation, writeSurveyXlsx } from '../support/make-workbook.ts';
import { closePage, dataValue, FILE_INPUT, importFile, importLargeFile, npsOfCounts, openImportTool, shownTally } from '../support/import-page.ts';
import { BAD_FIXTURES, FIXTURES } from '../fixtures/workbooks/make-workbooks.ts';

const fixtures = join(import.meta.dirname, '../fixtures/workbooks');

const browser = useChromium();
let bigDir: string;
let bigFile: string;
let bigExpected: SurveyWorkbookExpectation;

beforeAll(async () => {
  bigDir = mkdtempSync(join(tmpdir(), 'nps-import-xlsx-e2e-'));
  bigFile = join(bigDir, 'responses-100k.xlsx');
  bigExpected = await writeSurveyXlsx(bigFile, { rows: 100_000, seed: 21 });
}, 120_000);

afterAll(async () => {
  if (bigDir) rmSync(bigDir, { recursive: true, force: true });
});

describe('workbook import', () => {
  test('the workbook reader is its own chunk, loaded by the worker only when a workbook is read', async () => {
    const assets = join(inject('distDir'), '_astro');
    const readers = readdirSync(assets).filter((name) => /^read-workbook-[\w-]+\.js$/.test(name));
    expect(readers).toHaveLength(1);
    const worker = readdirSync(assets).find((name) => /^import-worker-[\w-]+\.js$/.test(name)) as string;
    expect(readFileSync(join(assets, worker), 'utf8')).toContain(readers[0]);
    const { page, scripts } = await openImportTool(browser());
    await importFile(page, join(import.meta.dirname, '../fixtures/exports/typeform.csv'));
    expect(scripts.some((path) => path.includes('read-workbook-'))).toBe(false);
    await importFile(page, join(fixtures, 'qualtrics.xlsx'));
    await expect.poll(() => scripts.some((path) => path.endsWith(readers[0] as string))).toBe(true);
    await closePage(page);
  });

  test.each(Object.entries(FIXTURES))('%s: exact n and NPS', async (name, expected) => {
    const { page, errors } = await openImportTool(browser());
    await importFile(page, join(fixtures, name));
    expect(await page.locator('[role="alert"]').count()).toBe(0);
    expect(await dataValue(page, 'nps-n')).toBe(expected.n);
    expect(await dataValue(page, 'nps-value')).toBeCloseTo(expected.nps, 9);
    expect(await dataValue(page, 'rows-skipped')).toBe(expected.skipped.total);
    expect(await dataValue(page, 'rows-read')).toBe(expected.rowsRead);
    expect(await page.getAttribute('[data-testid="import-layout"]', 'data-value')).toBe(expected.layout);
    expect(await page.getAttribute('[data-testid="import-format"]', 'data-value')).toBe(name.endsWith('.ods') ? 'ods' : 'xlsx');
    expect(Number(await page.getAttribute('[data-testid="import-sheet-chosen"]', 'data-sheet'))).toBe(expected.sheet);
    expect(await page.getAttribute('[data-testid="import-sheet-chosen"]', 'data-value')).toBe(expected.chosenBy);
    if (expected.months) {
      await page.waitForSelector('[data-testid="nps-by-month"]');
      const months = await page.locator('[data-testid="nps-by-month"] tbody tr').evaluateAll((rows) => rows.map((row) => Number(row.getAttribute('data-n'))));
      expect(months).toEqual(
        Object.keys(expected.months)
          .sort()
          .map((month) => expected.months?.[month]),
      );
    }
    expect(errors).toEqual([]);
    await closePage(page);
  });

  test('several sheets: another sheet is read when picked, and a sheet without answers says so beside the picker', async () => {
    const { page, errors } = await openImportTool(browser());
    await importFile(page, join(fixtures, 'several-sheets.xlsx'));
    expect(await page.textContent('[data-testid="import-sheet-chosen"]')).toBe('Read “Responses”: the first sheet with a recommendation question. Choose another sheet if needed.');
    await page.selectOption('[data-testid="import-sheet"]', '3');
    // Summary: scores 0..10 once each → P 2, D 7, n 11.
    await expect.poll(() => dataValue(page, 'nps-n')).toBe(11);
    expect(await dataValue(page, 'nps-value')).toBeCloseTo((100 * (2 - 7)) / 11, 9);
    await page.selectOption('[data-testid="import-sheet"]', '0');
    await page.waitForSelector('[data-testid="import-error"]');
    expect(await page.textContent('[data-testid="import-error"]')).toMatch(/No column holds answers from 0 to 10/);
    expect(await page.locator('[data-testid="nps-value"]').count()).toBe(0);
    expect(await page.inputValue('[data-testid="import-sheet"]')).toBe('0');
    await page.selectOption('[data-testid="import-sheet"]', '2');
    await expect.poll(() => dataValue(page, 'nps-n')).toBe(FIXTURES['several-sheets.xlsx']!.n);
    expect(errors).toEqual([]);
    await closePage(page);
  });

  const MESSAGES: Record<string, [RegExp, RegExp]> = {
    'encrypted.xlsx': [/protected by a password/, /protégé par un mot de passe/],
    'old.xls': [/old Excel workbook \(\.xls\)/, /ancien classeur Excel \(\.xls\)/],
    'corrupt.xlsx': [/workbook is damaged/, /classeur est endommagé/],
    'empty-sheet.xlsx': [/^This sheet is empty/, /^Cette feuille est vide/],
    'header-only.xlsx': [/^This sheet has a header but no responses/, /^Cette feuille a un en-tête mais aucune réponse/],
    'archive.zip': [/ZIP archive, not a spreadsheet workbook/, /archive ZIP, pas un classeur/],
  };
  test.each(Object.keys(BAD_FIXTURES).flatMap((name) => [[name, 'en'] as const, [name, 'fr'] as const]))('%s (%s): a message beside the field, no score', async (name, locale) => {
    const { page, errors } = await openImportTool(browser(), locale);
    await importFile(page, join(fixtures, name));
    const alert = page.locator('[data-testid="import-error"]');
    expect(await alert.getAttribute('data-code')).toBe(BAD_FIXTURES[name]);
    expect(await alert.textContent()).toMatch((MESSAGES[name] as [RegExp, RegExp])[locale === 'en' ? 0 : 1]);
    expect(await page.textContent('.import-panel')).not.toMatch(/NaN|undefined/);
    expect(await page.locator('[data-testid="nps-value"]').count()).toBe(0);
    expect(errors).toEqual([]);
    await closePage(page);
  });

  test('100,000 rows: exact result, progress shown, page responsive (time and longest task reported)', async () => {
    const { page, errors } = await openImportTool(browser());
    const timing = await importLargeFile(page, bigFile, 120_000);
    const counted = bigExpected.counts.reduce((a, b) => a + b, 0);
    const shown = await shownTally(page);
    expect(shown.n).toBe(counted);
    expect(shown.nps).toBeCloseTo(npsOfCounts(bigExpected.counts), 9);
    expect(shown.skipped).toBe(bigExpected.skipped.total);
    expect(shown.rowsRead).toBe(bigExpected.rowsRead);
    expect(timing.progressSeen).toBe(true);
    await page.waitForSelector('[data-testid="nps-by-month"]');
    const months = await page.locator('[data-testid="nps-by-month"] tbody tr').evaluateAll((rows) => rows.map((row) => Number(row.getAttribute('data-n'))));
    expect(months).toEqual([...bigExpected.months.keys()].sort().map((month) => bigExpected.months.get(month)));
    console.log(
      `[import 100k-row workbook] time to result ${timing.ms.toFixed(0)} ms; main thread: ${timing.longTasks} long tasks, longest ${timing.longest.toFixed(0)} ms; ${timing.frames} frames drawn during the read`,
    );
    expect(errors).toEqual([]);
    await closePage(page);
  });

  test('Cancel stops a workbook read and shows no score', async () => {
    const { page, errors } = await openImportTool(browser());
    await page.setInputFiles(FILE_INPUT, bigFile);
    await page.click('.import-progress button');
    await page.waitForSelector('.import-panel [role="status"]');
    expect(await page.locator('.import-panel [role="status"]').textContent()).toMatch(/cancelled/i);
    expect(await page.locator('[data-testid="nps-value"]').count()).toBe(0);
    await importFile(page, join(fixtures, 'qualtrics.xlsx'));
    expect(await dataValue(page, 'nps-n')).toBe(FIXTURES['qualtrics.xlsx']!.n);
    expect(errors).toEqual([]);
    await closePage(page);
  });
});
