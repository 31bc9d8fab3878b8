/**
 * Files for the bench's unclosed-quote rows: a plain export (Respondent ID, Submitted, the question, an
 * unquoted reason, Segment) with no quote anywhere except one `"` that opens the reason of data row
 * `quoteRow` and never closes, so everything after it is one unreadable record. Its clean twin is the same
 * file without that quote. Seeded; the expectation is tallied here as rows are written, not by the import.
 */
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';

export interface UnclosedQuoteExpectation {
  /** Answers 0..10 of the rows before the quote (what the import can count). */
  counts: number[];
  /** Data rows before the quote. */
  rowsBefore: number;
  /** The row (1-based, header included) where the quote opens. */
  quoteLine: number;
  /** Line breaks the unreadable record swallows (every one after the quote, the final one included). */
  lineBreaks: number;
  /** Answers 0..10 of every row of the clean twin. */
  cleanCounts: number[];
}

const REASONS = ['Great support', 'Too expensive', 'Crashes again', 'Fine', 'Easy to use', 'Billing was wrong twice', ''];
const SEGMENTS = ['Retail', 'Business', 'Public sector', 'Education'];

export async function writeUnclosedQuoteCsv(path: string, cleanPath: string, rows: number, quoteRow: number, seed = 5): Promise<UnclosedQuoteExpectation> {
  let state = seed >>> 0;
  const next = () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 4_294_967_296;
  };
  const expected: UnclosedQuoteExpectation = {
    counts: new Array<number>(11).fill(0),
    rowsBefore: 0,
    quoteLine: quoteRow + 1,
    lineBreaks: 0,
    cleanCounts: new Array<number>(11).fill(0),
  };
  const out = createWriteStream(path);
  const clean = createWriteStream(cleanPath);
  const header = 'Respondent ID,Submitted,How likely are you to recommend Acme to a friend or colleague?,What is the main reason for your score?,Segment\n';
  let chunk = header;
  let cleanChunk = header;
  const flush = async () => {
    if (!out.write(chunk)) await once(out, 'drain');
    if (!clean.write(cleanChunk)) await once(clean, 'drain');
    chunk = '';
    cleanChunk = '';
  };
  for (let row = 1; row <= rows; row++) {
    const answer = Math.floor(next() * 11);
    const date = `2025-${String(1 + Math.floor(next() * 12)).padStart(2, '0')}-${String(1 + Math.floor(next() * 28)).padStart(2, '0')}`;
    const reason = REASONS[Math.floor(next() * REASONS.length)] as string;
    const segment = SEGMENTS[Math.floor(next() * SEGMENTS.length)] as string;
    const line = `${100000 + row},${date},${answer},`;
    const rest = `${reason},${segment}\n`;
    chunk += line + (row === quoteRow ? '"' : '') + rest;
    cleanChunk += line + rest;
    expected.cleanCounts[answer]!++;
    if (row < quoteRow) {
      expected.counts[answer]!++;
      expected.rowsBefore++;
    } else expected.lineBreaks++;
    if (row % 10_000 === 0) await flush();
  }
  await flush();
  out.end();
  clean.end();
  await Promise.all([once(out, 'finish'), once(clean, 'finish')]);
  return expected;
}
