/**
 * `npm run lighthouse`: Lighthouse (the npm package) with its default mobile settings (Moto G Power emulation,
 * simulated slow 4G and 4x CPU slowdown) on one page per page type, in Debian's Chromium, against a build
 * served by test/support/static-server.ts (so with the site's _headers and CSP). Prints the four category scores.
 *
 *   npm run lighthouse                      build into a temporary folder, then audit
 *   npm run lighthouse -- --dist /tmp/b     audit an existing build
 *   npm run lighthouse -- --all-languages   also audit the French page of each type
 *   npm run lighthouse -- --pages /figures/,/figures/banking/   audit these pages instead (the largest HTML, say)
 *   npm run lighthouse -- --save /tmp/lh    also write each page's full report there as JSON (to see what cost time)
 *
 * The page audited for a type is its heaviest in JS (test/support/js-weight.ts), so the worst case.
 */
import { createRequire } from 'node:module';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import lighthouse from 'lighthouse';
import { buildSite } from '../support/build-site.ts';
import { findChromium } from '../support/chromium.ts';
import { builtPages } from '../support/built-pages.ts';
import { buildWeights } from '../support/js-weight.ts';
import { serveStatic } from '../support/static-server.ts';

// chrome-launcher comes with lighthouse; resolve it from there rather than declaring a dependency of our own.
const requireFromLighthouse = createRequire(createRequire(import.meta.url).resolve('lighthouse'));
const chromeLauncher = (await import(requireFromLighthouse.resolve('chrome-launcher'))) as typeof import('chrome-launcher');

const args = process.argv.slice(2);
const distArg = args.includes('--dist') ? args[args.indexOf('--dist') + 1] : undefined;
const saveDir = args.includes('--save') ? resolve(args[args.indexOf('--save') + 1] ?? '.') : undefined;
const chromePath = process.env.CHROME_PATH ?? findChromium();
if (!chromePath) throw new Error('Chromium not found: install it with `apt-get install -y chromium` (or set CHROME_PATH).');

if (!distArg) console.log('Building into a temporary folder …');
const site = distArg ? undefined : buildSite({ prefix: 'nps-atlas-lighthouse-' });
const dist = distArg ? resolve(distArg) : (site?.dir as string);

/** One page per type (and language when asked): the heaviest in eager JS, else the first; or the pages named. */
function pagesToAudit(): { type: string; path: string }[] {
  if (args.includes('--pages')) {
    const known = new Map(builtPages(dist).map((page) => [page.path, page]));
    return (args[args.indexOf('--pages') + 1] ?? '')
      .split(',')
      .filter(Boolean)
      .map((path) => {
        const page = known.get(path);
        if (!page) throw new Error(`--pages: ${path} is not a built page`);
        return { type: `${page.type}${page.locale === 'fr' ? ' (fr)' : ''}`, path };
      });
  }
  const weights = new Map(buildWeights(dist).map((weight) => [weight.path, weight.eager]));
  const languages = args.includes('--all-languages') ? ['en', 'fr'] : ['en'];
  const chosen = new Map<string, { type: string; path: string; eager: number }>();
  for (const page of builtPages(dist)) {
    if (!languages.includes(page.locale)) continue;
    const key = `${page.type}${page.locale === 'fr' ? ' (fr)' : ''}`;
    const eager = weights.get(page.path) ?? 0;
    const current = chosen.get(key);
    if (!current || eager > current.eager) chosen.set(key, { type: key, path: page.path, eager });
  }
  return [...chosen.values()].sort((a, b) => a.type.localeCompare(b.type));
}

const server = await serveStatic(dist);
const chrome = await chromeLauncher.launch({
  chromePath,
  chromeFlags: [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const rows: string[][] = [];
const failures: string[] = [];
try {
  for (const { type, path } of pagesToAudit()) {
    const started = performance.now();
    // Tracing sometimes fails on a busy machine (NO_NAVSTART, NO_FCP): try again, up to three times.
    let lhr: Awaited<ReturnType<typeof lighthouse>> extends infer R ? (R extends { lhr: infer L } ? L : never) : never;
    for (let attempt = 1; ; attempt++) {
      const result = await lighthouse(`${server.url}${path}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...categories] });
      if (!result?.lhr) throw new Error(`Lighthouse returned nothing for ${path}`);
      lhr = result.lhr;
      if (!lhr.runtimeError) break;
      if (attempt === 3) throw new Error(`Lighthouse failed on ${path}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
      console.log(`  ${type}: ${lhr.runtimeError.code}, trying again`);
    }
    const scores = categories.map((category) => {
      const score = lhr.categories[category]?.score;
      return score === null || score === undefined ? '–' : String(Math.round(score * 100));
    });
    if (saveDir) {
      mkdirSync(saveDir, { recursive: true });
      writeFileSync(join(saveDir, `${path.replace(/^\/|\/$/g, '').replace(/\//g, '_') || 'home'}.json`), JSON.stringify(lhr));
    }
    const metric = (id: string) => lhr.audits[id]?.displayValue ?? '–';
    rows.push([type, path, ...scores, metric('first-contentful-paint'), metric('largest-contentful-paint'), metric('total-blocking-time'), metric('cumulative-layout-shift')]);
    // Name what cost points outside performance (those are ours to fix; performance on a simulated phone varies).
    for (const category of categories.slice(1)) {
      for (const reference of lhr.categories[category]?.auditRefs ?? []) {
        const audit = lhr.audits[reference.id];
        if (reference.weight > 0 && audit && audit.score !== null && audit.score < 1) failures.push(`${type} ${category}: ${audit.id} (${audit.title})`);
      }
    }
    console.log(`  ${type.padEnd(14)} ${path}  ${scores.join(' / ')}  (${((performance.now() - started) / 1000).toFixed(1)} s)`);
  }
} finally {
  chrome.kill();
  await server.close();
  site?.remove();
}

const header = ['page type', 'page', 'performance', 'accessibility', 'best practices', 'SEO', 'FCP', 'LCP', 'TBT', 'CLS'];
const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)));
const line = (row: string[]) => `| ${row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join(' | ')} |`;
console.log(`\nLighthouse (mobile, simulated throttling), Chromium ${chromePath}\n`);
console.log(line(header));
console.log(`|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`);
for (const row of rows) console.log(line(row));
if (failures.length > 0) console.log(`\nAudits that cost points (accessibility, best practices, SEO):\n  ${failures.join('\n  ')}`);
