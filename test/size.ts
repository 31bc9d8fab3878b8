/**
 * `npm run size`: build the site into a temporary folder (or measure `--dist <folder>`), then print the JS each
 * page type loads (gzip), against test/budgets.json.
 *
 *   npm run size                       measure and print
 *   npm run size -- --dist /tmp/build  measure an existing build
 *   npm run size -- --pages            also list every page
 *   npm run size -- --update           write budgets for new page types (measured, rounded up to the next KB)
 *                                      and tighten budgets the build now beats; never raises one
 *   npm run size -- --update --loosen  also raise budgets that are exceeded: then add a line to the README
 *                                      ("Quality gates") saying why
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildSite } from './support/build-site.ts';
import { type Budget, type BudgetFile, buildWeights, kb, roundUpKb, weightsByType } from './support/js-weight.ts';

const root = resolve(import.meta.dirname, '..');
const budgetPath = join(root, 'test/budgets.json');
const args = process.argv.slice(2);
const distArg = args.includes('--dist') ? args[args.indexOf('--dist') + 1] : undefined;

console.log(distArg ? `Measuring ${distArg}` : 'Building into a temporary folder …');
const site = distArg ? undefined : buildSite({ prefix: 'nps-atlas-size-' });
const dist = distArg ? resolve(distArg) : (site?.dir as string);

try {
  const weights = buildWeights(dist);
  const types = weightsByType(weights);
  const budgets = JSON.parse(readFileSync(budgetPath, 'utf8')) as BudgetFile;
  const kinds = ['eager', 'lazy', 'worker', 'workerLazy'] as const;

  const rows = types.map((type) => {
    const budget = budgets.gzipBytes[type.type];
    const cell = (kind: (typeof kinds)[number]) => `${kb(type[kind])}${budget ? ` / ${kb(budget[kind] ?? 0)}` : ''}`;
    const over = budget ? kinds.some((kind) => type[kind] > (budget[kind] ?? 0)) : true;
    return [type.type, String(type.pages), cell('eager'), cell('lazy'), cell('worker'), cell('workerLazy'), budget ? (over ? 'OVER' : 'ok') : 'no budget', type.heaviest];
  });
  const header = ['page type', 'pages', 'eager KB (budget)', 'lazy KB', 'worker KB', 'worker lazy KB', 'status', 'heaviest page'];
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)));
  const line = (row: string[]) => `| ${row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join(' | ')} |`;
  console.log(
    `\nJS per page type, gzip (level 9), KB = 1,024 bytes. eager: loaded with the page; lazy: dynamic import(); worker: Web Worker; worker lazy: the worker's import() (the workbook reader).\n`,
  );
  console.log(line(header));
  console.log(`|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`);
  for (const row of rows) console.log(line(row));

  if (args.includes('--pages')) {
    console.log('\nPer page (eager / lazy / worker / worker lazy KB):');
    for (const weight of weights)
      console.log(
        `  ${weight.path.padEnd(50)} ${kb(weight.eager)} / ${kb(weight.lazy)} / ${kb(weight.worker)} / ${kb(weight.workerLazy)}   ${weight.files.eager.filter((file) => !file.startsWith('inline')).join(' ')}`,
      );
  }

  if (args.includes('--update')) {
    const loosen = args.includes('--loosen');
    const next: Record<string, Budget> = { ...budgets.gzipBytes };
    const changes: string[] = [];
    for (const type of types) {
      const measured: Budget = { eager: roundUpKb(type.eager), lazy: roundUpKb(type.lazy), worker: roundUpKb(type.worker), workerLazy: roundUpKb(type.workerLazy) };
      const current = next[type.type];
      if (!current) {
        next[type.type] = measured;
        changes.push(`${type.type}: new budget ${kinds.map((kind) => `${kind} ${kb(measured[kind])}`).join(', ')} KB`);
        continue;
      }
      const updated = { ...current };
      for (const kind of kinds) {
        const budgeted = current[kind] ?? 0;
        if (measured[kind] < budgeted || (loosen && type[kind] > budgeted)) {
          changes.push(`${type.type} ${kind}: ${kb(budgeted)} → ${kb(measured[kind])} KB${measured[kind] > budgeted ? ' (LOOSENED: say why in the README)' : ''}`);
          updated[kind] = measured[kind];
        }
      }
      next[type.type] = updated;
    }
    const sorted = Object.fromEntries(Object.entries(next).sort(([a], [b]) => a.localeCompare(b)));
    writeFileSync(budgetPath, `${JSON.stringify({ ...budgets, gzipBytes: sorted }, null, 2)}\n`);
    console.log(changes.length ? `\ntest/budgets.json updated:\n  ${changes.join('\n  ')}` : '\ntest/budgets.json: nothing to change.');
  }
  const failing = rows.filter((row) => row[6] !== 'ok');
  if (failing.length > 0 && !args.includes('--update')) {
    console.log(`\n${failing.length} page type(s) over budget or without one: ${failing.map((row) => row[0]).join(', ')}`);
    process.exitCode = 1;
  }
} finally {
  site?.remove();
}
