/**
 * The score tool's verdicts, defaults, peers and the fixes of issue 10 item 6, in Chromium on the real build.
 * Expected rows come from the page's own table (whatever the data holds), expected numbers from src/lib.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { npsFromCounts } from '../../src/lib/nps-stats.ts';
import { useChromium } from '../support/chromium.ts';
import { openPage } from '../support/page.ts';

const baseUrl = inject('baseUrl');
const browser = useChromium();

const PHONE = { width: 360, height: 740 };

async function waitForRank(page: Page): Promise<number> {
  const rank = page.locator('[data-testid="sector-rank"]').first();
  await rank.waitFor({ state: 'attached', timeout: 15_000 });
  return Number(await rank.getAttribute('data-value'));
}

/** Each company row of the placement table: company id, relation, verdict value and basis. */
async function companyRows(page: Page) {
  return page.locator('[data-testid="placement-table"] tbody tr[data-company]').evaluateAll((rows) =>
    rows.map((row) => {
      const verdict = row.querySelector('[data-testid="verdict"]');
      return {
        company: row.getAttribute('data-company'),
        relation: row.querySelector('td[data-relation]')?.getAttribute('data-relation'),
        value: Number(row.querySelector('td[data-relation]')?.getAttribute('data-value')),
        verdict: verdict?.getAttribute('data-value'),
        basis: verdict?.getAttribute('data-basis'),
        text: verdict?.textContent ?? '',
      };
    }),
  );
}

describe('verdicts', () => {
  test('/fr/compare/?sector=telecom&score=31&n=850: a verdict other than cant-tell for every exact company figure, and what it rests on', async () => {
    const { page, errors } = await openPage(browser(), `${baseUrl}/fr/compare/?sector=telecom&score=31&n=850`);
    await waitForRank(page);
    const rows = await companyRows(page);
    const exact = rows.filter((r) => r.relation === 'exact');
    expect(exact.length).toBeGreaterThanOrEqual(3);
    for (const row of exact) expect(['above', 'below', 'within'], `${row.company}: ${row.text}`).toContain(row.verdict);
    // the verdicts read from the user's side: above a figure below the interval, within for one inside it
    const low = Number(await page.locator('[data-testid="nps-ci-low"]').getAttribute('data-value'));
    const high = Number(await page.locator('[data-testid="nps-ci-high"]').getAttribute('data-value'));
    for (const row of exact.filter((r) => r.basis === 'your-interval')) {
      expect(row.verdict).toBe(row.value < low ? 'above' : row.value > high ? 'below' : 'within');
      expect(row.text).toContain('ne tient que si ce chiffre est précis');
    }
    // the page says on what the verdicts rest, and that each is tested on its own
    const rules = await page.locator('[data-testid="verdict-rules"]').innerText();
    expect(rules).toContain('marge d’erreur de la référence est alors inconnue');
    expect(rules).toContain('sans correction');
    // defaults on /fr/: France and recent years, shown in the menus and in words
    expect(await page.locator('[data-testid="input-market"]').inputValue()).toBe('FR');
    expect(Number(await page.locator('[data-testid="input-from"]').inputValue())).toBeGreaterThan(2000);
    expect(await page.locator('[data-testid="benchmarks-used"]').innerText()).toMatch(/France \(par défaut\).*années récentes, par défaut/);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('score without n: every verdict is cant-tell and the page says what n would allow', async () => {
    const { page, errors } = await openPage(browser(), `${baseUrl}/compare/?sector=telecom&score=31`);
    await waitForRank(page);
    const rows = await companyRows(page);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.verdict).toBe('cant-tell');
    expect(rows.some((r) => /with about [\d,]+ or more, a gap of/.test(r.text))).toBe(true);
    expect(await page.locator('[data-testid="verdicts-need-n"]').innerText()).toContain('Give your number of respondents');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('peers chosen in the link: exactly those companies, kept when the tool rewrites the link', async () => {
    const { page, errors } = await openPage(browser(), `${baseUrl}/fr/compare/?sector=telecom&score=31&n=850&peers=orange,sfr`);
    await waitForRank(page);
    expect((await companyRows(page)).map((r) => r.company).sort()).toEqual(['orange', 'sfr']);
    await page.locator('[data-testid="peer-free"]').check();
    await page.waitForFunction(
      () => new URLSearchParams(window.location.search).get('peers') === 'orange,free,sfr' || new URLSearchParams(window.location.search).get('peers')?.split(',').length === 3,
    );
    expect((await companyRows(page)).map((r) => r.company).sort()).toEqual(['free', 'orange', 'sfr']);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('issue 10 item 6: what users found broken', () => {
  test('bad link values: a message beside each field, the rest of the view still works', async () => {
    const { page, errors } = await openPage(browser(), `${baseUrl}/compare/?sector=telecom&score=31&n=850&market=XX&grade=Z&confidence=80`);
    await waitForRank(page);
    expect(Number(await page.locator('[data-testid="nps-value"]').getAttribute('data-value'))).toBe(31);
    const besideField = async (testId: string) => page.locator(`.st-field:has([data-testid="${testId}"]) [role="alert"]`).innerText();
    expect(await besideField('input-market')).toContain('no company figure for market “XX”');
    expect(await besideField('input-grade')).toContain('B or better are used meanwhile');
    expect(await besideField('input-confidence')).toContain('95 % is used meanwhile');
    expect(await page.locator('[data-testid="input-grade"]').inputValue()).toBe('B');
    expect(await page.locator('body').textContent()).not.toMatch(/NaN|undefined|Infinity/);
    await page.context().close();

    const answers = await openPage(browser(), `${baseUrl}/compare/?answers=1,2,3`);
    await answers.page.getByRole('alert').first().waitFor();
    expect(await answers.page.locator('.st-group [role="alert"]').first().innerText()).toContain('The link has 3 answer counts; 11 are expected');
    expect(await answers.page.locator('[data-testid="nps-value"]').count()).toBe(0);
    expect([...errors, ...answers.errors]).toEqual([]);
    await answers.page.context().close();
  });

  test('"Open in the full score tool" from a sector page keeps the page’s filters: the same figures, the same rank', async () => {
    for (const query of ['score=31&n=850', 'market=FR&score=31&n=850', 'from=2015&to=2020&score=5&n=400']) {
      const { page, errors, idle } = await openPage(browser(), `${baseUrl}/fr/sectors/telecom/?${query}`);
      await page.locator('[data-testid="score-tool-section"]').scrollIntoViewIfNeeded();
      const rank = await waitForRank(page);
      const rows = (await companyRows(page)).map((r) => r.company);
      const href = await page.locator('[data-testid="open-full-tool"]').getAttribute('href');
      await page.goto(`${baseUrl}${href}`, { waitUntil: 'load' });
      await idle();
      expect(await waitForRank(page), `${query} → ${href}`).toBe(rank);
      expect((await companyRows(page)).map((r) => r.company)).toEqual(rows);
      expect(errors).toEqual([]);
      await page.context().close();
    }
  });

  test('the survey-file mode fits a 360 px phone, and the placement table shows its verdict column there', async () => {
    const { page, errors } = await openPage(browser(), `${baseUrl}/compare/?sector=telecom&mode=file`, { viewport: PHONE });
    await page.locator('[data-testid="responses-file"]').waitFor({ state: 'attached' });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await page.context().close();

    const phone = await openPage(browser(), `${baseUrl}/compare/?sector=telecom&score=31&n=850&market=all&from=all`, { viewport: PHONE });
    await waitForRank(phone.page);
    expect(await phone.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    const cell = phone.page.locator('[data-testid="placement-table"] tr[data-company] [data-testid="verdict"]').first();
    const box = await cell.boundingBox();
    expect(box).not.toBeNull();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(PHONE.width);
    expect(await phone.page.locator('.st-scroll-hint').isVisible()).toBe(true);
    expect([...errors, ...phone.errors]).toEqual([]);
    await phone.page.context().close();
  });

  test('"Copy link" after a file import carries the 0–10 counts and says the rows are not in it', async () => {
    const { page, errors, idle } = await openPage(browser(), `${baseUrl}/compare/?sector=telecom&mode=file`);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
    const answers = ['10', '9', '9', '8', '7', '6', '3', '0', '10'];
    const csv = ['id,How likely are you to recommend us to a friend?', ...answers.map((a, i) => `${i + 1},${a}`)].join('\n');
    await page.setInputFiles('[data-testid="responses-file"]', { name: 'survey.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.locator('[data-testid="nps-value"]').waitFor();
    expect(await page.locator('[data-testid="link-note"]').innerText()).toContain('not its rows');
    await page.click('[data-testid="copy-link"]');
    await page.getByText('Link copied.').waitFor();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(new URL(link).searchParams.get('answers')).toBe('1,0,0,1,0,0,1,1,1,2,2');
    await page.goto(link, { waitUntil: 'load' });
    await idle();
    expect(Number(await page.locator('[data-testid="nps-value"]').getAttribute('data-value'))).toBe(npsFromCounts({ promoters: 4, passives: 2, detractors: 3 }));
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
