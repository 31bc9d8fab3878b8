/**
 * The score tool's results as a CSV file: one row per result, then one row per benchmark, in a single
 * table whose columns say what each number is and in which unit. Numbers are written unrounded.
 */

import { type CsvCell, type CsvFormat, writeCsv } from './csv-write.ts';

/** A cell: text, a number (written unrounded), or empty. */
export type Cell = CsvCell;

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

/** The whole results file in `format` (see csv-write.ts): header, the user's results, then the benchmarks. */
export function resultsCsv(summary: readonly SummaryRow[], benchmarks: readonly BenchmarkRow[], format: CsvFormat): string {
  const rows: Cell[][] = [[...RESULT_COLUMNS]];
  for (const r of summary) rows.push([r.section, r.item, r.value, r.unit, '', '', '', '', '', '', '', '', '', '']);
  for (const b of benchmarks) {
    rows.push([b.section, b.item, b.value, b.unit, b.relation, b.n, b.period, b.market, b.surveyType, b.grade, b.comparedWithYou, b.significance, b.source, b.sourceUrl]);
  }
  return writeCsv(rows, format);
}
