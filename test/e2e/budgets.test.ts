/**
 * JS budgets, enforced on the build the browser tests use (so `npm test` builds once): each page type's JS
 * (gzip: eager, lazy, worker) stays within test/budgets.json; a page with neither an island nor a script loads no
 * JS at all, and a page without an island never loads the island runtime (React).
 * And the measurement is checked against Chromium: every script the browser fetches was counted.
 *
 * Why here and not in the unit project: the measure needs a build, and the browser project already makes one in
 * its global setup; a second build in a unit global setup would add ~10 s to every `npm test`. In CI the browser
 * project is required, so budgets are always enforced there.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { useChromium } from '../support/chromium.ts';
import { type BudgetFile, buildWeights, kb, staticFiles, weightsByType } from '../support/js-weight.ts';
import { watchPage } from '../support/watched-page.ts';

const baseUrl = inject('baseUrl');
const distDir = inject('distDir');
const budgets = JSON.parse(readFileSync(resolve(import.meta.dirname, '../budgets.json'), 'utf8')) as BudgetFile;
const weights = buildWeights(distDir);
const types = weightsByType(weights);

const browser = useChromium();

describe('JS budgets (gzip)', () => {
  test('the build measured is a production build (no React development bundle)', () => {
    // A build that inherits Vitest's NODE_ENV=test ships React's development bundle; test/support/build-site.ts
    // forces production. React's development build, and only it, prints this DevTools hint.
    const files = [...new Set(weights.flatMap((weight) => [...weight.files.eager, ...weight.files.lazy, ...weight.files.worker, ...weight.files.workerLazy]))].filter(
      (file) => !file.startsWith('inline'),
    );
    const development = files.filter((file) => readFileSync(join(distDir, file), 'utf8').includes('Download the React DevTools'));
    expect(development).toEqual([]);
    if (weights.some((weight) => weight.islands > 0)) expect(files.length).toBeGreaterThan(0);
  });

  test('pages without an island or a script of their own load no JavaScript at all', () => {
    const plain = weights.filter((weight) => weight.islands === 0 && weight.scripts === 0);
    const loading = plain.filter((weight) => weight.eager + weight.lazy + weight.worker + weight.workerLazy > 0).map((weight) => `${weight.path}: ${weight.files.eager.join(' ')}`);
    expect(loading).toEqual([]);
  });

  test('pages without an island never load the island runtime (React renderer or its chunks)', () => {
    // Small Astro <script> modules (a search box, filters) are allowed on static pages and held by the budgets;
    // pulling React or an island's code into them is not.
    const rendererEntries = new Set(weights.flatMap((weight) => weight.renderers));
    const runtime = staticFiles(distDir, rendererEntries);
    const static_ = weights.filter((weight) => weight.islands === 0);
    const leaking = static_.flatMap((weight) => [...weight.files.eager, ...weight.files.lazy].filter((file) => runtime.has(file)).map((file) => `${weight.path}: ${file}`));
    expect(leaking).toEqual([]);
    if (rendererEntries.size > 0) expect(runtime.size).toBeGreaterThan(0);
  });

  test('every page type has a budget, and every budget a page type', () => {
    const measured = types.map((type) => type.type).sort();
    expect(Object.keys(budgets.gzipBytes).sort(), 'run `npm run size -- --update` to add a new page type at its measured size').toEqual(measured);
  });

  test.for(types.map((type) => type.type))('%s stays within its budget', (name) => {
    const type = types.find((candidate) => candidate.type === name);
    const budget = budgets.gzipBytes[name];
    expect(type).toBeDefined();
    expect(budget, `no budget for ${name}`).toBeDefined();
    if (!type || !budget) return;
    const over = (['eager', 'lazy', 'worker', 'workerLazy'] as const)
      .filter((kind) => type[kind] > (budget[kind] ?? 0))
      .map((kind) => `${kind}: ${kb(type[kind])} KB > budget ${kb(budget[kind])} KB (heaviest page ${type.heaviest})`);
    expect(over).toEqual([]);
  });

  test('the measure sees every script Chromium loads (heaviest page of each type with islands)', async () => {
    const checked: string[] = [];
    for (const type of types.filter((candidate) => candidate.eager > 0)) {
      const weight = weights.find((candidate) => candidate.path === type.heaviest);
      if (!weight) throw new Error(`no page ${type.heaviest}`);
      const watched = await watchPage(browser(), baseUrl);
      await watched.page.goto(`${baseUrl}${weight.path}`, { waitUntil: 'load' });
      await watched.idle();
      // Scrolled to the end, `client:visible` islands and charts load what they need: wait for that too.
      await watched.page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      await watched.idle();
      await watched.close();
      const fetched = watched.requests
        .map((url) => new URL(url))
        .filter((url) => /\.m?js$/.test(url.pathname))
        .map((url) => url.pathname);
      const counted = new Set([...weight.files.eager, ...weight.files.lazy, ...weight.files.worker, ...weight.files.workerLazy]);
      expect(
        fetched.filter((path) => !counted.has(path)),
        `${weight.path}: scripts loaded but not counted`,
      ).toEqual([]);
      // A page whose only script is inline (the All figures index) fetches none; one that counts files must fetch them.
      const served = weight.files.eager.filter((file) => !file.startsWith('inline#'));
      if (served.length > 0) expect(fetched.length, `${weight.path} has islands but Chromium fetched no script`).toBeGreaterThan(0);
      checked.push(weight.path);
    }
    // On a build where no page has an island, there is nothing to compare; the static test above covers it.
    expect(checked.length).toBe(types.filter((candidate) => candidate.eager > 0).length);
  });
});
