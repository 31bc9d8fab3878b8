/**
 * The score tool beyond its first state, under the site's CSP: results and error states reached through links
 * (both languages) have zero axe WCAG 2.2 AA violations, no console error and no request leaving the site; and the
 * tool works with the keyboard alone (tab order follows the page, focus is always visible, modes switch with the
 * arrow keys, counts typed give a score, the file picker opens from the keyboard).
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { axeViolations } from '../support/axe.ts';
import { builtPages } from '../support/built-pages.ts';
import { useChromium } from '../support/chromium.ts';
import { surveyCsvBlob } from '../support/make-survey-csv.ts';
import { watchPage } from '../support/watched-page.ts';

const baseUrl = inject('baseUrl');
const distDir = inject('distDir');
const comparePages = builtPages(distDir).filter((page) => page.type === 'compare');

const browser = useChromium();
let sector: string;
beforeAll(async () => {
  // A real sector: the one with the most companies, so the placement table and chart have the most to show.
  const dataset = (await (await fetch(`${baseUrl}/data/nps-atlas.json`)).json()) as { companies: { sector: string }[] };
  const bySector = new Map<string, number>();
  for (const company of dataset.companies) bySector.set(company.sector, (bySector.get(company.sector) ?? 0) + 1);
  sector = [...bySector].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
});

const hydrated = (page: Page) => page.waitForFunction(() => document.querySelectorAll('astro-island[ssr]').length === 0, undefined, { timeout: 15_000 });

/** Open a state of the tool, wait for `ready`, let lazy chunks (the chart) arrive (the page idle), then run axe. */
async function check(path: string, ready: (page: Page) => Promise<unknown>) {
  const watched = await watchPage(browser(), baseUrl);
  await watched.page.goto(`${baseUrl}${path}`, { waitUntil: 'load' });
  await hydrated(watched.page);
  await ready(watched.page);
  await watched.idle();
  const violations = await axeViolations(watched.page);
  const state = { errors: watched.errors, foreign: watched.foreign, violations };
  return { watched, state };
}

const clean = { errors: [], foreign: [], violations: [] };

describe('score tool states (links)', () => {
  test('the build has the tool in both languages', () => {
    expect(comparePages.map((page) => page.locale).sort()).toEqual(['en', 'fr']);
    expect(sector).not.toBe('');
  });

  test.for(comparePages.map((page) => page.path))('%s results from counts, with sector placement and chart: clean', async (base) => {
    const { watched, state } = await check(`${base}?sector=${sector}&promoters=50&passives=30&detractors=20`, async (page) => {
      await page.waitForSelector('[data-testid="nps-value"][data-value]');
      await page.waitForSelector('[data-testid="placement-table"]');
      await page.waitForSelector('[data-testid="score-chart"]');
    });
    expect(Number(await watched.page.getAttribute('[data-testid="nps-value"]', 'data-value'))).toBe(30);
    // A table behind the chart: the placement table names every company the chart draws.
    expect(await watched.page.locator('[data-testid="placement-table"] tbody tr').count()).toBeGreaterThan(1);
    expect(await watched.page.getAttribute('[data-testid="score-chart"]', 'aria-label')).toBeTruthy();
    await watched.close();
    expect(state).toEqual(clean);
  });

  test.for(comparePages.map((page) => page.path))('%s results from a score and n, and from answer counts: clean', async (base) => {
    for (const query of [`sector=${sector}&score=12.5&n=400`, 'answers=1,0,2,3,1,4,6,10,18,22,31']) {
      const { watched, state } = await check(`${base}?${query}`, (page) => page.waitForSelector('[data-testid="nps-value"][data-value]'));
      await watched.close();
      expect({ query, ...state }).toEqual({ query, ...clean });
    }
  });

  test.for(comparePages.map((page) => page.path))(
    '%s error states (bad score, bad counts, unknown sector): a message, no score for a bad input (a bad option keeps it), clean',
    async (base) => {
      for (const query of ['score=abc', 'score=abc&n=-5', 'promoters=-5&passives=x&detractors=2', 'sector=no-such-sector&score=10']) {
        const { watched, state } = await check(`${base}?${query}`, (page) => page.waitForSelector('[role="alert"]'));
        const alert = (await watched.page.locator('[role="alert"]').first().textContent())?.trim() ?? '';
        const shown = await watched.page.locator('[data-testid="nps-value"]').count();
        await watched.close();
        // An unknown sector is an option: since issue 10 the score still shows beside its message.
        expect({ query, alert: alert.length > 0, shown, ...state }).toEqual({ query, alert: true, shown: query.startsWith('sector=') ? 1 : 0, ...clean });
      }
    },
  );
});

/** What has focus: its test id, tag and whether its focus ring is visible. */
async function focused(page: Page) {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return null;
    const style = getComputedStyle(element);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
    const ring = style.boxShadow !== 'none';
    return {
      key: element.getAttribute('data-testid') ?? element.id ?? element.tagName,
      tag: element.tagName.toLowerCase(),
      inTool: Boolean(element.closest('[data-testid="score-tool"]')),
      focusVisible: element.matches(':focus-visible'),
      ringVisible: outline || ring,
    };
  });
}

/** The tool's tabbable controls in DOM order, as the keyboard should meet them. */
function tabbableInTool(page: Page) {
  return page.evaluate(() => {
    const tool = document.querySelector('[data-testid="score-tool"]');
    if (!tool) return [];
    const candidates = [...tool.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, [tabindex]')];
    return candidates
      .filter((element) => {
        if ((element as HTMLInputElement).disabled || element.tabIndex < 0) return false;
        const box = element.getBoundingClientRect();
        const style = getComputedStyle(element);
        if (style.visibility === 'hidden' || style.display === 'none' || (box.width === 0 && box.height === 0 && !(element instanceof HTMLInputElement && element.type === 'file')))
          return false;
        // In a radio group only the checked radio is a tab stop.
        if (element instanceof HTMLInputElement && element.type === 'radio') {
          const group = [...tool.querySelectorAll<HTMLInputElement>(`input[type="radio"][name="${CSS.escape(element.name)}"]`)];
          return group.some((radio) => radio.checked) ? element.checked : element === group[0];
        }
        return true;
      })
      .map((element) => element.getAttribute('data-testid') ?? element.id ?? element.tagName);
  });
}

describe('score tool with the keyboard alone', () => {
  test.for(comparePages.map((page) => page.path))('%s: tab order follows the page, every stop shows its focus, counts typed give a score', async (path) => {
    const watched = await watchPage(browser(), baseUrl);
    const { page } = watched;
    await page.goto(`${baseUrl}${path}`, { waitUntil: 'load' });
    await hydrated(page);

    // Tab from the top of the page until the tool has focus.
    let current = await focused(page);
    for (let presses = 0; presses < 40 && !current?.inTool; presses++) {
      await page.keyboard.press('Tab');
      current = await focused(page);
      if (current) expect(current, `focus ring on ${current.key}`).toMatchObject({ focusVisible: true, ringVisible: true });
    }
    expect(current?.inTool, 'Tab reaches the score tool').toBe(true);
    expect(current?.key).toBe('mode-score');

    // Switch to counts with the arrow keys, as in any radio group.
    await page.keyboard.press('ArrowRight');
    expect(await page.isChecked('[data-testid="mode-counts"]')).toBe(true);
    const expected = await tabbableInTool(page);
    const met: string[] = [(await focused(page))?.key ?? ''];
    for (let presses = 0; presses < expected.length + 5; presses++) {
      await page.keyboard.press('Tab');
      const now = await focused(page);
      if (!now?.inTool) break;
      expect(now, `focus ring on ${now.key}`).toMatchObject({ focusVisible: true, ringVisible: true });
      met.push(now.key);
    }
    // Every control, once, in the order of the page (no positive tabindex, nothing skipped).
    expect(met).toEqual(expected.slice(0, met.length));
    expect(met.slice(0, 4)).toEqual(['mode-counts', 'input-promoters', 'input-passives', 'input-detractors']);

    // Type the counts: back to the first count field with Shift+Tab, then type and tab.
    while ((await focused(page))?.key !== 'input-promoters') await page.keyboard.press('Shift+Tab');
    await page.keyboard.type('50');
    await page.keyboard.press('Tab');
    await page.keyboard.type('30');
    await page.keyboard.press('Tab');
    await page.keyboard.type('20');
    await page.waitForSelector('[data-testid="nps-value"][data-value]');
    expect(Number(await page.getAttribute('[data-testid="nps-value"]', 'data-value'))).toBe(30);
    await watched.close();
    expect(watched.errors).toEqual([]);
  });

  test.for(comparePages.map((page) => page.path))('%s: the file picker opens from the keyboard; the imported results and a bad file are clean', async (path) => {
    const watched = await watchPage(browser(), baseUrl);
    const { page } = watched;
    await page.goto(`${baseUrl}${path}`, { waitUntil: 'load' });
    // Listen for the chooser now: Playwright turns on file-chooser interception asynchronously when a listener
    // is added, so a listener added together with the key press could miss it on a busy machine.
    const chooserOpened = page.waitForEvent('filechooser', { timeout: 60_000 });
    await hydrated(page);
    await page.focus('[data-testid="mode-score"]');
    // score → counts → answers → file, with the arrow keys.
    for (let presses = 0; presses < 3; presses++) await page.keyboard.press('ArrowRight');
    expect(await page.isChecked('[data-testid="mode-file"]')).toBe(true);
    await page.waitForSelector('[data-testid="responses-file"]');
    let current = await focused(page);
    for (let presses = 0; presses < 10 && current?.key !== 'responses-file'; presses++) {
      await page.keyboard.press('Tab');
      current = await focused(page);
    }
    expect(current).toMatchObject({ key: 'responses-file', focusVisible: true, ringVisible: true });
    // Space on the focused picker opens the system file chooser.
    await page.keyboard.press('Space');
    const chooser = await chooserOpened;
    const { blob, expected } = surveyCsvBlob({ rows: 500, seed: 7 });
    await chooser.setFiles({ name: 'responses.csv', mimeType: 'text/csv', buffer: Buffer.from(await blob.arrayBuffer()) });
    await page.waitForSelector('[data-testid="nps-value"][data-value]');
    const counted = expected.counts.reduce((sum, count) => sum + count, 0);
    expect(Number(await page.getAttribute('[data-testid="nps-n"]', 'data-value'))).toBe(counted);
    await watched.idle();
    const afterImport = await axeViolations(page);

    // A file that is not a survey export: a message beside the picker, no score, still clean.
    await page.setInputFiles('[data-testid="responses-file"]', {
      name: 'report.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n<<>>\nendobj\n'),
    });
    await page.waitForSelector('[data-testid="import-error"]');
    await watched.idle();
    const shown = await page.locator('[data-testid="nps-value"]').count();
    const afterError = await axeViolations(page);
    await watched.close();
    expect({ afterImport, afterError, shown, errors: watched.errors, foreign: watched.foreign }).toEqual({ afterImport: [], afterError: [], shown: 0, errors: [], foreign: [] });
  });
});
