/**
 * Workbook rows of `npm run bench` (timings printed, never asserted):
 *
 * (w) Node: our workbook import (readSurvey on a file-backed Blob: the worker's own path, through
 *     read-workbook.ts) on one-sheet survey workbooks of 10k, 100k and 1,048,575 answers (Excel's limit:
 *     1,048,576 rows with the header), from test/support/make-workbook.ts (seeded, streamed to disk). Wall
 *     time, CPU time and the process's peak RSS (sampled every 20 ms, and the OS's maxRSS), counts checked
 *     against what the generator wrote.
 * (x) Chromium: the same workbooks picked on /compare/?mode=file: time from the pick to the score on screen,
 *     and the main thread's long tasks meanwhile, n checked.
 */
import { openAsBlob, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { type SurveyWorkbookExpectation, writeSurveyXlsx } from '../support/make-workbook.ts';
import { timeImportInBrowser } from './import-in-browser.ts';

export type Table = (title: string, header: string[], rows: string[][]) => void;

const fmt = (ms: number) => (ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms).toLocaleString('en')} ms`);
const rowsLabel = (rows: number) => (rows >= 1_000_000 ? `${(rows / 1_000_000).toFixed(rows % 1_000_000 === 0 ? 0 : 2)}M` : `${rows / 1000}k`);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;

const books = new Map<number, { path: string; expected: SurveyWorkbookExpectation; bytes: number }>();
async function workbook(work: string, rows: number) {
  let book = books.get(rows);
  if (!book) {
    const path = join(work, `survey-${rows}.xlsx`);
    const expected = await writeSurveyXlsx(path, { rows, seed: 42 });
    book = { path, expected, bytes: statSync(path).size };
    books.set(rows, book);
  }
  return book;
}

const exact = (counts: readonly number[], expected: SurveyWorkbookExpectation) => counts.length === 11 && counts.every((count, index) => count === expected.counts[index]);

export async function benchWorkbooksNode(sizes: number[], work: string, table: Table): Promise<void> {
  const { readSurvey } = await import('../../src/lib/survey-import/read-survey.ts');
  const warm = await workbook(work, Math.min(...sizes));
  await readSurvey(await openAsBlob(warm.path));
  const rows: string[][] = [];
  for (const size of sizes) {
    const book = await workbook(work, size);
    const runs = size >= 1_000_000 ? 1 : size >= 100_000 ? 3 : 5;
    const times: number[] = [];
    const cpu: number[] = [];
    let peak = 0;
    let ok = true;
    for (let run = 0; run < runs; run++) {
      const blob = await openAsBlob(book.path);
      const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
      const started = performance.now();
      const usage = process.cpuUsage();
      const outcome = await readSurvey(blob);
      const used = process.cpuUsage(usage);
      times.push(performance.now() - started);
      cpu.push((used.user + used.system) / 1000);
      clearInterval(sampler);
      peak = Math.max(peak, process.memoryUsage().rss);
      ok &&=
        outcome.status === 'result' &&
        exact(outcome.result.counts, book.expected) &&
        outcome.result.rowsRead === book.expected.rowsRead &&
        outcome.result.skipped.total === book.expected.skipped.total;
    }
    const ms = median(times);
    rows.push([
      rowsLabel(size),
      `${(book.bytes / 1e6).toFixed(1)} MB`,
      fmt(ms),
      fmt(median(cpu)),
      Math.round(size / (ms / 1000)).toLocaleString('en'),
      `${Math.round(peak / 2 ** 20)} MiB`,
      `${Math.round(process.resourceUsage().maxRSS / 1024)} MiB`,
      ok ? 'yes' : 'NO',
      String(runs),
    ]);
    console.log(`  (w) ${rowsLabel(size)} done`);
  }
  table(
    `(w) Workbook import in Node ${process.version}: readSurvey on a file-backed .xlsx Blob (ZIP directory, DecompressionStream, sheet XML scanner, the CSV's plan and tally). Median of the runs; CPU = the read's own user + system time.`,
    ['rows', 'file', 'time', 'CPU', 'rows/s', 'peak RSS (sampled)', 'process maxRSS so far', 'counts exact', 'runs'],
    rows,
  );
}

export async function benchWorkbooksBrowser(sizes: number[], work: string, browser: Browser, baseUrl: string, table: Table): Promise<void> {
  const rows: string[][] = [];
  for (const size of sizes) {
    const book = await workbook(work, size);
    const counted = book.expected.counts.reduce((sum, count) => sum + count, 0);
    const result = await timeImportInBrowser(browser, baseUrl, book.path, 900_000);
    if (!result) {
      console.log('\n(x) skipped: /compare/ has no [data-testid="responses-file"] input.');
      return;
    }
    rows.push([
      rowsLabel(size),
      `${(book.bytes / 1e6).toFixed(1)} MB`,
      fmt(result.ms),
      `${Math.round(result.longest)} ms`,
      String(result.longTasks),
      result.n === counted ? 'yes' : `NO (n ${result.n}, expected ${counted}${result.error ? `; ${result.error}` : ''})`,
    ]);
    console.log(`  (x) ${rowsLabel(size)} done`);
  }
  table(
    "(x) Workbook import in Chromium through the worker, /compare/: from picking the .xlsx to the score on screen; the main thread's long tasks (> 50 ms) meanwhile.",
    ['rows', 'file', 'time to result', 'longest main-thread task', 'long tasks', 'n exact'],
    rows,
  );
}
