/**
 * The sweep: every built page, both languages (found by walking the build, never listed by hand), in Chromium,
 * served with the site's own headers, so under its Content-Security-Policy. Each page must load with no console
 * error (CSP violations land there), no failed request, no request leaving the site, and no axe-core violation of
 * WCAG 2.2 AA on its first state; every chart has a text alternative and a table.
 * The score tool's other states and keyboard use are in compare-a11y.test.ts.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { axeViolations } from '../support/axe.ts';
import { builtPages } from '../support/built-pages.ts';
import { launchChromium } from '../support/chromium.ts';
import { settle, watchPage } from '../support/watched-page.ts';

const baseUrl = inject('baseUrl');
const distDir = inject('distDir');
const pages = builtPages(distDir);

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/**
 * Every chart (a canvas) has a text alternative (role="img" and a label) and a table with its figures on the page
 * (in the score tool, in the tool itself), so nothing is only in pixels.
 */
function chartProblems(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('canvas')].flatMap((canvas, index) => {
      const problems: string[] = [];
      const name = `canvas #${index + 1}${canvas.dataset.testid ? ` (${canvas.dataset.testid})` : ''}`;
      const label = canvas.getAttribute('aria-label') ?? (canvas.getAttribute('aria-labelledby') ? document.getElementById(canvas.getAttribute('aria-labelledby') ?? '')?.textContent : '') ?? '';
      if (canvas.getAttribute('role') !== 'img' || label.trim() === '') problems.push(`${name}: no role="img" with a label`);
      // Inside the score tool, the table must be in the tool; elsewhere, on the page's main content.
      const scope = canvas.closest('[data-testid="score-tool"]') ?? canvas.closest('main');
      if (!scope?.querySelector('table')) problems.push(`${name}: no table with the figures beside it`);
      return problems;
    }),
  );
}

/**
 * Load a page, scroll to the end so `client:visible` islands hydrate too, wait until every island has hydrated
 * (Astro removes an island's `ssr` attribute then) and the network is quiet, and run axe.
 */
async function sweep(path: string) {
  const watched = await watchPage(browser, baseUrl);
  const response = await watched.page.goto(`${baseUrl}${path}`, { waitUntil: 'load' });
  await watched.page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  // An island that never hydrates (hidden, say) is not an error in itself; its absence of JS shows in the budgets.
  await watched.page.waitForFunction(() => document.querySelectorAll('astro-island[ssr]').length === 0, undefined, { timeout: 5_000 }).catch(() => undefined);
  await settle(watched.page);
  await watched.page.evaluate(() => window.scrollTo(0, 0));
  const violations = await axeViolations(watched.page);
  const charts = await chartProblems(watched.page);
  await watched.close();
  return { status: response?.status(), violations, charts, errors: watched.errors, foreign: watched.foreign, requests: watched.requests };
}

describe('sweep of every built page', () => {
  test('found pages in the build', () => {
    expect(pages.length).toBeGreaterThan(1);
  });

  test.concurrent.for(pages.map((page) => page.path))('%s: no console error, no failed or foreign request, no axe violation', async (path) => {
    const result = await sweep(path);
    expect(result.status, 'HTTP status').toBe(200);
    // One comparison, so a failure shows every problem of the page at once.
    expect({ errors: result.errors, foreign: result.foreign, violations: result.violations, charts: result.charts }).toEqual({ errors: [], foreign: [], violations: [], charts: [] });
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
