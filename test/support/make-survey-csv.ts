/**
 * Generates large survey exports for tests and benchmarks, seeded, and returns what an import must find.
 * The expectations are tallied here as the answers are drawn, independently of the import code.
 *
 * Shape (plain layout, comma, UTF-8, LF): Respondent ID, Submitted (ISO date-time over 12 months of 2025),
 * the recommendation question, a quoted free-text reason (commas, doubled quotes, some line breaks), Segment.
 * About 1 % of answers are blank, 0.5 % `n/a`, 0.2 % `11`.
 *
 * CLI: node_modules/.bin/node test/support/make-survey-csv.ts <rows> <out.csv> [seed]
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { seededRandom } from './seeded-random.ts';

export interface SurveyFileSpec {
  rows: number;
  seed?: number;
}

export interface SurveyFileExpectation {
  /** Count of each answer 0..10. */
  counts: number[];
  rowsRead: number;
  skipped: { blank: number; notANumber: number; outOfRange: number; total: number };
  /** Header + data rows (a quoted line break stays inside its row). */
  records: number;
}

const REASONS = [
  'Great support, fast answers',
  'Too expensive for what it does',
  'The app crashes, "again" and again',
  'Fine',
  'Easy to use; my team loves it',
  'Billing was wrong twice, then fixed',
  'Delivery late\nbut friendly staff',
  '',
];
const SEGMENTS = ['Retail', 'Business', 'Public sector', 'Education'];
// Skewed like real NPS data: more 8–10 than 0–3.
const WEIGHTS = [3, 1, 1, 2, 2, 4, 6, 10, 18, 22, 31];
const CUMULATIVE: number[] = [];
for (const weight of WEIGHTS) CUMULATIVE.push((CUMULATIVE.at(-1) ?? 0) + weight);
const WEIGHT_SUM = CUMULATIVE.at(-1) as number;

export const HEADER = 'Respondent ID,Submitted,How likely are you to recommend Acme to a friend or colleague?,What is the main reason for your score?,Segment\n';

const quote = (text: string) => (/[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

/** Yield the file as text chunks of about `chunkRows` rows; `expectation` is filled as rows are produced. */
export function* surveyCsvChunks(spec: SurveyFileSpec, expectation: SurveyFileExpectation, chunkRows = 10_000): Generator<string> {
  const next = seededRandom(spec.seed ?? 1);
  let chunk = HEADER;
  expectation.records = 1;
  for (let row = 1; row <= spec.rows; row++) {
    const roll = next();
    let answer: string;
    if (roll < 0.01) {
      answer = '';
      expectation.skipped.blank++;
    } else if (roll < 0.015) {
      answer = 'n/a';
      expectation.skipped.notANumber++;
    } else if (roll < 0.017) {
      answer = '11';
      expectation.skipped.outOfRange++;
    } else {
      const pick = next() * WEIGHT_SUM;
      const value = CUMULATIVE.findIndex((limit) => pick < limit);
      answer = String(value);
      expectation.counts[value]!++;
    }
    const month = 1 + Math.floor(next() * 12);
    const day = 1 + Math.floor(next() * 28);
    const date = `2025-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')} ${String(Math.floor(next() * 24)).padStart(2, '0')}:15:00`;
    const reason = REASONS[Math.floor(next() * REASONS.length)] as string;
    const segment = SEGMENTS[Math.floor(next() * SEGMENTS.length)] as string;
    chunk += `${100000 + row},${date},${answer},${quote(reason)},${segment}\n`;
    expectation.rowsRead++;
    expectation.records++;
    if (row % chunkRows === 0) {
      yield chunk;
      chunk = '';
    }
  }
  expectation.skipped.total = expectation.skipped.blank + expectation.skipped.notANumber + expectation.skipped.outOfRange;
  if (chunk) yield chunk;
}

export function emptyExpectation(): SurveyFileExpectation {
  return { counts: new Array<number>(11).fill(0), rowsRead: 0, skipped: { blank: 0, notANumber: 0, outOfRange: 0, total: 0 }, records: 0 };
}

/** The whole file as a Blob (for Node tests), with its expectation. */
export function surveyCsvBlob(spec: SurveyFileSpec): { blob: Blob; expected: SurveyFileExpectation } {
  const expected = emptyExpectation();
  const parts = [...surveyCsvChunks(spec, expected)];
  return { blob: new Blob(parts, { type: 'text/csv' }), expected };
}

/** Write the file to `path` (streaming, any size), with its expectation. */
export async function writeSurveyCsv(path: string, spec: SurveyFileSpec): Promise<SurveyFileExpectation> {
  const expected = emptyExpectation();
  const out = createWriteStream(path);
  for (const chunk of surveyCsvChunks(spec, expected)) {
    if (!out.write(chunk)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return expected;
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  const [rows, path, seed] = process.argv.slice(2);
  if (!rows || !path) {
    console.error('usage: node_modules/.bin/node test/support/make-survey-csv.ts <rows> <out.csv> [seed]');
    process.exit(2);
  }
  const expected = await writeSurveyCsv(path, { rows: Number(rows), seed: seed ? Number(seed) : 1 });
  console.log(JSON.stringify(expected));
}
