/**
 * Workbooks (.xlsx, .ods) read end to end in Node through readSurvey, the worker's own path: each fixture gives
 * the exact counts, skip reasons, months and segments its generator wrote (test/fixtures/workbooks/
 * make-workbooks.ts counts them from the answers it writes, with no code of the reader). Also the parts on
 * their own: Excel date serials in both date systems against known dates, date formats, cell placement, the
 * ZIP reader against damaged archives, and every row of a generated sheet accounted for.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readSurvey } from '../src/lib/survey-import/read-survey.ts';
import { isDateFormat, isDateFormatCode, serialToIso } from '../src/lib/survey-import/excel-dates.ts';
import type { ImportOptions, ImportResult } from '../src/lib/survey-import/types.ts';
import { columnOf, type SheetContext, SheetHandler } from '../src/lib/survey-import/xlsx.ts';
import { XmlScanner } from '../src/lib/survey-import/xml-scan.ts';
import { BAD_FIXTURES, FIXTURES, fixtureFiles } from './fixtures/workbooks/make-workbooks.ts';
import { type Cell, xlsx } from './support/make-workbook.ts';

const dir = join(import.meta.dirname, 'fixtures/workbooks');
const blobOf = (name: string) => new Blob([readFileSync(join(dir, name))]);

async function read(name: string, options: ImportOptions = {}, sliceBytes?: number): Promise<ImportResult> {
  const outcome = await readSurvey(blobOf(name), options, sliceBytes ? { sliceBytes } : {});
  if (outcome.status !== 'result') throw new Error(`${name}: ${JSON.stringify(outcome)}`);
  return outcome.result;
}
const sum = (counts: readonly number[]) => counts.reduce((a, b) => a + b, 0);

describe('the committed fixtures are the generator’s output', () => {
  test.each(Object.entries(fixtureFiles()))('%s', (name, bytes) => {
    expect(readFileSync(join(dir, name)).equals(bytes)).toBe(true);
  });
});

describe('workbook fixtures: exact n, NPS and skip reasons', () => {
  test.each(Object.entries(FIXTURES))('%s', async (name, expected) => {
    for (const sliceBytes of [undefined, 97]) {
      const result = await read(name, {}, sliceBytes);
      expect(result.workbook?.sheets.map((sheet) => sheet.name)).toEqual(expected.sheetNames);
      expect(result.workbook?.sheet).toBe(expected.sheet);
      expect(result.workbook?.chosenBy).toBe(expected.chosenBy);
      expect(result.layout).toBe(expected.layout);
      expect(result.headerRows).toBe(expected.headerRows);
      expect(result.counts).toEqual(expected.counts);
      expect(sum(result.counts)).toBe(expected.n);
      const promoters = result.counts[9]! + result.counts[10]!;
      const detractors = sum(result.counts.slice(0, 7));
      expect((100 * (promoters - detractors)) / sum(result.counts)).toBeCloseTo(expected.nps, 12);
      expect(result.rowsRead).toBe(expected.rowsRead);
      expect(result.skipped).toEqual(expected.skipped);
      // Never lose a row: every data row is counted or skipped with a reason.
      expect(sum(result.counts) + result.skipped.total).toBe(result.rowsRead);
      expect(result.unreadable.total).toBe(0);
      expect(result.partial).toBeUndefined();
      if (expected.months) expect(Object.fromEntries(result.byMonth?.map((month) => [month.month, sum(month.counts)]) ?? [])).toEqual(expected.months);
      if (expected.segments) {
        const named = result.bySegment?.filter((segment) => !segment.kind) ?? [];
        expect(Object.fromEntries(named.map((segment) => [segment.segment, sum(segment.counts)]))).toEqual(expected.segments);
      }
    }
  });

  test('several sheets: the hidden sheet is never chosen by default; another sheet can be read', async () => {
    const first = await read('several-sheets.xlsx');
    expect(first.workbook?.sheets.map((sheet) => [sheet.hidden, sheet.survey, sheet.empty])).toEqual([
      [false, false, false],
      [true, true, false],
      [false, true, false],
      [false, false, false],
    ]);
    // Summary: scores 0..10 once each (counts beside them). P 2, D 7, n 11; no header mentions recommending.
    const summary = await read('several-sheets.xlsx', { sheet: 3 });
    expect(summary.workbook?.chosenBy).toBe('user');
    expect(summary.counts).toEqual(new Array(11).fill(1));
    expect(summary.columnGuessed).toBe(true);
    // The hidden sheet, when asked for: answers 1 2 3.
    const hidden = await read('several-sheets.xlsx', { sheet: 1 });
    expect(hidden.counts.slice(0, 4)).toEqual([0, 1, 1, 1]);
    // The note sheet has no 0–10 column: an error that still lists the sheets, so another can be chosen.
    const notes = await readSurvey(blobOf('several-sheets.xlsx'), { sheet: 0 });
    expect(notes).toMatchObject({ status: 'error', error: { code: 'no-answer-column', workbook: { sheet: 0 } } });
    expect(await readSurvey(blobOf('several-sheets.xlsx'), { sheet: 9 })).toMatchObject({ status: 'error', error: { code: 'bad-sheet' } });
  });

  test('several sheets: cells land in their columns, dates are dates, strings are decoded', async () => {
    const result = await read('several-sheets.xlsx');
    expect(result.column).toBe(2);
    expect(result.dateColumn).toBe(1);
    expect(result.commentColumn).toBe(3);
    expect(result.segmentColumn).toBe(4);
    expect(result.respondentColumn).toBe(0);
    // Detractors with their sheet row numbers (row 9 is not written: the rows after it keep their numbers).
    expect(result.detractors.map((d) => [d.line, d.answer, d.comment, d.date, d.segment, d.respondent])).toEqual([
      [4, 3, 'Too expensive', '2024-01-31', 'North', '1003'],
      [8, 6, 'Slow delivery', '2024-02-29', 'North', '1007'],
      [14, 0, 'Rich: never again', '2024-03-20', 'North', '1012'],
    ]);
    // Row 0's comment is a shared string written as rich text runs with a phonetic run, which is not text.
    expect(result.detractors.some((d) => d.comment.includes('PHONETIC'))).toBe(false);
  });

  test('a choice of column keeps the sheet (the panel pins it)', async () => {
    const result = await read('several-sheets.xlsx', { sheet: 2, column: 2, commentColumn: null });
    expect(result.commentColumn).toBeUndefined();
    expect(result.counts).toEqual(FIXTURES['several-sheets.xlsx']!.counts);
  });

  test('the 1904 date system', async () => {
    const result = await read('dates-1904.xlsx');
    expect(result.workbook?.date1904).toBe(true);
    expect(result.detractors.map((d) => d.date)).toEqual(['2023-11-30 23:59:00', '2023-12-31 18:00:00', '2024-01-20 08:15:00']);
  });

  test('Qualtrics: the 0–10 question, never its NPS group; the question text as header', async () => {
    const result = await read('qualtrics.xlsx');
    expect(result.column).toBe(4);
    expect(result.columns.map((c) => c.index)).not.toContain(5);
    expect(result.allColumns[4]?.header).toMatch(/^How likely is it that you would recommend Acme Bank/);
  });

  test('cells without references follow one another; an empty cell keeps its place', async () => {
    const result = await read('inline-no-refs.xlsx');
    expect(result.commentColumn).toBe(2);
    expect(result.detractors.map((d) => [d.line, d.comment, d.date])).toEqual([[5, 'Too fast', '2024/04/01 08:00:00 AM AST']]);
  });

  test('ODS: paragraphs, spaces and line breaks in text; repeated empty rows and cells', async () => {
    const result = await read('survey.ods');
    expect(result.detractors.map((d) => [d.line, d.answer, d.comment, d.segment])).toEqual([
      [3, 6, 'Trop cher', 'Belgique'],
      [9, 0, 'Ligne un\nligne deux', 'France'],
    ]);
    expect(result.allColumns.map((c) => c.header)).toEqual(['Date', 'Recommandation (0-10)', 'Commentaire', 'Pays']);
  });
});

describe('workbooks that cannot be read get a reason', () => {
  test.each(Object.entries(BAD_FIXTURES))('%s → %s', async (name, code) => {
    const outcome = await readSurvey(blobOf(name));
    expect(outcome.status).toBe('error');
    if (outcome.status === 'error') expect(outcome.error.code).toBe(code);
  });

  test('the ZIP header alone (the old workbook.xlsx fixture) is a damaged workbook', async () => {
    const outcome = await readSurvey(new Blob([readFileSync(join(import.meta.dirname, 'fixtures/exports/workbook.xlsx'))]));
    expect(outcome).toMatchObject({ status: 'error', error: { code: 'workbook-corrupt' } });
  });

  test('a workbook cut anywhere is an error or a partial result, never a throw or a lost row', async () => {
    const bytes = new Uint8Array(fixtureFiles()['several-sheets.xlsx'] as Buffer);
    for (let cut = 1; cut < bytes.length; cut += 97) {
      const outcome = await readSurvey(new Blob([bytes.subarray(0, cut)]));
      if (outcome.status === 'result') {
        expect(sum(outcome.result.counts) + outcome.result.skipped.total).toBe(outcome.result.rowsRead);
      } else expect(outcome.status).toBe('error');
    }
  });

  test('damaged deflate data in the sheet gives a partial result or an error naming the damage', async () => {
    const bytes = new Uint8Array(fixtureFiles()['several-sheets.xlsx'] as Buffer);
    // Overwrite bytes inside the third sheet's compressed data (its local header names it).
    const at = Buffer.from(bytes).indexOf('xl/worksheets/sheet3.xml') + 'xl/worksheets/sheet3.xml'.length + 40;
    bytes.fill(0xff, at, at + 30);
    const outcome = await readSurvey(new Blob([bytes]));
    if (outcome.status === 'error') expect(outcome.error.code).toMatch(/workbook-corrupt|no-answer-column|sheet-/);
    else {
      expect(outcome.status).toBe('result');
      if (outcome.status === 'result') expect(sum(outcome.result.counts) + outcome.result.skipped.total).toBe(outcome.result.rowsRead);
    }
  });
});

describe('Excel dates', () => {
  test('1900 system: known serials', () => {
    expect(serialToIso(1, false)).toBe('1900-01-01');
    expect(serialToIso(59, false)).toBe('1900-02-28');
    expect(serialToIso(60, false)).toBe('1900-02-29'); // Lotus' phantom day, kept as Excel shows it
    expect(serialToIso(61, false)).toBe('1900-03-01');
    expect(serialToIso(25569, false)).toBe('1970-01-01');
    expect(serialToIso(45292, false)).toBe('2024-01-01');
    expect(serialToIso(45351.5, false)).toBe('2024-02-29 12:00:00');
    expect(serialToIso(45351.99998, false)).toBe('2024-02-29 23:59:58');
    expect(serialToIso(2958465, false)).toBe('9999-12-31');
    expect(serialToIso(2958466, false)).toBeUndefined();
    expect(serialToIso(-1, false)).toBeUndefined();
  });
  test('1904 system: 1462 days fewer', () => {
    expect(serialToIso(0, true)).toBe('1904-01-01');
    expect(serialToIso(45292 - 1462, true)).toBe('2024-01-01');
    expect(serialToIso(24107, true)).toBe('1970-01-01');
  });
  test('date formats', () => {
    for (const id of [14, 15, 16, 17, 22, 45, 47]) expect(isDateFormat(id)).toBe(true);
    for (const id of [0, 1, 2, 9, 10, 11, 49]) expect(isDateFormat(id)).toBe(false);
    for (const code of ['yyyy-mm-dd', 'dd/mm/yyyy hh:mm', '[$-40C]d mmmm yyyy', 'm/d/yy;@', 'yyyy\\-mm\\-dd\\ hh:mm', '[Red]dd/mm/yy']) expect(isDateFormatCode(code)).toBe(true);
    for (const code of ['0.00', '"Score "0.0', '#,##0', '0%', '[h]:mm:ss', 'General', '0.00E+00', '"days"0', '@']) expect(isDateFormatCode(code)).toBe(false);
    // A custom id's code decides, even for an id Excel uses for a date built in.
    expect(isDateFormat(14, '0.00')).toBe(false);
  });
});

describe('sheet XML', () => {
  const context: SheetContext = { strings: ['zero', 'one'], dateStyles: [false, true], date1904: false };
  const rowsOf = (xml: string, pieces = 1) => {
    const rows: Array<[number, string[]]> = [];
    const empties: number[] = [];
    const scanner = new XmlScanner(new SheetHandler(context, { row: (cells, n) => rows.push([n, cells]), empty: (n) => empties.push(n) }));
    const size = Math.ceil(xml.length / pieces);
    for (let at = 0; at < xml.length; at += size) scanner.push(xml.slice(at, at + size));
    scanner.end();
    return { rows, empties };
  };

  test('column letters', () => {
    expect(['A1', 'Z9', 'AA1', 'AZ3', 'BA1', 'XFD1048576', '1'].map(columnOf)).toEqual([0, 25, 26, 51, 52, 16383, -1]);
  });

  test('sparse cells, every cell type, prefixes, entities, cut anywhere', () => {
    const xml =
      '<?xml version="1.0"?><x:worksheet xmlns:x="s"><x:sheetData>' +
      '<x:row r="2"><x:c r="B2" t="s"><x:v>1</x:v></x:c><x:c r="E2"><x:v>9</x:v></x:c></x:row>' +
      '<x:row r="3"><x:c r="A3" t="inlineStr"><x:is><x:r><x:t>a &amp; b</x:t></x:r><x:r><x:t xml:space="preserve"> c_x000D_</x:t></x:r></x:is></x:c><x:c t="b"><x:v>1</x:v></x:c><x:c t="e"><x:v>#N/A</x:v></x:c><x:c s="1"><x:v>45292.25</x:v></x:c><x:c><x:v>1E-3</x:v></x:c><x:c t="str"><x:f>A1&amp;"x"</x:f><x:v>&lt;ok&gt;</x:v></x:c></x:row>' +
      '<x:row r="4"><x:c r="C4" s="1"/></x:row><x:row r="6"/>' +
      '<!-- a comment with <c> inside --><x:row><x:c r="A7"><x:v>10</x:v></x:c></x:row>' +
      '</x:sheetData><x:mergeCells/></x:worksheet>';
    for (const pieces of [1, 3, 17, xml.length]) {
      expect(rowsOf(xml, pieces)).toEqual({
        rows: [
          [2, ['', 'one', '', '', '9']],
          [3, ['a & b c\r', 'TRUE', '#N/A', '2024-01-01 06:00:00', '0.001', '<ok>']],
          [7, ['10']],
        ],
        empties: [4, 6],
      });
    }
  });
});

describe('a generated sheet: every row accounted for', () => {
  test('2,000 rows with blanks, text, errors, out-of-range values and rows left out', async () => {
    // Seeded draws; the expectation is tallied here as the cells are written.
    let state = 12345;
    const next = () => (state = (state * 1103515245 + 12345) >>> 0) / 4294967296;
    const rows: (Cell[] | null)[] = [['Response date', 'Likelihood to recommend', 'Team']];
    const counts = new Array<number>(11).fill(0);
    const skipped = { blank: 0, notANumber: 0, outOfRange: 0 };
    let data = 0;
    for (let i = 0; i < 2_000; i++) {
      const roll = next();
      if (roll < 0.03) {
        rows.push(null); // a row not written
        continue;
      }
      let answer: Cell;
      if (roll < 0.06) {
        answer = null;
        skipped.blank++;
      } else if (roll < 0.08) {
        answer = { error: '#DIV/0!' };
        skipped.notANumber++;
      } else if (roll < 0.1) {
        answer = 'none';
        skipped.notANumber++;
      } else if (roll < 0.12) {
        answer = 12;
        skipped.outOfRange++;
      } else {
        const value = Math.floor(next() * 11);
        answer = value;
        counts[value]!++;
      }
      data++;
      rows.push([{ serial: 45292 + Math.floor(next() * 366) }, answer, next() < 0.5 ? 'Red' : 'Blue']);
    }
    const outcome = await readSurvey(new Blob([new Uint8Array(xlsx({ sheets: [{ name: 'Data', rows }] }))]), {}, { sliceBytes: 4096 });
    expect(outcome.status).toBe('result');
    if (outcome.status !== 'result') return;
    expect(outcome.result.counts).toEqual(counts);
    expect(outcome.result.rowsRead).toBe(data);
    expect(outcome.result.skipped).toEqual({ ...skipped, total: skipped.blank + skipped.notANumber + skipped.outOfRange });
    expect(sum(outcome.result.byMonth?.map((month) => sum(month.counts)) ?? [])).toBe(sum(counts));
  });
});

describe('a workbook and the CSV of the same cells give the same result', () => {
  // Same header and cells, written once as a workbook and once as CSV: every figure of the import must agree,
  // with the analyst options too (keep each respondent's latest answer), since both feed the one plan and tally.
  const header = ['Customer ID', 'Date', 'How likely are you to recommend us?', 'Comment', 'Segment'];
  const rows: (string | number)[][] = [];
  let state = 99;
  const next = () => (state = (state * 1103515245 + 12345) >>> 0) / 4294967296;
  for (let i = 0; i < 400; i++) {
    const answer = next() < 0.05 ? '' : next() < 0.03 ? 'n/a' : Math.floor(next() * 11);
    rows.push([
      `C${100 + Math.floor(next() * 150)}`,
      `2024-${String(1 + Math.floor(next() * 12)).padStart(2, '0')}-${String(1 + Math.floor(next() * 28)).padStart(2, '0')}`,
      answer,
      next() < 0.5 ? 'Too slow' : 'Fine',
      next() < 0.5 ? 'Retail' : 'Business',
    ]);
  }
  const csv = [header, ...rows].map((row) => row.join(',')).join('\n') + '\n';
  const book = new Uint8Array(xlsx({ sheets: [{ name: 'Data', rows: [header, ...rows.map((row) => row.map((cell): Cell => (cell === '' ? null : cell)))] }] }));
  const comparable = (result: ImportResult) => {
    const { bytes: _bytes, workbook: _workbook, delimiter: _delimiter, encoding: _encoding, ...rest } = result;
    return rest;
  };
  test.each([{}, { keepLatest: true }])('options %o', async (options) => {
    const fromCsv = await readSurvey(new Blob([csv]), options);
    const fromBook = await readSurvey(new Blob([book]), options);
    expect(fromCsv.status).toBe('result');
    expect(fromBook.status).toBe('result');
    if (fromCsv.status !== 'result' || fromBook.status !== 'result') return;
    expect(comparable(fromBook.result)).toEqual(comparable(fromCsv.result));
    if (options.keepLatest) expect(fromBook.result.respondents?.repeats).toBeGreaterThan(0);
  });
});
