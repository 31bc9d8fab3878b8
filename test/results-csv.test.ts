import Papa from 'papaparse';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { RESULT_COLUMNS, csvCell, neutraliseCell, resultsCsv, toCsv } from '../src/lib/results-csv.ts';

describe('neutraliseCell', () => {
  test.each(['=HYPERLINK("http://x")', '+1+1', '-2+3+cmd|" /C calc"!A0', '@SUM(A1)', '\t=1', '\r=1'])('prefixes %j with an apostrophe', (text) => {
    expect(neutraliseCell(text)).toBe(`'${text}`);
  });
  test('leaves ordinary text alone', () => {
    expect(neutraliseCell('Orange')).toBe('Orange');
    expect(neutraliseCell('28.4')).toBe('28.4');
    expect(neutraliseCell('')).toBe('');
  });
  test('negative numbers are neutralised too (any cell starting with -)', () => {
    expect(csvCell(-7)).toBe("'-7");
    expect(csvCell(28.4)).toBe('28.4');
  });
});

describe('csvCell and toCsv', () => {
  test('quotes commas, quotes and line breaks; empty for null and non-finite', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(Number.NaN)).toBe('');
  });
  test('numbers are written unrounded', () => {
    expect(csvCell(100 / 3)).toBe(String(100 / 3));
  });
  test('any text survives a CSV parser, and no parsed cell starts with a formula character (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.oneof(fc.string(), fc.double({ noNaN: true, noDefaultInfinity: true })), { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 5 }), (rows) => {
        const width = Math.max(...rows.map((r) => r.length));
        const padded = rows.map((r) => [...r, ...Array(width - r.length).fill('')]);
        const parsed = Papa.parse<string[]>(toCsv(padded), { delimiter: ',', newline: '\r\n', skipEmptyLines: false }).data.slice(0, padded.length);
        parsed.forEach((row, i) => {
          row.forEach((cell, j) => {
            expect(/^[=+\-@\t\r]/.test(cell)).toBe(false);
            const original = padded[i]![j];
            const text = typeof original === 'number' ? String(original) : (original as string);
            expect(cell).toBe(/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);
          });
        });
      }),
      // A cell of pipes once made PapaParse guess '|' as the delimiter: kept as a fixed example.
      { examples: [[[[0, '||', '', '']]]] },
    );
  });
});

describe('resultsCsv', () => {
  test('header, results, then benchmarks with their source; hostile names neutralised', () => {
    const text = resultsCsv(
      [
        { section: 'Your score', item: 'NPS', value: 30, unit: 'points (−100 to 100)' },
        { section: 'Your score', item: 'Interval low', value: 11.4, unit: 'points' },
      ],
      [
        {
          section: 'Benchmark',
          item: '=cmd|calc',
          value: -7,
          unit: 'points',
          relation: 'exact',
          period: '2024',
          market: 'FR',
          surveyType: 'unknown',
          grade: 'B',
          comparedWithYou: 'you are above',
          significance: "can't tell",
          source: 'Le Monde, "Baromètre"',
          sourceUrl: 'https://example.org/a',
        },
      ],
    );
    const rows = Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
    expect(rows[0]).toEqual([...RESULT_COLUMNS]);
    expect(rows[1]?.slice(0, 4)).toEqual(['Your score', 'NPS', '30', 'points (−100 to 100)']);
    expect(rows[3]?.[1]).toBe("'=cmd|calc");
    expect(rows[3]?.[2]).toBe("'-7");
    expect(rows[3]?.[12]).toBe('Le Monde, "Baromètre"');
    expect(rows[3]?.[13]).toBe('https://example.org/a');
    expect(rows.every((r) => r.length === RESULT_COLUMNS.length)).toBe(true);
  });
});
