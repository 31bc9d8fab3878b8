/**
 * Bench (m), not in the default run: the memory of the 1 GB long-comment file (issue 9, item 4): 10,000
 * detractors, each with a 100 KB comment. Peak memory is sampled while the import reads it and while the
 * detractors CSV is made:
 * - Node: readSurvey (the worker's code path) on a file-backed Blob; process RSS sampled every 50 ms.
 * - Chromium: /compare/?mode=file, file picked, score on screen, then "Download detractors"; the PSS
 *   (proportional set size: shared pages split between processes, so the sum is not inflated) of the
 *   browser's whole process tree (browser, renderer with the import worker, GPU and utility processes),
 *   read from /proc/<pid>/smaps_rollup every 100 ms.
 */
import { once } from 'node:events';
import { createWriteStream, openAsBlob, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { buildSite } from '../support/build-site.ts';
import { launchChromium } from '../support/chromium.ts';
import { serveStatic } from '../support/static-server.ts';

export const LONG_COMMENT_ROWS = 10_000;
export const LONG_COMMENT_CHARS = 100_000;

/** Write the file: every row a detractor (answers 0–6) with a 100 KB comment holding commas and a doubled quote. */
export async function writeLongCommentCsv(path: string): Promise<{ bytes: number; counts: number[] }> {
  const out = createWriteStream(path);
  const counts = new Array<number>(11).fill(0);
  const base = 'The delivery was late, the support ""kind"" but slow; ';
  const comment = base.repeat(Math.ceil(LONG_COMMENT_CHARS / base.length)).slice(0, LONG_COMMENT_CHARS);
  if (!out.write('Respondent ID,How likely are you to recommend us?,Comment\n')) await once(out, 'drain');
  for (let row = 1; row <= LONG_COMMENT_ROWS; row++) {
    const answer = row % 7;
    counts[answer]!++;
    if (!out.write(`${row},${answer},"${comment}"\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return { bytes: statSync(path).size, counts };
}

/** PSS (bytes) of `root` and all its descendants. */
function treePss(root: number): number {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // The process ended meanwhile.
    }
  }
  let total = 0;
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop() as number;
    try {
      const match = /^Pss:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'));
      if (match) total += Number(match[1]) * 1024;
    } catch {
      // Gone, or not readable.
    }
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

export async function measureNode(path: string): Promise<{ baseline: number; peak: number; ok: boolean; detail: string }> {
  const { readSurvey } = await import('../../src/lib/survey-import/read-survey.ts');
  const { detractorsCsv } = await import('../../src/lib/survey-import/detractors-csv.ts');
  const { ENGLISH_CSV } = await import('../../src/lib/csv-write.ts');
  globalThis.gc?.();
  const baseline = process.memoryUsage().rss;
  let peak = baseline;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
  const outcome = await readSurvey(await openAsBlob(path));
  let csvLength = 0;
  if (outcome.status === 'result')
    csvLength = detractorsCsv(
      outcome.result,
      { line: 'row', answer: 'answer', comment: 'comment', segment: 'segment', date: 'date', respondent: 'respondent' },
      ENGLISH_CSV,
    ).length;
  peak = Math.max(peak, process.memoryUsage().rss);
  clearInterval(timer);
  const ok = outcome.status === 'result' && outcome.result.detractors.length === LONG_COMMENT_ROWS && outcome.result.commentsCut === LONG_COMMENT_ROWS;
  return {
    baseline,
    peak,
    ok,
    detail:
      outcome.status === 'result'
        ? `n ${outcome.result.counts.reduce((a, b) => a + b, 0)}, ${outcome.result.commentsCut} comments cut, CSV ${(csvLength / 1e6).toFixed(1)} M characters`
        : JSON.stringify(outcome),
  };
}

export async function measureChromium(path: string, dist?: string): Promise<{ baseline: number; peak: number; ok: boolean; detail: string }> {
  const site = dist ? undefined : buildSite({ prefix: 'nps-atlas-bench-mem-' });
  const server = await serveStatic(dist ?? (site?.dir as string));
  const browser = await launchChromium();
  try {
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${server.url}/compare/?mode=file`, { waitUntil: 'networkidle' });
    await page.waitForFunction(() => !document.querySelector('astro-island[ssr]'));
    // The browser process is a child of this Node process; its tree holds every Chromium process.
    const roots = [
      ...new Set(
        readdirSync('/proc')
          .filter((entry) => /^\d+$/.test(entry))
          .filter((entry) => {
            try {
              const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
              return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === process.pid && readFileSync(`/proc/${entry}/cmdline`, 'utf8').includes('chrom');
            } catch {
              return false;
            }
          })
          .map(Number),
      ),
    ];
    const pss = () => roots.reduce((total, root) => total + treePss(root), 0);
    const baseline = pss();
    let peak = baseline;
    const timer = setInterval(() => (peak = Math.max(peak, pss())), 100);
    await page.setInputFiles('[data-testid="responses-file"]', path);
    await page.waitForSelector('[data-testid="nps-value"], [role="alert"]', { timeout: 600_000 });
    const n = Number(await page.getAttribute('[data-testid="nps-n"]', 'data-value'));
    // Make the detractors CSV the way the button does (the page's CSP forbids fetching the blob: URL, so catch the Blob).
    await page.waitForSelector('[data-testid="download-detractors"]', { timeout: 60_000 });
    await page.evaluate(() => {
      const w = window as unknown as { __size?: number };
      const create = URL.createObjectURL.bind(URL);
      URL.createObjectURL = (blob: Blob | MediaSource) => {
        if (blob instanceof Blob) w.__size = blob.size;
        return create(blob);
      };
      HTMLAnchorElement.prototype.click = () => undefined;
    });
    await page.click('[data-testid="download-detractors"]');
    await page.waitForFunction(() => (window as unknown as { __size?: number }).__size !== undefined || document.querySelector('[data-testid="download-error"]'), undefined, {
      timeout: 60_000,
    });
    const size = await page.evaluate(() => (window as unknown as { __size?: number }).__size);
    const failed = await page.locator('[data-testid="download-error"]').count();
    await new Promise((resolve) => setTimeout(resolve, 500));
    clearInterval(timer);
    peak = Math.max(peak, pss());
    return {
      baseline,
      peak,
      ok: n === LONG_COMMENT_ROWS && failed === 0 && (size ?? 0) > 0,
      detail: `n ${n}, detractors CSV ${((size ?? 0) / 1e6).toFixed(1)} MB${failed ? ', download FAILED' : ''}`,
    };
  } finally {
    await browser.close();
    await server.close();
    site?.remove();
  }
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  const { mkdtempSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const dir = mkdtempSync(join(tmpdir(), 'nps-atlas-mem-'));
  const path = join(dir, 'long-comments.csv');
  try {
    const written = await writeLongCommentCsv(path);
    console.log(
      `file: ${(written.bytes / 2 ** 30).toFixed(2)} GiB (${written.bytes.toLocaleString('en')} bytes), ${LONG_COMMENT_ROWS.toLocaleString('en')} detractors × ${LONG_COMMENT_CHARS.toLocaleString('en')}-character comments`,
    );
    const mib = (bytes: number) => `${Math.round(bytes / 2 ** 20).toLocaleString('en')} MiB`;
    if (!process.argv.includes('--chromium-only')) {
      const node = await measureNode(path);
      console.log(
        `(m) Node ${process.version}, readSurvey + detractors CSV: RSS ${mib(node.baseline)} before, peak ${mib(node.peak)}; ${node.detail}; ${node.ok ? 'ok' : 'NOT OK'}`,
      );
    }
    if (!process.argv.includes('--node-only')) {
      const distIndex = process.argv.indexOf('--dist');
      const chromium = await measureChromium(path, distIndex > 0 ? process.argv[distIndex + 1] : undefined);
      console.log(
        `(m) Chromium, /compare/ import + detractors download: PSS of the browser's process tree ${mib(chromium.baseline)} before, peak ${mib(chromium.peak)}; ${chromium.detail}; ${chromium.ok ? 'ok' : 'NOT OK'}`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
