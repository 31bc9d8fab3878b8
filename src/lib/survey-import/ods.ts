/**
 * Reading OpenDocument spreadsheets (.ods: LibreOffice, OpenOffice, Google Sheets' "OpenDocument" download)
 * into the same rows of text cells as .xlsx and CSV. All sheets live in one part, `content.xml`, in tab order.
 *
 * - A cell's value comes from its type: `float`, `percentage`, `currency` → `office:value` (the number, not
 *   the text shown); `date` → `office:date-value` (ISO, so the monthly trend reads it); `boolean` → TRUE/FALSE;
 *   strings → the cell's paragraphs (`text:p`, joined by line breaks, `text:s` spaces and tabs kept); an error
 *   (`calcext:value-type="error"`) → its text (`#N/A`), skipped as not a number like any text. Annotations
 *   (cell comments) are not the cell's text.
 * - `table:number-columns-repeated` and `table:number-rows-repeated` are expanded for cells and rows with a
 *   value, and skipped over for empty ones (LibreOffice pads each sheet with a million empty rows).
 * - A sheet whose table style says `table:display="false"` is hidden.
 */
import { MAX_COLUMNS, type RowSink } from './xlsx.ts';
import { attribute, decodeEntities, type XmlHandler } from './xml-scan.ts';

/** Excel's row limit: a repeated row is never expanded past it. */
export const MAX_ROWS = 1_048_576;

export interface OdsSheetInfo {
  name: string;
  hidden: boolean;
}

const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

/**
 * Streams content.xml. Every sheet met is announced to `onSheet`; rows go to `sinkFor(sheet index)` when it
 * gives a sink (undefined: that sheet's rows are passed over).
 */
export class OdsHandler implements XmlHandler {
  private readonly sinkFor: (sheet: number) => RowSink | undefined;
  private readonly onSheet: (info: OdsSheetInfo) => void;
  private readonly hiddenStyles = new Set<string>();
  private styleName: string | undefined;
  private sheet = -1;
  private sink: RowSink | undefined;
  private rowNumber = 0;
  private rowRepeat = 1;
  private cells: string[] | undefined;
  private column = 0;
  private cellRepeat = 1;
  private cellValue: string | undefined;
  private cellText = '';
  private inCell = false;
  private paragraphs = 0;
  private annotationDepth = 0;
  private collecting = false;
  private nonEmpty = false;

  constructor(onSheet: (info: OdsSheetInfo) => void, sinkFor: (sheet: number) => RowSink | undefined) {
    this.onSheet = onSheet;
    this.sinkFor = sinkFor;
  }

  get wantsText(): boolean {
    return this.collecting;
  }

  open(name: string, tag: string, selfClosing: boolean): void {
    switch (name) {
      case 'table-cell':
      case 'covered-table-cell': {
        if (!this.cells) return;
        this.inCell = true;
        this.cellRepeat = Math.max(1, Number(attribute(tag, 'table:number-columns-repeated') ?? 1) || 1);
        this.cellText = '';
        this.paragraphs = 0;
        this.cellValue = cellValueOf(tag);
        return;
      }
      case 'p':
      case 'h':
        if (this.inCell && this.annotationDepth === 0) {
          if (this.paragraphs++ > 0) this.cellText += '\n';
          if (!selfClosing) this.collecting = true;
        }
        return;
      case 's':
        if (this.collecting) this.cellText += ' '.repeat(Math.min(1000, Math.max(1, Number(attribute(tag, 'text:c') ?? 1) || 1)));
        return;
      case 'tab':
        if (this.collecting) this.cellText += '\t';
        return;
      case 'line-break':
        if (this.collecting) this.cellText += '\n';
        return;
      case 'annotation':
        if (!selfClosing) this.annotationDepth++;
        this.collecting = false;
        return;
      case 'table-row': {
        if (this.sheet < 0) return;
        this.rowRepeat = Math.max(1, Number(attribute(tag, 'table:number-rows-repeated') ?? 1) || 1);
        this.cells = [];
        this.column = 0;
        this.nonEmpty = false;
        return;
      }
      case 'table': {
        this.sheet++;
        const style = attribute(tag, 'table:style-name');
        this.onSheet({ name: attribute(tag, 'table:name') ?? '', hidden: style !== undefined && this.hiddenStyles.has(style) });
        this.sink = this.sinkFor(this.sheet);
        this.rowNumber = 0;
        return;
      }
      case 'style':
        this.styleName = attribute(tag, 'style:name');
        return;
      case 'table-properties':
        if (this.styleName && attribute(tag, 'table:display') === 'false') this.hiddenStyles.add(this.styleName);
        return;
    }
  }

  close(name: string): void {
    switch (name) {
      case 'p':
      case 'h':
        this.collecting = false;
        return;
      case 'annotation':
        if (this.annotationDepth > 0) this.annotationDepth--;
        return;
      case 'table-cell':
      case 'covered-table-cell': {
        if (!this.cells || !this.inCell) return;
        this.inCell = false;
        const value = this.cellValue ?? decodeEntities(this.cellText);
        if (value === '') {
          this.column += this.cellRepeat;
          return;
        }
        for (let copy = 0; copy < this.cellRepeat && this.column < MAX_COLUMNS; copy++) this.cells[this.column++] = value;
        this.nonEmpty = true;
        return;
      }
      case 'table-row': {
        const cells = this.cells;
        if (!cells) return;
        this.cells = undefined;
        const repeat = Math.min(this.rowRepeat, MAX_ROWS - this.rowNumber);
        if (!this.nonEmpty) {
          this.rowNumber += Math.max(0, repeat);
          return;
        }
        for (let index = 0; index < cells.length; index++) if (cells[index] === undefined) cells[index] = '';
        for (let copy = 0; copy < repeat; copy++) {
          this.rowNumber++;
          this.sink?.row(copy === 0 ? cells : [...cells], this.rowNumber);
        }
        return;
      }
      case 'table':
        this.sink = undefined;
        return;
      case 'style':
        this.styleName = undefined;
        return;
    }
  }

  text(raw: string): void {
    this.cellText += raw;
  }
}

/** The value a cell's attributes give, or undefined when its text is the value. */
function cellValueOf(tag: string): string | undefined {
  const type = attribute(tag, 'office:value-type');
  if (attribute(tag, 'calcext:value-type') === 'error') return undefined;
  switch (type) {
    case 'float':
    case 'percentage':
    case 'currency': {
      const value = attribute(tag, 'office:value')?.trim();
      if (value === undefined) return undefined;
      const number = Number(value);
      return PLAIN_NUMBER.test(value) || !Number.isFinite(number) ? value : String(number);
    }
    case 'date':
      return attribute(tag, 'office:date-value')?.replace('T', ' ');
    case 'boolean': {
      const value = attribute(tag, 'office:boolean-value');
      return value === undefined ? undefined : value === 'true' ? 'TRUE' : 'FALSE';
    }
    case 'string':
      return attribute(tag, 'office:string-value');
    default:
      return undefined;
  }
}
