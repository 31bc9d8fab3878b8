/**
 * `node test/lighthouse/long-tasks.ts`: main-thread long tasks (PerformanceObserver 'longtask') on reading pages in
 * Chromium at Lighthouse's mobile settings (412×823 at 1.75×, touch, 4x CPU slowdown through CDP), a figure that
 * holds up better than Lighthouse's score on a busy machine. Per page and run, two phases:
 *   load:   from navigation to 4 s after the load event, without scrolling (what Lighthouse sees);
 *   scroll: then the chart scrolled into view, until it has drawn and 2 s more (what a reader who scrolls pays).
 * Prints each run and the median per page: total long-task time, the blocking part (the sum over 50 ms, as TBT
 * counts it) and the longest task. Prints, never asserts (timings vary with the machine's load).
 *
 *   node test/lighthouse/long-tasks.ts --dist /tmp/build [--runs 3] [--pages /sectors/banking/,/companies/apple/]
 */
import { resolve } from 'node:path';
import { loadavg } from 'node:os';
import { chromium } from 'playwright-core';
import { buildSite } from '../support/build-site.ts';
import { CHROMIUM_ARGS, findChromium } from '../support/chromium.ts';
import { serveStatic } from '../support/static-server.ts';

const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const runs = Number(option('--runs') ?? 3);
const pages = (option('--pages') ?? '/sectors/banking/,/sectors/telecom/,/companies/apple/').split(',').filter(Boolean);
const executablePath = findChromium();
if (!executablePath) throw new Error('Chromium not found: install it with `apt-get install -y chromium` (or set CHROMIUM_PATH).');

const distArg = option('--dist');
const site = distArg ? undefined : buildSite({ prefix: 'nps-atlas-long-tasks-' });
const dist = distArg ? resolve(distArg) : (site?.dir as string);
const server = await serveStatic(dist);
const browser = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });

interface Phase {
  total: number;
  blocking: number;
  longest: number;
  count: number;
}
const phase = (tasks: number[]): Phase => ({
  total: Math.round(tasks.reduce((sum, d) => sum + d, 0)),
  blocking: Math.round(tasks.reduce((sum, d) => sum + Math.max(0, d - 50), 0)),
  longest: Math.round(Math.max(0, ...tasks)),
  count: tasks.length,
});
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

async function measure(path: string): Promise<{ load: Phase; scroll: Phase; drawn: boolean }> {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.addInitScript(() => {
    const tasks: number[] = [];
    (window as unknown as { __longTasks: number[] }).__longTasks = tasks;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push(entry.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
  await sleep(4000);
  const take = () => page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks.splice(0));
  const load = phase(await take());
  const canvas = page.locator('canvas[data-testid$="-chart"]').first();
  let drawn = false;
  if ((await canvas.count()) > 0) {
    await canvas.scrollIntoViewIfNeeded();
    // Drawn: the download buttons show once the chart script has drawn.
    drawn = await page
      .waitForSelector('[data-chart-actions]:not([hidden])', { timeout: 30_000 })
      .then(() => true)
      .catch(() => false);
    await sleep(2000);
  }
  const scroll = phase(await take());
  await context.close();
  return { load, scroll, drawn };
}

const fmt = (p: Phase) => `total ${p.total} ms, blocking ${p.blocking} ms, longest ${p.longest} ms (${p.count} tasks)`;
try {
  console.log(
    `Long tasks at 4x CPU slowdown, ${runs} runs per page; load average before: ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  for (const path of pages) {
    const results: Awaited<ReturnType<typeof measure>>[] = [];
    for (let run = 1; run <= runs; run++) {
      const result = await measure(path);
      results.push(result);
      console.log(`  ${path} run ${run}: load: ${fmt(result.load)}; scroll: ${fmt(result.scroll)}${result.drawn ? '' : ' (CHART NOT DRAWN)'}`);
    }
    const med = (pick: (r: (typeof results)[number]) => Phase): Phase => ({
      total: median(results.map((r) => pick(r).total)),
      blocking: median(results.map((r) => pick(r).blocking)),
      longest: median(results.map((r) => pick(r).longest)),
      count: median(results.map((r) => pick(r).count)),
    });
    console.log(`${path} median: load: ${fmt(med((r) => r.load))}; scroll: ${fmt(med((r) => r.scroll))}`);
  }
  console.log(
    `load average after: ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
} finally {
  await browser.close();
  await server.close();
  site?.remove();
}
