/** The score tool's results CSV: with an imported file it also holds the month and segment tables. */
import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import { buildResultsCsv } from '../src/islands/score-tool/csv-rows.ts';
import { scoreToolStringsEn } from '../src/lib/score-tool-strings-en.ts';
import { scoreToolStringsFr } from '../src/lib/score-tool-strings-fr.ts';
import { computeResults } from '../src/lib/score-results.ts';

// Answers 0..10: March has 2 promoters (10), 1 passive (8), 1 detractor (3): NPS +25, n 4.
const march = [0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 2];
// April has 1 promoter and 3 detractors: NPS −50, n 4.
const april = [3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1];
const total = march.map((count, i) => count + (april[i] ?? 0));
const breakdowns = {
  byMonth: [
    { month: '2024-03', counts: march },
    { month: '2024-04', counts: april },
  ],
  bySegment: [
    { segment: 'North', counts: march },
    { segment: '', counts: april, kind: 'blank' as const },
  ],
};

/** Adjusted-Wald interval written out from ../shared/research/nps-statistics.md §3.2, independently of nps-stats.ts. */
function adjustedWald(promoters: number, passives: number, detractors: number): [number, number] {
  const n = promoters + passives + detractors + 3;
  const p = (promoters + 0.75) / n;
  const d = (detractors + 0.75) / n;
  const centre = p - d;
  const half = 1.959963984540054 * Math.sqrt((p + d - centre ** 2) / n);
  return [Math.max(-100, (centre - half) * 100), Math.min(100, (centre + half) * 100)];
}

function rowsOf(text: string, delimiter: string): string[][] {
  return Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { delimiter, skipEmptyLines: true }).data;
}

describe('buildResultsCsv', () => {
  const outcome = computeResults({ kind: 'file' }, { confidence: 0.95 }, total);
  if (!outcome?.ok) throw new Error('fixture counts must score');

  test('English: each month and segment with its NPS, n and 95 % interval, as the import tables show them', () => {
    const text = buildResultsCsv({ locale: 'en', t: scoreToolStringsEn, results: outcome.results, level: '95', breakdowns });
    const rows = rowsOf(text, ',');
    const month = rows.filter((r) => r[0] === 'By month (from the file)');
    expect(month.map((r) => r[1])).toEqual([
      'Mar 2024 · NPS',
      'Mar 2024 · Respondents',
      'Mar 2024 · 95 % interval low (adjusted Wald)',
      'Mar 2024 · 95 % interval high (adjusted Wald)',
      'Apr 2024 · NPS',
      'Apr 2024 · Respondents',
      'Apr 2024 · 95 % interval low (adjusted Wald)',
      'Apr 2024 · 95 % interval high (adjusted Wald)',
    ]);
    expect(Number(month[0]?.[2])).toBe(25);
    expect(Number(month[1]?.[2])).toBe(4);
    const [low, high] = adjustedWald(2, 1, 1);
    expect(Number(month[2]?.[2])).toBeCloseTo(low, 9);
    expect(Number(month[3]?.[2])).toBeCloseTo(high, 9);
    expect(Number(month[4]?.[2])).toBe(-50);
    const segment = rows.filter((r) => r[0] === 'By segment (from the file)');
    expect(segment.map((r) => r[1])).toContain('North · NPS');
    expect(segment.map((r) => r[1])).toContain('(no segment) · NPS');
  });

  test('French: the same rows with semicolons and decimal commas, negative scores stay numbers', () => {
    const text = buildResultsCsv({ locale: 'fr', t: scoreToolStringsFr, results: outcome.results, level: '95', breakdowns });
    const rows = rowsOf(text, ';').filter((r) => r[0] === 'Par mois (d’après le fichier)');
    expect(rows).toHaveLength(8);
    expect(rows[4]?.[2]).toBe('-50');
    const [low] = adjustedWald(1, 0, 3);
    expect(Number(rows[6]?.[2]?.replace(',', '.'))).toBeCloseTo(low, 9);
  });

  test('without a file, no breakdown rows', () => {
    const plain = computeResults({ kind: 'score', score: 31, n: 850 }, { confidence: 0.95 });
    if (!plain?.ok) throw new Error('score must compute');
    const rows = rowsOf(buildResultsCsv({ locale: 'en', t: scoreToolStringsEn, results: plain.results, level: '95' }), ',');
    expect(rows.some((r) => r[0]?.startsWith('By '))).toBe(false);
  });
});
