/**
 * The survey import under hostile files (issue 9, items 1–6), through readSurvey, the code the worker runs:
 * mixed line endings, an unclosed quote, an error in the middle of a read, long comments, first records
 * longer than the first slice, and years 0000–0099. Each test failed before its fix.
 */
import { describe, expect, test, vi } from 'vitest';
import { readSurvey } from '../src/lib/survey-import/read-survey.ts';
import { formatPartialDate } from '../src/lib/format.ts';
import { countsFromAnswers, npsFromCounts } from '../src/lib/nps-stats.ts';
import { detractorsCsv } from '../src/lib/survey-import/detractors-csv.ts';
import { Tally } from '../src/lib/survey-import/tally.ts';
import { type ImportResult, MAX_COMMENT_CHARS } from '../src/lib/survey-import/types.ts';
import { ENGLISH_CSV } from '../src/lib/csv-write.ts';

const n = (result: ImportResult) => result.counts.reduce((a, b) => a + b, 0);
const nps = (result: ImportResult) => npsFromCounts(countsFromAnswers(result.counts));

async function resultOf(blob: Blob, hooks: Parameters<typeof readSurvey>[2] = {}): Promise<ImportResult> {
  const outcome = await readSurvey(blob, {}, hooks);
  if (outcome.status !== 'result') throw new Error(JSON.stringify(outcome));
  return outcome.result;
}

describe('1. mixed line endings', () => {
  test('CRLF then LF: every response counts (the issue’s repro: n = 5, NPS −20)', async () => {
    const text = 'How likely are you to recommend us?,Comment\r\n9,a\r\n10,b\r\n0,c\n0,d\n0,e\n';
    const result = await resultOf(new Blob([text]));
    expect(n(result)).toBe(5);
    expect(nps(result)).toBeCloseTo(-20, 9);
    expect(result.rowsRead).toBe(5);
    expect(result.unreadable.total).toBe(0);
  });

  test('LF first, then lone CRs and CRLFs, cut at every slice size', async () => {
    const text = 'id,nps,comment\n1,9,a\n2,10,b\r3,0,c\r4,6,"two\r\nlines"\r\n5,8,e\r6,7,f\n';
    for (const sliceBytes of [1, 2, 3, 5, 8, 64]) {
      const result = await resultOf(new Blob([text]), { sliceBytes });
      expect(result.rowsRead).toBe(6);
      expect(result.counts[9]! + result.counts[10]! + result.counts[0]! + result.counts[6]! + result.counts[8]! + result.counts[7]!).toBe(6);
      expect(result.detractors.map((d) => [d.line, d.comment])).toEqual([
        [4, 'c'],
        [5, 'two\nlines'],
      ]);
    }
  });
});

describe('3. errors inside the read, and the cost of an unclosed quote', () => {
  test('an unclosed quote early in a large file: the rows before it are counted, the rest is reported as one unreadable record', async () => {
    const before = Array.from({ length: 20 }, (_, i) => `${i + 1},9,fine`).join('\n');
    const after = Array.from({ length: 100_000 }, (_, i) => `${i + 22},0,never read`).join('\n');
    const text = `id,How likely are you to recommend us?,comment\n${before}\n21,3,"opens and never closes\n${after}\n`;
    const result = await resultOf(new Blob([text]), { sliceBytes: 64 * 1024, maxRecordChars: 256 * 1024 });
    expect(result.rowsRead).toBe(20);
    expect(result.counts[9]).toBe(20);
    expect(result.unreadable.total).toBe(1);
    const [record] = result.unreadable.records;
    expect(record).toMatchObject({ line: 22, reason: 'unclosed-quote', lineBreaks: 100_001 });
    // From its first character to the end of the file: the quote swallowed every line break after it.
    expect(record!.chars).toBe(text.length - text.indexOf('21,3,'));
  });

  test('a quote opened in the first data row of a file: an error that names the row', async () => {
    const rows = Array.from({ length: 50 }, (_, i) => `${i},0,x`).join('\n');
    const outcome = await readSurvey(new Blob([`id,nps,comment\n1,9,"oops\n${rows}\n`]));
    expect(outcome).toEqual({ status: 'error', error: { code: 'unclosed-quote', line: 2 } });
  });

  test('a file that fails to read part-way (changed on disk, say): the rows so far, marked partial with row, bytes and error', async () => {
    const text = `id,nps,comment\n${Array.from({ length: 40_000 }, (_, i) => `${i},${i % 11},c`).join('\n')}\n`;
    const real = new Blob([text]);
    const failing = {
      size: real.size,
      slice(start: number, end: number) {
        if (start >= 300_000) return { arrayBuffer: () => Promise.reject(new DOMException('The file changed on disk.', 'NotReadableError')) };
        return real.slice(start, end);
      },
    } as unknown as Blob;
    const result = await resultOf(failing, { sliceBytes: 100_000 });
    expect(result.partial).toMatchObject({ bytesRead: 300_000, detail: 'NotReadableError: The file changed on disk.' });
    expect(result.partial!.line).toBeGreaterThan(1000);
    // Everything up to the last complete row was counted, nothing after it.
    expect(result.rowsRead).toBeLessThanOrEqual(result.partial!.line - 1);
    expect(result.rowsRead).toBeGreaterThan(result.partial!.line - 3);
    expect(n(result) + result.skipped.total).toBe(result.rowsRead);
  });

  test('an exception thrown while rows are counted (an engine limit, say) is reported as partial, not swallowed', async () => {
    // eslint-disable-next-line @typescript-eslint/unbound-method -- the original method, kept to be called with .call(this) in the mock
    const add = Tally.prototype.add;
    let calls = 0;
    const spy = vi.spyOn(Tally.prototype, 'add').mockImplementation(function (this: Tally, row, line) {
      if (++calls === 1500) throw new RangeError('Invalid string length');
      add.call(this, row, line);
    });
    try {
      const text = `id,nps\n${Array.from({ length: 3000 }, (_, i) => `${i},9`).join('\n')}\n`;
      const result = await resultOf(new Blob([text]), { sliceBytes: 1024 });
      expect(result.partial?.detail).toBe('RangeError: Invalid string length');
      expect(result.rowsRead).toBe(1499);
      expect(result.partial!.line).toBe(1500);
    } finally {
      spy.mockRestore();
    }
  });
});

describe('4. long comments: memory bounded, the cut said in the download', () => {
  test('each stored comment keeps at most MAX_COMMENT_CHARS characters; its full length is recorded and the CSV says where it was cut', async () => {
    const long = 'x'.repeat(100_000);
    const rows = Array.from({ length: 30 }, (_, i) => `${i},3,"${long}${i}"`).join('\n');
    const result = await resultOf(new Blob([`id,How likely are you to recommend us?,Comment\n${rows}\n`]));
    expect(result.detractors).toHaveLength(30);
    expect(result.commentsCut).toBe(30);
    for (const detractor of result.detractors) {
      expect(detractor.comment.length).toBe(MAX_COMMENT_CHARS);
      expect(detractor.commentChars).toBeGreaterThan(100_000);
    }
    const csv = detractorsCsv(result, { line: 'row', answer: 'answer', comment: 'comment', segment: 'segment', date: 'date', respondent: 'respondent' }, ENGLISH_CSV);
    expect(csv.length).toBeLessThan(30 * (MAX_COMMENT_CHARS + 200));
    expect(csv).toContain('(cut: 100001 characters, the first 2000 kept)');
  });

  test('segment names, dates and respondent ids are kept to a bounded length', async () => {
    const name = 'S'.repeat(5000);
    const rows = Array.from({ length: 12 }, (_, i) => `${'r'.repeat(3000)}${i},2,${name}`).join('\n');
    const result = await resultOf(new Blob([`Respondent ID,How likely are you to recommend us?,Segment\n${rows}\n`]));
    expect(result.detractors).toHaveLength(12);
    for (const detractor of result.detractors) {
      expect(detractor.respondent!.length).toBeLessThanOrEqual(200);
      expect((detractor.segment ?? '').length).toBeLessThanOrEqual(200);
    }
  });
});

describe('5. first records longer than the first slice', () => {
  test('a 300 KB first comment', async () => {
    const text = `id,How likely are you to recommend us?,comment\n1,9,"${'long '.repeat(60_000)}"\n2,3,short\n3,10,ok\n`;
    expect(text.length).toBeGreaterThan(300_000);
    const result = await resultOf(new Blob([text]));
    expect(n(result)).toBe(3);
    expect(result.column).toBe(1);
  });

  test('a 600 KB header', async () => {
    const header = `id,How likely are you to recommend us?,${Array.from({ length: 600 }, (_, i) => `Question ${i}: ${'tell us more about it '.repeat(46)}`).join(',')}`;
    expect(header.length).toBeGreaterThan(600_000);
    const rows = Array.from({ length: 30 }, (_, i) => `${i},${i % 11}`).join('\n');
    const result = await resultOf(new Blob([`${header}\n${rows}\n`]));
    expect(n(result)).toBe(30);
    expect(result.column).toBe(1);
  }, 30_000);

  test('first rows beyond the stated bound: a plain error, not “no responses”', async () => {
    const text = `id,nps\n1,"${'y'.repeat(3 * 1024 * 1024)}\n`;
    const outcome = await readSurvey(new Blob([`${text}${'2,9\n'.repeat(10)}`]), {}, { maxSampleBytes: 2 * 1024 * 1024 });
    expect(outcome.status).toBe('error');
    if (outcome.status === 'error') expect(outcome.error.code).not.toBe('no-data-rows');
  });
});

describe('6. years 0000–0099', () => {
  test('0024-03-05 is March 0024 in the trend, and shown as such', async () => {
    const rows = ['1,0024-03-05,9', '2,0024-03-09,3', '3,2024-03-05,10', '4,0099-12-31,8'].join('\n');
    const result = await resultOf(new Blob([`id,Date,How likely are you to recommend us?\n${rows}\n`]));
    expect(result.byMonth?.map((month) => month.month)).toEqual(['0024-03', '0099-12', '2024-03']);
    expect(formatPartialDate('0024-03', 'en')).toBe('Mar 0024');
    expect(formatPartialDate('0099-12-31', 'en')).toBe('31 Dec 0099');
    expect(formatPartialDate('0024-03', 'fr')).toBe('mars 0024');
    expect(formatPartialDate('2024-03', 'en')).toBe('Mar 2024');
  });
});
