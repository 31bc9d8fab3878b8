/**
 * The import's analyst tools in Chromium, on the score tool page (EN and FR): a file with two 0–10 questions,
 * repeated respondents, a weight column and CSAT / CES columns (test/fixtures/exports/workbench.csv, counted by
 * hand in test/survey-import-workbench.test.ts). Every hook's data-value is checked exactly.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useChromium } from '../support/chromium.ts';
import { importFile, openImportTool } from '../support/import-page.ts';

const FIXTURE = join(import.meta.dirname, '../fixtures/exports/workbench.csv');
const Z = 1.959963984540054;

const browser = useChromium();

/** The tool with the workbench fixture read. */
async function openTool(locale: 'en' | 'fr'): Promise<{ page: Page; errors: string[] }> {
  const opened = await openImportTool(browser(), locale);
  await importFile(opened.page, FIXTURE);
  return opened;
}

const dataValue = async (page: Page, testId: string, attribute = 'data-value') => Number(await page.getAttribute(`[data-testid="${testId}"]`, attribute));

/** Wait until a hook shows this exact value (a re-read replaces the result). */
async function waitForValue(page: Page, testId: string, value: number, attribute = 'data-value') {
  await expect.poll(() => dataValue(page, testId, attribute), { timeout: 30_000 }).toBe(value);
}

/** Adjusted Wald on weighted shares at Kish's n_eff, written out (../shared/research/nps-statistics.md). */
function weightedOracle(rows: ReadonlyArray<[number, number]>) {
  const total = rows.reduce((s, [, w]) => s + w, 0);
  const share = (test: (a: number) => boolean) => rows.filter(([a]) => test(a)).reduce((s, [, w]) => s + w, 0) / total;
  const p = share((a) => a >= 9);
  const d = share((a) => a <= 6);
  const nEff = total ** 2 / rows.reduce((s, [, w]) => s + w * w, 0);
  const nt = nEff + 3;
  const pt = (p * nEff + 0.75) / nt;
  const dt = (d * nEff + 0.75) / nt;
  const half = Z * Math.sqrt((pt + dt - (pt - dt) ** 2) / nt);
  return { nps: (p - d) * 100, nEff, low: (pt - dt - half) * 100, high: (pt - dt + half) * 100 };
}

describe('import workbench', () => {
  test('two questions, repeats kept out, weights, CSAT and CES: exact values (English)', async () => {
    const { page, errors } = await openTool('en');
    // Product question by default: 11 answers, P 4, D 4.
    expect(await dataValue(page, 'nps-n')).toBe(11);
    expect(await dataValue(page, 'nps-value')).toBe(0);
    expect(await dataValue(page, 'question-list')).toBe(2);
    expect(await page.getAttribute('[data-testid="question-reason"]', 'data-value')).toBe('header');
    expect(await dataValue(page, 'duplicates-found')).toBe(3);
    expect(await dataValue(page, 'respondents-n', 'data-before')).toBe(11);
    expect(await dataValue(page, 'respondents-n', 'data-after')).toBe(8);

    // The support question: 10 answers, P 4, D 3 → NPS 10.
    await page.check('[data-testid="question-3"] input');
    await waitForValue(page, 'nps-n', 10);
    expect(await dataValue(page, 'nps-value')).toBe(10);
    // Back to the product question, then one answer per respondent: 8 answers, P 2, D 3.
    await page.check('[data-testid="question-2"] input');
    await waitForValue(page, 'nps-n', 11);
    await page.check('[data-testid="keep-latest"]');
    await waitForValue(page, 'nps-n', 8);
    expect(await dataValue(page, 'nps-value')).toBe(-12.5);
    expect(await dataValue(page, 'rows-skipped')).toBe(4);
    expect(Number(await page.getAttribute('[data-testid="rows-skipped"] [data-reason="repeat"]', 'data-value'))).toBe(3);
    expect(await dataValue(page, 'duplicates-found')).toBe(3);

    await page.selectOption('[data-testid="import-weight-column"]', '5');
    await page.waitForSelector('[data-testid="weighted-nps-value"]');
    const oracle = weightedOracle([
      [3, 300],
      [6, 1000],
      [7, 800],
      [9, 1500],
    ]);
    expect(await dataValue(page, 'weighted-nps-value')).toBeCloseTo(oracle.nps, 10);
    expect(await dataValue(page, 'weighted-nps-value')).toBeCloseTo(500 / 90, 10);
    expect(await dataValue(page, 'weighted-n-eff')).toBeCloseTo(oracle.nEff, 10);
    expect(await dataValue(page, 'weighted-nps-ci-low')).toBeCloseTo(oracle.low, 10);
    expect(await dataValue(page, 'weighted-nps-ci-high')).toBeCloseTo(oracle.high, 10);
    expect(await dataValue(page, 'unweighted-nps-value')).toBe(-12.5);
    expect(await dataValue(page, 'weights-skipped')).toBe(4);
    // The score itself stays the unweighted one.
    expect(await dataValue(page, 'nps-value')).toBe(-12.5);

    await page.selectOption('[data-testid="import-csat-column"]', '6');
    await page.waitForSelector('[data-testid="csat-value"]');
    expect(await dataValue(page, 'csat-value')).toBe(50);
    expect(await dataValue(page, 'csat-value', 'data-n')).toBe(6);
    expect(await dataValue(page, 'csat-skipped')).toBe(3);
    await page.selectOption('[data-testid="import-ces-column"]', '7');
    await page.waitForSelector('[data-testid="ces-value"]');
    expect(await dataValue(page, 'ces-value')).toBe(4.25);
    expect(await dataValue(page, 'ces-value', 'data-n')).toBe(8);
    expect(await dataValue(page, 'ces-value', 'data-scale')).toBe(7);
    // Every choice kept across the re-reads.
    expect(await dataValue(page, 'nps-n')).toBe(8);
    expect(await dataValue(page, 'weighted-nps-value')).toBeCloseTo(500 / 90, 10);
    expect(await page.textContent('.import-other')).toMatch(/never placed against the NPS benchmarks/);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('French page: the same figures, French words', async () => {
    const { page, errors } = await openTool('fr');
    expect(await dataValue(page, 'duplicates-found')).toBe(3);
    expect(await page.textContent('[data-testid="duplicates-found"]')).toMatch(/3 réponses sont des doublons/);
    await page.check('[data-testid="keep-latest"]');
    await waitForValue(page, 'nps-n', 8);
    expect(await dataValue(page, 'nps-value')).toBe(-12.5);
    await page.selectOption('[data-testid="import-weight-column"]', '5');
    await page.waitForSelector('[data-testid="weighted-nps-value"]');
    expect(await dataValue(page, 'weighted-nps-value')).toBeCloseTo(500 / 90, 10);
    expect(await page.textContent('.import-weighted')).toMatch(/Taille d’échantillon effective/);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
