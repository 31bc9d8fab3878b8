import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { fold, parseAnswer } from '../src/lib/survey-import/answer.ts';
import { decideDateOrder, isoMonthIndex, monthOfIndex, parseDateCell } from '../src/lib/survey-import/dates.ts';
import { detectDelimiter, sepLine, splitRecords } from '../src/lib/survey-import/delimiter.ts';
import { ENGLISH_CSV, FRENCH_CSV } from '../src/lib/csv-write.ts';
import { detractorsCsv } from '../src/lib/survey-import/detractors-csv.ts';
import { isUtf8, sniffBytes } from '../src/lib/survey-import/encoding.ts';
import { detectLayout } from '../src/lib/survey-import/layout.ts';
import { type ImportPlan, planImport } from '../src/lib/survey-import/plan.ts';
import { Tally } from '../src/lib/survey-import/tally.ts';
import { MAX_DETRACTORS, MAX_SEGMENTS } from '../src/lib/survey-import/types.ts';

describe('parseAnswer', () => {
  test.each([
    ['9', 9],
    [' 9 ', 9],
    ['09', 9],
    ['+9', 9],
    ['0', 0],
    ['10', 10],
    ['9.0', 9],
    ['9,0', 9],
    ['10 - Extremely likely', 10],
    ['0 - Not at all likely', 0],
    ['0 - Pas du tout probable', 0],
    ['10 – Extrêmement probable', 10],
    ['10 (Extremely likely)', 10],
    ['7: ok', 7],
    ['Extremely likely', 10],
    ['Not at all likely', 0],
    ['pas du tout probable', 0],
    ['Extrêmement probable', 10],
  ])('%j is the answer %d', (cell, expected) => {
    expect(parseAnswer(cell)).toBe(expected);
  });

  test.each([
    ['', 'blank'],
    ['   ', 'blank'],
    [undefined, 'blank'],
    ['n/a', 'notANumber'],
    ['Yes', 'notANumber'],
    ['10 points', 'notANumber'],
    ['5-6', 'notANumber'],
    ['1,000', 'notANumber'],
    ['NaN', 'notANumber'],
    ['8.5', 'outOfRange'],
    ['8,5', 'outOfRange'],
    ['11', 'outOfRange'],
    ['-1', 'outOfRange'],
    ['100', 'outOfRange'],
    ['11 - Beyond', 'outOfRange'],
  ])('%j is skipped as %s', (cell, reason) => {
    expect(parseAnswer(cell)).toBe(reason);
  });

  test('every whole number 0..10, padded or not, reads as itself', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 }), fc.constantFrom('', ' ', '\t'), (value, pad) => {
        expect(parseAnswer(`${pad}${value}${pad}`)).toBe(value);
      }),
    );
  });

  test('every integer outside 0..10 is out of range, never an answer', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1_000_000, max: 1_000_000 }).filter((v) => v < 0 || v > 10),
        (value) => {
          expect(parseAnswer(String(value))).toBe('outOfRange');
        },
      ),
    );
  });

  test('fold ignores case, accents and spacing', () => {
    expect(fold('  Probabilité\u00a0de  RECOMMANDER ')).toBe('probabilite de recommander');
  });
});

describe('sniffBytes', () => {
  const bytes = (...values: number[]) => new Uint8Array(values);
  const ascii = (text: string) => new TextEncoder().encode(text);

  test('plain ASCII and valid UTF-8 are utf-8', () => {
    expect(sniffBytes(ascii('a,b\n1,2\n'))).toEqual({ kind: 'text', encoding: 'utf-8', bomLength: 0 });
    expect(sniffBytes(ascii('Région,Note\nÎle,9\n'))).toMatchObject({ encoding: 'utf-8' });
  });
  test('a UTF-8 BOM is utf-8-bom', () => {
    expect(sniffBytes(bytes(0xef, 0xbb, 0xbf, 0x61))).toEqual({ kind: 'text', encoding: 'utf-8-bom', bomLength: 3 });
  });
  test('é as the single byte 0xE9 (French Excel) is windows-1252', () => {
    expect(sniffBytes(bytes(0x52, 0xe9, 0x67, 0x69, 0x6f, 0x6e, 0x3b, 0x39))).toMatchObject({ encoding: 'windows-1252' });
  });
  test('a character cut at the end of the sample is still UTF-8', () => {
    expect(isUtf8(bytes(0x61, 0xc3))).toBe(true);
    expect(isUtf8(bytes(0x61, 0xe9, 0x61))).toBe(false);
  });
  test('UTF-16 with or without a BOM', () => {
    expect(sniffBytes(bytes(0xff, 0xfe, 0x61, 0x00))).toMatchObject({ encoding: 'utf-16le', bomLength: 2 });
    expect(sniffBytes(bytes(0xfe, 0xff, 0x00, 0x61))).toMatchObject({ encoding: 'utf-16be', bomLength: 2 });
    expect(sniffBytes(bytes(0x61, 0x00, 0x2c, 0x00, 0x62, 0x00, 0x0a, 0x00))).toMatchObject({ encoding: 'utf-16le', bomLength: 0 });
  });
  test('workbooks, PDFs, binary data and empty files are errors', () => {
    expect(sniffBytes(bytes(0x50, 0x4b, 0x03, 0x04, 0x14))).toEqual({ kind: 'error', code: 'xlsx' });
    expect(sniffBytes(bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1))).toEqual({ kind: 'error', code: 'xls' });
    expect(sniffBytes(ascii('%PDF-1.7'))).toEqual({ kind: 'error', code: 'pdf' });
    expect(sniffBytes(bytes(0x00, 0x01, 0x02, 0x03, 0xff, 0x10, 0x00, 0x00, 0x08))).toEqual({ kind: 'error', code: 'binary' });
    expect(sniffBytes(bytes())).toEqual({ kind: 'error', code: 'empty' });
  });
});

describe('splitRecords and detectDelimiter', () => {
  test('quoted fields keep separators, doubled quotes and line breaks', () => {
    const text = 'a,b,c\r\n1,"x, y","say ""hi""\r\nthere"\r\n2,,z\r\n';
    expect(splitRecords(text, ',').records).toEqual([
      ['a', 'b', 'c'],
      ['1', 'x, y', 'say "hi"\r\nthere'],
      ['2', '', 'z'],
    ]);
  });
  test('a sample cut inside a record drops that record', () => {
    expect(splitRecords('a,b\n1,"open\nquote', ',', Infinity, false)).toEqual({ records: [['a', 'b']], lastComplete: false, unreadable: [] });
    expect(splitRecords('a,b\n1,2', ',', Infinity, false).records).toEqual([['a', 'b']]);
    expect(splitRecords('a,b\n1,2', ',', Infinity, true).records).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });
  test('empty lines are not records', () => {
    expect(splitRecords('a\n\n1\n\n', ',').records).toEqual([['a'], ['1']]);
  });
  test('comma, semicolon and tab files', () => {
    expect(detectDelimiter('id,score,comment\n1,9,"ok; fine"\n2,7,"a; b; c"\n')).toBe(',');
    // French Excel does not quote commas in a semicolon file: the comma count varies, the semicolon count does not.
    expect(detectDelimiter('Date;Note;Commentaire\n05/02/2024;9;Très bien, rapide\n08/02/2024;10;Parfait\n14/02/2024;7;Bien, mais, cher\n')).toBe(';');
    expect(detectDelimiter('a\tb\tc\n1\t"x,y;z"\t3\n4\t5\t6\n')).toBe('\t');
  });
  test('semicolon file with decimal commas in every row', () => {
    expect(detectDelimiter('Date;Note;Montant\n2024-01-01;9;12,50\n2024-01-02;8;3,20\n')).toBe(';');
  });
  test('quoted separators and line breaks do not mislead detection', () => {
    expect(detectDelimiter('q1;q2\n"9, really";"line\none, two, three"\n"7";"x"\n')).toBe(';');
  });
  test('one-field records (stray lines of a broken comment) do not outvote the delimiter the other records use', () => {
    // Found by test/property.test.ts (seed 1123604009): five one-field records made every delimiter's most
    // common count 1, so the file fell back to `,` and lost its answer column.
    const text = 'Respondent;Score;Comment\r\n1;0;\n1;0;;\n1;0;"broken, \n1;0;"\na\n"\n1;0;"\ra\ra\r\na"\n1;0;;\n1;0;;\n';
    expect(detectDelimiter(text)).toBe(';');
    expect(detectDelimiter('a\nb\nc\nd\n1,2\n')).toBe(',');
  });
  test('a single column defaults to comma', () => {
    expect(detectDelimiter('9\n10\n7\n')).toBe(',');
  });
  test('an Excel sep= line', () => {
    expect(sepLine('sep=;\r\na;b\n')).toBe(';');
    expect(sepLine('sep=\t\na\tb\n')).toBe('\t');
    expect(sepLine('a,b\n')).toBeUndefined();
  });
});

describe('detectLayout', () => {
  test('SurveyMonkey: two header rows, question text carried over a multi-column question', () => {
    const layout = detectLayout([
      ['Respondent ID', 'Start Date', 'How likely is it that you would recommend us?', 'Which features?', '', 'Why?'],
      ['', '', 'Response', 'Reports', 'Exports', 'Open-Ended Response'],
      ['1', '02/27/2024', '9', 'Reports', '', 'Good'],
    ]);
    expect(layout).toMatchObject({ layout: 'surveymonkey', headerRows: 2 });
    expect(layout.headers).toEqual([
      'Respondent ID',
      'Start Date',
      'How likely is it that you would recommend us?',
      'Which features? – Reports',
      'Which features? – Exports',
      'Why?',
    ]);
  });
  test('Qualtrics: ids, question text and ImportId rows', () => {
    const layout = detectLayout([
      ['StartDate', 'ResponseId', 'Q1', 'Q1_NPS_GROUP'],
      ['Start Date', 'Response ID', 'How likely are you to recommend us?', 'How likely are you to recommend us? - Group'],
      ['{"ImportId":"startDate"}', '{"ImportId":"_recordId"}', '{"ImportId":"QID1"}', '{"ImportId":"QID1_NPS_GROUP"}'],
      ['2024-01-01 10:00:00', 'R_1', '9', '3'],
    ]);
    expect(layout).toMatchObject({ layout: 'qualtrics', headerRows: 3, ids: ['StartDate', 'ResponseId', 'Q1', 'Q1_NPS_GROUP'] });
    expect(layout.headers[2]).toBe('How likely are you to recommend us?');
  });
  test('Qualtrics legacy export without the ImportId row', () => {
    expect(
      detectLayout([
        ['ResponseId', 'Q1'],
        ['Response ID', 'Recommend?'],
        ['R_1', '9'],
      ]),
    ).toMatchObject({ layout: 'qualtrics', headerRows: 2 });
  });
  test('Typeform: # token column or Submit Date (UTC)', () => {
    expect(
      detectLayout([
        ['#', 'How likely?', 'Submit Date (UTC)'],
        ['abc', '9', '2024-10-05 02:41:38'],
      ]),
    ).toMatchObject({ layout: 'typeform', headerRows: 1 });
    expect(
      detectLayout([
        ['Token', 'How likely?', 'Submit Date (UTC)'],
        ['abc', '9', '2024-10-05'],
      ]),
    ).toMatchObject({ layout: 'typeform' });
  });
  test('Google Forms: Timestamp or Horodateur first', () => {
    expect(
      detectLayout([
        ['Timestamp', 'How likely?'],
        ['3/5/2024 10:01:10', '9'],
      ]),
    ).toMatchObject({ layout: 'google-forms', headerRows: 1 });
    expect(
      detectLayout([
        ['Horodateur', 'Probabilité ?'],
        ['05/03/2024 10:00:00', '9'],
      ]),
    ).toMatchObject({ layout: 'google-forms', headerRows: 1 });
  });
  test('plain files, with a header or a bare column of numbers', () => {
    expect(detectLayout([['score'], ['9']])).toMatchObject({ layout: 'plain', headerRows: 1, headers: ['score'] });
    expect(detectLayout([['9'], ['10']])).toMatchObject({ layout: 'plain', headerRows: 0, headers: [''] });
  });
  test('a data row mentioning "Response" is not a SurveyMonkey header', () => {
    expect(
      detectLayout([
        ['id', 'nps', 'comment'],
        ['1', '9', 'Response'],
        ['2', '8', 'ok'],
      ]),
    ).toMatchObject({ layout: 'plain', headerRows: 1 });
  });
});

describe('dates', () => {
  test('year-first dates give their month as written', () => {
    expect(parseDateCell('2024-03-05')).toEqual({ kind: 'ymd', year: 2024, month: 3 });
    expect(parseDateCell('2024-03-05 10:00:00')).toEqual({ kind: 'ymd', year: 2024, month: 3 });
    expect(parseDateCell('2024-12-31T23:30:00Z')).toEqual({ kind: 'ymd', year: 2024, month: 12 });
    expect(parseDateCell('2022/06/22 11:07:29 AM AST')).toEqual({ kind: 'ymd', year: 2022, month: 6 });
  });
  test('day-or-month-first dates stay ambiguous until the file decides', () => {
    expect(parseDateCell('05/03/2024 10:00:00')).toEqual({ kind: 'ambiguous', first: 5, second: 3, year: 2024 });
    expect(parseDateCell('3/14/2024 9:00')).toEqual({ kind: 'ambiguous', first: 3, second: 14, year: 2024 });
    expect(parseDateCell('5.3.24')).toEqual({ kind: 'ambiguous', first: 5, second: 3, year: 2024 });
  });
  test('not dates', () => {
    for (const cell of ['', 'yesterday', '2024-13-01', '31/31/2024', '9', '10 - Extremely likely']) expect(parseDateCell(cell)).toBeUndefined();
  });
  test('the fast ISO path reads YYYY-MM-DD… only, and agrees with the full parser', () => {
    const months: Array<[string, string | undefined]> = [
      ['2024-03-05', '2024-03'],
      ['2024-03-05 10:00:00', '2024-03'],
      ['2024-12-31T23:30:00Z', '2024-12'],
      ['1999-01-01,x', '1999-01'],
      ['2024-13-01', undefined],
      ['2024-00-10', undefined],
      ['2024-03-32', undefined],
      ['2024-03-05x', undefined],
      ['abcd-03-05', undefined],
      // Left to the full parser:
      ['2024-3-05', undefined],
      ['2024/03/05', undefined],
    ];
    for (const [cell, month] of months) {
      const index = isoMonthIndex(cell);
      expect(index === undefined ? undefined : monthOfIndex(index)).toBe(month);
      if (month) expect(parseDateCell(cell)).toEqual({ kind: 'ymd', year: Number(month.slice(0, 4)), month: Number(month.slice(5)) });
    }
    expect(parseDateCell('2024-3-05')).toEqual({ kind: 'ymd', year: 2024, month: 3 });
  });

  test('the order follows the evidence, then the hint', () => {
    expect(decideDateOrder(3, 0, 'mdy')).toBe('dmy');
    expect(decideDateOrder(0, 2, 'dmy')).toBe('mdy');
    expect(decideDateOrder(0, 0, 'dmy')).toBe('dmy');
    expect(decideDateOrder(0, 0, 'mdy')).toBe('mdy');
  });
});

describe('planImport', () => {
  const qualtrics = [
    ['StartDate', 'Finished', 'ResponseId', 'Q1_NPS_GROUP', 'Q1', 'Q2', 'Segment'],
    ['Start Date', 'Finished', 'Response ID', 'How likely are you to recommend us? - Group', 'How likely are you to recommend us?', 'Why?', 'Segment'],
    [
      '{"ImportId":"startDate"}',
      '{"ImportId":"finished"}',
      '{"ImportId":"_recordId"}',
      '{"ImportId":"QID1_NPS_GROUP"}',
      '{"ImportId":"QID1"}',
      '{"ImportId":"QID2_TEXT"}',
      '{"ImportId":"Segment"}',
    ],
    ['2024-01-01 10:00:00', '1', 'R_1', '3', '9', 'Good', 'Retail'],
    ['2024-01-02 10:00:00', '1', 'R_2', '1', '2', 'Bad', 'Business'],
    ['2024-01-03 10:00:00', '1', 'R_3', '2', '8', 'Fine', 'Retail'],
  ];

  test('reads the 0–10 column, not its _NPS_GROUP companion placed before it', () => {
    const outcome = planImport({ records: qualtrics, delimiter: ',', encoding: 'utf-8' });
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.plan).toMatchObject({
      layout: 'qualtrics',
      headerRows: 3,
      column: 4,
      columnGuessed: false,
      dateColumn: 0,
      commentColumn: 5,
      segmentColumn: 6,
      respondentColumn: 2,
    });
    expect(outcome.plan.columns.map((c) => c.index)).not.toContain(3);
    expect(outcome.plan.columns.find((c) => c.index === 4)?.isLikely).toBe(true);
  });

  test("the user's column choice wins, and choices can turn date and segment off", () => {
    const outcome = planImport({ records: qualtrics, delimiter: ',', encoding: 'utf-8' }, { column: 1, dateColumn: null, segmentColumn: null });
    expect(outcome).toMatchObject({ ok: true, plan: { column: 1, columnGuessed: true } });
    if (outcome.ok) {
      expect(outcome.plan.dateColumn).toBeUndefined();
      expect(outcome.plan.segmentColumn).toBeUndefined();
    }
  });

  test('a column that does not exist is refused', () => {
    expect(planImport({ records: qualtrics, delimiter: ',', encoding: 'utf-8' }, { column: 42 })).toEqual({ ok: false, error: { code: 'bad-column' } });
  });

  test('French headers and accents', () => {
    const outcome = planImport({
      records: [
        ['Horodateur', 'Quelle est la PROBABILITÉ que vous nous recommandiez ?', 'Commentaire', 'Pays'],
        ['05/03/2024 10:00:00', '9', 'Bien', 'France'],
        ['06/03/2024 10:00:00', '0 - Pas du tout probable', 'Nul', 'Belgique'],
        ['07/03/2024 10:00:00', '7', '', 'France'],
      ],
      delimiter: ',',
      encoding: 'utf-8',
    });
    expect(outcome).toMatchObject({
      ok: true,
      plan: { layout: 'google-forms', column: 1, columnGuessed: false, dateColumn: 0, commentColumn: 2, segmentColumn: 3, dateHint: 'dmy' },
    });
  });

  test('without a telling header, the 0–10 column is guessed from its values, never an id column', () => {
    const outcome = planImport({
      records: [
        ['Respondent ID', 'Finished', 'score', 'text'],
        ['1', '1', '9', 'a'],
        ['2', '1', '3', 'b'],
        ['3', '1', '10', 'c'],
        ['4', '1', '7', 'd'],
      ],
      delimiter: ',',
      encoding: 'utf-8',
    });
    expect(outcome).toMatchObject({ ok: true, plan: { column: 2, columnGuessed: true } });
  });

  test('no 0–10 column and no data rows are plain errors', () => {
    expect(
      planImport({
        records: [
          ['Name', 'Comment'],
          ['Ann', 'Good'],
        ],
        delimiter: ',',
        encoding: 'utf-8',
      }),
    ).toEqual({ ok: false, error: { code: 'no-answer-column' } });
    expect(planImport({ records: [['Name', 'How likely to recommend?']], delimiter: ',', encoding: 'utf-8' })).toEqual({ ok: false, error: { code: 'no-data-rows' } });
  });

  test('a free-text column named like a segment is not taken as a segment', () => {
    const records = [['nps', 'Country'], ...Array.from({ length: 30 }, (_, i) => [String(i % 11), `Free text number ${i}`])];
    const outcome = planImport({ records, delimiter: ',', encoding: 'utf-8' });
    expect(outcome.ok && outcome.plan.segmentColumn).toBeUndefined();
  });
});

describe('Tally', () => {
  const plan = (extra: Partial<ImportPlan> = {}): ImportPlan => ({
    layout: 'plain',
    delimiter: ',',
    encoding: 'utf-8',
    headerRows: 1,
    columns: [],
    allColumns: [],
    column: 0,
    columnGuessed: false,
    dateHint: 'mdy',
    ...extra,
  });

  test('every row is counted or skipped by reason, for any cells', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.integer({ min: -3, max: 13 }).map(String), fc.constantFrom('', ' ', 'n/a', '8.5', '9.0', '10 - Extremely likely'), fc.string()), { maxLength: 200 }),
        (cells) => {
          const tally = new Tally(plan());
          cells.forEach((cell, i) => tally.add([cell], i + 2));
          const result = tally.finish(0);
          const counted = result.counts.reduce((a, b) => a + b, 0);
          expect(counted + result.skipped.total).toBe(cells.length);
          expect(result.rowsRead).toBe(cells.length);
          expect(result.skipped.total).toBe(result.skipped.blank + result.skipped.notANumber + result.skipped.outOfRange);
        },
      ),
    );
  });

  test('a row shorter than the chosen column counts as blank', () => {
    const tally = new Tally(plan({ column: 2 }));
    tally.add(['a'], 2);
    expect(tally.finish(0).skipped).toEqual({ blank: 1, notANumber: 0, outOfRange: 0, total: 1 });
  });

  test('ambiguous dates: one day above 12 decides the whole file', () => {
    const tally = new Tally(plan({ dateColumn: 1, dateHint: 'mdy' }));
    tally.add(['9', '05/03/2024'], 2);
    tally.add(['7', '06/03/2024'], 3);
    tally.add(['0', '14/03/2024'], 4);
    const result = tally.finish(0);
    expect(result.dateOrder).toBe('dmy');
    expect(result.byMonth).toEqual([{ month: '2024-03', counts: [1, 0, 0, 0, 0, 0, 0, 1, 0, 1, 0] }]);
    expect(result.undated).toBe(0);
  });

  test('ambiguous dates with no evidence follow the hint; unreadable dates are counted as undated', () => {
    const tally = new Tally(plan({ dateColumn: 1, dateHint: 'mdy' }));
    tally.add(['9', '05/03/2024'], 2);
    tally.add(['9', 'last week'], 3);
    tally.add(['9', ''], 4);
    const result = tally.finish(0);
    expect(result.dateOrder).toBe('mdy');
    expect(result.byMonth?.map((m) => m.month)).toEqual(['2024-05']);
    expect(result.undated).toBe(2);
  });

  test('detractors are listed up to the cap, and the total says how many there were', () => {
    const tally = new Tally(plan({ commentColumn: 1 }));
    for (let i = 0; i < MAX_DETRACTORS + 5; i++) tally.add(['3', `c${i}`], i + 2);
    tally.add(['9', 'promoter'], MAX_DETRACTORS + 7);
    const result = tally.finish(0);
    expect(result.detractors).toHaveLength(MAX_DETRACTORS);
    expect(result.detractorsTotal).toBe(MAX_DETRACTORS + 5);
    expect(result.detractorsCapped).toBe(true);
    expect(result.detractors[0]).toEqual({ line: 2, answer: 3, comment: 'c0' });
  });

  test('segments beyond the cap are pooled, blanks kept apart', () => {
    const tally = new Tally(plan({ segmentColumn: 1 }));
    for (let i = 0; i < MAX_SEGMENTS + 3; i++) tally.add(['9', `S${i}`], i + 2);
    tally.add(['9', ''], 100);
    const result = tally.finish(0);
    expect(result.bySegment).toHaveLength(MAX_SEGMENTS + 2);
    expect(result.bySegment?.at(-2)).toMatchObject({ kind: 'other', counts: [0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0] });
    expect(result.bySegment?.at(-1)).toMatchObject({ kind: 'blank', counts: [0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0] });
  });
});

describe('detractorsCsv', () => {
  const headers = { line: 'row', answer: 'answer', comment: 'comment', segment: 'segment', date: 'date', respondent: 'respondent' };

  test('one row per detractor, only the columns the file has, quoted where needed, BOM first', () => {
    const csv = detractorsCsv(
      {
        commentColumn: 2,
        segmentColumn: 3,
        detractors: [
          { line: 4, answer: 3, comment: '=cmd|"/c calc"!A1', segment: 'Pro' },
          { line: 9, answer: 0, comment: 'Slow,\nvery slow', segment: '' },
        ],
      },
      headers,
      ENGLISH_CSV,
    );
    expect(csv).toBe('\uFEFFrow,segment,answer,comment\r\n4,Pro,3,"\'=cmd|""/c calc""!A1"\r\n9,,0,"Slow,\nvery slow"\r\n');
  });

  test('French pages: semicolons, and a comment holding ; is quoted so it cannot start a new cell', () => {
    const csv = detractorsCsv({ commentColumn: 1, detractors: [{ line: 2, answer: 1, comment: 'Cher;=1+1' }] }, headers, FRENCH_CSV);
    expect(csv).toBe('\uFEFFrow;answer;comment\r\n2;1;"Cher;=1+1"\r\n');
  });
});
