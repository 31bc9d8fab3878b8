/**
 * French text that only appears after use: the score tool's results in every mode, the import's results with
 * its analyst tools (questions, repeats, weights, CSAT/CES, comparisons, what detractors say), an import error,
 * and a sector page after filtering. Each state is read in Chromium and checked with the rules the built pages
 * are checked with (test/support/french-text.ts): French typography, and no English word outside `lang="en"`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { useChromium } from '../support/chromium.ts';
import { frenchFaults } from '../support/french-text.ts';
import { closePage, FILE_INPUT, importFile, openImportTool } from '../support/import-page.ts';
import { openPage } from '../support/page.ts';

const browser = useChromium();
const exports = join(import.meta.dirname, '../fixtures/exports');

/** Two months, two regions, and detractors who keep naming the same faults: every analyst tool has something to say. */
function surveyCsv(): string {
  const lines = ['Date,Région,Quelle est la probabilité que vous nous recommandiez ?,Pourquoi ?'];
  for (let i = 0; i < 80; i++) {
    const answer = [10, 9, 8, 7, 3, 2, 9, 10][i % 8]!;
    const month = i < 40 ? '2024-05' : '2024-06';
    const comment = answer <= 6 ? 'Attente trop longue, service client injoignable' : 'Très bon accueil';
    lines.push(`${month}-${String((i % 28) + 1).padStart(2, '0')},${i % 2 ? 'Nord' : 'Sud'},${answer},"${comment}"`);
  }
  return lines.join('\n');
}

/** The cells of a CSV (headers, comments, segments): the page shows them as the user wrote them. */
const cellsOf = (csv: string) =>
  [...new Set(csv.split(/\r?\n/).flatMap((line) => line.split(',').map((cell) => cell.replace(/^"|"$/g, '').trim())))].filter((cell) => cell.length > 1);

async function faultsOf(page: Page, state: string, quoted: readonly string[] = []): Promise<string[]> {
  const { typography, english } = frenchFaults(await page.content(), state, quoted);
  return [...typography, ...english];
}

async function openHydrated(path: string): Promise<{ page: Page; errors: string[] }> {
  const opened = await openPage(browser(), `${inject('baseUrl')}${path}`);
  await opened.page.waitForFunction(() => !document.querySelector('astro-island[ssr]'));
  return opened;
}

describe('French text after use', () => {
  test('the score tool’s results: a score with n, counts, two waves, CSAT and CES', async () => {
    const states: Array<[string, string]> = [
      ['/fr/compare/?sector=telecom&score=30&n=400', '[data-testid="placement-table"]'],
      ['/fr/compare/?sector=banking&promoters=50&passives=30&detractors=20', '[data-testid="score-chart"]'],
      ['/fr/compare/?mode=change&a=50,30,20&b=40,30,30', '[data-testid="diff-verdict"]'],
      ['/fr/compare/?mode=csat&csat=1,2,3,4,5', '[data-testid="csat-value"]'],
      ['/fr/compare/?mode=ces&ces=1,2,3,4,5,6,7', '[data-testid="ces-value"]'],
      // Input errors are said beside the field.
      ['/fr/compare/?sector=telecom&score=130', '[role="alert"], .field-error'],
    ];
    const faults: string[] = [];
    for (const [path, ready] of states) {
      const { page, errors } = await openHydrated(path);
      await page.waitForSelector(ready, { timeout: 30_000 });
      faults.push(...(await faultsOf(page, path)));
      expect(errors, path).toEqual([]);
      await closePage(page);
    }
    expect(faults.slice(0, 60), `${faults.length} faults`).toEqual([]);
  });

  test('the import’s results and analyst tools, and an import error', async () => {
    const faults: string[] = [];
    const { page, errors } = await openImportTool(browser(), 'fr');
    await page.setInputFiles(FILE_INPUT, { name: 'reponses.csv', mimeType: 'text/csv', buffer: Buffer.from(surveyCsv(), 'utf8') });
    await page.waitForSelector('[data-testid="nps-value"]', { timeout: 60_000 });
    await page.waitForSelector('[data-testid="import-compare"]', { timeout: 30_000 });
    await page.waitForSelector('[data-testid="keyness-table"]', { timeout: 30_000 });
    const survey = cellsOf(surveyCsv());
    faults.push(...(await faultsOf(page, 'import: comparisons and keyness', survey)));
    await page.locator('[data-testid="keyness-term"]').first().click();
    await page.waitForSelector('[data-testid="keyness-filter-off"]');
    faults.push(...(await faultsOf(page, 'import: a term chosen', survey)));
    await page.selectOption('[data-testid="compare-kind"]', 'segment');
    await page.waitForSelector('[data-testid="diff-verdict"]');
    faults.push(...(await faultsOf(page, 'import: segments compared', survey)));

    // Several questions, repeats, weights, CSAT and CES.
    await importFile(page, join(exports, 'workbench.csv'));
    await page.waitForSelector('[data-testid="question-list"]');
    await page.selectOption('[data-testid="import-weight-column"]', '5');
    await page.waitForSelector('[data-testid="weighted-nps-value"]');
    await page.selectOption('[data-testid="import-csat-column"]', '6');
    await page.waitForSelector('[data-testid="csat-value"]');
    await page.selectOption('[data-testid="import-ces-column"]', '7');
    await page.waitForSelector('[data-testid="ces-value"]');
    faults.push(...(await faultsOf(page, 'import: workbench', cellsOf(readFileSync(join(exports, 'workbench.csv'), 'utf8')))));

    // A file that is not a survey: the message beside the field.
    await importFile(page, join(exports, 'workbook.xlsx'));
    await page.waitForSelector('[data-testid="import-error"]');
    faults.push(...(await faultsOf(page, 'import: damaged workbook')));
    expect(errors).toEqual([]);
    await closePage(page);
    expect(faults.slice(0, 60), `${faults.length} faults`).toEqual([]);
  });

  test('a sector page after filtering', async () => {
    // The sector filters are a plain script (no island to wait for).
    const { page, errors } = await openPage(browser(), `${inject('baseUrl')}/fr/sectors/banking/`);
    await page.click('.filters summary');
    await page.selectOption('[data-testid="filter-grade"]', 'A');
    await page.waitForURL(/grade=A/);
    await page.selectOption('[data-testid="filter-from"]', { index: 2 });
    await page.waitForURL(/from=/);
    const faults = await faultsOf(page, '/fr/sectors/banking/ filtered');
    expect(errors).toEqual([]);
    await closePage(page);
    expect(faults.slice(0, 60), `${faults.length} faults`).toEqual([]);
  });
});
