import Papa from 'papaparse';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  type CsvCell,
  type CsvFormat,
  ENGLISH_CSV,
  FRENCH_CSV,
  OPEN_DATA_CSV,
  csvCell,
  csvFormatFor,
  neutraliseText,
  plainNumber,
  writeCsv,
  writeRecordsCsv,
} from '../src/lib/csv-write.ts';

/** Parse a written file back the way a spreadsheet set to that delimiter would. */
function parseBack(text: string, format: CsvFormat): string[][] {
  expect(text.startsWith('\uFEFF')).toBe(format.bom);
  const body = format.bom ? text.slice(1) : text;
  expect(body.endsWith('\r\n')).toBe(true);
  const parsed = Papa.parse<string[]>(body.slice(0, -2), { delimiter: format.delimiter, newline: '\r\n', skipEmptyLines: false });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

/** A cell written as a number, read back in the format's locale. */
const readNumber = (cell: string, format: CsvFormat) => Number(format.decimal === ',' ? cell.replace(',', '.') : cell);

describe('formats', () => {
  test('English pages get , and ., French pages ; and a decimal comma; both a BOM; open data none', () => {
    expect(csvFormatFor('en')).toEqual({ delimiter: ',', decimal: '.', bom: true });
    expect(csvFormatFor('fr')).toEqual({ delimiter: ';', decimal: ',', bom: true });
    expect(OPEN_DATA_CSV).toEqual({ delimiter: ',', decimal: '.', bom: false });
  });
});

describe('neutraliseText', () => {
  test.each(['=HYPERLINK("http://x")', '+1+1', '-2+3+cmd|" /C calc"!A0', '@SUM(A1)', '\t=1', '\r=1', '-3'])('prefixes %j with an apostrophe', (text) => {
    expect(neutraliseText(text)).toBe(`'${text}`);
  });
  test('leaves ordinary text alone, including a formula character later in the cell', () => {
    for (const text of ['Orange', '28.4', '', 'Fine = good', 'a;=1+1']) expect(neutraliseText(text)).toBe(text);
  });
});

describe('csvCell', () => {
  test("a negative number stays a number in both languages (never '-3)", () => {
    expect(csvCell(-3, ENGLISH_CSV)).toBe('-3');
    expect(csvCell(-7.5, ENGLISH_CSV)).toBe('-7.5');
    expect(csvCell(-7.5, FRENCH_CSV)).toBe('"-7,5"');
    expect(csvCell(28.4, FRENCH_CSV)).toBe('"28,4"');
    expect(csvCell(30, FRENCH_CSV)).toBe('30');
  });
  test('every cell holding either delimiter, a quote or a line break is quoted, in both languages', () => {
    for (const format of [ENGLISH_CSV, FRENCH_CSV, OPEN_DATA_CSV]) {
      expect(csvCell('a,b', format)).toBe('"a,b"');
      expect(csvCell('Slow; very slow', format)).toBe('"Slow; very slow"');
      expect(csvCell('say "hi"', format)).toBe('"say ""hi"""');
      expect(csvCell('two\nlines', format)).toBe('"two\nlines"');
      expect(csvCell('two\r\nlines', format)).toBe('"two\r\nlines"');
    }
  });
  test('formula-like text is neutralised, and quoted when it holds a delimiter', () => {
    expect(csvCell(';=1+1', FRENCH_CSV)).toBe('";=1+1"');
    expect(csvCell('=1+1;2', FRENCH_CSV)).toBe(`"'=1+1;2"`);
    expect(csvCell('=HYPERLINK("http://x","y")', ENGLISH_CSV)).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
  });
  test('empty for null, undefined, false and non-finite numbers; yes for true', () => {
    for (const value of [null, undefined, false, Number.NaN, Number.POSITIVE_INFINITY]) expect(csvCell(value, ENGLISH_CSV)).toBe('');
    expect(csvCell(true, FRENCH_CSV)).toBe('yes');
  });
  test('numbers are written unrounded and never in exponent notation', () => {
    expect(csvCell(100 / 3, ENGLISH_CSV)).toBe(String(100 / 3));
    expect(plainNumber(1e-7)).toBe('0.0000001');
    expect(plainNumber(-1.5e-7, ',')).toBe('-0,00000015');
    expect(plainNumber(1.25e21)).toBe('1250000000000000000000');
    expect(plainNumber(-0)).toBe('0');
  });
});

describe('writeCsv', () => {
  const rows: CsvCell[][] = [
    ['item', 'value', 'note'],
    ['NPS', -12.5, 'Slow; =1+1'],
    ['=cmd|calc', 0, '-dash'],
  ];
  test('English: BOM, commas, decimal points, CRLF', () => {
    expect(writeCsv(rows, ENGLISH_CSV)).toBe(`\uFEFFitem,value,note\r\nNPS,-12.5,"Slow; =1+1"\r\n'=cmd|calc,0,'-dash\r\n`);
  });
  test('French: BOM, semicolons, decimal commas, CRLF', () => {
    expect(writeCsv(rows, FRENCH_CSV)).toBe(`\uFEFFitem;value;note\r\nNPS;"-12,5";"Slow; =1+1"\r\n'=cmd|calc;0;'-dash\r\n`);
  });
  test('records: a header, yes for true flags, blank for absent values', () => {
    const text = writeRecordsCsv(
      ['id', 'nps', 'approximate', 'note'],
      [
        { id: 'a', nps: -3, approximate: true },
        { id: '=b', nps: 4.5, approximate: false, note: 'x,y' },
      ],
      OPEN_DATA_CSV,
    );
    expect(text).toBe(`id,nps,approximate,note\r\na,-3,yes,\r\n'=b,4.5,,"x,y"\r\n`);
  });

  const cell = fc.oneof(
    fc.string({ unit: fc.constantFrom('a', 'é', ',', ';', '"', '\n', '\r', '\t', '=', '+', '-', '@', ' ', '1', '.', '|') }),
    fc.string(),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.integer({ min: -100, max: 100 }),
  );
  test.each([
    ['English', ENGLISH_CSV],
    ['French', FRENCH_CSV],
    ['open data', OPEN_DATA_CSV],
  ] as const)('%s: every cell round-trips through PapaParse with the delimiter written, numbers read as numbers (property)', (_, format) => {
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 6 }), (rows) => {
        const parsed = parseBack(writeCsv(rows, format), format);
        expect(parsed).toHaveLength(rows.length);
        parsed.forEach((row, i) => {
          expect(row).toHaveLength(3);
          row.forEach((text, j) => {
            const original = rows[i]![j]!;
            if (typeof original === 'number') {
              expect(text).toMatch(format.decimal === ',' ? /^-?\d+(,\d+)?$/ : /^-?\d+(\.\d+)?$/);
              expect(readNumber(text, format)).toBe(original === 0 ? 0 : original);
            } else {
              expect(text).toBe(/^[=+\-@\t\r]/.test(original) ? `'${original}` : original);
              expect(/^[=+\-@\t\r]/.test(text)).toBe(false);
            }
          });
        });
      }),
      { examples: [[[[0, '||', '']]], [[[-0, ';=1+1', 'a\r\nb']]]] },
    );
  });
});
