/**
 * The sweep: every built page, both languages (found by walking the build, never listed by hand), in Chromium,
 * served with the site's own headers, so under its Content-Security-Policy. Each page must load with no console
 * error (CSP violations land there), no failed request, no request leaving the site, and every chart has a text
 * alternative and a table. axe-core (WCAG 2.2 AA, first state) runs on every page of the one-off templates and on a
 * sample of each data-built collection (sector and company pages; see axeSample). Pages are checked three at a time,
 * each in one of three reused tabs (watchTab: a fresh record per page, cookies and storage cleared, no HTTP cache),
 * and a page is checked as soon as it is idle (untilIdle) rather than after a fixed quiet time.
 * The score tool's other states and keyboard use are in compare-a11y.test.ts.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, inject, test } from 'vitest';
import { axeViolations } from '../support/axe.ts';
import { axeSample, builtPages } from '../support/built-pages.ts';
import { useChromium } from '../support/chromium.ts';
import { type WatchedTab, watchTab } from '../support/watched-page.ts';

const baseUrl = inject('baseUrl');
const distDir = inject('distDir');
const pages = builtPages(distDir);
const axePages = axeSample(pages);

const browser = useChromium();

/**
 * Every chart (a canvas) has a text alternative (role="img" and a label) and a table with its figures on the page
 * (in the score tool, in the tool itself), so nothing is only in pixels.
 */
function chartProblems(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('canvas')].flatMap((canvas, index) => {
      const problems: string[] = [];
      const name = `canvas #${index + 1}${canvas.dataset.testid ? ` (${canvas.dataset.testid})` : ''}`;
      const label =
        canvas.getAttribute('aria-label') ??
        (canvas.getAttribute('aria-labelledby') ? document.getElementById(canvas.getAttribute('aria-labelledby') ?? '')?.textContent : '') ??
        '';
      if (canvas.getAttribute('role') !== 'img' || label.trim() === '') problems.push(`${name}: no role="img" with a label`);
      // Inside the score tool, the table must be in the tool; elsewhere, on the page's main content.
      const scope = canvas.closest('[data-testid="score-tool"]') ?? canvas.closest('main');
      if (!scope?.querySelector('table')) problems.push(`${name}: no table with the figures beside it`);
      return problems;
    }),
  );
}

/** Pages checked at once (vitest starts up to 5 concurrent tests; the others wait for a tab): on 2 cores more tabs only queue for the CPU. */
const TABS = 3;
const tabs: WatchedTab[] = [];
const freeTabs: WatchedTab[] = [];
const waitingForTab: ((tab: WatchedTab) => void)[] = [];
let tabsOpened = 0;

/** Run `check` on a tab of the pool (opened on first need, reused after), and hand the tab on. */
async function withTab<T>(check: (tab: WatchedTab) => Promise<T>): Promise<T> {
  let tab = freeTabs.pop();
  if (!tab && tabsOpened < TABS) {
    tabsOpened++;
    tab = await watchTab(browser(), baseUrl);
    tabs.push(tab);
  }
  tab ??= await new Promise<WatchedTab>((resolve) => waitingForTab.push(resolve));
  try {
    return await check(tab);
  } finally {
    const next = waitingForTab.shift();
    if (next) next(tab);
    else freeTabs.push(tab);
  }
}
afterAll(async () => {
  await Promise.all(tabs.map((tab) => tab.close().catch(() => undefined)));
});

/** Load a page, scroll to the end so `client:visible` islands hydrate too, wait until it is ready, and check it. */
async function sweep(path: string, runAxe = true) {
  return withTab(async (tab) => {
    const { status } = await tab.visit(`${baseUrl}${path}`);
    await tab.page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    // Every island that hydrates on load, and the page idle (untilIdle): checked as soon as it is done.
    await tab.idle();
    await tab.page.evaluate(() => window.scrollTo(0, 0));
    const violations = runAxe ? await axeViolations(tab.page) : [];
    const charts = await chartProblems(tab.page);
    const record = tab.seal();
    return { status, violations, charts, ...record };
  });
}

describe('sweep of every built page', () => {
  test('found pages in the build', () => {
    expect(pages.length).toBeGreaterThan(1);
  });

  test('axe covers every page type in both languages, and every page of the one-off templates', () => {
    const typesChecked = new Set(pages.filter((page) => axePages.has(page.path)).map((page) => `${page.type} ${page.locale}`));
    expect(typesChecked).toEqual(new Set(pages.map((page) => `${page.type} ${page.locale}`)));
    for (const page of pages.filter((page) => page.type !== 'sector' && page.type !== 'company')) {
      const group = pages.filter((other) => other.type === page.type && other.locale === page.locale);
      if (group.length <= 4) expect(axePages.has(page.path), page.path).toBe(true);
    }
  });

  test.concurrent.for(pages.map((page) => page.path))('%s: no console error, no failed or foreign request, no axe violation', async (path) => {
    const result = await sweep(path, axePages.has(path));
    expect(result.status, 'HTTP status').toBe(200);
    // One comparison, so a failure shows every problem of the page at once.
    expect({ errors: result.errors, foreign: result.foreign, violations: result.violations, charts: result.charts }).toEqual({
      errors: [],
      foreign: [],
      violations: [],
      charts: [],
    });
    // The page itself was requested through the watcher, so the request log is live.
    expect(result.requests[0]).toBe(`${baseUrl}${path}`);
  });

  test('the 404 page is clean too: bilingual, no other failed request, no axe violation', async () => {
    expect(existsSync(join(distDir, '404.html'))).toBe(true);
    const result = await sweep('/no-such-page/');
    expect(result.status).toBe(404);
    // The document's own 404 is expected, and Chromium logs it once to the console; any other failed
    // request would be listed as its own `HTTP …` entry, so nothing else may appear.
    const documentOnly = [`HTTP 404: ${baseUrl}/no-such-page/`, 'console: Failed to load resource: the server responded with a status of 404 (Not Found)'];
    expect(result.errors.filter((error) => !documentOnly.includes(error))).toEqual([]);
    expect(result.errors.filter((error) => error.startsWith('HTTP 404')).length).toBe(1);
    expect(result.foreign).toEqual([]);
    expect(result.violations).toEqual([]);
    expect(result.charts).toEqual([]);
  });
});
