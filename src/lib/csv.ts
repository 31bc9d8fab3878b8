/**
 * Reads one curated CSV file into validated records, collecting every problem instead of
 * stopping at the first (Astro's `file()` loader logs and skips instead, see README).
 */
import Papa from 'papaparse';
import * as z from 'zod/mini';
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
  /**
   * False when the file as a whole cannot be read as the table (empty, not UTF-8 text in the expected layout,
   * or a header that does not match): its rows are not checked, and rules across files would only echo that.
   */
  readable: boolean;
}

const NUMBER = /^[-+]?(?:\d+(?:\.\d+)?|\.\d+)$/;

const SAVE_AS_UTF8 =
  'save it as UTF-8 with commas: in LibreOffice, File > Save As > Text CSV, "Edit filter settings", character set "Unicode (UTF-8)" and field delimiter ","; in Excel, "CSV UTF-8 (Comma delimited)"';

/**
 * Decode a data file's bytes. Data files must be UTF-8: anything else is an `encoding` problem naming the
 * first bad line, and the text is still decoded as best we can (Windows-1252, UTF-16) so the rest of the
 * checks run and no NUL byte or mojibake reaches a message.
 */
export function decodeDataFile(bytes: Uint8Array, file: string): { text: string; issues: DataIssue[] } {
  const utf16 = utf16Order(bytes);
  if (utf16) {
    const text = new TextDecoder(utf16 === 'le' ? 'utf-16le' : 'utf-16be').decode(bytes).replace(/^\uFEFF/, '');
    const message = `is saved as UTF-16 (Excel's "Unicode Text"), not UTF-8: ${SAVE_AS_UTF8}`;
    return { text, issues: [{ file, line: 1, rule: 'encoding', message }] };
  }
  let utf8: string | undefined;
  try {
    utf8 = new TextDecoder('utf-8', { fatal: true }).decode(bytes); // strips a BOM
  } catch {
    utf8 = undefined;
  }
  if (utf8 !== undefined) {
    const text = utf8;
    if (text.includes('\u0000')) {
      const line = rowAt(text, text.indexOf('\u0000'));
      return { text: text.replaceAll('\u0000', ''), issues: [{ file, line, rule: 'encoding', message: 'holds NUL bytes, so it is not a text file: save it again as CSV UTF-8' }] };
    }
    return { text, issues: [] };
  }
  // Not UTF-8: almost always Windows-1252, French Excel's plain "CSV".
  const bad = Math.max(0, firstInvalidUtf8(bytes));
  const text = new TextDecoder('windows-1252').decode(bytes);
  const offset = new TextDecoder('windows-1252').decode(bytes.subarray(0, bad)).length;
  const lineStart = Math.max(text.lastIndexOf('\n', offset - 1), text.lastIndexOf('\r', offset - 1)) + 1;
  const lineEnd = text.slice(offset).search(/[\r\n]|$/) + offset;
  const excerpt = text.slice(Math.max(lineStart, offset - 40), Math.min(lineEnd, offset + 40));
  const byte = (bytes[bad] ?? 0).toString(16).toUpperCase().padStart(2, '0');
  return {
    text,
    issues: [
      {
        file,
        line: rowAt(text, offset),
        rule: 'encoding',
        message: `is not UTF-8 (byte 0x${byte} here is not UTF-8; read as Windows-1252, the encoding of Excel's plain "CSV", it gives the text shown): ${SAVE_AS_UTF8}`,
        value: excerpt,
      },
    ],
  };
}

/** `le`/`be` when the bytes are UTF-16 (a byte-order mark, or NUL bytes in every other position). */
function utf16Order(bytes: Uint8Array): 'le' | 'be' | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'be';
  let even = 0;
  let odd = 0;
  const end = Math.min(bytes.length, 4096);
  for (let i = 0; i < end; i++) {
    if (bytes[i] !== 0) continue;
    if (i % 2 === 0) even++;
    else odd++;
  }
  if (odd > end / 4 && even === 0) return 'le';
  if (even > end / 4 && odd === 0) return 'be';
  return undefined;
}

/** Offset of the first byte that does not start a valid UTF-8 sequence, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  const cont = (i: number) => i < bytes.length && ((bytes[i] ?? 0) & 0xc0) === 0x80;
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i] ?? 0;
    if (b < 0x80) i += 1;
    else if (b >= 0xc2 && b <= 0xdf && cont(i + 1)) i += 2;
    else if (b >= 0xe0 && b <= 0xef && cont(i + 1) && cont(i + 2)) {
      const b1 = bytes[i + 1] ?? 0;
      if ((b === 0xe0 && b1 < 0xa0) || (b === 0xed && b1 > 0x9f)) return i; // overlong, surrogate
      i += 3;
    } else if (b >= 0xf0 && b <= 0xf4 && cont(i + 1) && cont(i + 2) && cont(i + 3)) {
      const b1 = bytes[i + 1] ?? 0;
      if ((b === 0xf0 && b1 < 0x90) || (b === 0xf4 && b1 > 0x8f)) return i;
      i += 4;
    } else return i;
  }
  return -1;
}

/** Spreadsheet row (header = 1) of a character offset: counts line breaks outside quoted cells. */
function rowAt(text: string, offset: number): number {
  let row = 1;
  let quoted = false;
  for (let i = 0; i < offset && i < text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || (c === '\r' && text[i + 1] !== '\n'))) row++;
  }
  return row;
}

/** Count `;` and `,` outside quotes on the first row. */
function headerDelimiters(text: string): { commas: number; semicolons: number; tabs: number } {
  const counts = { commas: 0, semicolons: 0, tabs: 0 };
  let quoted = false;
  for (const c of text) {
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && c === ',') counts.commas++;
    else if (!quoted && c === ';') counts.semicolons++;
    else if (!quoted && c === '\t') counts.tabs++;
  }
  return counts;
}

/**
 * Parse and validate a data file against a table spec: its bytes (decoded and checked as UTF-8) or its
 * text (already decoded). Never throws.
 */
export function parseTable<T>(input: string | Uint8Array, spec: TableSpec): ParsedTable<T> {
  const file = spec.file;
  const decoded = typeof input === 'string' ? { text: input.replace(/^\uFEFF/, ''), issues: [] } : decodeDataFile(input, file);
  const issues: DataIssue[] = [...decoded.issues];
  const text = decoded.text;
  const rows: T[] = [];
  const lines: number[] = [];
  const values = new Map<string, Set<string>>();
  const unreadable = (issue?: DataIssue): ParsedTable<T> => {
    if (issue) issues.push(issue);
    return { rows, lines, values, issues, readable: false };
  };
  const expected = Object.keys(spec.schema.shape);
  if (text.trim() === '') {
    return unreadable({ file, line: 1, rule: 'empty', message: `the file is empty: it needs at least the header row ${expected.join(',')}` });
  }
  // Data files use commas (README). A spreadsheet set to French saves ";" (and decimal commas): refuse the
  // file as a whole, in one message, rather than guess what each cell meant.
  const delimiters = headerDelimiters(text);
  for (const [count, sign] of [
    [delimiters.semicolons, ';'],
    [delimiters.tabs, 'tab'],
  ] as const) {
    if (count > delimiters.commas) {
      return unreadable({
        file,
        line: 1,
        rule: 'delimiter',
        message: `separates cells with ${sign === ';' ? 'semicolons (";")' : 'tabs'}, data files use commas: ${SAVE_AS_UTF8}`,
        value: text.split(/\r?\n|\r/, 1)[0]?.slice(0, 80) ?? '',
      });
    }
  }
  // Blank lines are kept (and skipped below) so that line numbers stay spreadsheet row numbers.
  const parsed = Papa.parse<string[]>(text, { header: false, delimiter: ',', skipEmptyLines: false });
  for (const error of parsed.errors) {
    issues.push({
      file,
      ...(error.row !== undefined ? { line: error.row + 1 } : {}),
      rule: 'csv-syntax',
      message: `the file is not valid CSV: ${error.message}`,
    });
  }
  const [header = [], ...records] = parsed.data;
  const headerNames = header.map((name) => name.trim());
  const headerIssue = checkHeader(expected, headerNames);
  if (headerIssue) {
    const stop = headerIssue.fatal;
    issues.push({
      file,
      line: 1,
      rule: 'header',
      message: stop ? `${headerIssue.message}; the header must be ${expected.join(',')} (rows are checked once it is fixed)` : headerIssue.message,
      value: headerNames.join(','),
    });
    if (stop) return unreadable();
  }

  records.forEach((cells, index) => {
    const line = index + 2;
    if (cells.every((cell) => cell.trim() === '')) return; // a blank spreadsheet row
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
      if (spec.flags.includes(column)) {
        if (cell === '' || cell === 'no') record[column] = false;
        else if (cell === 'yes') record[column] = true;
        else {
          issues.push({ ...where, rule: 'flag', message: 'must be "yes" or blank', value: raw });
          cellIssues.add(column);
        }
      } else if (spec.numbers.includes(column)) {
        if (cell === '') return; // blank means not published, never zero
        if (NUMBER.test(cell)) record[column] = Number(cell);
        else {
          issues.push({ ...where, rule: 'number', message: NUMBER_RULE, value: raw });
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
        const value = cells[index]?.trim() ?? '';
        const empty = column !== '' && value === ''; // optional columns accept blanks, so this one is required
        issues.push({
          ...at,
          ...(column ? { column: `${column} (${columnLetter(index)})` } : {}),
          rule: empty ? 'required' : ruleName(issue.code),
          message: empty ? `is required but empty: ${requirement(spec, column)}` : issue.message,
          value,
        });
      }
      return;
    }
    rows.push(result.data as T);
    lines.push(line);
  });
  return { rows, lines, values, issues, readable: true };
}

const NUMBER_RULE = 'must be a number written with digits and "." (no %, no spaces)';

/** What a required column expects, in the words of its own schema (probed with a value no rule accepts). */
function requirement(spec: TableSpec, column: string): string {
  if (spec.numbers.includes(column)) return NUMBER_RULE.replace('must be a number written', 'write a number');
  const field = spec.schema.shape[column];
  const probe = field ? z.safeParse(field, '\u0000') : undefined;
  const message = probe && !probe.success ? probe.error.issues[0]?.message : undefined;
  return message && !message.startsWith('Invalid input') ? message.replace(/^must/, 'it must') : 'fill in a value';
}

/**
 * One message for a header that does not match, instead of a problem on every row: names what is missing,
 * what is unknown and the likely renames. `fatal` when a column is missing or doubled (rows can't be read).
 */
export function checkHeader(expected: readonly string[], found: readonly string[]): { message: string; fatal: boolean } | undefined {
  const missing = expected.filter((name) => !found.includes(name));
  const unknown = found.filter((name) => !expected.includes(name));
  const doubled = [...new Set(found.filter((name, i) => found.indexOf(name) !== i))];
  if (missing.length === 0 && unknown.length === 0 && doubled.length === 0) return undefined;
  const parts: string[] = [];
  const unpaired = new Set(unknown);
  for (const name of missing) {
    const rename = likelyRename(name, expected, found, [...unpaired], missing.length === 1 && unknown.length === 1);
    if (rename !== undefined) {
      unpaired.delete(rename);
      parts.push(`column ${columnLetter(found.indexOf(rename))} is ${JSON.stringify(rename)} where ${JSON.stringify(name)} is expected (renamed?)`);
    } else parts.push(`column ${JSON.stringify(name)} is missing`);
  }
  for (const name of unpaired) parts.push(`column ${columnLetter(found.indexOf(name))} ${JSON.stringify(name)} is not a column of this file`);
  for (const name of doubled) parts.push(`column ${JSON.stringify(name)} appears twice`);
  return { message: parts.join('; '), fatal: missing.length > 0 || doubled.length > 0 };
}

function likelyRename(name: string, expected: readonly string[], found: readonly string[], candidates: string[], onlyPair: boolean): string | undefined {
  if (onlyPair) return candidates[0];
  const samePlace = candidates.find((c) => found.indexOf(c) === expected.indexOf(name));
  if (samePlace !== undefined) return samePlace;
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(name.length / 3)) + 1;
  for (const c of candidates) {
    const d = editDistance(c.toLowerCase(), name);
    if (d < bestDistance) [best, bestDistance] = [c, d];
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length] ?? 0;
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
