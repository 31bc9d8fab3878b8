/**
 * Reading .xlsx workbooks (Office Open XML, as Excel, Google Sheets, Numbers and LibreOffice write them) into
 * the same rows of text cells the CSV splitter gives, so layout detection, column choice and counting are the
 * import's one code path for both.
 *
 * - The workbook part (from `_rels/.rels`) lists the sheets in tab order, with their state (hidden) and the
 *   date system (`date1904`); its relationships give each sheet's part, the shared strings and the styles.
 * - Shared strings (`t="s"`: an index) are read once, streamed, into an array; inline strings (`t="inlineStr"`),
 *   formula strings (`t="str"`), booleans (`TRUE`/`FALSE`) and errors (`#N/A`: read as text, so the answer is
 *   skipped as not a number, exactly as in the CSV Excel would save) come from the cell itself. Phonetic runs
 *   (`rPh`) are not text.
 * - Numbers keep their digits. A number whose cell style has a date format becomes ISO text in the workbook's
 *   date system (excel-dates.ts), so the monthly trend reads it.
 * - Cells are placed by their `r` reference (`C7`), so a sparse row (cells left out) keeps its columns; a cell
 *   without one follows the previous cell. Rows are numbered by their `r` too, as the spreadsheet shows them:
 *   a row left out, or one with no value in any cell, is an empty row, like an empty line of a CSV.
 */
import { isDateFormat, serialToIso } from './excel-dates.ts';
import { attribute, decodeEntities, type XmlHandler } from './xml-scan.ts';

/** What a row sink receives: a row's cells (index = column), or an empty row, with its number (1-based). */
export interface RowSink {
  row(cells: string[], rowNumber: number): void;
  empty(rowNumber: number): void;
}

/** The widest sheet Excel allows (XFD): a cell reference past it is ignored, so one bad reference can't allocate a huge row. */
export const MAX_COLUMNS = 16_384;

export interface SheetEntry {
  name: string;
  hidden: boolean;
  /** Path of the sheet part in the archive, or undefined for a chart sheet or a missing part. */
  path: string | undefined;
}

export interface WorkbookParts {
  sheets: SheetEntry[];
  date1904: boolean;
  sharedStrings?: string;
  styles?: string;
}

const TYPE_SUFFIX = /\/(officeDocument|worksheet|sharedStrings|styles|chartsheet|dialogsheet|macrosheet)$/;

/** Relationships part → id → { type suffix, absolute target }. */
export function parseRelationships(xml: string, basePath: string): Map<string, { type: string; target: string }> {
  const relationships = new Map<string, { type: string; target: string }>();
  for (const [tag] of xml.matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)) {
    const id = attribute(tag, 'Id');
    const type = attribute(tag, 'Type') ?? '';
    const target = attribute(tag, 'Target');
    if (!id || !target || attribute(tag, 'TargetMode') === 'External') continue;
    relationships.set(id, { type: TYPE_SUFFIX.exec(type)?.[1] ?? type, target: resolvePath(basePath, target) });
  }
  return relationships;
}

/** `xl/` + `worksheets/sheet1.xml` → `xl/worksheets/sheet1.xml`; `/xl/x.xml` is from the root; `..` climbs. */
export function resolvePath(base: string, target: string): string {
  const parts = (target.startsWith('/') ? target.slice(1) : base + target).split('/');
  const out: string[] = [];
  for (const part of parts) {
    if (part === '..') out.pop();
    else if (part !== '.' && part !== '') out.push(part);
  }
  return out.join('/');
}

const folderOf = (path: string) => path.slice(0, path.lastIndexOf('/') + 1);

/** Where a part's relationships are: `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`. */
export const relsPathOf = (path: string) => `${folderOf(path)}_rels/${path.slice(path.lastIndexOf('/') + 1)}.rels`;

/** The workbook part's path, from the package's root relationships (`_rels/.rels`). */
export function workbookPathOf(rootRels: string | undefined): string {
  const root = rootRels ? parseRelationships(rootRels, '') : undefined;
  return (root && [...root.values()].find((rel) => rel.type === 'officeDocument')?.target) ?? 'xl/workbook.xml';
}

/** The workbook's sheets and parts, from the workbook part and its relationships. */
export function parseWorkbook(workbook: string, workbookRels: string | undefined, workbookPath: string): WorkbookParts {
  const rels = workbookRels ? parseRelationships(workbookRels, folderOf(workbookPath)) : new Map<string, { type: string; target: string }>();
  const sheets: SheetEntry[] = [];
  for (const [tag] of workbook.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    const name = attribute(tag, 'name') ?? '';
    const state = attribute(tag, 'state');
    const id = /\s[\w-]+:id\s*=\s*["']([^"']*)["']/.exec(tag)?.[1];
    const rel = id ? rels.get(id) : undefined;
    sheets.push({ name, hidden: state === 'hidden' || state === 'veryHidden', path: rel?.type === 'worksheet' ? rel.target : undefined });
  }
  const props = /<(?:\w+:)?workbookPr\b[^>]*>/.exec(workbook)?.[0];
  const date1904Value = props ? attribute(props, 'date1904') : undefined;
  const parts: WorkbookParts = { sheets, date1904: date1904Value === '1' || date1904Value === 'true' };
  for (const rel of rels.values()) {
    if (rel.type === 'sharedStrings') parts.sharedStrings = rel.target;
    if (rel.type === 'styles') parts.styles = rel.target;
  }
  return parts;
}

/** For each cell style (the `s` index, cellXfs order): does it show a date? */
export function parseDateStyles(styles: string | undefined): boolean[] {
  if (!styles) return [];
  const formats = new Map<number, string>();
  for (const [tag] of styles.matchAll(/<(?:\w+:)?numFmt\b[^>]*>/g)) {
    const id = Number(attribute(tag, 'numFmtId'));
    const code = attribute(tag, 'formatCode');
    if (Number.isInteger(id) && code !== undefined) formats.set(id, code);
  }
  const cellXfs = /<(?:\w+:)?cellXfs\b[^>]*>([\s\S]*?)<\/(?:\w+:)?cellXfs>/.exec(styles)?.[1] ?? '';
  return [...cellXfs.matchAll(/<(?:\w+:)?xf\b[^>]*>/g)].map(([tag]) => {
    const id = Number(attribute(tag, 'numFmtId') ?? 0);
    return isDateFormat(id, formats.get(id));
  });
}

/** OOXML's own escape for characters XML can't hold: `_x000D_` is a carriage return. */
const decodeOoxml = (text: string) => (text.includes('_x') ? text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) : text);
const decodeText = (raw: string) => decodeOoxml(decodeEntities(raw));

/** Reads the shared strings part (streamed) into an array, in order. */
export class SharedStringsHandler implements XmlHandler {
  readonly strings: string[] = [];
  private inItem = false;
  private inPhonetic = false;
  private collecting = false;
  private current = '';
  get wantsText(): boolean {
    return this.collecting;
  }
  open(name: string): void {
    if (name === 'si') {
      this.inItem = true;
      this.current = '';
    } else if (name === 'rPh') this.inPhonetic = true;
    else if (name === 't' && this.inItem && !this.inPhonetic) this.collecting = true;
  }
  close(name: string): void {
    if (name === 't') this.collecting = false;
    else if (name === 'rPh') this.inPhonetic = false;
    else if (name === 'si') {
      this.strings.push(decodeText(this.current));
      this.inItem = false;
      this.current = '';
    }
  }
  text(raw: string): void {
    this.current += raw;
  }
}

/** Column index of a cell reference (`AB12` → 27); -1 when it has no letters. */
export function columnOf(ref: string): number {
  let column = 0;
  let index = 0;
  for (; index < ref.length; index++) {
    const code = ref.charCodeAt(index) | 32; // lower case
    if (code < 97 || code > 122) break;
    column = column * 26 + (code - 96);
  }
  return index === 0 ? -1 : column - 1;
}

export interface SheetContext {
  strings: readonly string[];
  dateStyles: readonly boolean[];
  date1904: boolean;
}

/** Streams one sheet part into rows of text cells. */
export class SheetHandler implements XmlHandler {
  private readonly context: SheetContext;
  private readonly sink: RowSink;
  private inSheetData = false;
  private cells: string[] | undefined;
  private rowNumber = 0;
  private nextColumn = 0;
  private cellColumn = -1;
  private cellType = '';
  private cellStyle = 0;
  private inInline = false;
  private inPhonetic = false;
  private collecting: 0 | 1 | 2 = 0; // 1: <v>, 2: <t> of an inline string
  private value = '';
  private inlineText = '';
  private nonEmpty = false;
  /** Rows that held at least one value. */
  rows = 0;

  constructor(context: SheetContext, sink: RowSink) {
    this.context = context;
    this.sink = sink;
  }

  get wantsText(): boolean {
    return this.collecting !== 0;
  }

  open(name: string, tag: string, selfClosing: boolean): void {
    switch (name) {
      case 'c': {
        if (!this.cells) return;
        const ref = attribute(tag, 'r');
        const column = ref ? columnOf(ref) : -1;
        this.cellColumn = column >= 0 ? column : this.nextColumn;
        this.cellType = attribute(tag, 't') ?? '';
        const style = attribute(tag, 's');
        this.cellStyle = style ? Number(style) : 0;
        this.value = '';
        this.inlineText = '';
        return;
      }
      case 'v':
        if (this.cells && !selfClosing) this.collecting = 1;
        return;
      case 'is':
        this.inInline = true;
        return;
      case 'rPh':
        this.inPhonetic = true;
        return;
      case 't':
        if (this.inInline && !this.inPhonetic && !selfClosing) this.collecting = 2;
        return;
      case 'row': {
        if (!this.inSheetData) return;
        const r = Number(attribute(tag, 'r'));
        this.rowNumber = Number.isInteger(r) && r > this.rowNumber ? r : this.rowNumber + 1;
        this.cells = [];
        this.nextColumn = 0;
        this.nonEmpty = false;
        return;
      }
      case 'sheetData':
        this.inSheetData = !selfClosing;
        return;
    }
  }

  close(name: string): void {
    switch (name) {
      case 'v':
      case 't':
        this.collecting = 0;
        return;
      case 'rPh':
        this.inPhonetic = false;
        return;
      case 'is':
        this.inInline = false;
        return;
      case 'c':
        if (this.cells && this.cellColumn >= 0) this.finishCell(this.cells);
        this.cellColumn = -1;
        return;
      case 'row': {
        const cells = this.cells;
        if (!cells) return;
        this.cells = undefined;
        if (!this.nonEmpty) {
          this.sink.empty(this.rowNumber);
          return;
        }
        for (let index = 0; index < cells.length; index++) if (cells[index] === undefined) cells[index] = '';
        this.rows++;
        this.sink.row(cells, this.rowNumber);
        return;
      }
      case 'sheetData':
        this.inSheetData = false;
        return;
    }
  }

  text(raw: string): void {
    if (this.collecting === 1) this.value += raw;
    else this.inlineText += raw;
  }

  private finishCell(cells: string[]): void {
    const column = this.cellColumn;
    this.nextColumn = column + 1;
    const text = this.cellText();
    if (text === '' || column >= MAX_COLUMNS) return;
    cells[column] = text;
    this.nonEmpty = true;
  }

  private cellText(): string {
    const type = this.cellType;
    const value = this.value;
    switch (type) {
      case 's': {
        if (value.trim() === '') return '';
        return this.context.strings[Number(value)] ?? '';
      }
      case 'inlineStr':
        return decodeText(this.inlineText || value);
      case 'str':
      case 'e':
      case 'd': // an ISO 8601 date written as text
        return decodeText(value);
      case 'b':
        return value === '1' || value === 'true' ? 'TRUE' : value === '' ? '' : 'FALSE';
      default: {
        const trimmed = value.trim();
        if (trimmed === '') return '';
        const number = Number(trimmed);
        if (this.context.dateStyles[this.cellStyle] && Number.isFinite(number)) return serialToIso(number, this.context.date1904) ?? trimmed;
        // 1E-3 → 0.001, as a spreadsheet shows it; other numbers keep their digits.
        return (trimmed.includes('E') || trimmed.includes('e')) && Number.isFinite(number) ? String(number) : trimmed;
      }
    }
  }
}
