/**
 * Writes spreadsheet workbooks for tests and benchmarks: .xlsx (Office Open XML) and .ods (OpenDocument),
 * from a list of sheets and typed cells. Independent of the reader under test: the XML is written here by
 * hand and zipped by a small ZIP writer on Node's own zlib (deflateRawSync, crc32), not with fflate.
 * Also writes the OLE compound files an encrypted workbook and an old .xls are (only their directory matters).
 *
 * The cell types cover what the reader must place and convert: numbers, shared strings, inline strings,
 * formula strings, booleans, errors (#N/A), date serials with a built-in or a custom date format, and gaps
 * (cells not written, rows not written) that only the `r` references place.
 */
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { crc32, createDeflateRaw, deflateRawSync } from 'node:zlib';
import { seededRandom } from './seeded-random.ts';

export type Cell =
  | null
  | number
  | string
  | { inline: string }
  | { formulaText: string }
  | { bool: boolean }
  | { error: string }
  /** An Excel date serial (days since the epoch of the workbook's date system), with a date number format. */
  | { serial: number; format?: 'builtin' | 'custom' }
  /** ODS only: an ISO date value (office:date-value). */
  | { isoDate: string };

export interface SheetSpec {
  name: string;
  /** Rows from row 1; `null` = a row that is not written at all (a gap in the row numbers). */
  rows: (Cell[] | null)[];
  hidden?: boolean;
  /** Write cells without their `r` reference (allowed: they follow the previous cell). Blank cells are then written empty. */
  noRefs?: boolean;
}

export interface WorkbookSpec {
  sheets: SheetSpec[];
  /** The 1904 date system (old Mac Excel): serial 0 is 1904-01-01. */
  date1904?: boolean;
  /** Store entries without compression (method 0), as some writers do. */
  stored?: boolean;
}

// ---------------------------------------------------------------- ZIP

interface ZipEntry {
  name: string;
  data: Buffer;
  stored?: boolean;
}

/** A ZIP archive (no ZIP64: entries and archive under 4 GB). */
export function zip(entries: readonly ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const body = entry.stored ? entry.data : deflateRawSync(entry.data, { level: 6 });
    const crc = crc32(entry.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(entry.stored ? 0 : 8, 8);
    local.writeUInt32LE(0, 10); // time, date
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(entry.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    locals.push(local, name, body);
    const header = Buffer.alloc(46);
    header.writeUInt32LE(0x02014b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(20, 6);
    header.writeUInt16LE(0x0800, 8);
    header.writeUInt16LE(entry.stored ? 0 : 8, 10);
    header.writeUInt32LE(0, 12);
    header.writeUInt32LE(crc, 16);
    header.writeUInt32LE(body.length, 20);
    header.writeUInt32LE(entry.data.length, 24);
    header.writeUInt16LE(name.length, 28);
    header.writeUInt32LE(offset, 42);
    central.push(header, name);
    offset += 30 + name.length + body.length;
  }
  const centralSize = central.reduce((total, part) => total + part.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, ...central, end]);
}

// ---------------------------------------------------------------- XLSX

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** Column letters of a 0-based index: 0 → A, 25 → Z, 26 → AA. */
export function columnLetters(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

// Cell styles (cellXfs order): 0 General, 1 built-in date (numFmtId 14), 2 custom date-time (164), 3 a custom number format (165, not a date).
const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<numFmts count="2"><numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd\\ hh:mm"/><numFmt numFmtId="165" formatCode="&quot;Score &quot;0.0"/></numFmts>
<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>
<fills count="1"><fill><patternFill patternType="none"/></fill></fills>
<borders count="1"><border/></borders>
<cellStyleXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/><xf numFmtId="22" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
<cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>
</styleSheet>`;

class SharedStrings {
  readonly list: string[] = [];
  private readonly index = new Map<string, number>();
  add(text: string): number {
    let at = this.index.get(text);
    if (at === undefined) {
      at = this.list.length;
      this.list.push(text);
      this.index.set(text, at);
    }
    return at;
  }
  xml(): string {
    // Leading/trailing spaces need xml:space="preserve"; one string is written as rich text runs to test them.
    const items = this.list.map((text) => {
      const preserve = /^\s|\s$|\n/.test(text) ? ' xml:space="preserve"' : '';
      if (text.startsWith('Rich: '))
        return `<si><r><rPr><b/></rPr><t>Rich: </t></r><r><t${preserve}>${escapeXml(text.slice(6))}</t></r><rPh sb="0" eb="1"><t>PHONETIC</t></rPh></si>`;
      return `<si><t${preserve}>${escapeXml(text)}</t></si>`;
    });
    return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${this.list.length}" uniqueCount="${this.list.length}">${items.join('')}</sst>`;
  }
}

function cellXml(cell: Cell, ref: string, strings: SharedStrings): string {
  const r = ref ? ` r="${ref}"` : '';
  if (cell === null) return `<c${r}/>`;
  if (typeof cell === 'number') return `<c${r}><v>${cell}</v></c>`;
  if (typeof cell === 'string') return `<c${r} t="s"><v>${strings.add(cell)}</v></c>`;
  if ('inline' in cell) return `<c${r} t="inlineStr"><is><t xml:space="preserve">${escapeXml(cell.inline)}</t></is></c>`;
  if ('formulaText' in cell) return `<c${r} t="str"><f>CONCAT("a","b")</f><v>${escapeXml(cell.formulaText)}</v></c>`;
  if ('bool' in cell) return `<c${r} t="b"><v>${cell.bool ? 1 : 0}</v></c>`;
  if ('error' in cell) return `<c${r} t="e"><f>NA()</f><v>${escapeXml(cell.error)}</v></c>`;
  if ('serial' in cell) return `<c${r} s="${cell.format === 'custom' ? 2 : 1}"><v>${cell.serial}</v></c>`;
  throw new Error('isoDate cells are for ODS only');
}

/** The sheet XML of one sheet, in pieces (big sheets are never one string). */
function* sheetXml(sheet: SheetSpec, strings: SharedStrings): Generator<string> {
  yield `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheetPr filterMode="false"><pageSetUpPr fitToPage="false"/></sheetPr><dimension ref="A1"/><cols><col min="1" max="3" width="12"/></cols><sheetData>`;
  let piece = '';
  for (let rowIndex = 0; rowIndex < sheet.rows.length; rowIndex++) {
    const row = sheet.rows[rowIndex];
    if (row === null || row === undefined) continue;
    const number = rowIndex + 1;
    let xml = sheet.noRefs ? '<row>' : `<row r="${number}" spans="1:${row.length}">`;
    row.forEach((cell, column) => {
      if (cell === null && !sheet.noRefs) return; // a gap: only the next cell's r places it
      xml += cellXml(cell, sheet.noRefs ? '' : `${columnLetters(column)}${number}`, strings);
    });
    piece += `${xml}</row>`;
    if (piece.length > 1 << 20) {
      yield piece;
      piece = '';
    }
  }
  yield `${piece}</sheetData><mergeCells count="0"/><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`;
}

/** An .xlsx workbook. The sheets are written before the shared strings, as Excel does. */
export function xlsx(spec: WorkbookSpec): Buffer {
  const strings = new SharedStrings();
  const sheets = spec.sheets.map((sheet) => Buffer.from([...sheetXml(sheet, strings)].join(''), 'utf8'));
  const stored = spec.stored ?? false;
  const text = (name: string, content: string): ZipEntry => ({ name, data: Buffer.from(content, 'utf8'), stored });
  const sheetEntries = spec.sheets
    .map((_, index) => `<Override PartName="/xl/worksheets/sheet${index + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`)
    .join('');
  return zip([
    text(
      '[Content_Types].xml',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${sheetEntries}<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`,
    ),
    text(
      '_rels/.rels',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    text(
      'xl/workbook.xml',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><workbookPr${spec.date1904 ? ' date1904="1"' : ''} defaultThemeVersion="166925"/><bookViews><workbookView activeTab="0"/></bookViews><sheets>${spec.sheets
        .map((sheet, index) => `<sheet name="${escapeXml(sheet.name)}" sheetId="${index + 1}"${sheet.hidden ? ' state="hidden"' : ''} r:id="rId${index + 1}"/>`)
        .join('')}</sheets><calcPr calcId="191029"/></workbook>`,
    ),
    text(
      'xl/_rels/workbook.xml.rels',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${spec.sheets
        .map(
          (_, index) =>
            `<Relationship Id="rId${index + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${index + 1}.xml"/>`,
        )
        .join(
          '',
        )}<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rIdT" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="/xl/sharedStrings.xml"/></Relationships>`,
    ),
    ...sheets.map((data, index): ZipEntry => ({ name: `xl/worksheets/sheet${index + 1}.xml`, data, stored })),
    text('xl/styles.xml', STYLES),
    text('xl/sharedStrings.xml', strings.xml()),
  ]);
}

// ---------------------------------------------------------------- ODS

function odsCell(cell: Cell): string {
  if (cell === null) return '<table:table-cell/>';
  if (typeof cell === 'number') return `<table:table-cell office:value-type="float" office:value="${cell}" calcext:value-type="float"><text:p>${cell}</text:p></table:table-cell>`;
  if (typeof cell === 'string' || 'inline' in cell || 'formulaText' in cell) {
    const text = typeof cell === 'string' ? cell : 'inline' in cell ? cell.inline : cell.formulaText;
    const paragraphs = text
      .split('\n')
      .map((line) => `<text:p>${escapeXml(line).replace(/ {2}/g, ' <text:s/>')}</text:p>`)
      .join('');
    return `<table:table-cell office:value-type="string" calcext:value-type="string">${paragraphs}</table:table-cell>`;
  }
  if ('bool' in cell)
    return `<table:table-cell office:value-type="boolean" office:boolean-value="${cell.bool}"><text:p>${cell.bool ? 'TRUE' : 'FALSE'}</text:p></table:table-cell>`;
  if ('error' in cell)
    return `<table:table-cell table:formula="of:=NA()" office:value-type="string" office:string-value="" calcext:value-type="error"><text:p>${escapeXml(cell.error)}</text:p></table:table-cell>`;
  if ('isoDate' in cell)
    return `<table:table-cell table:style-name="ce1" office:value-type="date" office:date-value="${cell.isoDate}"><text:p>${cell.isoDate}</text:p></table:table-cell>`;
  throw new Error('serial cells are for XLSX only');
}

/** An .ods workbook. Runs of empty cells and empty rows use the repeat attributes, as LibreOffice writes them. */
export function ods(spec: WorkbookSpec): Buffer {
  const tables = spec.sheets.map((sheet) => {
    let rows = '';
    let emptyRun = 0;
    const flushEmpty = () => {
      if (emptyRun > 0) rows += `<table:table-row table:number-rows-repeated="${emptyRun}"><table:table-cell/></table:table-row>`;
      emptyRun = 0;
    };
    for (const row of sheet.rows) {
      if (row === null || row.length === 0) {
        emptyRun++;
        continue;
      }
      flushEmpty();
      let cells = '';
      let blanks = 0;
      for (const cell of row) {
        if (cell === null) {
          blanks++;
          continue;
        }
        if (blanks > 0) cells += blanks === 1 ? '<table:table-cell/>' : `<table:table-cell table:number-columns-repeated="${blanks}"/>`;
        blanks = 0;
        cells += odsCell(cell);
      }
      rows += `<table:table-row>${cells}<table:table-cell table:number-columns-repeated="1016"/></table:table-row>`;
    }
    // LibreOffice pads a sheet with a huge run of empty rows.
    rows += '<table:table-row table:number-rows-repeated="1048500"><table:table-cell table:number-columns-repeated="1024"/></table:table-row>';
    return `<table:table table:name="${escapeXml(sheet.name)}" table:style-name="ta1"><table:table-column table:number-columns-repeated="1024"/>${rows}</table:table>`;
  });
  const content = `<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0" office:version="1.3"><office:body><office:spreadsheet>${tables.join('')}</office:spreadsheet></office:body></office:document-content>`;
  return zip([
    { name: 'mimetype', data: Buffer.from('application/vnd.oasis.opendocument.spreadsheet'), stored: true },
    { name: 'content.xml', data: Buffer.from(content, 'utf8') },
    {
      name: 'styles.xml',
      data: Buffer.from(
        '<?xml version="1.0" encoding="UTF-8"?>\n<office:document-styles xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" office:version="1.3"><office:styles><style:default-style style:family="table-cell"/></office:styles></office:document-styles>',
      ),
    },
    {
      name: 'meta.xml',
      data: Buffer.from(
        '<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" office:version="1.3"><office:meta><meta:generator>NPS Atlas test fixture</meta:generator></office:meta></office:document-meta>',
      ),
    },
    {
      name: 'META-INF/manifest.xml',
      data: Buffer.from(
        '<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/><manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/><manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/></manifest:manifest>',
      ),
    },
  ]);
}

// ---------------------------------------------------------------- OLE compound files

/**
 * A minimal OLE compound file (CFB v3, 512-byte sectors) whose directory holds streams with these names and no
 * data. An encrypted Office file is such a container with `EncryptionInfo` and `EncryptedPackage`; an old
 * .xls holds a `Workbook` stream.
 */
export function compoundFile(streamNames: readonly string[]): Buffer {
  const sector = 512;
  const header = Buffer.alloc(sector, 0);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header, 0);
  header.writeUInt16LE(0x3e, 0x18);
  header.writeUInt16LE(3, 0x1a);
  header.writeUInt16LE(0xfffe, 0x1c);
  header.writeUInt16LE(9, 0x1e);
  header.writeUInt16LE(6, 0x20);
  header.writeUInt32LE(1, 0x2c); // FAT sectors
  header.writeUInt32LE(1, 0x30); // first directory sector
  header.writeUInt32LE(4096, 0x38);
  header.writeUInt32LE(0xfffffffe, 0x3c);
  header.writeUInt32LE(0xfffffffe, 0x44);
  for (let i = 0; i < 109; i++) header.writeUInt32LE(i === 0 ? 0 : 0xffffffff, 0x4c + i * 4);
  const fat = Buffer.alloc(sector, 0xff);
  fat.writeUInt32LE(0xfffffffd, 0); // sector 0: the FAT itself
  fat.writeUInt32LE(0xfffffffe, 4); // sector 1: the directory, one sector
  const directory = Buffer.alloc(sector, 0);
  const entry = (index: number, name: string, type: number, child: number, right: number) => {
    const at = index * 128;
    const encoded = Buffer.from(`${name}\0`, 'utf16le');
    encoded.copy(directory, at);
    directory.writeUInt16LE(encoded.length, at + 64);
    directory.writeUInt8(type, at + 66);
    directory.writeUInt8(1, at + 67);
    directory.writeUInt32LE(0xffffffff, at + 68);
    directory.writeUInt32LE(right, at + 72);
    directory.writeUInt32LE(child, at + 76);
    directory.writeUInt32LE(0xfffffffe, at + 116);
    directory.writeUInt32LE(0, at + 120);
  };
  if (streamNames.length > 3) throw new Error('at most 3 streams in this small directory');
  entry(0, 'Root Entry', 5, streamNames.length > 0 ? 1 : 0xffffffff, 0xffffffff);
  streamNames.forEach((name, index) => entry(index + 1, name, 2, 0xffffffff, index + 2 <= streamNames.length ? index + 2 : 0xffffffff));
  return Buffer.concat([header, fat, directory]);
}

// ---------------------------------------------------------------- Large survey workbooks (tests, bench)

export interface SurveyWorkbookExpectation {
  counts: number[];
  rowsRead: number;
  skipped: { blank: number; notANumber: number; outOfRange: number; total: number };
  /** `YYYY-MM` → answers counted. */
  months: Map<string, number>;
}

const SURVEY_STRINGS = [
  'Respondent ID',
  'Submitted',
  'How likely are you to recommend Acme to a friend or colleague?',
  'What is the main reason for your score?',
  'Segment',
  'n/a',
  'Retail',
  'Business',
  'Public sector',
  'Education',
  'Great support, fast answers',
  'Too expensive for what it does',
  'The app crashes, "again" & again',
  'Fine',
  'Easy to use; my team loves it',
  'Delivery late\nbut friendly staff',
];
const SEGMENT_INDEX = [6, 7, 8, 9];
const REASON_INDEX = [10, 11, 12, 13, 14, 15, -1];
const ANSWER_WEIGHTS = [3, 1, 1, 2, 2, 4, 6, 10, 18, 22, 31];

/**
 * Write a one-sheet survey workbook of `rows` answers to `path`, streaming (the sheet is deflated as it is
 * written, with a ZIP data descriptor), and return what an import must find. Columns as the CSV generator's:
 * Respondent ID, Submitted (a date serial in 2025 with a date-time format), the 0–10 answer (about 1 % blank,
 * 0.5 % the text `n/a`, 0.2 % the number 11), a reason (shared strings, some blank) and a segment.
 */
export async function writeSurveyXlsx(path: string, spec: { rows: number; seed?: number }): Promise<SurveyWorkbookExpectation> {
  const next = seededRandom(spec.seed ?? 1);
  const cumulative: number[] = [];
  for (const weight of ANSWER_WEIGHTS) cumulative.push((cumulative.at(-1) ?? 0) + weight);
  const total = cumulative.at(-1) as number;
  const expected: SurveyWorkbookExpectation = {
    counts: new Array<number>(11).fill(0),
    rowsRead: 0,
    skipped: { blank: 0, notANumber: 0, outOfRange: 0, total: 0 },
    months: new Map(),
  };

  const out = createWriteStream(path);
  let offset = 0;
  const central: Buffer[] = [];
  const write = async (buffer: Buffer) => {
    offset += buffer.length;
    if (!out.write(buffer)) await once(out, 'drain');
  };
  const localHeader = (name: Buffer, crc: number, compressed: number, size: number, descriptor: boolean) => {
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(descriptor ? 0x0808 : 0x0800, 6);
    header.writeUInt16LE(8, 8);
    header.writeUInt32LE(crc, 14);
    header.writeUInt32LE(compressed, 18);
    header.writeUInt32LE(size, 22);
    header.writeUInt16LE(name.length, 26);
    return header;
  };
  const centralHeader = (name: Buffer, crc: number, compressed: number, size: number, at: number, descriptor: boolean) => {
    const header = Buffer.alloc(46);
    header.writeUInt32LE(0x02014b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(20, 6);
    header.writeUInt16LE(descriptor ? 0x0808 : 0x0800, 8);
    header.writeUInt16LE(8, 10);
    header.writeUInt32LE(crc, 16);
    header.writeUInt32LE(compressed, 20);
    header.writeUInt32LE(size, 24);
    header.writeUInt16LE(name.length, 28);
    header.writeUInt32LE(at, 42);
    return Buffer.concat([header, name]);
  };
  const small = async (entryName: string, text: string) => {
    const name = Buffer.from(entryName);
    const data = Buffer.from(text, 'utf8');
    const body = deflateRawSync(data);
    const crc = crc32(data);
    central.push(centralHeader(name, crc, body.length, data.length, offset, false));
    await write(Buffer.concat([localHeader(name, crc, body.length, data.length, false), name, body]));
  };

  await small(
    '[Content_Types].xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`,
  );
  await small(
    '_rels/.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  await small(
    'xl/workbook.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Responses" sheetId="1" r:id="rId1"/></sheets></workbook>`,
  );
  await small(
    'xl/_rels/workbook.xml.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
  );

  // The sheet, streamed through a raw deflater.
  const sheetName = Buffer.from('xl/worksheets/sheet1.xml');
  const sheetAt = offset;
  await write(Buffer.concat([localHeader(sheetName, 0, 0, 0, true), sheetName]));
  const deflater = createDeflateRaw({ level: 6 });
  let compressed = 0;
  let size = 0;
  let crc = 0;
  const drained = (async () => {
    for await (const chunk of deflater) {
      compressed += (chunk as Buffer).length;
      await write(chunk as Buffer);
    }
  })();
  const feed = async (text: string) => {
    const data = Buffer.from(text, 'utf8');
    size += data.length;
    crc = crc32(data, crc);
    if (!deflater.write(data)) await once(deflater, 'drain');
  };
  await feed(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c><c r="E1" t="s"><v>4</v></c></row>`,
  );
  let piece = '';
  for (let index = 1; index <= spec.rows; index++) {
    const r = index + 1;
    const roll = next();
    let answer: string;
    let value = -1;
    if (roll < 0.01) {
      answer = '';
      expected.skipped.blank++;
    } else if (roll < 0.015) {
      answer = `<c r="C${r}" t="s"><v>5</v></c>`;
      expected.skipped.notANumber++;
    } else if (roll < 0.017) {
      answer = `<c r="C${r}"><v>11</v></c>`;
      expected.skipped.outOfRange++;
    } else {
      const pick = next() * total;
      value = cumulative.findIndex((limit) => pick < limit);
      answer = `<c r="C${r}"><v>${value}</v></c>`;
      expected.counts[value]!++;
    }
    const month = 1 + Math.floor(next() * 12);
    const day = 1 + Math.floor(next() * 28);
    const hour = Math.floor(next() * 24);
    const serial = (Date.UTC(2025, month - 1, day, hour, 15) - Date.UTC(1899, 11, 30)) / 86_400_000;
    if (value >= 0) {
      const key = `2025-${String(month).padStart(2, '0')}`;
      expected.months.set(key, (expected.months.get(key) ?? 0) + 1);
    }
    const reason = REASON_INDEX[Math.floor(next() * REASON_INDEX.length)] as number;
    const segment = SEGMENT_INDEX[Math.floor(next() * SEGMENT_INDEX.length)] as number;
    piece += `<row r="${r}"><c r="A${r}"><v>${100000 + index}</v></c><c r="B${r}" s="1"><v>${serial}</v></c>${answer}${reason >= 0 ? `<c r="D${r}" t="s"><v>${reason}</v></c>` : ''}<c r="E${r}" t="s"><v>${segment}</v></c></row>`;
    expected.rowsRead++;
    if (piece.length > 1 << 20) {
      await feed(piece);
      piece = '';
    }
  }
  await feed(`${piece}</sheetData></worksheet>`);
  deflater.end();
  await drained;
  const descriptor = Buffer.alloc(16);
  descriptor.writeUInt32LE(0x08074b50, 0);
  descriptor.writeUInt32LE(crc, 4);
  descriptor.writeUInt32LE(compressed, 8);
  descriptor.writeUInt32LE(size, 12);
  await write(descriptor);
  central.push(centralHeader(sheetName, crc, compressed, size, sheetAt, true));

  await small('xl/styles.xml', STYLES);
  const sst = SURVEY_STRINGS.map((text) => `<si><t${/\n/.test(text) ? ' xml:space="preserve"' : ''}>${escapeXml(text)}</t></si>`).join('');
  await small(
    'xl/sharedStrings.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${SURVEY_STRINGS.length}" uniqueCount="${SURVEY_STRINGS.length}">${sst}</sst>`,
  );

  const centralStart = offset;
  const directory = Buffer.concat(central);
  await write(directory);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(central.length, 8);
  end.writeUInt16LE(central.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(centralStart, 16);
  await write(end);
  out.end();
  await once(out, 'finish');
  expected.skipped.total = expected.skipped.blank + expected.skipped.notANumber + expected.skipped.outOfRange;
  return expected;
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  const [rows, path, seed] = process.argv.slice(2);
  if (!rows || !path) {
    console.error('usage: node_modules/.bin/node test/support/make-workbook.ts <rows> <out.xlsx> [seed]');
    process.exit(2);
  }
  const expected = await writeSurveyXlsx(path, { rows: Number(rows), seed: seed ? Number(seed) : 1 });
  console.log(JSON.stringify({ ...expected, months: Object.fromEntries(expected.months) }));
}
