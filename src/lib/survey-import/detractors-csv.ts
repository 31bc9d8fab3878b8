/**
 * The "detractors with comments" download: one row per listed detractor, written by the site's one CSV
 * writer (csv-write.ts: the page language's delimiter, a BOM so Excel shows accents, comments such as
 * `=HYPERLINK(…)` neutralised, cells holding `,` `;` quotes or line breaks quoted). A comment the import
 * cut to MAX_COMMENT_CHARS ends with `cutNote`, in the page's language, so the file says where it was cut.
 */
import { type CsvCell, type CsvFormat, writeCsv } from '../csv-write.ts';
import type { ImportResult } from './types.ts';

export interface DetractorCsvHeaders {
  line: string;
  answer: string;
  comment: string;
  segment: string;
  date: string;
  respondent: string;
}

/** The CSV text in `format` (a download: with a BOM), columns present in the file only. */
export function detractorsCsv(
  result: Pick<ImportResult, 'detractors' | 'segmentColumn' | 'dateColumn' | 'respondentColumn' | 'commentColumn'>,
  headers: DetractorCsvHeaders,
  format: CsvFormat,
  cutNote: (total: number, kept: number) => string = (total, kept) => ` […] (cut: ${total} characters, the first ${kept} kept)`,
): string {
  const columns: Array<[string, (d: ImportResult['detractors'][number]) => CsvCell]> = [[headers.line, (d) => d.line]];
  if (result.respondentColumn !== undefined) columns.push([headers.respondent, (d) => d.respondent ?? '']);
  if (result.dateColumn !== undefined) columns.push([headers.date, (d) => d.date ?? '']);
  if (result.segmentColumn !== undefined) columns.push([headers.segment, (d) => d.segment ?? '']);
  columns.push([headers.answer, (d) => d.answer]);
  if (result.commentColumn !== undefined)
    columns.push([headers.comment, (d) => (d.commentChars === undefined ? d.comment : d.comment + cutNote(d.commentChars, d.comment.length))]);
  const rows: CsvCell[][] = [columns.map(([name]) => name)];
  for (const detractor of result.detractors) rows.push(columns.map(([, get]) => get(detractor)));
  return writeCsv(rows, format);
}
