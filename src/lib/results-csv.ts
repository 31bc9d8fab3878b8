/**
 * The score tool's results as a CSV file: one row per result, then one row per benchmark, in a single
 * table whose columns say what each number is and in which unit. Numbers are written unrounded.
 */

/** A cell: text, a number (written unrounded), or empty. */
export type Cell = string | number | null | undefined;

// Spreadsheets (Excel, LibreOffice, Google Sheets) run a cell that starts with = + - or @ as a formula, and
// such a formula can fetch URLs or run commands ("CSV injection", OWASP). Company names, segments and labels
// come from data files and user input, so every cell that starts with one of those characters (or a tab or
// carriage return, which some spreadsheets strip before checking) gets a leading apostrophe, which makes the
// spreadsheet read it as text. This applies to negative numbers too: "−7" is written '-7 and shows as text;
// the brief is "any cell", and a number column of text is the lesser harm.
const DANGEROUS_START = /^[=+\-@\t\r]/;

/** Neutralise a cell that a spreadsheet would run as a formula (prefix `'`). */
export function neutraliseCell(text: string): string {
  return DANGEROUS_START.test(text) ? `'${text}` : text;
}

/** One cell as CSV text: neutralised, then quoted when it holds a comma, quote or line break. */
export function csvCell(value: Cell): string {
  if (value === null || value === undefined) return '';
  const text = neutraliseCell(typeof value === 'number' ? (Number.isFinite(value) ? String(value) : '') : value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Rows to CSV text (CRLF line ends, as RFC 4180). */
export function toCsv(rows: readonly (readonly Cell[])[]): string {
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** The file's columns, in order. Headers are fixed English names (stable for scripts), labels are localised. */
export const RESULT_COLUMNS = [
  'section',
  'item',
  'value',
  'unit',
  'relation',
  'n',
  'period',
  'market',
  'survey_type',
  'grade',
  'compared_with_you',
  'significance',
  'source',
  'source_url',
] as const;

/** A result of the user's own survey. */
export interface SummaryRow {
  section: string;
  item: string;
  value: Cell;
  unit: string;
}

/** A benchmark figure and how the user's score compares with it. */
export interface BenchmarkRow {
  section: string;
  item: string;
  value: number;
  unit: string;
  relation: string;
  n?: number | undefined;
  period?: string | undefined;
  market?: string | undefined;
  surveyType: string;
  grade: string;
  comparedWithYou: string;
  significance: string;
  source: string;
  sourceUrl?: string | undefined;
}

/** The whole results file: header, the user's results, then the benchmarks. */
export function resultsCsv(summary: readonly SummaryRow[], benchmarks: readonly BenchmarkRow[]): string {
  const rows: Cell[][] = [[...RESULT_COLUMNS]];
  for (const r of summary) rows.push([r.section, r.item, r.value, r.unit, '', '', '', '', '', '', '', '', '', '']);
  for (const b of benchmarks) {
    rows.push([b.section, b.item, b.value, b.unit, b.relation, b.n, b.period, b.market, b.surveyType, b.grade, b.comparedWithYou, b.significance, b.source, b.sourceUrl]);
  }
  return toCsv(rows);
}
