/**
 * A page that records everything the sweep asserts on: every request URL, requests that fail or answer >= 400,
 * console errors (CSP violations are reported there) and uncaught exceptions. Requests to any other origin are
 * recorded and then aborted, so a test never reaches the network.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';

export interface WatchedPage {
  page: Page;
  context: BrowserContext;
  /** Every URL the page requested, in order. */
  requests: string[];
  /** Requests to anything but the site's own origin (data: and blob: URLs are local, so not listed). */
  foreign: string[];
  /** Console errors, page errors, failed requests and HTTP errors. */
  errors: string[];
  close(): Promise<void>;
}

export async function watchPage(
  browser: Browser,
  origin: string,
  options: { viewport?: { width: number; height: number }; reducedMotion?: 'reduce' | 'no-preference' } = {},
): Promise<WatchedPage> {
  const context = await browser.newContext({ viewport: options.viewport ?? { width: 1280, height: 900 }, reducedMotion: options.reducedMotion ?? 'no-preference' });
  const page = await context.newPage();
  const requests: string[] = [];
  const foreign: string[] = [];
  const errors: string[] = [];
  const site = new URL(origin).origin;
  const isLocal = (url: string) => url.startsWith('data:') || url.startsWith('blob:') || new URL(url).origin === site;
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (isLocal(url)) return route.continue();
    return route.abort('blockedbyclient');
  });
  page.on('request', (request) => {
    const url = request.url();
    requests.push(url);
    if (!isLocal(url)) foreign.push(url);
  });
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => {
    // Foreign requests are aborted on purpose and reported in `foreign`.
    if (isLocal(request.url())) errors.push(`request failed: ${request.url()} ${request.failure()?.errorText ?? ''}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) errors.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return { page, context, requests, foreign, errors, close: () => context.close() };
}

/**
 * Wait until the page has had no request in flight for `quietMs` (Playwright's 'networkidle' load state fires only
 * once per navigation, so it cannot be awaited again after a scroll or a click).
 */
export async function settle(page: Page, quietMs = 300, timeoutMs = 10_000): Promise<void> {
  let inFlight = 0;
  let last = Date.now();
  const started = (): void => {
    inFlight++;
    last = Date.now();
  };
  const ended = (): void => {
    inFlight = Math.max(0, inFlight - 1);
    last = Date.now();
  };
  page.on('request', started);
  page.on('requestfinished', ended);
  page.on('requestfailed', ended);
  try {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline && (inFlight > 0 || Date.now() - last < quietMs)) await page.waitForTimeout(50);
  } finally {
    page.off('request', started);
    page.off('requestfinished', ended);
    page.off('requestfailed', ended);
  }
}
