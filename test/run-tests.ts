/**
 * `npm test`: unit tests always; browser tests when Debian's Chromium is installed.
 * Without Chromium it says so plainly and runs the rest; with CI=true a missing browser fails the run.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { findChromium } from './support/chromium.ts';

const root = resolve(import.meta.dirname, '..');
const vitest = resolve(root, 'node_modules/vitest/vitest.mjs');
const args = ['run', '--config', 'test/vitest.config.ts', ...process.argv.slice(2)];
const ci = process.env.CI === 'true' || process.env.CI === '1';

if (!findChromium()) {
  if (ci) {
    console.error('npm test: Chromium was not found at /usr/bin/chromium and CI=true, so browser tests are required: failing.');
    process.exit(1);
  }
  console.warn('\nnpm test: Chromium was not found at /usr/bin/chromium, so the browser tests will NOT run (they are not counted).');
  console.warn('          Install it with `apt-get install -y chromium` to run them. Running the unit tests only.\n');
  args.push('--project', 'unit');
}
const result = spawnSync(process.execPath, [vitest, ...args], { cwd: root, stdio: 'inherit' });
process.exit(result.status ?? 1);
