/**
 * The survey import in Chromium under the hostile cases of issue 9: the same file picked again through the
 * real file chooser (after Cancel, and after it changed on disk under the same name) is read anew; mixed
 * line endings count every row; an unclosed quote is reported with its row.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { useChromium } from '../support/chromium.ts';
import { writeSurveyCsv } from '../support/make-survey-csv.ts';
import { dataValue, FILE_INPUT, openImportTool } from '../support/import-page.ts';

const browser = useChromium();
let dir: string;
let bigFile: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'nps-import-repick-'));
  bigFile = join(dir, 'responses-big.csv');
  await writeSurveyCsv(bigFile, { rows: 600_000, seed: 5 });
}, 120_000);

afterAll(async () => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Pick `path` the way a person does: click the input, answer the browser's file chooser. */
async function chooseWithChooser(page: Page, path: string): Promise<void> {
  // Listen before the click: the chooser's interception is enabled asynchronously.
  const chooser = page.waitForEvent('filechooser');
  await page.click(FILE_INPUT);
  await (await chooser).setFiles(path);
}

describe('picking the same file again', () => {
  test('after Cancel, the same path picked again is read', async () => {
    const { page, errors } = await openImportTool(browser());
    await chooseWithChooser(page, bigFile);
    await page.click('.import-progress button');
    await page.waitForSelector('.import-panel [role="status"]:has-text("cancelled")');
    await chooseWithChooser(page, bigFile);
    await page.waitForSelector('[data-testid="nps-value"]', { timeout: 60_000 });
    expect(await page.locator('.import-panel [role="status"]:has-text("cancelled")').count()).toBe(0);
    expect(await dataValue(page, 'rows-read')).toBe(600_000);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('after the file changed on disk under the same name, picking it again reads the new content', async () => {
    const { page, errors } = await openImportTool(browser());
    const path = join(dir, 'responses.csv');
    writeFileSync(path, 'How likely are you to recommend us?\n10\n10\n9\n0\n8\n');
    await chooseWithChooser(page, path);
    await expect.poll(() => dataValue(page, 'nps-n')).toBe(5);
    writeFileSync(path, 'How likely are you to recommend us?\n0\n0\n10\n');
    await chooseWithChooser(page, path);
    await expect.poll(() => dataValue(page, 'nps-n')).toBe(3);
    expect(await dataValue(page, 'nps-value')).toBeCloseTo((100 * (1 - 2)) / 3, 9);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('hostile files in the browser', () => {
  test('CRLF, LF and lone CR in one file: every response counts (n = 5, NPS −20)', async () => {
    const { page, errors } = await openImportTool(browser());
    const path = join(dir, 'mixed.csv');
    writeFileSync(path, 'How likely are you to recommend us?,Comment\r\n9,a\r\n10,b\r\n0,c\n0,d\r0,e\n');
    await page.setInputFiles(FILE_INPUT, path);
    await expect.poll(() => dataValue(page, 'nps-n')).toBe(5);
    expect(await dataValue(page, 'nps-value')).toBeCloseTo(-20, 9);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('fr: an unclosed quote is reported with its row, the rows before it counted', async () => {
    const { page, errors } = await openImportTool(browser(), 'fr');
    const path = join(dir, 'unclosed.csv');
    writeFileSync(
      path,
      `id,Quelle est la probabilité que vous nous recommandiez ?,commentaire\n${Array.from({ length: 12 }, (_, i) => `${i},9,ok`).join('\n')}\n13,2,"jamais fermé\n14,10,x\n15,10,y\n`,
    );
    await page.setInputFiles(FILE_INPUT, path);
    await page.waitForSelector('[data-testid="rows-unreadable"]');
    expect(await dataValue(page, 'nps-n')).toBe(12);
    expect(await page.textContent('[data-testid="rows-unreadable"] li')).toMatch(/^Ligne 14\u00a0: un guillemet \("\) s’y ouvre et n’est jamais fermé/);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
