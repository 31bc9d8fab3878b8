/**
 * The score tool in Chromium: each manual input mode, the share link round trip, a bad link, the French page,
 * the embedded tool on a sector page, PNG and CSV downloads, the print view, and the page without JavaScript.
 * Expected numbers come from src/lib/nps-stats.ts, the module the tool runs.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import Papa from 'papaparse';
import { describe, expect, inject, test } from 'vitest';
import { npsFromCounts, npsInterval, npsIntervalFromScore } from '../../src/lib/nps-stats.ts';
import { useChromium } from '../support/chromium.ts';
import { openPage } from '../support/page.ts';

const baseUrl = inject('baseUrl');
const browser = useChromium();

/** The unrounded number a test hook carries, or null when the hook is not on the page. */
async function hook(page: Page, id: string): Promise<number | null> {
  const element = page.locator(`[data-testid="${id}"]`).first();
  if ((await element.count()) === 0) return null;
  const value = await element.getAttribute('data-value');
  return value === null ? null : Number(value);
}

async function waitForHook(page: Page, id: string): Promise<number> {
  await page.locator(`[data-testid="${id}"]`).first().waitFor({ state: 'attached', timeout: 10_000 });
  const value = await hook(page, id);
  if (value === null) throw new Error(`${id} has no data-value`);
  return value;
}

/** Close the page's whole context and wait for it, so nothing is still closing when the browser goes. */
async function closePage(page: Page): Promise<void> {
  await page.context().close();
}

const TELECOM_LINK = '/compare/?sector=telecom&promoters=50&passives=30&detractors=20';

describe('score tool: manual input modes', () => {
  test('score and n: the score, n and the widest interval for that score; the URL follows', async () => {
    const { page, errors } = await openPage(browser(), `${baseUrl}/compare/`);
    await page.getByLabel('Your NPS (−100 to 100)').fill('30');
    expect(await waitForHook(page, 'nps-value')).toBe(30);
    expect(await hook(page, 'nps-ci-low')).toBeNull();
    await page.getByLabel('Number of respondents (optional)').fill('100');
    const interval = npsIntervalFromScore(30, 100);
    expect(await waitForHook(page, 'nps-n')).toBe(100);
    expect(Math.abs((await waitForHook(page, 'nps-ci-low')) - interval.low)).toBeLessThan(1e-9);
    expect(Math.abs((await waitForHook(page, 'nps-ci-high')) - interval.high)).toBeLessThan(1e-9);
    expect(new URL(page.url()).search).toBe('?score=30&n=100');
    expect(errors).toEqual([]);
    await closePage(page);
  });

  test('counts: promoters, passives, detractors typed by hand', async () => {
    const { page, errors } = await openPage(browser(), `${baseUrl}/compare/`);
    await page.getByLabel('Promoters, passives, detractors').check();
    await page.getByLabel('Promoters (answered 9 or 10)').fill('120');
    await page.getByLabel('Passives (7 or 8)').fill('45');
    await page.getByLabel('Detractors (0 to 6)').fill('35');
    const interval = npsInterval({ promoters: 120, passives: 45, detractors: 35 });
    expect(await waitForHook(page, 'nps-value')).toBeCloseTo(42.5, 12);
    expect(await hook(page, 'nps-n')).toBe(200);
    expect(Math.abs((await waitForHook(page, 'nps-ci-low')) - interval.low)).toBeLessThan(1e-9);
    expect(Math.abs((await waitForHook(page, 'nps-ci-high')) - interval.high)).toBeLessThan(1e-9);
    expect(errors).toEqual([]);
    await closePage(page);
  });

  test('each answer 0–10: the score from the histogram', async () => {
    const { page, errors } = await openPage(browser(), `${baseUrl}/compare/`);
    await page.getByLabel('Each answer 0–10').check();
    await page.getByLabel('Answer 3', { exact: true }).fill('10');
    await page.getByLabel('Answer 8', { exact: true }).fill('5');
    await page.getByLabel('Answer 9', { exact: true }).fill('15');
    await page.getByLabel('Answer 10', { exact: true }).fill('20');
    // detractors 10, passives 5, promoters 35 of 50
    const interval = npsInterval({ promoters: 35, passives: 5, detractors: 10 });
    expect(await waitForHook(page, 'nps-value')).toBeCloseTo(50, 12);
    expect(await hook(page, 'nps-n')).toBe(50);
    expect(await hook(page, 'histogram-9')).toBe(15);
    expect(Math.abs((await waitForHook(page, 'nps-ci-low')) - interval.low)).toBeLessThan(1e-9);
    expect(new URL(page.url()).searchParams.get('answers')).toBe(',,,10,,,,,5,15,20');
    expect(errors).toEqual([]);
    await closePage(page);
  });

  test('survey file: the answers read from the file feed the same results; skipped rows are reported', async () => {
    const { page, errors } = await openPage(browser(), `${baseUrl}/compare/?sector=telecom`);
    await page.getByLabel('Survey file').check();
    expect(new URL(page.url()).search).toBe('?sector=telecom&mode=file');
    // Answers 10, 9, 9, 8, 7, 6, 3, 0 and three rows that can't count: blank, "n/a", 11.
    const answers = ['10', '9', '9', '8', '7', '6', '3', '0', '', 'n/a', '11'];
    const csv = ['id,How likely are you to recommend us to a friend?', ...answers.map((a, i) => `${i + 1},${a}`)].join('\n');
    await page.setInputFiles('[data-testid="responses-file"]', { name: 'survey.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    const expected = { promoters: 3, passives: 2, detractors: 3 };
    const interval = npsInterval(expected);
    expect(await waitForHook(page, 'nps-value')).toBe(npsFromCounts(expected));
    expect(await hook(page, 'nps-n')).toBe(8);
    expect(await waitForHook(page, 'rows-skipped')).toBe(3);
    expect(Math.abs((await waitForHook(page, 'nps-ci-low')) - interval.low)).toBeLessThan(1e-9);
    expect(Math.abs((await waitForHook(page, 'nps-ci-high')) - interval.high)).toBeLessThan(1e-9);
    expect(await waitForHook(page, 'sector-rank')).toBeGreaterThan(0);
    expect(await hook(page, 'histogram-9')).toBe(2);
    expect(errors).toEqual([]);
    await closePage(page);
  });

  test('a bad value typed shows role="alert" beside the field and no nps-value', async () => {
    const { page, errors } = await openPage(browser(), `${baseUrl}/compare/`);
    const score = page.getByLabel('Your NPS (−100 to 100)');
    await score.fill('30');
    await waitForHook(page, 'nps-value');
    await score.fill('150');
    await page.getByRole('alert').first().waitFor();
    expect(await page.getByRole('alert').first().textContent()).toContain('between −100 and 100');
    expect(await page.locator('[data-testid="nps-value"]').count()).toBe(0);
    expect(errors).toEqual([]);
    await closePage(page);
  });
});

describe('score tool: share links', () => {
  test("the telecom counts link computes at once: NPS 30, the lib's interval, a rank in the sector", async () => {
    const { page, errors } = await openPage(browser(), `${baseUrl}${TELECOM_LINK}`);
    const interval = npsInterval({ promoters: 50, passives: 30, detractors: 20 });
    expect(await waitForHook(page, 'nps-value')).toBe(30);
    expect(Math.abs((await waitForHook(page, 'nps-ci-low')) - interval.low)).toBeLessThan(1e-9);
    expect(Math.abs((await waitForHook(page, 'nps-ci-high')) - interval.high)).toBeLessThan(1e-9);
    expect(await hook(page, 'nps-n')).toBe(100);
    const rank = await waitForHook(page, 'sector-rank');
    const percentile = await waitForHook(page, 'sector-percentile');
    // The rank and percentile agree with the company rows of the table, whatever the data holds.
    const rows = await page
      .locator('[data-testid="placement-table"] tbody tr[data-figure] td[data-relation="exact"]')
      .evaluateAll((cells) => cells.map((cell) => Number(cell.getAttribute('data-value'))));
    expect(rows.length).toBeGreaterThan(0);
    expect(rank).toBe(rows.filter((v) => v > 30).length + 1);
    const below = rows.filter((v) => v < 30).length;
    const level = rows.filter((v) => v === 30).length;
    expect(percentile).toBeCloseTo(((below + level / 2) / rows.length) * 100, 9);
    expect(await page.locator('[data-testid="input-sector"]').inputValue()).toBe('telecom');
    expect(errors).toEqual([]);
    await closePage(page);
  });

  test('round trip: what the user types goes into the URL, and opening that URL reproduces the view', async () => {
    const first = await openPage(browser(), `${baseUrl}/compare/?sector=banking`);
    await first.page.getByLabel('Promoters, passives, detractors').check();
    await first.page.getByLabel('Promoters (answered 9 or 10)').fill('410');
    await first.page.getByLabel('Passives (7 or 8)').fill('300');
    await first.page.getByLabel('Detractors (0 to 6)').fill('290');
    await first.page.getByLabel('Your survey type').selectOption('transactional');
    await first.page.getByLabel('Target NPS (optional)').fill('25');
    const before = {
      nps: await waitForHook(first.page, 'nps-value'),
      low: await waitForHook(first.page, 'nps-ci-low'),
      high: await waitForHook(first.page, 'nps-ci-high'),
      rank: await waitForHook(first.page, 'sector-rank'),
      percentile: await waitForHook(first.page, 'sector-percentile'),
    };
    const link = first.page.url();
    expect(new URL(link).search).toBe('?sector=banking&promoters=410&passives=300&detractors=290&survey=transactional&target=25');
    // the language switch carries the same view
    expect(await first.page.getAttribute('[data-testid="lang-switch"]', 'href')).toBe(`/fr/compare/${new URL(link).search}`);
    await closePage(first.page);

    const second = await openPage(browser(), link);
    expect(await waitForHook(second.page, 'nps-value')).toBe(before.nps);
    expect(await waitForHook(second.page, 'nps-ci-low')).toBe(before.low);
    expect(await waitForHook(second.page, 'nps-ci-high')).toBe(before.high);
    expect(await waitForHook(second.page, 'sector-rank')).toBe(before.rank);
    expect(await waitForHook(second.page, 'sector-percentile')).toBe(before.percentile);
    expect(await second.page.getByLabel('Your survey type').inputValue()).toBe('transactional');
    expect(await second.page.locator('[data-testid="type-warning"]').count()).toBe(1);
    expect(await second.page.locator('[data-testid="target-more-promoters"]').count()).toBe(1);
    expect([...first.errors, ...second.errors]).toEqual([]);
    await closePage(second.page);
  });

  test('a bad link (?score=abc&n=-5) shows a message per field, no score, no NaN, no crash', async () => {
    const { page, errors } = await openPage(browser(), `${baseUrl}/compare/?score=abc&n=-5`);
    await page.getByRole('alert').first().waitFor();
    const alerts = await page.getByRole('alert').allTextContents();
    expect(alerts).toHaveLength(2);
    expect(alerts[0]).toContain('enter a number');
    expect(alerts[1]).toContain('At least 1 respondent');
    expect(await page.locator('[data-testid="nps-value"]').count()).toBe(0);
    expect(await page.locator('body').textContent()).not.toMatch(/NaN|undefined|Infinity/);
    // the fields show what the link said, so the user can fix it
    expect(await page.getByLabel('Your NPS (−100 to 100)').inputValue()).toBe('abc');
    expect(errors).toEqual([]);
    await closePage(page);
  });

  test('an unknown sector and a bad option are reported, not ignored', async () => {
    const { page, errors } = await openPage(browser(), `${baseUrl}/compare/?sector=atlantis&score=20&confidence=42`);
    await page.getByRole('alert').first().waitFor();
    const text = (await page.getByRole('alert').allTextContents()).join(' ');
    expect(text).toContain('This sector is not in the atlas');
    expect(text).toContain('90, 95 or 99');
    // a bad option no longer hides the result (issue 10): the score shows, at the default 95 % level
    expect(Number(await page.locator('[data-testid="nps-value"]').getAttribute('data-value'))).toBe(20);
    expect(errors).toEqual([]);
    await closePage(page);
  });
});

describe('score tool: French page, sector page, no JavaScript', () => {
  test('/fr/compare/ works in French with the same parameters', async () => {
    const { page, errors } = await openPage(browser(), `${baseUrl}/fr${TELECOM_LINK}`);
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
    expect(await page.textContent('h1')).toBe('Comparer votre NPS à votre secteur');
    expect(await waitForHook(page, 'nps-value')).toBe(30);
    expect(await waitForHook(page, 'sector-rank')).toBeGreaterThan(0);
    expect(await page.locator('[data-testid="nps-value"]').textContent()).toBe('+30');
    expect(await page.getByText('Intervalle à 95\u00a0%').count()).toBe(1);
    await page.getByLabel('Votre NPS (de −100 à 100)').count();
    await page.getByLabel('Score NPS').check();
    await page.getByLabel('Votre NPS (de −100 à 100)').fill('12,5');
    expect(await waitForHook(page, 'nps-value')).toBe(12.5);
    expect(errors).toEqual([]);
    await closePage(page);
  });

  test("the tool embedded on a sector page reads the same parameters and keeps the page's filters", async () => {
    const { page, errors } = await openPage(browser(), `${baseUrl}/sectors/telecom/?promoters=50&passives=30&detractors=20`);
    const section = page.locator('[data-testid="score-tool-section"]');
    await section.scrollIntoViewIfNeeded();
    const interval = npsInterval({ promoters: 50, passives: 30, detractors: 20 });
    expect(await waitForHook(page, 'nps-value')).toBe(30);
    expect(Math.abs((await waitForHook(page, 'nps-ci-low')) - interval.low)).toBeLessThan(1e-9);
    expect(await waitForHook(page, 'sector-rank')).toBeGreaterThan(0);
    await section.getByLabel('Target NPS (optional)').fill('40');
    await page.waitForFunction(() => window.location.search.includes('target=40'));
    const search = new URL(page.url()).searchParams;
    expect(search.get('promoters')).toBe('50');
    expect(search.get('sector')).toBeNull();
    expect(errors).toEqual([]);
    await closePage(page);
  });

  test("on a sector page, changing the page's filters keeps the score in the URL and re-ranks among the filtered figures", async () => {
    const { page, errors } = await openPage(browser(), `${baseUrl}/sectors/telecom/?promoters=50&passives=30&detractors=20`);
    const section = page.locator('[data-testid="score-tool-section"]');
    await section.scrollIntoViewIfNeeded();
    await waitForHook(page, 'sector-rank');
    const before = await page.locator('[data-testid="placement-table"] tbody tr[data-figure]').count();
    // The page's filters start folded: open them as a user would.
    if (!(await page.locator('[data-testid="filter-market"]').isVisible())) await page.locator('details[data-filters] > summary').click();
    await page.locator('[data-testid="filter-market"]').selectOption('FR');
    await page.waitForFunction(() => new URLSearchParams(window.location.search).get('market') === 'FR' && window.location.search.includes('promoters=50'));
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid="placement-table"] tbody tr[data-figure]').length < n, before);
    // the market column is the sixth cell since the verdict moved next to the NPS (so a phone shows it)
    const markets = await page.locator('[data-testid="placement-table"] tbody tr[data-figure] td:nth-child(6)').allTextContents();
    expect(new Set(markets)).toEqual(new Set(['France']));
    expect(await hook(page, 'nps-value')).toBe(30);
    const rows = await page
      .locator('[data-testid="placement-table"] tbody tr[data-figure] td[data-relation="exact"]')
      .evaluateAll((cells) => cells.map((cell) => Number(cell.getAttribute('data-value'))));
    expect(await hook(page, 'sector-rank')).toBe(rows.filter((v) => v > 30).length + 1);
    expect(errors).toEqual([]);
    await closePage(page);
  });

  test('without JavaScript, /compare/ says what the tool does and that it needs JavaScript', async () => {
    const { page } = await openPage(browser(), `${baseUrl}/compare/`, { javaScriptEnabled: false });
    const text = await page.locator('main').innerText();
    expect(text).toContain('margin of error');
    expect(text).toContain('needs JavaScript');
    expect(await page.locator('main a[href="/sectors/telecom/"]').count()).toBe(1);
    await closePage(page);
  });
});

describe('score tool: exports', () => {
  test('the chart downloads as a PNG and the results as a CSV with the same numbers', async () => {
    const { page, errors } = await openPage(browser(), `${baseUrl}${TELECOM_LINK}`);
    await waitForHook(page, 'sector-rank');
    await page.locator('[data-testid="score-chart"]').waitFor();

    const [png] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="download-png"]')]);
    expect(png.suggestedFilename()).toBe('nps-telecom.png');
    const pngBytes = readFileSync(await png.path());
    expect([...pngBytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(pngBytes.length).toBeGreaterThan(2000);

    const [csv] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="download-csv"]')]);
    expect(csv.suggestedFilename()).toBe('nps-telecom.csv');
    const text = readFileSync(await csv.path(), 'utf8').replace(/^\ufeff/, '');
    const rows = Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
    expect(rows[0]?.slice(0, 4)).toEqual(['section', 'item', 'value', 'unit']);
    const cell = (item: string) => rows.find((r) => r[1] === item)?.[2];
    const interval = npsInterval({ promoters: 50, passives: 30, detractors: 20 });
    expect(Number(cell('NPS'))).toBe(30);
    expect(Number(cell('95 % interval low (adjusted Wald)'))).toBe(interval.low);
    expect(Number(cell('95 % interval high (adjusted Wald)'))).toBe(interval.high);
    expect(Number(cell('Rank among company figures (1 = highest)'))).toBe(await hook(page, 'sector-rank'));
    // every benchmark row names its source; no cell would run as a formula
    const benchmarks = rows.filter((r) => r[0] === 'Benchmark');
    expect(benchmarks.length).toBeGreaterThan(0);
    // (numbers, negative ones included, stay numbers: only text is neutralised)
    for (const r of rows) for (const value of r) if (!/^-?\d+(\.\d+)?$/.test(value)) expect(value).not.toMatch(/^[=+\-@]/);
    expect(errors).toEqual([]);
    await closePage(page);
  });

  test('copy link puts the current address on the clipboard', async () => {
    const { page, errors } = await openPage(browser(), `${baseUrl}${TELECOM_LINK}`);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
    await waitForHook(page, 'nps-value');
    await page.click('[data-testid="copy-link"]');
    await page.getByText('Link copied.').waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseUrl}${TELECOM_LINK}`);
    expect(errors).toEqual([]);
    await closePage(page);
  });

  test('the print view hides the form and keeps results, chart and table', async () => {
    const { page, errors } = await openPage(browser(), `${baseUrl}${TELECOM_LINK}`);
    await waitForHook(page, 'sector-rank');
    await page.locator('[data-testid="score-chart"]').waitFor();
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.st-form').isVisible()).toBe(false);
    expect(await page.locator('[data-testid="download-csv"]').isVisible()).toBe(false);
    expect(await page.locator('[data-testid="nps-value"]').isVisible()).toBe(true);
    expect(await page.locator('[data-testid="score-chart"]').isVisible()).toBe(true);
    expect(await page.locator('[data-testid="placement-table"]').isVisible()).toBe(true);
    // the printed page says where it came from: the link that reproduces it
    expect(await page.locator('.st-print-only').textContent()).toContain(`${baseUrl}${TELECOM_LINK}`);
    await page.emulateMedia({ media: 'screen' });
    expect(await page.locator('.st-print-only').isVisible()).toBe(false);
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
    expect(errors).toEqual([]);
    await closePage(page);
  });
});
