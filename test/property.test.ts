/**
 * Property tests (fast-check): whatever a link or a file holds, the parsers never throw, never produce NaN,
 * and the counts always add up.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { readSurvey } from '../src/lib/survey-import/read-survey.ts';
import { parseAnswer } from '../src/lib/survey-import/answer.ts';
import type { ImportResult } from '../src/lib/survey-import/types.ts';
import { oracleRecords } from './support/csv-oracle.ts';
import { TOOL_MODES, type ToolParams, readParams, unknownModeParam, validateParams, writeParams } from '../src/lib/url-state.ts';

const RUNS = { numRuns: 400 };

/** Every number anywhere inside `value` (arrays and plain objects), with its path. */
function numbersIn(value: unknown, path = '$'): [string, number][] {
  if (typeof value === 'number') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((item, index) => numbersIn(item, `${path}[${index}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => numbersIn(item, `${path}.${key}`));
  return [];
}
const notFinite = (value: unknown) => numbersIn(value).filter(([, number]) => !Number.isFinite(number));

// ---------------------------------------------------------------------------------------------
// URL state

const sectors = ['telecom', 'retail-banking', 'airlines'];
const PARAM_NAMES = ['sector', 'mode', 'score', 'n', 'promoters', 'passives', 'detractors', 'answers', 'type', 'target', 'grade', 'market', 'confidence', 'utm_source', ''];

/** Values a link might carry: numbers in many spellings, junk, Unicode, separators, huge and tiny numbers. */
const valueText = fc.oneof(
  fc.integer({ min: -1_000_000, max: 1_000_000 }).map(String),
  fc.double({ noNaN: false }).map(String),
  fc.constantFrom(
    '',
    ' ',
    'abc',
    'NaN',
    'Infinity',
    '-Infinity',
    '1e309',
    '1e-400',
    '0x10',
    '1,000',
    '1 000',
    '1\u202f000',
    '−12',
    '+5',
    '.5',
    '5.',
    '28,4',
    '9007199254740993',
    '１２',
    '50%',
    'null',
    'undefined',
    '__proto__',
    'constructor',
    'telecom',
    'Telecom',
    'GLOBAL',
    'fr',
    'A',
    'D',
    'Z',
    '95',
    '99.9',
    'score',
    'counts',
    'answers',
    'file',
  ),
  fc.string({ maxLength: 12 }),
  fc.array(fc.integer({ min: -5, max: 1000 }).map(String), { maxLength: 14 }).map((values) => values.join(',')),
);
const queryString = fc
  .array(fc.tuple(fc.constantFrom(...PARAM_NAMES), valueText), { maxLength: 10 })
  .map((pairs) => pairs.map(([key, value]) => `${key}=${encodeURIComponent(value)}`).join('&'));
/** Links the tool itself would write, mostly valid: the properties about valid states need plenty of them. */
const plausibleQuery = fc
  .record(
    {
      sector: fc.constantFrom(...sectors, 'unknown-sector'),
      mode: fc.constantFrom(...TOOL_MODES, ''),
      score: fc.oneof(
        fc.integer({ min: -100, max: 100 }).map(String),
        fc.double({ min: -100, max: 100, noNaN: true }).map((value) => value.toFixed(1)),
      ),
      n: fc.integer({ min: 0, max: 100_000 }).map(String),
      promoters: fc.integer({ min: 0, max: 5000 }).map(String),
      passives: fc.integer({ min: 0, max: 5000 }).map(String),
      detractors: fc.integer({ min: 0, max: 5000 }).map(String),
      answers: fc.array(fc.integer({ min: 0, max: 300 }).map(String), { minLength: 1, maxLength: 11 }).map((values) => values.join(',')),
      type: fc.constantFrom('relationship', 'transactional', 'competitive-benchmark'),
      target: fc.integer({ min: -100, max: 100 }).map(String),
      grade: fc.constantFrom('A', 'B', 'C', 'D'),
      market: fc.constantFrom('FR', 'US', 'GLOBAL', 'EU'),
      confidence: fc.constantFrom('90', '95', '99'),
    },
    { requiredKeys: [] },
  )
  .map((fields) => new URLSearchParams(Object.entries(fields).filter(([, value]) => value !== '')).toString());
const anyQuery = fc.oneof(queryString, plausibleQuery);
/** Raw text, as a user might paste into the address bar (not necessarily valid percent-encoding). */
const rawQuery = fc.oneof(queryString, plausibleQuery, fc.string({ maxLength: 80 }), fc.string({ maxLength: 80, unit: 'binary' }));

const validate = (search: string) => validateParams(readParams(search), { sectors, unknownMode: unknownModeParam(search) });

describe('url-state: any link', () => {
  test('readParams never throws, always gives a known mode, and keeps the answer list as the link gives it', () => {
    fc.assert(
      fc.property(rawQuery, (search) => {
        const params = readParams(search);
        expect(TOOL_MODES).toContain(params.mode);
        const given = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search).get('answers');
        expect(params.answers.length).toBe(given ? given.split(',').length : 11);
        for (const [key, value] of Object.entries(params)) {
          if (key !== 'answers') expect(typeof value).toBe('string');
        }
      }),
      RUNS,
    );
  });

  test('validateParams never throws and never yields NaN or an infinite number', () => {
    fc.assert(
      fc.property(rawQuery, (search) => {
        const state = validate(search);
        expect(notFinite(state)).toEqual([]);
      }),
      RUNS,
    );
  });

  test('a valid input is always in range; counts and answers are whole, non-negative and not all zero; n matches the counts', () => {
    fc.assert(
      fc.property(anyQuery, (search) => {
        const params = readParams(search);
        const { input, options } = validate(search);
        expect(options.confidence).toBeGreaterThan(0);
        expect(options.confidence).toBeLessThan(1);
        if (options.sector !== undefined) expect(sectors).toContain(options.sector);
        if (options.target !== undefined) expect(Math.abs(options.target)).toBeLessThanOrEqual(100);
        if (!input) return;
        switch (input.kind) {
          case 'score':
            expect(Math.abs(input.score)).toBeLessThanOrEqual(100);
            if (input.n !== undefined) expect(Number.isSafeInteger(input.n) && input.n >= 1).toBe(true);
            break;
          case 'counts': {
            const counts = [input.promoters, input.passives, input.detractors];
            for (const count of counts) expect(Number.isSafeInteger(count) && count >= 0).toBe(true);
            const total = counts.reduce((sum, count) => sum + count, 0);
            expect(total).toBeGreaterThan(0);
            // When the link also states n, the counts add up to it exactly.
            if (params.n.trim() !== '') expect(total).toBe(Number(params.n.replace(/[\s\u00a0\u202f]/g, '')));
            break;
          }
          case 'answers':
            expect(input.answers).toHaveLength(11);
            for (const count of input.answers) expect(Number.isSafeInteger(count) && count >= 0).toBe(true);
            expect(input.answers.some((count) => count > 0)).toBe(true);
            break;
          case 'file':
            break;
        }
      }),
      RUNS,
    );
  });

  test('a written link is stable: it reads back to the same link', () => {
    fc.assert(
      fc.property(anyQuery, (search) => {
        const link = writeParams(readParams(search));
        expect(writeParams(readParams(link))).toBe(link);
      }),
      RUNS,
    );
  });

  test('the link of a valid state reproduces the same validated state (the shared view)', () => {
    fc.assert(
      fc.property(plausibleQuery, (search) => {
        const params: ToolParams = readParams(search);
        const first = validateParams(params, { sectors });
        if (first.errors.length > 0) return;
        const second = validateParams(readParams(writeParams(params)), { sectors });
        expect(second.errors).toEqual([]);
        expect(second.input).toEqual(first.input);
        expect(second.options).toEqual(first.options);
      }),
      RUNS,
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Survey import (the same readSurvey the worker runs, on a Blob)

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

/** What must hold for any result: nothing NaN, every row counted once or skipped once, sub-totals consistent. */
function resultProblems(result: ImportResult): string[] {
  const problems = notFinite(result).map(([path, value]) => `${path} is ${value}`);
  const { counts, skipped } = result;
  if (counts.length !== 11) problems.push(`counts has ${counts.length} entries`);
  if (!counts.every((count) => Number.isSafeInteger(count) && count >= 0)) problems.push(`counts not whole and non-negative: ${counts.join(',')}`);
  if (skipped.total !== skipped.blank + skipped.notANumber + skipped.outOfRange) problems.push(`skipped.total ${skipped.total} is not the sum of its reasons`);
  if (sum(counts) + skipped.total !== result.rowsRead) problems.push(`counts ${sum(counts)} + skipped ${skipped.total} != rows read ${result.rowsRead}`);
  if (result.unreadable.records.length > result.unreadable.total) problems.push('more unreadable records listed than counted');
  if (result.detractorsTotal !== sum(counts.slice(0, 7))) problems.push(`detractorsTotal ${result.detractorsTotal} != answers 0-6 ${sum(counts.slice(0, 7))}`);
  if (result.detractors.length > result.detractorsTotal) problems.push('more detractors listed than counted');
  for (const month of result.byMonth ?? []) if (month.counts.length !== 11) problems.push(`month ${month.month} has ${month.counts.length} counts`);
  if (result.byMonth && sum(result.byMonth.map((month) => sum(month.counts))) + result.undated !== sum(counts)) problems.push('months + undated != counted');
  if (result.bySegment && sum(result.bySegment.map((segment) => sum(segment.counts))) > sum(counts)) problems.push('segments count more than counted');
  return problems;
}

const IMPORT_RUNS = { numRuns: 150 };

describe('survey import: any bytes', () => {
  test('random bytes never throw; a result keeps every invariant', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 3000 }), async (bytes) => {
        const outcome = await readSurvey(new Blob([bytes]));
        expect(['result', 'error']).toContain(outcome.status);
        if (outcome.status === 'result') expect(resultProblems(outcome.result)).toEqual([]);
        if (outcome.status === 'error') expect(typeof outcome.error.code).toBe('string');
      }),
      IMPORT_RUNS,
    );
  });

  test('random text (digits, separators, quotes, line breaks) never throws; a result keeps every invariant', async () => {
    const alphabet = fc.constantFrom(...'0123456789,;"\n\r abcNPS-.'.split(''), '\t', '\u00e9', '\ufeff');
    await fc.assert(
      fc.asyncProperty(
        fc.array(alphabet, { maxLength: 600 }).map((chars) => chars.join('')),
        async (text) => {
          const outcome = await readSurvey(new Blob([text]));
          expect(['result', 'error']).toContain(outcome.status);
          if (outcome.status === 'result') expect(resultProblems(outcome.result)).toEqual([]);
        },
      ),
      IMPORT_RUNS,
    );
  });
});

describe('survey import: random survey exports, checked against an oracle', () => {
  // Answers from a known domain, so the expected outcome of each cell is known without the import code.
  const answerCell = fc.oneof(
    { weight: 12, arbitrary: fc.integer({ min: 0, max: 10 }).map((value) => ({ text: String(value), outcome: value })) },
    { weight: 1, arbitrary: fc.constant({ text: '', outcome: 'blank' }) },
    { weight: 1, arbitrary: fc.constantFrom('n/a', 'Yes', 'abc').map((text) => ({ text, outcome: 'notANumber' })) },
    { weight: 1, arbitrary: fc.constantFrom('11', '-1', '8.5', '42').map((text) => ({ text, outcome: 'outOfRange' })) },
  );
  const comment = fc.string({ maxLength: 30, unit: fc.constantFrom(...'ab ,;"-9'.split(''), '\n', '\t', '\u00e9') });
  const exportFile = fc.record({
    delimiter: fc.constantFrom(',', ';', '\t'),
    newline: fc.constantFrom('\n', '\r\n'),
    bom: fc.boolean(),
    trailingNewline: fc.boolean(),
    rows: fc.array(fc.tuple(answerCell, comment), { minLength: 12, maxLength: 200 }),
  });
  const quote = (text: string, delimiter: string) => (/["\r\n]/.test(text) || text.includes(delimiter) ? `"${text.replace(/"/g, '""')}"` : text);

  test("counts, skipped rows by reason and rows read are exactly the oracle's", async () => {
    await fc.assert(
      fc.asyncProperty(exportFile, async (file) => {
        // Enough valid answers that the column is recognised (the header names the question too).
        fc.pre(file.rows.filter(([cell]) => typeof cell.outcome === 'number').length >= file.rows.length * 0.7);
        const header = ['Respondent', 'How likely are you to recommend us to a friend?', 'Comment'].join(file.delimiter);
        const lines = file.rows.map(([cell, text], index) => [String(1000 + index), cell.text, quote(text, file.delimiter)].join(file.delimiter));
        const body = [header, ...lines].join(file.newline) + (file.trailingNewline ? file.newline : '');
        const outcome = await readSurvey(new Blob([(file.bom ? '\ufeff' : '') + body]));
        if (outcome.status !== 'result') throw new Error(`import failed: ${JSON.stringify(outcome)}\n${body.slice(0, 300)}`);
        const expected = { counts: new Array<number>(11).fill(0), blank: 0, notANumber: 0, outOfRange: 0 };
        for (const [cell] of file.rows) {
          // The oracle agrees with the cell reader on every cell it generates.
          expect(parseAnswer(cell.text)).toBe(cell.outcome);
          if (typeof cell.outcome === 'number') expected.counts[cell.outcome]!++;
          else expected[cell.outcome as 'blank' | 'notANumber' | 'outOfRange']++;
        }
        const { result } = outcome;
        expect(result.column).toBe(1);
        expect(result.rowsRead).toBe(file.rows.length);
        expect(result.counts).toEqual(expected.counts);
        expect(result.skipped).toEqual({
          blank: expected.blank,
          notANumber: expected.notANumber,
          outOfRange: expected.outOfRange,
          total: expected.blank + expected.notANumber + expected.outOfRange,
        });
        expect(resultProblems(result)).toEqual([]);
      }),
      IMPORT_RUNS,
    );
  });
});

describe('survey import: every record is counted, skipped with a reason, or reported as unreadable (against an independent splitter)', () => {
  // Files as hostile as real ones get: line endings mixed row by row (CRLF, LF, lone CR), empty lines,
  // comments with delimiters, quotes and line breaks, comments longer than the record cap, and now and then
  // a quote that never closes. The oracle (test/support/csv-oracle.ts) splits the same text on its own.
  const CAP = 120;
  const newline = fc.constantFrom('\n', '\r\n', '\r');
  const answer = fc.oneof({ weight: 10, arbitrary: fc.integer({ min: 0, max: 10 }).map(String) }, { weight: 1, arbitrary: fc.constantFrom('', 'n/a', '11', '8.5') });
  const comment = fc.oneof(
    { weight: 6, arbitrary: fc.string({ maxLength: 20, unit: fc.constantFrom(...'ab ;-9'.split('')) }) },
    { weight: 3, arbitrary: fc.string({ maxLength: 20, unit: fc.constantFrom(...'ab ,;"9'.split(''), '\n', '\r', '\r\n') }).map((text) => `"${text.replace(/"/g, '""')}"`) },
    { weight: 1, arbitrary: fc.integer({ min: CAP - 10, max: CAP * 3 }).map((length) => `"${'long, '.repeat(Math.ceil(length / 6)).slice(0, length)}"`) },
  );
  const row = fc.tuple(fc.integer({ min: 1, max: 99_999 }), answer, comment, newline);
  const file = fc.record({
    delimiter: fc.constantFrom(',', ';', '\t'),
    rows: fc.array(row, { minLength: 12, maxLength: 120 }),
    emptyLines: fc.array(fc.nat(), { maxLength: 4 }),
    /** One file in four has a quote that never closes, opening a comment at this row. */
    unclosedAt: fc.option(fc.nat(), { freq: 3 }),
    sliceBytes: fc.constantFrom(7, 64, 1024, 1024 * 1024),
  });

  test("records of the file = header rows + rows read + unreadable; counts, skips and unreadable rows are exactly the oracle's", async () => {
    await fc.assert(
      fc.asyncProperty(file, async ({ delimiter, rows, emptyLines, unclosedAt, sliceBytes }) => {
        const lines = rows.map(
          ([id, cell, text, end], index) =>
            `${id}${delimiter}${cell}${delimiter}${unclosedAt !== null && index === unclosedAt % rows.length ? '"never closed, ' : ''}${text}${end}`,
        );
        for (const at of emptyLines) lines.splice(1 + (at % lines.length), 0, '\n');
        const text = `Respondent${delimiter}How likely are you to recommend us?${delimiter}Comment\r\n${lines.join('')}`;
        const outcome = await readSurvey(new Blob([text]), {}, { sliceBytes, maxRecordChars: CAP });
        const oracle = oracleRecords(text, delimiter, CAP);
        const records = oracle.filter((record) => record.kind === 'record');
        const unreadable = oracle.filter((record) => record.kind === 'unreadable');
        if (outcome.status !== 'result') {
          // A quote that opens early can leave no data row to read (the oracle agrees: at most one
          // readable row with a 0–10 answer); an unclosed one is named with its row.
          expect(outcome.status).toBe('error');
          if (outcome.status === 'error' && outcome.error.code === 'unclosed-quote') expect(outcome.error.line).toBe(unreadable[0]?.line);
          expect(records.slice(1).filter((record) => typeof parseAnswer(record.fields[1]) === 'number').length).toBeLessThanOrEqual(records.length / 2);
          return;
        }
        const { result } = outcome;
        fc.pre(result.column === 1 && result.headerRows === 1 && result.delimiter === delimiter);
        expect(resultProblems(result)).toEqual([]);
        expect(records.length + unreadable.length).toBe(result.headerRows + result.rowsRead + result.unreadable.total);
        expect(result.unreadable.records).toEqual(unreadable.map(({ line, reason, chars, lineBreaks }) => ({ line, reason, chars, lineBreaks })));
        const expected = { counts: new Array<number>(11).fill(0), blank: 0, notANumber: 0, outOfRange: 0 };
        for (const record of records.slice(1)) {
          const value = parseAnswer(record.fields[1]);
          if (typeof value === 'number') expected.counts[value]!++;
          else expected[value]++;
        }
        expect(result.counts).toEqual(expected.counts);
        expect(result.skipped).toEqual({
          blank: expected.blank,
          notANumber: expected.notANumber,
          outOfRange: expected.outOfRange,
          total: expected.blank + expected.notANumber + expected.outOfRange,
        });
        // The detractors' rows are the oracle's rows, line for line.
        const detractorLines = records
          .slice(1)
          .filter((record) => {
            const v = parseAnswer(record.fields[1]);
            return typeof v === 'number' && v <= 6;
          })
          .map((record) => record.line);
        expect(result.detractors.map((detractor) => detractor.line)).toEqual(detractorLines);
      }),
      IMPORT_RUNS,
    );
  });
});
