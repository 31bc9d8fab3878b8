/**
 * The data loader under hostile files (issue 9 items 7, 9 and 10): encodings, delimiters, blank lines,
 * emptied cells, empty files and broken headers each give one clear message in the house format.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { loadData } from '../src/data/load-dataset.ts';
import { DataError, formatIssue } from '../src/lib/data-issues.ts';
import { checkHeader, firstInvalidUtf8 } from '../src/lib/csv.ts';
import { validateData } from '../src/lib/dataset.ts';
import { TABLES, type TableName } from '../src/lib/schema.ts';

const TODAY = '2026-11-23';
const fixtureRoot = join(import.meta.dirname, 'fixtures/valid');
const readFixture = (): Record<TableName, string | Uint8Array> =>
  Object.fromEntries(Object.entries(TABLES).map(([name, spec]) => [name, readFileSync(join(fixtureRoot, spec.file))])) as unknown as Record<TableName, Uint8Array>;
const text = (bytes: string | Uint8Array) => (typeof bytes === 'string' ? bytes : new TextDecoder().decode(bytes));

function issuesAfter(edit: (files: Record<TableName, string | Uint8Array>) => void): string[] {
  const files = readFixture();
  edit(files);
  return validateData(files, TODAY).issues.map(formatIssue);
}

const SAVE_AS =
  'save it as UTF-8 with commas: in LibreOffice, File > Save As > Text CSV, "Edit filter settings", character set "Unicode (UTF-8)" and field delimiter ","; in Excel, "CSV UTF-8 (Comma delimited)"';

const utf16le = (value: string, bom: boolean) => {
  const body = Buffer.from(value, 'utf16le');
  return bom ? Buffer.concat([Buffer.from([0xff, 0xfe]), body]) : body;
};

describe('encoding (item 7)', () => {
  test('a Windows-1252 file (French Excel\'s "CSV") is an error naming the file, the first bad line and how to save as UTF-8', () => {
    const issues = issuesAfter((f) => {
      f.sectors = Buffer.from(text(f.sectors), 'latin1'); // é is one byte, 0xE9, in Windows-1252
    });
    expect(issues).toEqual([
      `data/sectors.csv line 2 [encoding]: is not UTF-8 (byte 0xE9 here is not UTF-8; read as Windows-1252, the encoding of Excel's plain "CSV", it gives the text shown): ${SAVE_AS}, found "telecom,Telecom,Télécoms,\\"Mobile, broadband and TV operat"`,
    ]);
  });

  test('the line is the spreadsheet row of the first bad byte, after a multi-line quoted cell', () => {
    const issues = issuesAfter((f) => {
      const edited = text(f.sectors).replace('Telecom operators.', '"Telecom\noperators."').replace('Banques de détail.', 'Banques de d\u00e9tail.');
      const bytes = Buffer.from(edited, 'utf8');
      const bad = Buffer.from(edited.slice(edited.lastIndexOf('Banques')), 'latin1');
      f.sectors = Buffer.concat([bytes.subarray(0, Buffer.byteLength(edited.slice(0, edited.lastIndexOf('Banques')))), bad]);
    });
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatch(/^data\/sectors\.csv line 3 \[encoding\]: is not UTF-8 .*found ".*Banques de détail\."$/);
  });

  test.each([
    ['with', true],
    ['without', false],
  ])('a UTF-16 file %s a byte-order mark is one clear error, and no NUL byte is printed', (_, bom) => {
    const issues = issuesAfter((f) => {
      f.companies = utf16le(text(f.companies), bom);
    });
    expect(issues).toEqual([`data/companies.csv line 1 [encoding]: is saved as UTF-16 (Excel's "Unicode Text"), not UTF-8: ${SAVE_AS}`]);
    expect(issues.join('')).not.toContain('\u0000');
  });

  test('UTF-8 with or without a byte-order mark is accepted', () => {
    expect(issuesAfter((f) => (f.sectors = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), f.sectors as Uint8Array])))).toEqual([]);
  });

  test('the UTF-8 check rejects what TextDecoder would replace, and accepts every valid sequence', () => {
    const valid = Buffer.from('aé€😀\u{10ffff}', 'utf8');
    expect(firstInvalidUtf8(valid)).toBe(-1);
    for (const bad of [[0xe9], [0xc0, 0x80], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xe2, 0x82], [0x80]]) {
      expect(firstInvalidUtf8(Uint8Array.from([0x61, ...bad]))).toBe(1);
      expect(() => new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(bad))).toThrow();
    }
  });

  test('a ";"-delimited file is refused as a whole, in one message', () => {
    const issues = issuesAfter((f) => {
      f.companies = 'id;name;sector;country\nfree;Free;telecom;FR\norange;Orange;telecom;FR\n';
    });
    expect(issues).toEqual([`data/companies.csv line 1 [delimiter]: separates cells with semicolons (";"), data files use commas: ${SAVE_AS}, found "id;name;sector;country"`]);
  });

  test('a tab-separated file is refused the same way, and NUL bytes in a UTF-8 file are named, never printed', () => {
    expect(issuesAfter((f) => (f.companies = 'id\tname\tsector\tcountry\nfree\tFree\ttelecom\tFR\n'))).toEqual([
      `data/companies.csv line 1 [delimiter]: separates cells with tabs, data files use commas: ${SAVE_AS}, found "id\\tname\\tsector\\tcountry"`,
    ]);
    const nul = issuesAfter((f) => (f.companies = Buffer.from(text(f.companies).replace('orange,Orange', 'orange,Ora\u0000nge'))));
    expect(nul).toEqual(['data/companies.csv line 3 [encoding]: holds NUL bytes, so it is not a text file: save it again as CSV UTF-8']);
  });

  describe('loadData reads bytes from disk', () => {
    const root = mkdtempSync(join(tmpdir(), 'nps-atlas-data-'));
    afterAll(() => rmSync(root, { recursive: true, force: true }));
    test('a Windows-1252 sectors.csv fails the load with the encoding problem', () => {
      cpSync(fixtureRoot, root, { recursive: true });
      const sectors = join(root, 'data/sectors.csv');
      writeFileSync(sectors, Buffer.from(readFileSync(sectors, 'utf8'), 'latin1'));
      expect(() => loadData(root, TODAY)).toThrow(DataError);
      expect(() => loadData(root, TODAY)).toThrow(/data\/sectors\.csv line 2 \[encoding\]: is not UTF-8/);
    });
  });
});

describe('line numbers (item 9)', () => {
  test('blank lines count as spreadsheet rows, so a problem after one is on the right line', () => {
    const issues = issuesAfter((f) => {
      f.observations = text(f.observations).replace('\norange-seed,', '\n\n,,,,\norange-seed,').replace('exact,35,', 'exact,135,');
    });
    // header 1, free-2017 2, blank 3, empty cells 4, orange-seed 5
    expect(issues).toEqual(['data/observations.csv line 5 (orange-seed) column nps (H) [range]: must be between -100 and 100, found "135"']);
  });
});

describe('messages (item 10)', () => {
  test('an emptied required cell says it is required, what it must hold, and shows the empty value', () => {
    const issues = issuesAfter((f) => {
      f.sources = text(f.sources).replace(',Fixture telecom survey,', ',,').replace(',2026,A,', ',2026,,');
      f.observations = text(f.observations).replace('exact,29,', 'exact,,').replace(',fixture-blog,seed-orange', ',,seed-orange');
    });
    expect(issues).toEqual([
      'data/observations.csv line 2 (free-2017) column nps (H) [required]: is required but empty: write a number with digits and "." (no %, no spaces), found ""',
      'data/observations.csv line 3 (orange-seed) column source (R) [required]: is required but empty: it must be a lower-case kebab slug such as "retail-banking", found ""',
      'data/sources.csv line 2 (fixture-survey) column grade (H) [required]: is required but empty: it must be one of A, B, C, D, found ""',
      'data/sources.csv line 2 (fixture-survey) column title (C) [required]: is required but empty: fill in a value, found ""',
    ]);
  });

  test.each(['', '\uFEFF', '\n\n', '   \r\n'])("an empty file (%j) gives one message, without PapaParse's delimiter guess", (empty) => {
    const issues = issuesAfter((f) => {
      f.companies = empty;
    });
    expect(issues).toEqual(['data/companies.csv line 1 [empty]: the file is empty: it needs at least the header row id,name,sector,country,aliases']);
  });

  test('a renamed header is one message naming the expected and found columns and the likely rename', () => {
    const issues = issuesAfter((f) => {
      f.observations = text(f.observations).replace(',period,', ',perod,');
    });
    expect(issues).toHaveLength(1);
    expect(issues[0]).toBe(
      `data/observations.csv line 1 [header]: column N is "perod" where "period" is expected (renamed?); the header must be ${Object.keys(TABLES.observations.schema.shape).join(',')} (rows are checked once it is fixed), found "${Object.keys(TABLES.observations.schema.shape).join(',').replace(',period,', ',perod,')}"`,
    );
  });

  test('on the real data, one renamed or removed column gives one problem, not one per row', () => {
    const real = Object.fromEntries(Object.entries(TABLES).map(([name, spec]) => [name, readFileSync(join(import.meta.dirname, '..', spec.file), 'utf8')])) as Record<
      TableName,
      string
    >;
    const renamed = { ...real, observations: real.observations.replace(/^(.*?),period,/, '$1,perod,') };
    expect(validateData(renamed, TODAY).issues).toHaveLength(1);
    const idRenamed = { ...real, companies: real.companies.replace(/^id,/, 'ident,') };
    expect(validateData(idRenamed, TODAY).issues.map(formatIssue)).toEqual([
      'data/companies.csv line 1 [header]: column A is "ident" where "id" is expected (renamed?); the header must be id,name,sector,country,aliases (rows are checked once it is fixed), found "ident,name,sector,country,aliases"',
    ]);
    const lines = real.sources.split('\n');
    const grade = lines[0]!.split(',').indexOf('grade');
    expect(grade).toBeGreaterThan(0);
    // drop the grade column by position (no cell before it holds a quoted comma in the header row)
    const removed = {
      ...real,
      sources: lines
        .map((line, i) =>
          i === 0
            ? line
                .split(',')
                .filter((_, j) => j !== grade)
                .join(',')
            : line,
        )
        .join('\n'),
    };
    expect(validateData(removed, TODAY).issues.map(formatIssue)).toEqual([
      expect.stringMatching(/^data\/sources\.csv line 1 \[header\]: column "grade" is missing; the header must be /),
    ]);
  });

  test('checkHeader pairs renames by place or spelling, and reports unknown and doubled columns', () => {
    expect(checkHeader(['id', 'name'], ['id', 'name'])).toBeUndefined();
    expect(checkHeader(['id', 'name', 'sector'], ['id', 'Name', 'sectr'])?.message).toBe(
      'column B is "Name" where "name" is expected (renamed?); column C is "sectr" where "sector" is expected (renamed?)',
    );
    expect(checkHeader(['id', 'name'], ['id', 'name', 'extra'])).toEqual({ message: 'column C "extra" is not a column of this file', fatal: false });
    expect(checkHeader(['id', 'name'], ['id', 'name', 'name'])).toEqual({ message: 'column "name" appears twice', fatal: true });
  });
});
