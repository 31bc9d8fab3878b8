/** Opens a page and records console errors, page errors and failed requests, for assertions. */
import type { Browser, Page } from 'playwright-core';
import { idleWatcher } from './watched-page.ts';

export interface OpenedPage {
  page: Page;
  /** Console errors, uncaught exceptions and failed requests seen so far. */
  errors: string[];
  /** Wait until the page is idle again (after a `goto` or a click that loads something): see untilIdle. */
  idle: () => Promise<void>;
}

/**
 * A new context and tab on `url`, returned once the page has loaded, its islands that hydrate on load have
 * hydrated and it is idle (untilIdle: no request over two frame-and-idle rounds, its icon fetched) rather than
 * after Playwright's `networkidle` (500 ms without a request).
 */
export async function openPage(browser: Browser, url: string, options: { javaScriptEnabled?: boolean; viewport?: { width: number; height: number } } = {}): Promise<OpenedPage> {
  const javaScriptEnabled = options.javaScriptEnabled ?? true;
  const context = await browser.newContext({ javaScriptEnabled, viewport: options.viewport ?? { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors: string[] = [];
  const idle = idleWatcher(page, { javaScriptEnabled });
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => errors.push(`request failed: ${request.url()} ${request.failure()?.errorText ?? ''}`));
  // The browser may already be closing; a context that is gone needs no closing.
  page.on('close', () => void context.close().catch(() => undefined));
  await page.goto(url, { waitUntil: 'load' });
  await idle();
  return { page, errors, idle };
}
