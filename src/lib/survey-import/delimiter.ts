/**
 * Delimiter detection and a small quote-aware splitter for the sample at the start of a file.
 * (The whole file is streamed through PapaParse in the worker; this only reads the first records.)
 *
 * Detection: split the sample with `,`, `;` and tab, count fields per record, and keep the delimiter
 * whose count is the most consistent across records (ties → more fields). Quoted fields may hold
 * separators, doubled quotes and line breaks. An Excel `sep=;` first line decides outright.
 */
import type { Delimiter } from './types.ts';

export const DELIMITERS: readonly Delimiter[] = [',', ';', '\t'];

export interface SplitSample {
  records: string[][];
  /** False when the text ended inside the last record (the sample was cut mid-record). */
  lastComplete: boolean;
}

/**
 * Split text into records. `complete` says whether `text` is the whole file; if not, the last record
 * is dropped unless a line break ended it. Completely empty lines are dropped (they are not rows).
 */
export function splitRecords(text: string, delimiter: string, maxRecords = Infinity, complete = true): SplitSample {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let index = 0;
  let atFieldStart = true;
  const length = text.length;
  const pushRecord = () => {
    record.push(field);
    if (!(record.length === 1 && record[0] === '')) records.push(record);
    record = [];
    field = '';
    atFieldStart = true;
  };
  while (index < length && records.length < maxRecords) {
    const char = text[index] as string;
    if (atFieldStart && char === '"') {
      // Quoted field: up to the closing quote that is not doubled.
      index++;
      let closed = false;
      while (index < length) {
        const next = text.indexOf('"', index);
        if (next === -1) {
          field += text.slice(index);
          index = length;
          break;
        }
        field += text.slice(index, next);
        if (text[next + 1] === '"') {
          field += '"';
          index = next + 2;
        } else {
          index = next + 1;
          closed = true;
          break;
        }
      }
      if (!closed) {
        // The text ended inside quotes: a cut sample, or a quote never closed in a whole file.
        if (!complete) return { records, lastComplete: false };
        record.push(field);
        records.push(record);
        return { records, lastComplete: true };
      }
      atFieldStart = false;
      continue;
    }
    atFieldStart = false;
    if (char === delimiter) {
      record.push(field);
      field = '';
      atFieldStart = true;
      index++;
    } else if (char === '\n' || char === '\r') {
      index += char === '\r' && text[index + 1] === '\n' ? 2 : 1;
      pushRecord();
    } else {
      field += char;
      index++;
    }
  }
  if (records.length >= maxRecords) return { records, lastComplete: true };
  // End of text without a final line break.
  if (field !== '' || record.length > 0) {
    if (complete) {
      record.push(field);
      records.push(record);
      return { records, lastComplete: true };
    }
    return { records, lastComplete: false };
  }
  return { records, lastComplete: true };
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
