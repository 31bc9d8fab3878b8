import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import { ENGLISH_CSV, FRENCH_CSV } from '../src/lib/csv-write.ts';
import { RESULT_COLUMNS, resultsCsv } from '../src/lib/results-csv.ts';

// Cell rules (quoting, neutralising, numbers) are tested in csv-write.test.ts; here, the file's shape.

const summary = [
  { section: 'Your score', item: 'NPS', value: 30, unit: 'points (−100 to 100)' },
  { section: 'Your score', item: 'Gap to the leader', value: -12.5, unit: 'points' },
];

describe('resultsCsv', () => {
  test('French: semicolons, decimal commas, a BOM, negative numbers kept as numbers', () => {
    const text = resultsCsv(summary, [], FRENCH_CSV);
    expect(text.startsWith('\uFEFFsection;item;value;unit;')).toBe(true);
    const rows = Papa.parse<string[]>(text.slice(1), { delimiter: ';', skipEmptyLines: true }).data;
    expect(rows[2]?.slice(0, 3)).toEqual(['Your score', 'Gap to the leader', '-12,5']);
  });

  test('header, results, then benchmarks with their source; hostile names neutralised', () => {
    const text = resultsCsv(
      summary,
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
      ENGLISH_CSV,
    );
    const rows = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data;
    expect(rows[0]).toEqual([...RESULT_COLUMNS]);
    expect(rows[1]?.slice(0, 4)).toEqual(['Your score', 'NPS', '30', 'points (−100 to 100)']);
    expect(rows[3]?.[1]).toBe("'=cmd|calc");
    expect(rows[3]?.[2]).toBe('-7');
    expect(rows[3]?.[12]).toBe('Le Monde, "Baromètre"');
    expect(rows[3]?.[13]).toBe('https://example.org/a');
    expect(rows.every((r) => r.length === RESULT_COLUMNS.length)).toBe(true);
  });
});
