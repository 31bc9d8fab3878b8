/**
 * Which survey tool wrote this export, from its first records, and how many header rows to skip.
 * Checked in this order; the first match wins:
 *
 * - **Qualtrics**: a row among the first four whose non-empty cells are mostly `{"ImportId":…}` JSON
 *   (the third header row of every current export). Header rows = up to and including that row (3);
 *   row 1 holds ids (`Q1`, `Q1_NPS_GROUP`), row 2 the question text. Legacy exports without the JSON
 *   row: row 1 has `ResponseId` and row 2 has `Response ID` → 2 header rows.
 * - **SurveyMonkey**: the second row is a header, not data: at least one cell is `Response` or
 *   `Open-Ended Response` (French: `Réponse`, `Réponse ouverte`) and none of its cells is a number.
 *   2 header rows; a question spanning several columns names itself once in row 1, so the text is
 *   carried to the right and row 2's sub-label (`Other (please specify)`) is appended.
 * - **Typeform**: the first header is `#` (the response token column) or a header is
 *   `Submit Date (UTC)` / `Start Date (UTC)`. 1 header row.
 * - **Google Forms**: the first header is the response timestamp: `Timestamp`, `Horodateur` (French),
 *   `Marca temporal`, `Zeitstempel`, `Carimbo de data/hora`, `Informazioni cronologiche`. 1 header row.
 * - **Plain**: anything else. One header row, unless the first row holds only numbers (a bare column
 *   of answers), in which case there is no header row and columns are unnamed.
 */
import { fold, parseAnswer } from './answer.ts';
import type { SurveyLayout } from './types.ts';

export interface DetectedLayout {
  layout: SurveyLayout;
  headerRows: number;
  /** Human header of each column ('' when the file has none). */
  headers: string[];
  /** Qualtrics only: the ids row (`Q1`, `Q1_NPS_GROUP`, `ResponseId`). */
  ids?: string[];
}

const SURVEYMONKEY_ROW2 = new Set(['response', 'open-ended response', 'reponse', 'reponse ouverte']);
const GOOGLE_TIMESTAMP = new Set(['timestamp', 'horodateur', 'marca temporal', 'zeitstempel', 'carimbo de data/hora', 'informazioni cronologiche', 'tijdstempel']);
const TYPEFORM_DATES = new Set(['submit date (utc)', 'start date (utc)']);

const isNumeric = (cell: string): boolean => /^\s*[+-]?\d+(?:[.,]\d+)?\s*$/.test(cell);

function isImportIdRow(row: readonly string[]): boolean {
  const filled = row.filter((cell) => cell.trim() !== '');
  if (filled.length === 0) return false;
  const json = filled.filter((cell) => /^\s*\{\s*"ImportId"\s*:/.test(cell)).length;
  return json >= Math.max(1, filled.length / 2);
}

/** Detect the layout from the first records of a file (at least the header rows and a few data rows). */
export function detectLayout(records: readonly (readonly string[])[]): DetectedLayout {
  const first = records[0] ?? [];
  const second = records[1];
  const width = Math.max(0, ...records.slice(0, 4).map((row) => row.length));
  const cell = (row: readonly string[] | undefined, index: number) => (row?.[index] ?? '').trim();

  // Qualtrics: ids row, question-text row, ImportId JSON row.
  const jsonRow = records.slice(0, 4).findIndex(isImportIdRow);
  const foldedFirst = first.map(fold);
  if (jsonRow >= 1 || (foldedFirst.includes('responseid') && second?.some((c) => fold(c) === 'response id'))) {
    const headerRows = jsonRow >= 1 ? jsonRow + 1 : 2;
    const ids = Array.from({ length: width }, (_, index) => cell(first, index));
    const headers = ids.map((id, index) => cell(second, index) || id);
    return { layout: 'qualtrics', headerRows, headers, ids };
  }

  // SurveyMonkey: a second header row of "Response" / "Open-Ended Response" labels.
  if (second && second.some((c) => SURVEYMONKEY_ROW2.has(fold(c))) && !second.some(isNumeric)) {
    const headers: string[] = [];
    let question = '';
    for (let index = 0; index < width; index++) {
      const top = cell(first, index);
      const sub = cell(second, index);
      if (top) question = top;
      const isPlainResponse = sub === '' || SURVEYMONKEY_ROW2.has(fold(sub));
      headers.push(top && isPlainResponse ? top : isPlainResponse ? question : question ? `${question} – ${sub}` : sub);
    }
    return { layout: 'surveymonkey', headerRows: 2, headers };
  }

  const headers = Array.from({ length: width }, (_, index) => cell(first, index));
  if (headers[0] === '#' || foldedFirst.some((h) => TYPEFORM_DATES.has(h))) return { layout: 'typeform', headerRows: 1, headers };
  if (GOOGLE_TIMESTAMP.has(fold(headers[0] ?? ''))) return { layout: 'google-forms', headerRows: 1, headers };

  // Plain: a first row of numbers (or blanks) only is data, not a header.
  const filled = first.filter((c) => c.trim() !== '');
  const firstIsData = filled.length > 0 && filled.every((c) => typeof parseAnswer(c) === 'number' || isNumeric(c));
  if (firstIsData) return { layout: 'plain', headerRows: 0, headers: headers.map(() => '') };
  return { layout: 'plain', headerRows: 1, headers };
}
