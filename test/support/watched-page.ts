/**
 * A page that records everything the sweep asserts on: every request URL, requests that fail or answer >= 400,
 * console errors (CSP violations are reported there) and uncaught exceptions. Requests to any other origin are
 * recorded and fail (sent to a proxy that does not exist), so a test never reaches the network.
 */
import type { Browser, BrowserContext, Page, Request } from 'playwright-core';

/** What a page recorded. */
export interface Record {
  /** Every URL the page requested, in order. */
  requests: string[];
  /** Requests to anything but the site's own origin (data: and blob: URLs are local, so not listed). */
  foreign: string[];
  /** Console errors, page errors, failed requests and HTTP errors. */
  errors: string[];
}

export interface WatchedPage extends Record {
  page: Page;
  context: BrowserContext;
  /** Wait until the page is idle (see untilIdle; `pending` as there): after a `goto`, a scroll or a click that loads something. */
  idle(pending?: string): Promise<void>;
  close(): Promise<void>;
}

export interface WatchOptions {
  viewport?: { width: number; height: number };
  reducedMotion?: 'reduce' | 'no-preference';
  javaScriptEnabled?: boolean;
}

const emptyRecord = (): Record => ({ requests: [], foreign: [], errors: [] });

/** Requests in flight on `page`, and a counter that moves on every request start, finish or failure (for untilIdle). */
function followNetwork(page: Page): { inFlight: number; activity: number } {
  const network = { inFlight: 0, activity: 0 };
  const ended = () => {
    network.inFlight = Math.max(0, network.inFlight - 1);
    network.activity++;
  };
  page.on('request', () => {
    network.inFlight++;
    network.activity++;
  });
  page.on('requestfinished', ended);
  page.on('requestfailed', ended);
  return network;
}

/** A new context and page whose events go to `record()` (read at each event, so it can be swapped between visits). */
async function openWatched(browser: Browser, origin: string, options: WatchOptions, record: () => Record, ignoreFailure: (request: Request) => boolean = () => false) {
  // Requests leave for a proxy nothing listens on (port 1 of this machine), so anything but the site fails at
  // once and never reaches the network. Unlike routing every request through Playwright (as until 2026-12-02),
  // it adds nothing per request: 120 sweep pages took 126 CPU-seconds instead of 142.
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1280, height: 900 },
    reducedMotion: options.reducedMotion ?? 'no-preference',
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    proxy: { server: 'http://127.0.0.1:1', bypass: new URL(origin).hostname },
  });
  const page = await context.newPage();
  const site = new URL(origin).origin;
  const isLocal = (url: string) => url.startsWith('data:') || url.startsWith('blob:') || new URL(url).origin === site;
  // DevTools' "Disable cache": every visit fetches, and is checked for, every file it uses.
  const devtools = await context.newCDPSession(page);
  await devtools.send('Network.enable');
  await devtools.send('Network.setCacheDisabled', { cacheDisabled: true });
  const network = followNetwork(page);
  page.on('request', (request) => {
    const url = request.url();
    record().requests.push(url);
    if (!isLocal(url)) record().foreign.push(url);
  });
  page.on('console', (message) => {
    if (message.type() === 'error') record().errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => record().errors.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => {
    if (ignoreFailure(request)) return;
    // Foreign requests are aborted on purpose and reported in `foreign`.
    if (isLocal(request.url())) record().errors.push(`request failed: ${request.url()} ${request.failure()?.errorText ?? ''}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) record().errors.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return { context, page, site, network };
}

export async function watchPage(browser: Browser, origin: string, options: WatchOptions = {}): Promise<WatchedPage> {
  const record = emptyRecord();
  const { context, page, network } = await openWatched(browser, origin, options, () => record);
  const idle = (pending = LOAD_ISLANDS) =>
    untilIdle(
      page,
      () => network,
      (url) => record.requests.includes(url),
      { pending, javaScriptEnabled: options.javaScriptEnabled ?? true },
    );
  return { page, context, ...record, idle, close: () => context.close() };
}

/**
 * A watched tab reused for many pages, one record per visit. A new context and page cost about a second each on a
 * loaded machine (a new renderer process); a visit costs a navigation. Between visits the tab clears cookies and
 * storage; the HTTP cache stays off (DevTools' switch), so each visit fetches, and is checked for, every file it
 * uses, as a first visit does. Anything the previous page logs after its checks is carried into the next record.
 */
export interface WatchedTab {
  page: Page;
  /** Load `url` (until `load`) with a new, empty record. */
  visit(url: string): Promise<{ status: number | undefined; record: Record }>;
  /** The current visit's record so far (read only). */
  current(): Readonly<Record>;
  /** The visit's checks are done: a copy of its record. Later entries will open the next visit's record. */
  seal(): Record;
  /** Wait until the current page is idle (see untilIdle); `pending` as there (default: islands that hydrate on load). */
  idle(pending?: string): Promise<void>;
  close(): Promise<void>;
}

export async function watchTab(browser: Browser, origin: string, options: WatchOptions = {}): Promise<WatchedTab> {
  let record = emptyRecord();
  let sealed: { errors: number; foreign: number } | undefined;
  // Which visit started each request: one the previous page started, aborted because the tab moved on, is no error
  // of either page (a closed context, as before tabs were reused, aborted it unseen).
  const startedIn = new WeakMap<Request, Record>();
  const { context, page, site, network } = await openWatched(
    browser,
    origin,
    options,
    () => record,
    (request) => startedIn.get(request) !== record && request.failure()?.errorText === 'net::ERR_ABORTED',
  );
  page.on('request', (request) => startedIn.set(request, record));
  return {
    page,
    async visit(url) {
      // Let the previous page's last requests end before its record is closed (5 s at most).
      for (let waited = 0; network.inFlight > 0 && waited < 5_000; waited += 20) await page.waitForTimeout(20);
      if (page.url().startsWith(site)) await page.evaluate(() => (localStorage.clear(), sessionStorage.clear()));
      await context.clearCookies();
      const next = emptyRecord();
      if (sealed) {
        next.errors.push(...record.errors.slice(sealed.errors).map((entry) => `after the previous page's checks: ${entry}`));
        next.foreign.push(...record.foreign.slice(sealed.foreign));
      }
      record = next;
      sealed = undefined;
      const response = await page.goto(url, { waitUntil: 'load' });
      return { status: response?.status(), record };
    },
    current: () => record,
    seal() {
      sealed = { errors: record.errors.length, foreign: record.foreign.length };
      return { requests: [...record.requests], foreign: [...record.foreign], errors: [...record.errors] };
    },
    idle: (pending = LOAD_ISLANDS) =>
      untilIdle(
        page,
        () => network,
        (url) => record.requests.includes(url),
        { pending, javaScriptEnabled: options.javaScriptEnabled ?? true },
      ),
    close: () => context.close(),
  };
}

/**
 * Follow a page's requests from now on and return its `idle()` (untilIdle), for a page opened without a watcher
 * (openPage, a page with an init script). Attach it before the first `goto`, so every request is seen.
 */
export function idleWatcher(page: Page, options: { javaScriptEnabled?: boolean; pending?: string } = {}): () => Promise<void> {
  const requested = new Set<string>();
  const network = followNetwork(page);
  page.on('request', (request) => requested.add(request.url()));
  return () =>
    untilIdle(
      page,
      () => network,
      (url) => requested.has(url),
      { pending: options.pending ?? LOAD_ISLANDS, javaScriptEnabled: options.javaScriptEnabled ?? true },
    );
}

/** Islands that hydrate as the page loads (not those that wait for the reader: client:interaction). */
export const LOAD_ISLANDS = 'astro-island[ssr]:not([client="interaction"])';

/**
 * Wait until the page is idle: no request in flight, and none started or ended over two rounds of two animation
 * frames then an idle callback (so what the page queued, observers after a scroll, lazy imports and due callbacks,
 * has run or shows as a request), and the page's icon fetched (Chromium asks for it after the load event, so it is
 * a page's last request). `pending` is a selector counted in the page each round (e.g. islands not yet hydrated):
 * a round counts only when none match, or once `pendingMs` has passed (an island that never hydrates is no error
 * in itself). This replaces a fixed quiet time (300 ms, or Playwright's 500 ms `networkidle`): it ends as soon as the
 * page is done. Without JavaScript no frame or idle callback runs in the page and nothing but the network can
 * change after the load, so there it waits for the network to be quiet and the icon fetched.
 */
export async function untilIdle(
  page: Page,
  network: () => { inFlight: number; activity: number },
  requested: (url: string) => boolean,
  options: { pending?: string; pendingMs?: number; timeoutMs?: number; javaScriptEnabled?: boolean } = {},
): Promise<void> {
  const deadline = Date.now() + (options.timeoutMs ?? 10_000);
  const pendingDeadline = Date.now() + (options.pendingMs ?? 5_000);
  const icon = await page
    .locator('link[rel~="icon"]')
    .first()
    .evaluate((link: HTMLLinkElement) => link.href, undefined, { timeout: 1_000 })
    .catch(() => undefined);
  let quietRounds = 0;
  while (quietRounds < 2 && Date.now() < deadline) {
    // A copy: `network()` may return the live counters, which would always equal themselves after the round.
    const before = { ...network() };
    if (before.inFlight > 0 || (icon !== undefined && !requested(icon))) {
      quietRounds = 0;
      await page.waitForTimeout(20);
      continue;
    }
    if (options.javaScriptEnabled === false) {
      // Two polls 20 ms apart with nothing started or ended in between.
      await page.waitForTimeout(20);
      quietRounds = network().activity === before.activity ? quietRounds + 1 : 0;
      continue;
    }
    const pending = await page.evaluate(
      (pendingSelector) =>
        new Promise<number>((resolve) =>
          requestAnimationFrame(() =>
            requestAnimationFrame(() => requestIdleCallback(() => resolve(pendingSelector ? document.querySelectorAll(pendingSelector).length : 0), { timeout: 1_000 })),
          ),
        ),
      options.pending ?? '',
    );
    const after = network();
    const quiet = after.activity === before.activity && after.inFlight === 0 && (pending === 0 || Date.now() > pendingDeadline);
    quietRounds = quiet ? quietRounds + 1 : 0;
  }
}
