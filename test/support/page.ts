/** Opens a page and records console errors, page errors and failed requests, for assertions. */
import type { Browser, Page } from 'playwright-core';

export interface OpenedPage {
  page: Page;
  /** Console errors, uncaught exceptions and failed requests seen so far. */
  errors: string[];
}

export async function openPage(browser: Browser, url: string, options: { javaScriptEnabled?: boolean; viewport?: { width: number; height: number } } = {}): Promise<OpenedPage> {
  const context = await browser.newContext({ javaScriptEnabled: options.javaScriptEnabled ?? true, viewport: options.viewport ?? { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => errors.push(`request failed: ${request.url()} ${request.failure()?.errorText ?? ''}`));
  // The browser may already be closing; a context that is gone needs no closing.
  page.on('close', () => void context.close().catch(() => undefined));
  await page.goto(url, { waitUntil: 'networkidle' });
  return { page, errors };
}
