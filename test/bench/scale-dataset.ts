/**
 * Writes the real dataset scaled ×k into a temporary folder (never into data/), for the build-time benchmark:
 * copy j of each sector, company, source and observation gets ids suffixed `-xj` and names suffixed ` (j)`, and
 * points at copy j of what it references. Research refs are kept, so research coverage still holds, and
 * excluded.csv and changelog.csv are copied as is (a copy's `restates` points into the same copy). The result validates like the real data (the build checks it).
 *
 * CLI: node_modules/.bin/node test/bench/scale-dataset.ts <factor> <out-folder>
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Papa from 'papaparse';

const root = resolve(import.meta.dirname, '../..');

type Table = { header: string[]; rows: string[][] };

function read(file: string): Table {
  const parsed = Papa.parse<string[]>(readFileSync(join(root, 'data', file), 'utf8').replace(/^\uFEFF/, ''), { header: false, skipEmptyLines: 'greedy' });
  const [header, ...rows] = parsed.data;
  if (!header) throw new Error(`data/${file} is empty`);
  return { header, rows };
}

function write(folder: string, file: string, table: Table) {
  writeFileSync(join(folder, 'data', file), `${Papa.unparse({ fields: table.header, data: table.rows }, { newline: '\n' })}\n`);
}

/** Copy `table` `factor` times; `rename[column]` says how a column changes in copy j (j = 0 is the original). */
function scale(table: Table, factor: number, rename: Record<string, (value: string, copy: number) => string>): Table {
  const rows: string[][] = [];
  for (let copy = 0; copy < factor; copy++) {
    for (const row of table.rows) {
      rows.push(
        row.map((value, index) => {
          const change = rename[table.header[index] ?? ''];
          return copy > 0 && change && value !== '' ? change(value, copy) : value;
        }),
      );
    }
  }
  return { header: table.header, rows };
}

const id = (value: string, copy: number) => `${value}-x${copy}`;
const name = (value: string, copy: number) => `${value} (${copy})`;

/** Write data/*.csv scaled by `factor` under `folder`; returns the row counts written. */
export function writeScaledDataset(factor: number, folder: string): Record<string, number> {
  if (!Number.isInteger(factor) || factor < 1) throw new Error('factor must be a whole number ≥ 1');
  mkdirSync(join(folder, 'data'), { recursive: true });
  const tables: Record<string, Table> = {
    'sectors.csv': scale(read('sectors.csv'), factor, { id, name_en: name, name_fr: name }),
    'companies.csv': scale(read('companies.csv'), factor, { id, name, sector: id }),
    'sources.csv': scale(read('sources.csv'), factor, { id, title: name }),
    'observations.csv': scale(read('observations.csv'), factor, { id, company: id, sector: id, source: id, restates: id }),
    'excluded.csv': read('excluded.csv'),
    'changelog.csv': read('changelog.csv'),
  };
  for (const [file, table] of Object.entries(tables)) write(folder, file, table);
  return Object.fromEntries(Object.entries(tables).map(([file, table]) => [file, table.rows.length]));
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  const [factor, folder] = process.argv.slice(2);
  if (!factor || !folder) {
    console.error('usage: node_modules/.bin/node test/bench/scale-dataset.ts <factor> <out-folder>');
    process.exit(2);
  }
  console.log(writeScaledDataset(Number(factor), resolve(folder)));
}
