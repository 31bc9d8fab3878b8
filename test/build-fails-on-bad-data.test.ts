/** `npm run build` and `npm run check:data` refuse a bad dataset with one message naming every problem. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';

const root = resolve(import.meta.dirname, '..');
let broken: string;

beforeAll(() => {
  broken = mkdtempSync(join(tmpdir(), 'nps-atlas-broken-'));
  cpSync(join(root, 'data'), join(broken, 'data'), { recursive: true });
  const file = join(broken, 'data/observations.csv');
  const lines = readFileSync(file, 'utf8').split('\n');
  const tesla = lines.findIndex((line) => /^[^,]+,tesla,.*,exact,97,/.test(line));
  const other = lines.findIndex((line, i) => i > 0 && i !== tesla && /,exact,-?\d/.test(line));
  lines[tesla] = lines[tesla]!.replace(',exact,97,', ',exact,197,');
  lines[other] = lines[other]!.replace(/,exact,-?[\d.]+,/, ',exact,abc,');
  writeFileSync(file, lines.join('\n'));
  // Spreadsheet lines: the header is line 1, so array index i is line i + 1.
  expected = [tesla + 1, other + 1];
});
let expected: number[] = [];

afterAll(() => rmSync(broken, { recursive: true, force: true }));

function run(args: string[]) {
  return spawnSync(process.execPath, args, {
    cwd: root,
    env: { ...process.env, NPS_ATLAS_DATA_ROOT: broken, ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
  });
}

test('the build fails with one message naming the file and both spreadsheet lines', () => {
  const outDir = join(broken, 'dist');
  const result = run([join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir]);
  const output = result.stdout + result.stderr;
  expect(result.status).not.toBe(0);
  expect(output).toContain('The dataset has 2 problems in 1 file:');
  expect(output).toMatch(new RegExp(`data/observations\\.csv line ${expected[0]} \\([^)]+\\) column nps \\(H\\) \\[range\\]: .*found "197"`));
  expect(output).toMatch(new RegExp(`data/observations\\.csv line ${expected[1]} \\([^)]+\\) column nps \\(H\\) \\[number\\]: .*found "abc"`));
}, 60_000);

test('npm run check:data reports the same problems and exits non-zero', () => {
  const result = run([join(root, 'src/cli/check-data.ts')]);
  expect(result.status).toBe(1);
  expect(result.stderr).toContain(`line ${expected[0]}`);
  expect(result.stderr).toContain(`line ${expected[1]}`);
});
