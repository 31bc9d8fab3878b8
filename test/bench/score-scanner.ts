/**
 * The baseline for the import benchmark: a plain byte scanner that reads only the score column of a CSV file
 * (comma-separated, double-quoted fields that may hold commas, quotes and line breaks, one header row) and counts
 * the answers 0..10. It decodes nothing, detects nothing and keeps nothing but 11 counters: the practical
 * speed limit for one pass over the bytes in JavaScript.
 */
import { closeSync, openSync, readSync } from 'node:fs';

export interface ScanResult {
  counts: number[];
  rows: number;
  skipped: number;
}

const QUOTE = 0x22;
const COMMA = 0x2c;
const LF = 0x0a;
const CR = 0x0d;
const ZERO = 0x30;
const NINE = 0x39;

/** Scan `path`, counting the integer answers of column `column` (0-based); other rows are `skipped`. */
export function scanScoreColumn(path: string, column: number, bufferBytes = 4 * 1024 * 1024): ScanResult {
  const counts = new Array<number>(11).fill(0);
  let rows = 0;
  let skipped = 0;
  let header = true;
  let field = 0;
  let inQuotes = false;
  let quoteInQuotes = false; // saw `"` inside quotes: either the closing quote or the first of `""`
  let lineHasBytes = false;
  let value = 0;
  let digits = 0;
  let other = false;

  const endRow = () => {
    if (header) header = false;
    else if (lineHasBytes) {
      rows++;
      if (digits > 0 && !other && value <= 10) counts[value]!++;
      else skipped++;
    }
    field = 0;
    lineHasBytes = false;
    value = 0;
    digits = 0;
    other = false;
  };

  const buffer = Buffer.allocUnsafe(bufferBytes);
  const fd = openSync(path, 'r');
  try {
    for (;;) {
      const length = readSync(fd, buffer, 0, bufferBytes, null);
      if (length === 0) break;
      for (let i = 0; i < length; i++) {
        const byte = buffer[i] as number;
        if (inQuotes) {
          if (quoteInQuotes) {
            quoteInQuotes = false;
            if (byte === QUOTE) continue; // `""`: a literal quote, still inside
            inQuotes = false; // the quote closed the field; handle this byte below
          } else {
            if (byte === QUOTE) quoteInQuotes = true;
            else if (field === column) other = true;
            continue;
          }
        }
        if (byte === LF) {
          endRow();
          continue;
        }
        if (byte === CR) continue;
        lineHasBytes = true;
        if (byte === COMMA) field++;
        else if (byte === QUOTE) inQuotes = true;
        else if (field === column) {
          if (byte >= ZERO && byte <= NINE) {
            value = value * 10 + (byte - ZERO);
            digits++;
          } else if (byte !== 0x20) other = true;
        }
      }
    }
    if (inQuotes && quoteInQuotes) inQuotes = false;
    if (lineHasBytes) endRow();
  } finally {
    closeSync(fd);
  }
  return { counts, rows, skipped };
}
