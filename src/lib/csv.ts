/**
 * Reads one curated CSV file into validated records, collecting every problem instead of
 * stopping at the first (Astro's `file()` loader logs and skips instead, see README).
 */
import Papa from 'papaparse';
import type { DataIssue } from './data-issues.ts';
import { columnLetter } from './data-issues.ts';
import type { TableSpec } from './schema.ts';

export interface ParsedTable<T> {
  rows: T[];
  /** Spreadsheet line of each row in `rows`, same order. */
  lines: number[];
  /** Every non-blank value of each column, valid rows or not, so references to a bad row don't cascade. */
  values: Map<string, Set<string>>;
  issues: DataIssue[];
}

const NUMBER = /^[-+]?(?:\d+(?:\.\d+)?|\.\d+)$/;

/** Parse and validate a CSV text against a table spec. Never throws. */
export function parseTable<T>(text: string, spec: TableSpec): ParsedTable<T> {
  const file = spec.file;
  const issues: DataIssue[] = [];
  const rows: T[] = [];
  const lines: number[] = [];
  const values = new Map<string, Set<string>>();
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { header: false, skipEmptyLines: 'greedy' });
  for (const error of parsed.errors) {
    issues.push({
      file,
      ...(error.row !== undefined ? { line: error.row + 1 } : {}),
      rule: 'csv-syntax',
      message: `the file is not valid CSV: ${error.message}`,
    });
  }
  const [header, ...records] = parsed.data;
  if (!header) {
    issues.push({ file, line: 1, rule: 'header', message: 'the file is empty: it needs a header row' });
    return { rows, lines, values, issues };
  }
  const expected = Object.keys(spec.schema.shape);
  const headerNames = header.map((name) => name.trim());
  const missing = expected.filter((name) => !headerNames.includes(name));
  const unknown = headerNames.filter((name) => !expected.includes(name));
  if (missing.length > 0) {
    issues.push({ file, line: 1, rule: 'header', message: `missing column(s): ${missing.join(', ')}` });
  }
  if (unknown.length > 0) {
    issues.push({ file, line: 1, rule: 'header', message: `unknown column(s): ${unknown.join(', ')} (expected ${expected.join(', ')})` });
  }
  const seen = new Set<string>();
  for (const name of headerNames) {
    if (seen.has(name)) issues.push({ file, line: 1, column: name, rule: 'header', message: 'column appears twice' });
    seen.add(name);
  }
  if (missing.length > 0) return { rows, lines, values, issues };

  records.forEach((cells, index) => {
    const line = index + 2;
    const rowId = (cells[headerNames.indexOf('id')] ?? cells[0] ?? '').trim() || undefined;
    const at = { file, line, ...(rowId ? { rowId } : {}) };
    if (cells.length !== headerNames.length) {
      issues.push({ ...at, rule: 'field-count', message: `has ${cells.length} cells, the header has ${headerNames.length}` });
      return;
    }
    const record: Record<string, unknown> = {};
    const cellIssues = new Set<string>();
    headerNames.forEach((column, i) => {
      const raw = cells[i] ?? '';
      const cell = raw.trim();
      if (cell !== '') values.set(column, (values.get(column) ?? new Set()).add(cell));
      const where = { ...at, column: `${column} (${columnLetter(i)})` };
      if ((spec.flags as readonly string[]).includes(column)) {
        if (cell === '' || cell === 'no') record[column] = false;
        else if (cell === 'yes') record[column] = true;
        else {
          issues.push({ ...where, rule: 'flag', message: 'must be "yes" or blank', value: raw });
          cellIssues.add(column);
        }
      } else if ((spec.numbers as readonly string[]).includes(column)) {
        if (cell === '') return; // blank means not published, never zero
        if (NUMBER.test(cell)) record[column] = Number(cell);
        else {
          issues.push({ ...where, rule: 'number', message: 'must be a number written with digits and "." (no %, no spaces)', value: raw });
          cellIssues.add(column);
        }
      } else if (cell !== '') {
        record[column] = cell;
      }
    });
    const result = spec.schema.safeParse(record, { reportInput: true });
    if (!result.success) {
      for (const issue of result.error.issues) {
        const column = String(issue.path[0] ?? '');
        if (cellIssues.has(column)) continue;
        const index = headerNames.indexOf(column);
        const value = cells[index]?.trim();
        issues.push({
          ...at,
          ...(column ? { column: `${column} (${columnLetter(index)})` } : {}),
          rule: ruleName(issue.code),
          message: issue.code === 'invalid_type' && value === undefined ? 'is required' : issue.message,
          ...(value ? { value } : {}),
        });
      }
      return;
    }
    rows.push(result.data as T);
    lines.push(line);
  });
  return { rows, lines, values, issues };
}

function ruleName(code: string): string {
  switch (code) {
    case 'too_big':
    case 'too_small':
      return 'range';
    case 'invalid_format':
    case 'custom':
      return 'format';
    case 'invalid_value':
      return 'allowed-values';
    case 'invalid_type':
      return 'required';
    default:
      return code.replaceAll('_', '-');
  }
}
