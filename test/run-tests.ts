/**
 * `npm test`: unit tests always; browser tests when Debian's Chromium is installed.
 * Without Chromium it says so plainly and runs the rest; with CI=true a missing browser fails the run.
 *
 * A plain `npm test` runs the two projects side by side, in two Vitest processes: Vitest runs a project whose files
 * go one at a time (the browser tests) after the others, not beside them, and the browser tests leave the CPU idle
 * while pages load. The unit project's output is printed after the browser project's; the run fails if either does.
 * With arguments (a file, a project, a filter) it is one Vitest process, as they ask.
 */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { findChromium } from './support/chromium.ts';

const root = resolve(import.meta.dirname, '..');
const vitest = resolve(root, 'node_modules/vitest/vitest.mjs');
const extra = process.argv.slice(2);
const args = ['run', '--config', 'test/vitest.config.ts', ...extra];
const ci = process.env.CI === 'true' || process.env.CI === '1';

/** Run Vitest with `args`; its output goes to the terminal, or is kept and returned when `quiet`. */
function run(vitestArgs: string[], quiet = false): Promise<{ status: number; output: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [vitest, ...vitestArgs], { cwd: root, stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit' });
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('close', (code, signal) => done({ status: code ?? (signal ? 1 : 0), output }));
  });
}

if (!findChromium()) {
  if (ci) {
    console.error('npm test: Chromium was not found at /usr/bin/chromium and CI=true, so browser tests are required: failing.');
    process.exit(1);
  }
  console.warn('\nnpm test: Chromium was not found at /usr/bin/chromium, so the browser tests will NOT run (they are not counted).');
  console.warn('          Install it with `apt-get install -y chromium` to run them. Running the unit tests only.\n');
  process.exit((await run([...args, '--project', 'unit'])).status);
}

if (extra.length > 0) process.exit((await run(args)).status);

console.log('npm test: the browser project runs here; the unit project runs beside it, its output follows.\n');
const [browser, unit] = await Promise.all([run([...args, '--project', 'browser']), run([...args, '--project', 'unit'], true)]);
console.log(`\n::: unit project (ran beside the browser project)\n${unit.output}`);
if (browser.status !== 0) console.error(`npm test: the browser project FAILED (exit ${browser.status})`);
if (unit.status !== 0) console.error(`npm test: the unit project FAILED (exit ${unit.status})`);
process.exit(browser.status !== 0 ? browser.status : unit.status);
