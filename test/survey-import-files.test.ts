/**
 * Each export fixture read end to end (sniff → plan → PapaParse stream → tally) in Node, through the same
 * code the browser worker runs. Expected figures are counted by hand from the answers listed in
 * test/fixtures/exports/make-exports.ts (promoters P, passives A, detractors D; NPS = (P − D) / n × 100).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readSurvey, type ReadOutcome } from '../src/lib/survey-import/read-survey.ts';
import { countsFromAnswers, npsFromCounts } from '../src/lib/nps-stats.ts';
import type { ImportOptions, ImportResult } from '../src/lib/survey-import/types.ts';
import { surveyCsvBlob } from './support/make-survey-csv.ts';

const dir = join(import.meta.dirname, 'fixtures/exports');
const blobOf = (name: string) => new Blob([readFileSync(join(dir, name))]);

async function read(name: string, options: ImportOptions = {}, sliceBytes?: number): Promise<ImportResult> {
  const outcome = await readSurvey(blobOf(name), options, sliceBytes ? { sliceBytes } : {});
  if (outcome.status !== 'result') throw new Error(`${name}: ${JSON.stringify(outcome)}`);
  return outcome.result;
}

const n = (r: ImportResult) => r.counts.reduce((a, b) => a + b, 0);
const nps = (r: ImportResult) => npsFromCounts(countsFromAnswers(r.counts));
const groups = (counts: number[]) => countsFromAnswers(counts);

interface Expected {
  file: string;
  layout: ImportResult['layout'];
  encoding: ImportResult['encoding'];
  delimiter: ImportResult['delimiter'];
  headerRows: number;
  column: number;
  promoters: number;
  passives: number;
  detractors: number;
  n: number;
  nps: number;
  rowsRead: number;
  skipped: { blank: number; notANumber: number; outOfRange: number };
}

// Hand counts. Answers per file are listed beside each fixture in make-exports.ts.
const EXPECTED: Expected[] = [
  // 10 9 8 6 10 3 7 9 _ 0 9 5 → P 5 (10 9 10 9 9), A 2 (8 7), D 4 (6 3 0 5), 1 blank
  {
    file: 'surveymonkey.csv',
    layout: 'surveymonkey',
    encoding: 'utf-8',
    delimiter: ',',
    headerRows: 2,
    column: 9,
    promoters: 5,
    passives: 2,
    detractors: 4,
    n: 11,
    nps: (100 * (5 - 4)) / 11,
    rowsRead: 12,
    skipped: { blank: 1, notANumber: 0, outOfRange: 0 },
  },
  // 9 10 7 2 8 10 9 4 6 10 9 8 _ 1 10 → P 7, A 3 (7 8 8), D 4 (2 4 6 1), 1 blank
  {
    file: 'qualtrics.csv',
    layout: 'qualtrics',
    encoding: 'utf-8',
    delimiter: ',',
    headerRows: 3,
    column: 17,
    promoters: 7,
    passives: 3,
    detractors: 4,
    n: 14,
    nps: (100 * (7 - 4)) / 14,
    rowsRead: 15,
    skipped: { blank: 1, notANumber: 0, outOfRange: 0 },
  },
  // 10 9 9 0 7 10 6 8 10 3 _ → P 5, A 2, D 3, 1 blank
  {
    file: 'typeform.csv',
    layout: 'typeform',
    encoding: 'utf-8',
    delimiter: ',',
    headerRows: 1,
    column: 1,
    promoters: 5,
    passives: 2,
    detractors: 3,
    n: 10,
    nps: 20,
    rowsRead: 11,
    skipped: { blank: 1, notANumber: 0, outOfRange: 0 },
  },
  // 9 10L 8 7 0L 10L 5 9 6 n/a 9 10 → P 6 (9 10 10 9 9 10), A 2, D 3 (0 5 6), 1 not a number
  {
    file: 'google-forms-en.csv',
    layout: 'google-forms',
    encoding: 'utf-8',
    delimiter: ',',
    headerRows: 1,
    column: 2,
    promoters: 6,
    passives: 2,
    detractors: 3,
    n: 11,
    nps: (100 * (6 - 3)) / 11,
    rowsRead: 12,
    skipped: { blank: 0, notANumber: 1, outOfRange: 0 },
  },
  // 10 9 0L 8 7 9 _ 4 10L 6 9 11 → P 5, A 2, D 3 (0 4 6), 1 blank, 1 out of range
  {
    file: 'google-forms-fr.csv',
    layout: 'google-forms',
    encoding: 'utf-8',
    delimiter: ',',
    headerRows: 1,
    column: 2,
    promoters: 5,
    passives: 2,
    detractors: 3,
    n: 10,
    nps: 20,
    rowsRead: 12,
    skipped: { blank: 1, notANumber: 0, outOfRange: 1 },
  },
  // 9.0 10 3 " 8 " 9 10 2 7 10 8.5 → P 5, A 2, D 2, 1 out of range (8.5)
  {
    file: 'plain.csv',
    layout: 'plain',
    encoding: 'utf-8',
    delimiter: ',',
    headerRows: 1,
    column: 1,
    promoters: 5,
    passives: 2,
    detractors: 2,
    n: 9,
    nps: (100 * (5 - 2)) / 9,
    rowsRead: 10,
    skipped: { blank: 0, notANumber: 0, outOfRange: 1 },
  },
  // 10 9 8 7 6 0 10 9 3 5 → P 4, A 2, D 4: NPS 0
  {
    file: 'plain-numbers.txt',
    layout: 'plain',
    encoding: 'utf-8',
    delimiter: ',',
    headerRows: 0,
    column: 0,
    promoters: 4,
    passives: 2,
    detractors: 4,
    n: 10,
    nps: 0,
    rowsRead: 10,
    skipped: { blank: 0, notANumber: 0, outOfRange: 0 },
  },
  // 10 10 9 8 0 1 7 10 → P 4, A 2, D 2
  {
    file: 'plain.tsv',
    layout: 'plain',
    encoding: 'utf-8',
    delimiter: '\t',
    headerRows: 1,
    column: 1,
    promoters: 4,
    passives: 2,
    detractors: 2,
    n: 8,
    nps: 25,
    rowsRead: 8,
    skipped: { blank: 0, notANumber: 0, outOfRange: 0 },
  },
  // 9 10 7 5 10 8 2 9 _ N/A 9 10 → P 6, A 2, D 2, 1 blank, 1 not a number
  {
    file: 'excel-fr-semicolon-1252.csv',
    layout: 'plain',
    encoding: 'windows-1252',
    delimiter: ';',
    headerRows: 1,
    column: 1,
    promoters: 6,
    passives: 2,
    detractors: 2,
    n: 10,
    nps: 40,
    rowsRead: 12,
    skipped: { blank: 1, notANumber: 1, outOfRange: 0 },
  },
  // 10 9 9 7 4 10 → P 4, A 1, D 1
  {
    file: 'utf8-bom.csv',
    layout: 'plain',
    encoding: 'utf-8-bom',
    delimiter: ',',
    headerRows: 1,
    column: 1,
    promoters: 4,
    passives: 1,
    detractors: 1,
    n: 6,
    nps: 50,
    rowsRead: 6,
    skipped: { blank: 0, notANumber: 0, outOfRange: 0 },
  },
  // 8 9 "10" 6 10 3 9 0 → P 4, A 1, D 3
  {
    file: 'crlf-quoted.csv',
    layout: 'plain',
    encoding: 'utf-8',
    delimiter: ',',
    headerRows: 1,
    column: 1,
    promoters: 4,
    passives: 1,
    detractors: 3,
    n: 8,
    nps: 12.5,
    rowsRead: 8,
    skipped: { blank: 0, notANumber: 0, outOfRange: 0 },
  },
  // counted: 10 9 7 0 6 9.0 10 9 8 7 3 10 9 10 2 8 → P 8, A 4, D 4; blank 2 ("", "  "),
  // not a number 5 (n/a, Yes, 10 points, 5-6, "1,000"), out of range 4 (11, -1, 8.5, 100)
  {
    file: 'messy.csv',
    layout: 'plain',
    encoding: 'utf-8',
    delimiter: ',',
    headerRows: 1,
    column: 1,
    promoters: 8,
    passives: 4,
    detractors: 4,
    n: 16,
    nps: 25,
    rowsRead: 27,
    skipped: { blank: 2, notANumber: 5, outOfRange: 4 },
  },
  // 10 9 6 8 10 → P 3, A 1, D 1
  {
    file: 'excel-unicode-text.txt',
    layout: 'plain',
    encoding: 'utf-16le',
    delimiter: '\t',
    headerRows: 1,
    column: 1,
    promoters: 3,
    passives: 1,
    detractors: 1,
    n: 5,
    nps: 40,
    rowsRead: 5,
    skipped: { blank: 0, notANumber: 0, outOfRange: 0 },
  },
  // sep=; line + header; 9 3 10 10 → P 3, D 1
  {
    file: 'sep-line.csv',
    layout: 'plain',
    encoding: 'utf-8',
    delimiter: ';',
    headerRows: 2,
    column: 0,
    promoters: 3,
    passives: 0,
    detractors: 1,
    n: 4,
    nps: 50,
    rowsRead: 4,
    skipped: { blank: 0, notANumber: 0, outOfRange: 0 },
  },
];

describe('export fixtures: exact n, NPS and skipped rows', () => {
  test.each(EXPECTED)('$file', async (expected) => {
    const result = await read(expected.file);
    expect(result).toMatchObject({
      layout: expected.layout,
      encoding: expected.encoding,
      delimiter: expected.delimiter,
      headerRows: expected.headerRows,
      column: expected.column,
      rowsRead: expected.rowsRead,
      skipped: { ...expected.skipped, total: expected.skipped.blank + expected.skipped.notANumber + expected.skipped.outOfRange },
    });
    expect(groups(result.counts)).toEqual({ promoters: expected.promoters, passives: expected.passives, detractors: expected.detractors });
    expect(n(result)).toBe(expected.n);
    expect(nps(result)).toBeCloseTo(expected.nps, 9);
    expect(n(result) + result.skipped.total).toBe(result.rowsRead);
  });

  test.each(EXPECTED)('$file reads the same in 7-byte slices (split characters, CRLF and quotes)', async (expected) => {
    const whole = await read(expected.file);
    const sliced = await read(expected.file, {}, 7);
    expect(sliced).toEqual(whole);
  });
});

describe('what each layout brings beyond the score', () => {
  test('SurveyMonkey: month/day dates, plan segments, reasons, respondent ids; the quoted line break stays in one row', async () => {
    const r = await read('surveymonkey.csv');
    expect(r).toMatchObject({ dateColumn: 3, dateOrder: 'mdy', segmentColumn: 11, commentColumn: 10, respondentColumn: 0, undated: 0 });
    // Feb: 10 9 8; Mar: 6 10 3 7 9 0 9 5 (the blank row is not counted).
    expect(r.byMonth?.map((m) => [m.month, groups(m.counts)])).toEqual([
      ['2024-02', { promoters: 2, passives: 1, detractors: 0 }],
      ['2024-03', { promoters: 3, passives: 1, detractors: 4 }],
    ]);
    // Basic: 9 10 9 0; Pro: 10 8 3 5 (+ a blank); Team: 6 7 9.
    expect(r.bySegment?.map((s) => [s.segment, groups(s.counts)])).toEqual([
      ['Basic', { promoters: 3, passives: 0, detractors: 1 }],
      ['Pro', { promoters: 1, passives: 1, detractors: 2 }],
      ['Team', { promoters: 1, passives: 1, detractors: 1 }],
    ]);
    expect(r.detractors.map((d) => [d.line, d.answer, d.respondent])).toEqual([
      [6, 6, '114004'],
      [8, 3, '114006'],
      [12, 0, '114010'],
      [14, 5, '114012'],
    ]);
    expect(r.detractors[1]?.comment).toBe('Billing errors "twice" this month');
    expect(r.detractors[2]?.comment).toBe('Support never answered.\nI am leaving.');
    expect(r.detractors[2]?.date).toBe('03/14/2024 03:35:00 PM');
  });

  test('Qualtrics: the _NPS_GROUP column is never a candidate; ISO months; segments', async () => {
    const r = await read('qualtrics.csv');
    expect(r.columns.map((c) => c.index)).not.toContain(18);
    expect(r.columns.find((c) => c.index === 17)).toEqual({ index: 17, header: 'How likely are you to recommend Acme Bank to a friend or colleague?', isLikely: true });
    expect(r).toMatchObject({ dateOrder: 'ymd', segmentColumn: 20, commentColumn: 19 });
    expect(r.byMonth?.map((m) => [m.month, groups(m.counts)])).toEqual([
      ['2024-01', { promoters: 2, passives: 2, detractors: 1 }],
      ['2024-02', { promoters: 3, passives: 0, detractors: 2 }],
      ['2024-03', { promoters: 2, passives: 1, detractors: 1 }],
    ]);
    expect(r.bySegment?.map((s) => [s.segment, groups(s.counts)])).toEqual([
      ['Business', { promoters: 3, passives: 1, detractors: 3 }],
      ['Retail', { promoters: 4, passives: 2, detractors: 1 }],
    ]);
  });

  test('Google Forms FR: Horodateur read day/month, Pays segments, accents intact', async () => {
    const r = await read('google-forms-fr.csv');
    expect(r.dateOrder).toBe('dmy');
    // March: 10 9 0 8 7; April: 9 4 10 6 9 (blank and 11 not counted).
    expect(r.byMonth?.map((m) => [m.month, groups(m.counts)])).toEqual([
      ['2024-03', { promoters: 2, passives: 2, detractors: 1 }],
      ['2024-04', { promoters: 3, passives: 0, detractors: 2 }],
    ]);
    expect(r.allColumns[2]?.header).toBe('Quelle est la probabilité que vous recommandiez Acme à un ami ou un collègue ?');
    expect(r.detractors.map((d) => d.comment)).toEqual(['Commande jamais reçue', 'Trop cher', 'Livraison lente, emballage abîmé']);
  });

  test('Google Forms EN: Timestamp read month/day', async () => {
    const r = await read('google-forms-en.csv');
    expect(r.dateOrder).toBe('mdy');
    expect(r.byMonth?.map((m) => m.month)).toEqual(['2024-02', '2024-03']);
    expect(r.bySegment?.map((s) => s.segment)).toEqual(['UK', 'France', 'Germany']);
  });

  test('Windows-1252: accents and € decoded, Région segments, day/month dates', async () => {
    const r = await read('excel-fr-semicolon-1252.csv');
    expect(r.allColumns.map((c) => c.header)).toEqual(['Date de réponse', 'Note de recommandation (0 à 10)', 'Commentaire', 'Région']);
    expect(r.detractors.map((d) => d.comment)).toEqual(['Trop cher : 30 € par mois', 'Facturation erronée; deux fois']);
    expect(r.dateOrder).toBe('dmy');
    expect(r.bySegment?.map((s) => [s.segment, n({ ...r, counts: s.counts })])).toEqual([
      ['Bretagne', 4],
      ['Île-de-France', 4],
      ['Occitanie', 2],
    ]);
  });

  test('a bare column of numbers: no header, the column is flagged as a guess', async () => {
    const r = await read('plain-numbers.txt');
    expect(r).toMatchObject({ columnGuessed: true, allColumns: [{ index: 0, header: '' }] });
  });

  test('another column chosen by the user is read instead, with its own skips', async () => {
    // plain.csv column 0 is the respondent number 1..10: 1–6 detractors, 7–8 passives, 9–10 promoters.
    const r = await read('plain.csv', { column: 0 });
    expect(r.column).toBe(0);
    expect(r.columnGuessed).toBe(true);
    expect(groups(r.counts)).toEqual({ promoters: 2, passives: 2, detractors: 6 });
    // The segment column can be switched off, or set to another column.
    expect((await read('plain.csv', { segmentColumn: null })).bySegment).toBeUndefined();
    const bySegment = (await read('plain.csv', { segmentColumn: 2 })).bySegment;
    // Column 2 is the comment: respondents 2, 4, 6 and 8 left it blank (scores 10, 8, 10, 7).
    expect(bySegment?.find((s) => s.kind === 'blank')?.counts).toEqual([0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 2]);
  });
});

describe('files that cannot be read get a reason', () => {
  const cases: Array<[string, string]> = [
    ['empty.csv', 'empty'],
    ['header-only.csv', 'no-data-rows'],
    ['no-scores.csv', 'no-answer-column'],
    ['binary.csv', 'binary'],
  ];
  test.each(cases)('%s → %s', async (file, code) => {
    expect(await readSurvey(blobOf(file))).toEqual({ status: 'error', error: { code } });
  });

  test('a file that starts like a workbook but is cut short (workbook.xlsx: a ZIP header alone) is a damaged workbook', async () => {
    // Workbooks are read now (test/survey-import-xlsx.test.ts); this one has no ZIP directory to read.
    expect(await readSurvey(blobOf('workbook.xlsx'))).toMatchObject({ status: 'error', error: { code: 'workbook-corrupt' } });
  });

  test('a column index beyond the file', async () => {
    expect(await readSurvey(blobOf('plain.csv'), { column: 99 })).toEqual({ status: 'error', error: { code: 'bad-column' } });
  });
});

describe('streaming', () => {
  test('a generated 50,000-row file matches the generator’s own tally', async () => {
    const { blob, expected } = surveyCsvBlob({ rows: 50_000, seed: 7 });
    const outcome = await readSurvey(blob, {}, { sliceBytes: 64 * 1024 });
    expect(outcome.status).toBe('result');
    if (outcome.status !== 'result') return;
    expect(outcome.result.counts).toEqual(expected.counts);
    expect(outcome.result.rowsRead).toBe(expected.rowsRead);
    expect(outcome.result.skipped).toEqual(expected.skipped);
    expect(outcome.result.byMonth).toHaveLength(12);
    expect(outcome.result.bySegment?.map((s) => s.segment).sort()).toEqual(['Business', 'Education', 'Public sector', 'Retail']);
  }, 30_000);

  test('progress is reported with growing byte counts, ending at the file size', async () => {
    const { blob } = surveyCsvBlob({ rows: 20_000, seed: 3 });
    const seen: number[] = [];
    await readSurvey(blob, {}, { sliceBytes: 32 * 1024, progressEveryMs: 0, onProgress: (bytes) => seen.push(bytes) });
    expect(seen.length).toBeGreaterThan(10);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(seen.at(-1)).toBe(blob.size);
  });

  test('cancelling stops the read', async () => {
    const { blob } = surveyCsvBlob({ rows: 20_000, seed: 3 });
    let slices = 0;
    const outcome: ReadOutcome = await readSurvey(blob, {}, { sliceBytes: 16 * 1024, progressEveryMs: 0, onProgress: () => slices++, isCancelled: () => slices >= 3 });
    expect(outcome).toEqual({ status: 'cancelled' });
    expect(slices).toBe(3);
  });

  test('a quote that never closes is reported with its row, not hidden', async () => {
    const outcome = await readSurvey(new Blob(['id,nps,comment\n1,9,ok\n2,3,"never closed\n3,10,x\n4,10,y\n']));
    expect(outcome.status).toBe('result');
    if (outcome.status !== 'result') return;
    // Row 3 is unreadable (its quote swallows rows 4 and 5): reported, neither counted nor skipped.
    expect(outcome.result.unreadable).toEqual({ total: 1, records: [{ line: 3, reason: 'unclosed-quote', chars: 32, lineBreaks: 3 }] });
    expect(outcome.result.rowsRead).toBe(1);
    expect((await read('crlf-quoted.csv')).unreadable.total).toBe(0);
  });

  test('an invalid UTF-8 byte after the sample restarts the read as Windows-1252', async () => {
    const rows = Array.from({ length: 30_000 }, (_, i) => `${i},9,ok`).join('\n');
    const tail = Uint8Array.from([0x0a, 0x39, 0x39, 0x39, 0x39, 0x39, 0x2c, 0x33, 0x2c, 0x72, 0xe9, 0x70, 0x6f, 0x6e, 0x73, 0x65, 0x0a]); // "\n99999,3,réponse\n" in Windows-1252
    const blob = new Blob([`id,nps,comment\n${rows}`, tail]);
    expect(blob.size).toBeGreaterThan(256 * 1024);
    const outcome = await readSurvey(blob);
    expect(outcome.status).toBe('result');
    if (outcome.status !== 'result') return;
    expect(outcome.result.encoding).toBe('windows-1252');
    expect(outcome.result.rowsRead).toBe(30_001);
    expect(outcome.result.detractors).toEqual([{ line: 30_002, answer: 3, comment: 'réponse', respondent: '99999' }]);
  });
});
