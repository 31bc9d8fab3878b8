/**
 * The import's insight panel in Chromium: comparing two months, quarters, date ranges and segments of a file
 * (the hooks' data-value exactly as src/lib/nps-change.ts gives on the counts the file was built with, which
 * test/survey-import-compare.test.ts checks against a hand computation), the chosen confidence, plain messages
 * for a file with one period, and "what detractors say": a term filters the detractors' comments.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { npsChange, sampleSizePerGroupForChange } from '../../src/lib/nps-change.ts';
import { pairedNpsChange, pairsForChange } from '../../src/lib/survey-import/paired-change.ts';
import type { ResponseCounts } from '../../src/lib/nps-stats.ts';
import { useChromium } from '../support/chromium.ts';
import { openPage } from '../support/page.ts';

const FILE_INPUT = '[data-testid="responses-file"]';
const browser = useChromium();

interface Row {
  date: string;
  region: string;
  answer: number;
  comment: string;
}

/**
 * Six months, two regions. In month m: North has 10 + m promoters, 5 passives, 5 detractors (answer 3, "Customer
 * service never answers"); South 8 promoters, 6 passives, 6 + m detractors (answer 2, "Waited for ages, customer
 * service rude" or "Too expensive" in turn). Promoters say "Great app, fast" or "Friendly staff".
 */
function buildRows(): Row[] {
  const rows: Row[] = [];
  for (let m = 1; m <= 6; m++) {
    const month = `2024-0${m}`;
    const add = (region: string, day: string, promoters: number, passives: number, detractors: number, detractorComment: (i: number) => string) => {
      for (let i = 0; i < promoters; i++) rows.push({ date: `${month}-${day}`, region, answer: 10, comment: i % 2 === 0 ? 'Great app, fast' : 'Friendly staff' });
      for (let i = 0; i < passives; i++) rows.push({ date: `${month}-${day}`, region, answer: 8, comment: 'ok' });
      for (let i = 0; i < detractors; i++) rows.push({ date: `${month}-${day}`, region, answer: region === 'North' ? 3 : 2, comment: detractorComment(i) });
    };
    add('North', '05', 10 + m, 5, 5, () => 'Customer service never answers');
    add('South', '20', 8, 6, 6 + m, (i) => (i % 2 === 0 ? 'Waited for ages, customer service rude' : 'Too expensive'));
  }
  return rows;
}

const ROWS = buildRows();
const CSV = ['Date,Region,How likely are you to recommend us?,Why?', ...ROWS.map((r) => `${r.date},${r.region},${r.answer},"${r.comment}"`)].join('\n');

/** Counts of the rows that pass `keep`, as the test built them (independent of the import). */
function countsWhere(keep: (row: Row) => boolean): ResponseCounts {
  const counts = { promoters: 0, passives: 0, detractors: 0 };
  for (const row of ROWS.filter(keep)) {
    if (row.answer >= 9) counts.promoters++;
    else if (row.answer >= 7) counts.passives++;
    else counts.detractors++;
  }
  return counts;
}

async function openWithFile(path: string, csv: string, name = 'responses.csv'): Promise<{ page: Page; errors: string[] }> {
  const opened = await openPage(browser(), `${inject('baseUrl')}${path}`);
  await opened.page.waitForSelector(FILE_INPUT, { state: 'attached' });
  await opened.page.waitForFunction(() => !document.querySelector('astro-island[ssr]'));
  await opened.page.setInputFiles(FILE_INPUT, { name, mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
  await opened.page.waitForSelector('[data-testid="nps-value"]', { timeout: 60_000 });
  await opened.page.waitForSelector('[data-testid="import-compare"]', { timeout: 30_000 });
  return opened;
}

const hook = async (page: Page, id: string) => Number(await page.getAttribute(`[data-testid="${id}"]`, 'data-value'));

async function expectChange(page: Page, a: ResponseCounts, b: ResponseCounts, confidence = 0.95, detect = 5) {
  const expected = npsChange(a, b, confidence);
  await expect.poll(() => hook(page, 'diff-value')).toBe(expected.difference);
  expect(await hook(page, 'diff-ci-low')).toBe(expected.low);
  expect(await hook(page, 'diff-ci-high')).toBe(expected.high);
  expect(await hook(page, 'diff-p')).toBe(expected.pValue);
  expect(await hook(page, 'diff-sample-size')).toBe(sampleSizePerGroupForChange(detect, { kind: 'observed', a, b }, confidence));
  expect(await page.getAttribute('[data-testid="diff-verdict"]', 'data-significant')).toBe(String(expected.significant));
  return expected;
}

describe('comparing two groups of a file', () => {
  test('months (latest against the one before), quarters, segments and date ranges give nps-change’s numbers exactly', async () => {
    const { page, errors } = await openWithFile('/compare/?mode=file', CSV);
    // Default: two months, June against May.
    expect(await page.inputValue('[data-testid="compare-kind"]')).toBe('month');
    const june = countsWhere((r) => r.date.startsWith('2024-06'));
    const may = countsWhere((r) => r.date.startsWith('2024-05'));
    expect(june).toEqual({ promoters: 24, passives: 11, detractors: 17 });
    await expectChange(page, june, may);
    expect(await page.getByTestId('diff-verdict').textContent()).toMatch(/^(Up|Down) [\d.]+\spoints?, but a change this size could be noise at these sample sizes$/);

    // Another month for B.
    await page.selectOption('[data-testid="compare-b"]', '2024-01');
    await expectChange(
      page,
      june,
      countsWhere((r) => r.date.startsWith('2024-01')),
    );

    // Quarters: Q2 against Q1.
    await page.selectOption('[data-testid="compare-kind"]', 'quarter');
    const q2 = countsWhere((r) => r.date >= '2024-04');
    const q1 = countsWhere((r) => r.date < '2024-04');
    await expectChange(page, q2, q1);

    // Segments: the two largest, North (more promoters) and South.
    await page.selectOption('[data-testid="compare-kind"]', 'segment');
    const north = countsWhere((r) => r.region === 'North');
    const south = countsWhere((r) => r.region === 'South');
    const bySegment = await expectChange(page, north, south);
    expect(bySegment.significant).toBe(true);
    expect(await page.getByTestId('diff-verdict').textContent()).toMatch(/^Up \d+(\.\d)?\spoints, more than chance would give$/);

    // Date ranges: 1 Feb–15 Mar against 1–31 Jan; the change to plan for typed as 10 points.
    await page.selectOption('[data-testid="compare-kind"]', 'range');
    await page.fill('[data-testid="compare-detect"]', '10');
    await page.fill('[data-testid="compare-a-from"]', '2024-02-01');
    await page.fill('[data-testid="compare-a-to"]', '2024-03-15');
    await page.fill('[data-testid="compare-b-from"]', '2024-01-01');
    await page.fill('[data-testid="compare-b-to"]', '2024-01-31');
    await expectChange(
      page,
      countsWhere((r) => r.date >= '2024-02-01' && r.date <= '2024-03-15'),
      countsWhere((r) => r.date <= '2024-01-31'),
      0.95,
      10,
    );

    // Overlapping ranges: a message, no numbers.
    await page.fill('[data-testid="compare-b-to"]', '2024-02-10');
    await page.waitForSelector('[data-testid="compare-message"][data-reason="overlap"]');
    expect(await page.locator('[data-testid="diff-value"]').count()).toBe(0);
    expect(await page.locator('body').textContent()).not.toContain('NaN');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('French page at 90 %: the chosen confidence sets the interval; French verdict', async () => {
    const { page, errors } = await openWithFile('/fr/compare/?mode=file&confidence=90', CSV);
    await page.selectOption('[data-testid="compare-kind"]', 'segment');
    const expected = await expectChange(
      page,
      countsWhere((r) => r.region === 'North'),
      countsWhere((r) => r.region === 'South'),
      0.9,
    );
    expect(expected.low).not.toBe(
      npsChange(
        countsWhere((r) => r.region === 'North'),
        countsWhere((r) => r.region === 'South'),
      ).low,
    );
    expect(await page.getByTestId('diff-verdict').textContent()).toMatch(/^En hausse de \d+(,\d)?\u00a0points, plus que le hasard ne le donnerait$/);
    // The month table shows the same level.
    expect(await page.locator('[data-testid="nps-by-month"] thead').textContent()).toContain('Intervalle à 90\u00a0%');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('two questions: the paired test on the respondents who answered both', async () => {
    // 40 respondents: product answers cycle 10, 9, 8, 3; support answers cycle 10, 6, 8, 2, 7 (so the pairs vary).
    const product = (i: number) => [10, 9, 8, 3][i % 4]!;
    const support = (i: number) => [10, 6, 8, 2, 7][i % 5]!;
    const lines = ['How likely are you to recommend our product?,How likely are you to recommend our support?'];
    const table = new Array<number>(9).fill(0);
    const group = (answer: number) => (answer >= 9 ? 2 : answer >= 7 ? 1 : 0);
    for (let i = 0; i < 40; i++) {
      lines.push(`${product(i)},${support(i)}`);
      table[3 * group(product(i)) + group(support(i))]!++;
    }
    const { page, errors } = await openWithFile('/compare/?mode=file', lines.join('\n'));
    await page.selectOption('[data-testid="compare-kind"]', 'question');
    const outcome = pairedNpsChange(table);
    if (outcome.status !== 'ok') throw new Error(outcome.status);
    await expect.poll(() => hook(page, 'diff-value')).toBe(outcome.change.difference);
    expect(await hook(page, 'diff-ci-low')).toBe(outcome.change.low);
    expect(await hook(page, 'diff-ci-high')).toBe(outcome.change.high);
    expect(await hook(page, 'diff-sample-size')).toBe(pairsForChange(5, outcome.change.varianceOfDifference));
    expect(await page.getAttribute('[data-testid="diff-sample-size"]', 'data-paired')).toBe('true');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('a file with one month only: a plain message, never NaN', async () => {
    const csv = ['Date,How likely are you to recommend us?', '2024-03-05,10', '2024-03-06,3', '2024-03-07,9'].join('\n');
    const { page, errors } = await openWithFile('/compare/?mode=file', csv);
    await page.waitForSelector('[data-testid="compare-message"][data-reason="only-one"]');
    expect(await page.getByTestId('compare-message').textContent()).toBe('This file has only one month: there is no second one to compare with.');
    expect(await page.locator('[data-testid="diff-value"]').count()).toBe(0);
    expect(await page.locator('body').textContent()).not.toContain('NaN');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('what detractors say', () => {
  test('key terms with their counts; choosing one filters the detractors’ comments', async () => {
    const { page, errors } = await openWithFile('/compare/?mode=file', CSV);
    await page.waitForSelector('[data-testid="keyness-table"]');
    const row = page.locator('[data-testid="keyness-table"] tr[data-term="customer service"]');
    const detractorRows = ROWS.filter((r) => r.answer <= 6);
    const withPhrase = detractorRows.filter((r) => r.comment.toLowerCase().includes('customer service'));
    expect(Number(await row.getAttribute('data-detractors'))).toBe(withPhrase.length);
    expect(Number(await row.getAttribute('data-promoters'))).toBe(0);
    // "great" is the promoters' word: never listed for detractors.
    expect(await page.locator('[data-testid="keyness-table"] tr[data-term="great"]').count()).toBe(0);

    // Every detractor's comment is listed (the first 100) until a term is chosen.
    expect(await hook(page, 'detractor-comments')).toBe(detractorRows.length);
    await row.getByTestId('keyness-term').click();
    expect(await row.getByTestId('keyness-term').getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => hook(page, 'detractor-comments')).toBe(withPhrase.length);
    expect(await hook(page, 'keyness-filter')).toBe(withPhrase.length);
    const texts = await page.locator('[data-testid="detractor-comments"] li q').allTextContents();
    expect(texts.length).toBe(Math.min(100, withPhrase.length));
    for (const text of texts) expect(text.toLowerCase()).toContain('customer service');
    // Rows as a spreadsheet numbers them (header = row 1).
    const firstLine = ROWS.findIndex((r) => r.answer <= 6 && r.comment.toLowerCase().includes('customer service')) + 2;
    expect(Number(await page.locator('[data-testid="detractor-comments"] li').first().getAttribute('data-line'))).toBe(firstLine);

    // "expensive" is only in South's comments.
    await page.locator('[data-testid="keyness-table"] tr[data-term="expensive"]').getByTestId('keyness-term').click();
    const expensive = detractorRows.filter((r) => r.comment.includes('expensive')).length;
    await expect.poll(() => hook(page, 'detractor-comments')).toBe(expensive);
    await page.getByTestId('keyness-filter-off').click();
    await expect.poll(() => hook(page, 'detractor-comments')).toBe(detractorRows.length);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('no promoters’ comments, then a file without comments: plain messages (French)', async () => {
    const csv = ['Probabilité de recommander,Commentaire', '3,Trop cher', '2,"Service client lent"', '8,bien', '10,'].join('\n');
    const { page, errors } = await openWithFile('/fr/compare/?mode=file', csv);
    await page.waitForSelector('[data-testid="keyness-message"]');
    expect(await page.getAttribute('[data-testid="keyness-message"]', 'data-reason')).toBe('no-promoter-comments');
    expect(await page.getByTestId('keyness-message').textContent()).toBe('Aucun promoteur n’a laissé de commentaire, donc rien à quoi opposer les mots des détracteurs.');
    expect(await hook(page, 'detractor-comments')).toBe(2);
    expect(await page.getByTestId('import-compare').textContent()).toContain('Choisissez une colonne de date ou de segment');
    await page.context().close();

    const plain = await openWithFile('/compare/?mode=file', ['Score', '10', '3'].join('\n'));
    expect(await plain.page.locator('[data-testid="import-keyness"]').count()).toBe(0);
    expect(plain.errors).toEqual([]);
    expect(errors).toEqual([]);
    await plain.page.context().close();
  });
});
