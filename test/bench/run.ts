/**
 * `npm run bench` (not part of `npm test`; timings are printed, never asserted). Three tables:
 *
 * (a) Import in Node: our import code (src/lib/survey-import/read-survey.ts, the same parse + count path the worker
 *     runs, fed a file-backed Blob) against a plain byte scanner that reads only the score column
 *     (test/bench/score-scanner.ts), same process, same file, for 10k, 100k, 1M and 5M rows.
 * (b) Import in Chromium through the worker, on /compare/: time from picking the file to the score on screen,
 *     and the main thread's longest task (PerformanceObserver 'longtask') meanwhile, for 10k, 100k and 1M rows.
 * (q) An unclosed quote early in a large file, in Node: a `"` opens the reason of data row 1,000 and never closes
 *     (test/bench/unclosed-quote.ts), at 1M and 5M rows. Our import on it, against the scanner and our import on
 *     its clean twin (the same file without that quote), same process. The import must count the 999 rows before
 *     the quote and report the rest as one unreadable record, in time linear in the file.
 * (c) Build time with the dataset scaled ×1, ×10 and ×100 (test/bench/scale-dataset.ts; temporary folders only).
 * (w, x) Workbooks (.xlsx) in Node and in Chromium at 10k, 100k and 1,048,575 rows (test/bench/workbooks.ts).
 *
 * Options: --only a,q,b,c,w,x   --xlsx-rows 10000,100000,1048575   --quote-rows 1000000,5000000   --rows 10000,100000   --scales 1,10   --dist <built site for (b)>   --keep (keep temp files)
 * Survey files come from test/support/make-survey-csv.ts (seeded); each result is checked against the counts the
 * generator drew, so a fast wrong answer shows as a mismatch.
 */
import { mkdtempSync, openAsBlob, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { median as medianOf } from '../../src/lib/figures.ts';
import { buildSite } from '../support/build-site.ts';
import { builtPages } from '../support/built-pages.ts';
import { launchChromium } from '../support/chromium.ts';
import { type SurveyFileExpectation, writeSurveyCsv } from '../support/make-survey-csv.ts';
import { serveStatic } from '../support/static-server.ts';
import { writeScaledDataset } from './scale-dataset.ts';
import { scanScoreColumn } from './score-scanner.ts';
import { writeUnclosedQuoteCsv } from './unclosed-quote.ts';
import { benchWorkbooksBrowser, benchWorkbooksNode } from './workbooks.ts';
import { timeImportInBrowser } from './import-in-browser.ts';

const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const list = (name: string, fallback: number[]) => (option(name) ? (option(name) as string).split(',').map(Number) : fallback);
const only = new Set((option('--only') ?? 'a,q,b,w,x,c').split(','));
const xlsxRowSizes = list('--xlsx-rows', [10_000, 100_000, 1_048_575]);
const quoteRowSizes = list('--quote-rows', [1_000_000, 5_000_000]);
const rowSizes = list('--rows', [10_000, 100_000, 1_000_000, 5_000_000]);
const browserSizes = rowSizes.filter((rows) => rows <= 1_000_000);
const scales = list('--scales', [1, 10, 100]);
const work = mkdtempSync(join(tmpdir(), 'nps-atlas-bench-'));

const median = (values: number[]): number => {
  const middle = medianOf(values);
  if (middle === undefined) throw new Error('bench: a median of no runs');
  return middle;
};
const fmt = (ms: number) => (ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms).toLocaleString('en')} ms`);
const rowsLabel = (rows: number) => (rows >= 1_000_000 ? `${rows / 1_000_000}M` : `${rows / 1000}k`);

function table(title: string, header: string[], rows: string[][]) {
  const widths = header.map((cell, column) => Math.max(cell.length, ...rows.map((row) => (row[column] ?? '').length)));
  const line = (row: string[]) => `| ${row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join(' | ')} |`;
  console.log(`\n${title}\n`);
  console.log(line(header));
  console.log(`|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`);
  for (const row of rows) console.log(line(row));
}

const sameCounts = (counts: number[], expected: SurveyFileExpectation) => counts.length === 11 && counts.every((count, index) => count === expected.counts[index]);

/** Survey files, generated once per size and shared by (a) and (b). */
const files = new Map<number, { path: string; expected: SurveyFileExpectation; bytes: number }>();
async function surveyFile(rows: number) {
  let file = files.get(rows);
  if (!file) {
    const path = join(work, `survey-${rows}.csv`);
    const expected = await writeSurveyCsv(path, { rows, seed: 42 });
    file = { path, expected, bytes: statSync(path).size };
    files.set(rows, file);
  }
  return file;
}

// The score column of the generator's plain layout (Respondent ID, Submitted, <question>, reason, Segment).
const SCORE_COLUMN = 2;

async function benchNode() {
  let readSurvey: typeof import('../../src/lib/survey-import/read-survey.ts').readSurvey;
  try {
    ({ readSurvey } = await import('../../src/lib/survey-import/read-survey.ts'));
  } catch (error) {
    console.log(`\n(a) skipped: the import code (src/lib/survey-import/read-survey.ts) could not be loaded: ${(error as Error).message}`);
    return;
  }
  // Warm up both readers (JIT, file cache) on a small file, untimed.
  const warm = await surveyFile(Math.min(...rowSizes));
  scanScoreColumn(warm.path, SCORE_COLUMN);
  await readSurvey(await openAsBlob(warm.path));
  const rows: string[][] = [];
  for (const size of rowSizes) {
    const file = await surveyFile(size);
    const runs = size >= 5_000_000 ? 1 : size >= 1_000_000 ? 3 : 5;
    const scannerTimes: number[] = [];
    const oursTimes: number[] = [];
    let scannerOk = true;
    let oursOk = true;
    let peakRss = 0;
    for (let run = 0; run < runs; run++) {
      // Alternate the order, so neither always runs on a warm page cache.
      const order = run % 2 === 0 ? ['scanner', 'ours'] : ['ours', 'scanner'];
      for (const which of order) {
        if (which === 'scanner') {
          const started = performance.now();
          const scan = scanScoreColumn(file.path, SCORE_COLUMN);
          scannerTimes.push(performance.now() - started);
          scannerOk &&= sameCounts(scan.counts, file.expected) && scan.rows === file.expected.rowsRead;
        } else {
          const blob = await openAsBlob(file.path);
          const started = performance.now();
          const outcome = await readSurvey(blob);
          oursTimes.push(performance.now() - started);
          peakRss = Math.max(peakRss, process.memoryUsage().rss);
          oursOk &&=
            outcome.status === 'result' &&
            sameCounts(outcome.result.counts, file.expected) &&
            outcome.result.rowsRead === file.expected.rowsRead &&
            outcome.result.skipped.total === file.expected.skipped.total;
        }
      }
    }
    const scanner = median(scannerTimes);
    const ours = median(oursTimes);
    const mb = file.bytes / 1e6;
    rows.push([
      rowsLabel(size),
      `${mb.toFixed(1)} MB`,
      `${fmt(scanner)} (${Math.round(mb / (scanner / 1000))} MB/s)`,
      `${fmt(ours)} (${Math.round(mb / (ours / 1000))} MB/s)`,
      `${(ours / scanner).toFixed(1)}×`,
      `${Math.round(size / (ours / 1000)).toLocaleString('en')}`,
      `${Math.round(peakRss / 2 ** 20)} MiB`,
      scannerOk && oursOk ? 'yes' : `NO (scanner ${scannerOk}, ours ${oursOk})`,
      String(runs),
    ]);
    console.log(`  (a) ${rowsLabel(size)} done`);
  }
  table(
    `(a) Import in Node ${process.version}: our import (readSurvey on a file-backed Blob) vs a byte scanner reading only the score column. Median of the runs.`,
    ['rows', 'file', 'score-column scanner', 'our import', 'ours / scanner', 'our rows/s', 'process RSS', 'counts exact', 'runs'],
    rows,
  );
}

async function benchUnclosedQuote() {
  const { readSurvey } = await import('../../src/lib/survey-import/read-survey.ts');
  const QUOTE_ROW = 1000;
  const rows: string[][] = [];
  for (const size of quoteRowSizes) {
    const path = join(work, `unclosed-${size}.csv`);
    const cleanPath = join(work, `unclosed-${size}-clean.csv`);
    const expected = await writeUnclosedQuoteCsv(path, cleanPath, size, QUOTE_ROW);
    const runs = size >= 5_000_000 ? 1 : 3;
    const times = { scanner: [] as number[], clean: [] as number[], unclosed: [] as number[], unclosedCpu: [] as number[] };
    let ok = true;
    let peakRss = 0;
    for (let run = 0; run < runs; run++) {
      let started = performance.now();
      const scan = scanScoreColumn(cleanPath, SCORE_COLUMN);
      times.scanner.push(performance.now() - started);
      ok &&= scan.counts.every((count, index) => count === expected.cleanCounts[index]);
      started = performance.now();
      const clean = await readSurvey(await openAsBlob(cleanPath));
      times.clean.push(performance.now() - started);
      ok &&= clean.status === 'result' && clean.result.counts.every((count, index) => count === expected.cleanCounts[index]);
      started = performance.now();
      const cpu = process.cpuUsage();
      const outcome = await readSurvey(await openAsBlob(path));
      times.unclosed.push(performance.now() - started);
      // CPU time too: on a shared machine the wall clock mostly measures the other processes.
      const used = process.cpuUsage(cpu);
      times.unclosedCpu.push((used.user + used.system) / 1000);
      peakRss = Math.max(peakRss, process.memoryUsage().rss);
      const record = outcome.status === 'result' ? outcome.result.unreadable.records[0] : undefined;
      ok &&=
        outcome.status === 'result' &&
        outcome.result.rowsRead === expected.rowsBefore &&
        outcome.result.counts.every((count, index) => count === expected.counts[index]) &&
        outcome.result.unreadable.total === 1 &&
        record?.reason === 'unclosed-quote' &&
        record.line === expected.quoteLine &&
        record.lineBreaks === expected.lineBreaks;
    }
    const scanner = median(times.scanner);
    const clean = median(times.clean);
    const unclosed = median(times.unclosed);
    rows.push([
      rowsLabel(size),
      `${(statSync(path).size / 1e6).toFixed(1)} MB`,
      fmt(scanner),
      fmt(clean),
      fmt(unclosed),
      fmt(median(times.unclosedCpu)),
      `${(unclosed / scanner).toFixed(1)}×`,
      `${(unclosed / clean).toFixed(2)}×`,
      `${Math.round(peakRss / 2 ** 20)} MiB`,
      ok ? 'yes' : 'NO',
      String(runs),
    ]);
    console.log(`  (q) ${rowsLabel(size)} done`);
    rmSync(path, { force: true });
    rmSync(cleanPath, { force: true });
  }
  table(
    `(q) Unclosed quote at data row ${QUOTE_ROW.toLocaleString('en')}, Node ${process.version}: our import on it vs the scanner and vs our import on the clean twin (same file without the quote). Median of the runs.`,
    [
      'rows',
      'file',
      'scanner (clean twin)',
      'our import (clean twin)',
      'our import (unclosed quote)',
      'its CPU time',
      'unclosed / scanner',
      'unclosed / clean',
      'process RSS',
      'rows before counted, rest reported',
      'runs',
    ],
    rows,
  );
}

async function benchBrowser() {
  const site = option('--dist') ? undefined : buildSite({ prefix: 'nps-atlas-bench-site-' });
  const dist = option('--dist') ? resolve(option('--dist') as string) : (site?.dir as string);
  const compare = builtPages(dist).find((page) => page.path === '/compare/');
  if (!compare) {
    console.log('\n(b) skipped: the build has no /compare/ page.');
    site?.remove();
    return;
  }
  const server = await serveStatic(dist);
  const browser = await launchChromium();
  const rows: string[][] = [];
  try {
    if (only.has('x')) await benchWorkbooksBrowser(xlsxRowSizes, work, browser, server.url, table);
    for (const size of only.has('b') ? browserSizes : []) {
      const file = await surveyFile(size);
      const counted = file.expected.counts.reduce((sum, count) => sum + count, 0);
      const result = await timeImportInBrowser(browser, server.url, file.path, 600_000);
      if (!result) {
        console.log('\n(b) skipped: /compare/ has no [data-testid="responses-file"] input.');
        return;
      }
      rows.push([
        rowsLabel(size),
        `${(file.bytes / 1e6).toFixed(1)} MB`,
        fmt(result.ms),
        `${Math.round(file.bytes / 1e6 / (result.ms / 1000))} MB/s`,
        `${Math.round(result.longest)} ms`,
        String(result.longTasks),
        result.n === counted ? 'yes' : `NO (n ${result.n}, expected ${counted}${result.error ? `; ${result.error}` : ''})`,
      ]);
      console.log(`  (b) ${rowsLabel(size)} done`);
    }
  } finally {
    await browser.close();
    await server.close();
    site?.remove();
  }
  if (rows.length > 0) {
    table(
      "(b) Import in Chromium through the worker, /compare/: from picking the file to the score on screen; the main thread's long tasks (> 50 ms) meanwhile.",
      ['rows', 'file', 'time to result', 'throughput', 'longest main-thread task', 'long tasks', 'n exact'],
      rows,
    );
  }
}

function benchBuild() {
  const rows: string[][] = [];
  for (const factor of scales) {
    const folder = join(work, `data-x${factor}`);
    const written = writeScaledDataset(factor, folder);
    const started = performance.now();
    const site = buildSite({ prefix: `nps-atlas-bench-x${factor}-`, env: { NPS_ATLAS_DATA_ROOT: folder } });
    const ms = performance.now() - started;
    const pages = builtPages(site.dir).length;
    rows.push([
      `×${factor}`,
      String(written['companies.csv']),
      String(written['sectors.csv']),
      String(written['observations.csv']),
      String(pages),
      fmt(ms),
      `${Math.round(pages / (ms / 1000))}`,
    ]);
    site.remove();
    console.log(`  (c) ×${factor} done`);
  }
  table(
    '(c) `astro build` with the dataset scaled (synthetic copies in a temporary folder), wall clock including Astro start-up and data validation.',
    ['scale', 'companies', 'sectors', 'observations', 'pages', 'build time', 'pages/s'],
    rows,
  );
}

const started = performance.now();
try {
  if (only.has('a')) await benchNode();
  if (only.has('q')) await benchUnclosedQuote();
  if (only.has('w')) await benchWorkbooksNode(xlsxRowSizes, work, table);
  if (only.has('b') || only.has('x')) await benchBrowser();
  if (only.has('c')) benchBuild();
} finally {
  if (!args.includes('--keep')) rmSync(work, { recursive: true, force: true });
  else console.log(`\nkept ${work}`);
}
console.log(`\nbench finished in ${fmt(performance.now() - started)}`);
