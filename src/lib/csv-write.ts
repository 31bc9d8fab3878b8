/**
 * The one CSV writer: every CSV the site offers for download and every CSV the build publishes goes
 * through `writeCsv`, so delimiter, decimal mark, quoting and formula neutralising are decided here once.
 *
 * - Downloads for people (`csvFormatFor(locale)`, from the language table in i18n.ts): English `,` and `.`;
 *   French `;` and a decimal comma, the separators a French Excel expects. Both start with a UTF-8 byte-order mark, without which Excel
 *   (in any language) reads UTF-8 accents as Windows-1252 ("BaromÃ¨tre").
 * - Open data under /data/ (`OPEN_DATA_CSV`): for machines, RFC 4180: `,`, `.`, UTF-8 without a BOM.
 *
 * All of them end lines with CRLF (RFC 4180; Excel and every parser accept it).
 */
import { LANGUAGES, type Locale } from './i18n.ts';

/** A cell: text, a number (written as a number, unrounded), a flag (`yes` or blank), or empty. */
export type CsvCell = string | number | boolean | null | undefined;

export interface CsvFormat {
  delimiter: ',' | ';';
  decimal: '.' | ',';
  /** Start the file with U+FEFF so spreadsheets read it as UTF-8. */
  bom: boolean;
}

export const ENGLISH_CSV: CsvFormat = { delimiter: ',', decimal: '.', bom: true };
export const FRENCH_CSV: CsvFormat = { delimiter: ';', decimal: ',', bom: true };
/** The open-data files: read by scripts, so the RFC 4180 defaults and no BOM. */
export const OPEN_DATA_CSV: CsvFormat = { delimiter: ',', decimal: '.', bom: false };

/** The format of a download offered on a page in `locale`: its delimiter and decimal mark come from the language table. */
export function csvFormatFor(locale: Locale): CsvFormat {
  return { ...LANGUAGES[locale].csv, bom: true };
}

// Spreadsheets (Excel, LibreOffice, Google Sheets) run a cell that starts with = + - or @ as a formula, which
// can fetch URLs or run commands ("CSV injection", OWASP). Some strip a leading tab or carriage return first.
// A leading apostrophe makes the spreadsheet read such a cell as text. Only text cells are neutralised: a
// number (e.g. −7) is written as a number, so it stays one in the spreadsheet.
const FORMULA_START = /^[=+\-@\t\r]/;

/** Text a spreadsheet would run as a formula gets a leading `'`; other text is returned unchanged. */
export function neutraliseText(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** A finite number in plain decimal notation (never `1e-7`, which a French spreadsheet would not read). */
export function plainNumber(value: number, decimal: CsvFormat['decimal'] = '.'): string {
  let text = String(value === 0 ? 0 : value); // -0 is written 0
  const exponent = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (exponent) {
    const [, sign, head, tail = '', power] = exponent as unknown as [string, string, string, string | undefined, string];
    const digits = head + tail;
    const point = 1 + Number(power); // position of the decimal point within `digits`
    if (point <= 0) text = `${sign}0.${'0'.repeat(-point)}${digits}`;
    else if (point >= digits.length) text = `${sign}${digits}${'0'.repeat(point - digits.length)}`;
    else text = `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
  }
  return decimal === '.' ? text : text.replace('.', decimal);
}

/** One cell as CSV text in `format`. Non-finite numbers are written empty (never `NaN`). */
export function csvCell(value: CsvCell, format: CsvFormat): string {
  if (value === null || value === undefined || value === false) return '';
  const text = value === true ? 'yes' : typeof value === 'number' ? (Number.isFinite(value) ? plainNumber(value, format.decimal) : '') : neutraliseText(value);
  // Quote a cell holding either delimiter, whatever this file uses: a spreadsheet set to the other
  // language's separator then still keeps the cell whole (a French decimal "-3,5" included).
  return /[",;\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Rows to CSV text: the BOM if the format has one, cells joined by its delimiter, CRLF after every row. */
export function writeCsv(rows: readonly (readonly CsvCell[])[], format: CsvFormat): string {
  const body = rows.map((row) => row.map((cell) => csvCell(cell, format)).join(format.delimiter)).join('\r\n');
  return `${format.bom ? '\uFEFF' : ''}${body}\r\n`;
}

/** Records to CSV text: a header of `columns`, then one row per record (absent values blank). */
export function writeRecordsCsv(columns: readonly string[], records: readonly Record<string, unknown>[], format: CsvFormat): string {
  const rows: CsvCell[][] = [[...columns]];
  for (const record of records) {
    rows.push(
      columns.map((column) => {
        const value = record[column];
        if (value == null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value ?? undefined;
        // A record is flat: anything else would be written as "[object Object]", so say which column holds it.
        throw new TypeError(`writeRecordsCsv: column ${column} holds a ${typeof value}, not a string, number or boolean`);
      }),
    );
  }
  return writeCsv(rows, format);
}

/** The media type to give a CSV blob or file. */
export const CSV_MEDIA_TYPE = 'text/csv;charset=utf-8';
