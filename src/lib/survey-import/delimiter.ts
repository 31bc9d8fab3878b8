/**
 * Delimiter detection, and the sample at the start of a file split into records (with records.ts, the
 * same splitter the worker streams the whole file through).
 *
 * Detection: split the sample with `,`, `;` and tab, count fields per record, and keep the delimiter
 * whose most common count of two or more fields covers the most records (ties → more fields). Records
 * of one field do not vote: a run of one-field records (lines inside a comment's line breaks, say) must
 * not hide the delimiter every other record uses. Quoted fields may hold
 * separators, doubled quotes and line breaks. An Excel `sep=;` first line decides outright.
 */
import { MAX_RECORD_CHARS, RecordSplitter, type UnreadableSpan } from './records.ts';
import type { Delimiter } from './types.ts';

export const DELIMITERS: readonly Delimiter[] = [',', ';', '\t'];

export interface SplitSample {
  records: string[][];
  /** False when the text ended inside the last record (the sample was cut mid-record). */
  lastComplete: boolean;
  /** Records that could not be read (records.ts), with their row in the text (1-based, empty lines counted). */
  unreadable: Array<UnreadableSpan & { line: number }>;
}

/** Thrown by the sink to stop splitting once enough records are in. */
class Enough extends Error {}

/**
 * Split text into records with the import's one grammar (records.ts). `complete` says whether `text` is
 * the whole file; if not, the last record is dropped unless a line break ended it. Completely empty
 * lines are dropped (they are not rows); unreadable records are listed apart.
 */
export function splitRecords(text: string, delimiter: string, maxRecords = Infinity, complete = true, maxRecordChars = MAX_RECORD_CHARS): SplitSample {
  const records: string[][] = [];
  const unreadable: SplitSample['unreadable'] = [];
  let line = 0;
  const splitter = new RecordSplitter(
    delimiter,
    {
      record(fields) {
        line++;
        records.push(fields);
        if (records.length >= maxRecords) throw new Enough();
      },
      empty() {
        line++;
      },
      unreadable(span) {
        line++;
        unreadable.push({ ...span, line });
      },
    },
    maxRecordChars,
  );
  try {
    splitter.push(text);
    if (!complete) return { records, lastComplete: !splitter.inRecord, unreadable };
    splitter.end();
  } catch (error) {
    if (!(error instanceof Enough)) throw error;
  }
  return { records, lastComplete: true, unreadable };
}

/** An Excel `sep=X` first line: the delimiter it declares, or undefined. */
export function sepLine(text: string): Delimiter | undefined {
  const match = /^sep=(.)[ \t]*\r?\n/i.exec(text);
  if (!match) return undefined;
  const declared = match[1] as string;
  return (DELIMITERS as readonly string[]).includes(declared) ? (declared as Delimiter) : undefined;
}

/** Pick the delimiter of a sample (the text after any `sep=` line). One-column files get `,`. */
export function detectDelimiter(text: string, complete = true): Delimiter {
  let best: { delimiter: Delimiter; share: number; mode: number } | undefined;
  for (const delimiter of DELIMITERS) {
    const { records } = splitRecords(text, delimiter, 50, complete);
    if (records.length === 0) continue;
    const tally = new Map<number, number>();
    for (const record of records) tally.set(record.length, (tally.get(record.length) ?? 0) + 1);
    let mode = 1;
    let modeCount = 0;
    for (const [fields, count] of tally) {
      if (fields < 2) continue;
      if (count > modeCount || (count === modeCount && fields > mode)) {
        mode = fields;
        modeCount = count;
      }
    }
    if (mode < 2) continue;
    const share = modeCount / records.length;
    if (!best || share > best.share || (share === best.share && mode > best.mode)) best = { delimiter, share, mode };
  }
  return best?.delimiter ?? ',';
}
