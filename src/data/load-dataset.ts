/** Build-time only: reads data/*.csv from disk. Islands never import this. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataError, type DataIssue } from '../lib/data-issues.ts';
import { type ValidatedData, validateData } from '../lib/dataset.ts';
import { TABLES, type TableName } from '../lib/schema.ts';

/** Read and validate every data file under `root` (NPS_ATLAS_DATA_ROOT, for the build benchmark); throws one DataError listing every problem. */
export function loadData(root: string = process.env.NPS_ATLAS_DATA_ROOT ?? process.cwd(), today: string = new Date().toISOString().slice(0, 10)): ValidatedData {
  const texts = {} as Record<TableName, Uint8Array>;
  const missing: DataIssue[] = [];
  for (const [name, spec] of Object.entries(TABLES) as [TableName, (typeof TABLES)[TableName]][]) {
    try {
      texts[name] = readFileSync(join(root, spec.file)); // bytes: the encoding is checked, not assumed
    } catch (error) {
      texts[name] = new Uint8Array();
      missing.push({ file: spec.file, rule: 'file', message: `cannot be read: ${(error as Error).message}` });
    }
  }
  if (missing.length > 0) throw new DataError(missing);
  const { data, issues } = validateData(texts, today);
  if (issues.length > 0) throw new DataError(issues);
  return data;
}

let cached: ValidatedData | undefined;
/** The validated dataset, read once per build. */
export function getData(): ValidatedData {
  cached ??= loadData();
  return cached;
}
