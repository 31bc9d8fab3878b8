/**
 * The "detractors with comments" download: one row per listed detractor, as CSV (UTF-8 with a BOM so
 * Excel shows accents). Cells that a spreadsheet would run as a formula (starting with = + - @, or a
 * tab or carriage return) get a leading apostrophe, so a comment like `=HYPERLINK(…)` stays text.
 */
import type { ImportResult } from './types.ts';

export interface DetractorCsvHeaders {
  line: string;
  answer: string;
  comment: string;
  segment: string;
  date: string;
  respondent: string;
}

/** Neutralise a cell a spreadsheet could read as a formula. */
export function neutraliseCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** Quote a CSV cell when it holds a comma, a quote or a line break. */
export function csvCell(value: string): string {
  const safe = neutraliseCell(value);
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The CSV text (with a leading BOM), columns present in the file only. */
export function detractorsCsv(result: Pick<ImportResult, 'detractors' | 'segmentColumn' | 'dateColumn' | 'respondentColumn' | 'commentColumn'>, headers: DetractorCsvHeaders): string {
  const columns: Array<[string, (d: ImportResult['detractors'][number]) => string]> = [[headers.line, (d) => String(d.line)]];
  if (result.respondentColumn !== undefined) columns.push([headers.respondent, (d) => d.respondent ?? '']);
  if (result.dateColumn !== undefined) columns.push([headers.date, (d) => d.date ?? '']);
  if (result.segmentColumn !== undefined) columns.push([headers.segment, (d) => d.segment ?? '']);
  columns.push([headers.answer, (d) => String(d.answer)]);
  if (result.commentColumn !== undefined) columns.push([headers.comment, (d) => d.comment]);
  const lines = [columns.map(([name]) => csvCell(name)).join(',')];
  for (const detractor of result.detractors) lines.push(columns.map(([, get]) => csvCell(get(detractor))).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
