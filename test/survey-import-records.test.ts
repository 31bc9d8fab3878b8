/**
 * The import's record splitter (src/lib/survey-import/records.ts) against the independent oracle in
 * test/support/csv-oracle.ts: the same records whatever the line endings, however the text is cut into
 * pieces, with long records and unclosed quotes reported as unreadable; memory bounded on an unclosed quote.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { RecordSplitter } from '../src/lib/survey-import/records.ts';
import { type OracleRecord, oracleRecords } from './support/csv-oracle.ts';

/** Run the splitter over `pieces` and list what it emitted, in the oracle's shape. */
function split(pieces: readonly string[], delimiter: string, cap: number): OracleRecord[] {
  const out: OracleRecord[] = [];
  const splitter = new RecordSplitter(
    delimiter,
    {
      record: (fields) => out.push({ kind: 'record', line: out.length + 1, fields }),
      empty: () => out.push({ kind: 'empty', line: out.length + 1 }),
      unreadable: (span) => out.push({ kind: 'unreadable', line: out.length + 1, ...span }),
    },
    cap,
  );
  for (const piece of pieces) splitter.push(piece);
  splitter.end();
  return out;
}

/** `text` cut at the given positions. */
const cut = (text: string, at: number[]) => {
  const points = [...new Set(at.map((p) => p % (text.length + 1)))].sort((a, b) => a - b);
  const pieces: string[] = [];
  let from = 0;
  for (const point of points) {
    pieces.push(text.slice(from, point));
    from = point;
  }
  pieces.push(text.slice(from));
  return pieces;
};

describe('RecordSplitter', () => {
  test('CRLF, LF and lone CR in one text each end a record; a quoted line break stays in its field', () => {
    const text = 'q,c\r\n9,a\r\n10,b\r\n0,c\n0,d\r0,"e\r\nf"\n\n1,g';
    expect(split([text], ',', 1000)).toEqual([
      { kind: 'record', line: 1, fields: ['q', 'c'] },
      { kind: 'record', line: 2, fields: ['9', 'a'] },
      { kind: 'record', line: 3, fields: ['10', 'b'] },
      { kind: 'record', line: 4, fields: ['0', 'c'] },
      { kind: 'record', line: 5, fields: ['0', 'd'] },
      { kind: 'record', line: 6, fields: ['0', 'e\r\nf'] },
      { kind: 'empty', line: 7 },
      { kind: 'record', line: 8, fields: ['1', 'g'] },
    ]);
  });

  test('a CRLF or a doubled quote cut between two pieces reads as if whole', () => {
    expect(split(['a,"x"', '"y"\r', '\nb,c\r', 'd'], ',', 1000)).toEqual([
      { kind: 'record', line: 1, fields: ['a', 'x"y'] },
      { kind: 'record', line: 2, fields: ['b', 'c'] },
      { kind: 'record', line: 3, fields: ['d'] },
    ]);
  });

  test('a record over the cap is unreadable, whole; the next record reads normally', () => {
    expect(split([`1,${'x'.repeat(30)}\n2,ok\n`], ',', 20)).toEqual([
      { kind: 'unreadable', line: 1, reason: 'too-long', chars: 32, lineBreaks: 0 },
      { kind: 'record', line: 2, fields: ['2', 'ok'] },
    ]);
  });

  test('an unclosed quote holds at most the cap plus one piece, however long the rest of the file', () => {
    let held = 0;
    let reported: unknown;
    const splitter = new RecordSplitter(',', { record: () => undefined, empty: () => undefined, unreadable: (span) => (reported = span) }, 64 * 1024);
    splitter.push('id,nps\n1,"never closed\n');
    const piece = '2,9,more text\n'.repeat(4096);
    for (let index = 0; index < 200; index++) {
      splitter.push(piece);
      held = Math.max(held, splitter.heldChars);
    }
    splitter.end();
    expect(held).toBeLessThanOrEqual(64 * 1024 + piece.length);
    expect(reported).toEqual({ reason: 'unclosed-quote', chars: '1,"never closed\n'.length + 200 * piece.length, lineBreaks: 1 + 200 * 4096 });
  });

  test('random text cut anywhere gives the oracle’s records (mixed line endings, quotes, long records)', () => {
    const alphabet = fc.constantFrom('a', 'b', '9', ',', ';', '"', '"', '\n', '\r', '\r\n', ' ', 'xxxxxxxxxx');
    fc.assert(
      fc.property(
        fc.array(alphabet, { maxLength: 300 }).map((parts) => parts.join('')),
        fc.array(fc.nat(), { maxLength: 12 }),
        fc.constantFrom(',', ';'),
        fc.integer({ min: 1, max: 60 }),
        (text, at, delimiter, cap) => {
          expect(split(cut(text, at), delimiter, cap)).toEqual(oracleRecords(text, delimiter, cap));
        },
      ),
      { numRuns: 2000 },
    );
  });
});
