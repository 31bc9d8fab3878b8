/**
 * The import's analyst tools end to end in Node (sniff → plan → stream → tally, the code the worker runs):
 * several 0–10 questions, one answer per respondent, weights, CSAT and CES from a column. Expected figures
 * are counted by hand from test/fixtures/exports/workbench.csv (rows listed below) and computed again here by
 * small independent formulas, never by the code under test.
 *
 * workbench.csv (row = spreadsheet row; columns: id, date, product 0–10, support 0–10, why, revenue, CSAT, CES):
 *   2  C1  2024-01-10   9 10  1200  5 6      8  C2  2024-01-05   5  4   300  1 1
 *   3  C2  2024-01-12   3  6   300  2 2      9  c3  2024-02-01   0  2     0  6 12
 *   4  C3  2024-02-01  10  9  5000  4 7     10  C5  2024-03-10 n/a  9   100  x 3
 *   5  C1  2024-03-05   6  8  1000  3 4     11  C6  2024-03-11  10 10   −50  5 7
 *   6  C4  2024-02-15   8  _     _  4 5     12  C7  2024-03-12   9  _ "1,500" _ 6
 *   7  _   2024-02-20   7  7   800  4 5     13  C8  2024-03-13   7  8   abc  3 2
 * Latest per respondent: C1 row 5 (March over January), C2 row 3 (12 Jan over the later row's 5 Jan), C3 row 9
 * (same date as row 4, later row; ids match without case or spaces); rows 2, 4, 8 are repeats.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import { readSurvey } from '../src/lib/survey-import/read-survey.ts';
import { buildResultsCsv, loadFileCsvWords } from '../src/islands/score-tool/csv-rows.ts';
import { computeResults } from '../src/lib/score-results.ts';
import { scoreToolStringsEn } from '../src/lib/score-tool-strings-en.ts';
import { scoreToolStringsFr } from '../src/lib/score-tool-strings-fr.ts';
import type { ImportOptions, ImportResult } from '../src/lib/survey-import/types.ts';
import { cesView, csatView, pinnedOptions, questionRows, weightedView } from '../src/lib/survey-import/workbench-view.ts';

const fixture = new Uint8Array(readFileSync(join(import.meta.dirname, 'fixtures/exports/workbench.csv')));
const Z = 1.959963984540054;

async function read(source: Uint8Array<ArrayBuffer> | string, options: ImportOptions = {}): Promise<ImportResult> {
  const outcome = await readSurvey(new Blob([source]), options, { sliceBytes: 64 });
  if (outcome.status !== 'result') throw new Error(JSON.stringify(outcome));
  return outcome.result;
}

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);
const npsOf = (answers: readonly number[]) => (100 * (answers.filter((a) => a >= 9).length - answers.filter((a) => a <= 6).length)) / answers.length;

/** Adjusted Wald on weighted shares with Kish's n_eff, written out from ../shared/research/nps-statistics.md. */
function weightedOracle(rows: ReadonlyArray<[answer: number, weight: number]>) {
  const total = sum(rows.map(([, w]) => w));
  const share = (test: (a: number) => boolean) => sum(rows.filter(([a]) => test(a)).map(([, w]) => w)) / total;
  const p = share((a) => a >= 9);
  const d = share((a) => a <= 6);
  const nEff = total ** 2 / sum(rows.map(([, w]) => w * w));
  const nt = nEff + 3;
  const pt = (p * nEff + 0.75) / nt;
  const dt = (d * nEff + 0.75) / nt;
  const half = Z * Math.sqrt((pt + dt - (pt - dt) ** 2) / nt);
  return { nps: (p - d) * 100, nEff, low: Math.max(-100, (pt - dt - half) * 100), high: Math.min(100, (pt - dt + half) * 100) };
}

function invariant(result: ImportResult) {
  expect(sum(result.counts) + result.skipped.total).toBe(result.rowsRead);
}

describe('several 0–10 questions', () => {
  test('both recommendation questions are listed with their tallies; the first is chosen by default and says why', async () => {
    const result = await read(fixture);
    invariant(result);
    expect(result.column).toBe(2);
    expect(result.columnReason).toEqual({ kind: 'header', likelyColumns: 2 });
    // The CSAT (1–5) and CES (1–7) columns hold 0–10 values but never above 7: not listed as questions.
    expect(result.questions?.map((q) => q.index)).toEqual([2, 3]);
    const product = [9, 3, 10, 6, 8, 7, 5, 0, 10, 9, 7];
    const support = [10, 6, 9, 8, 7, 4, 2, 9, 10, 8];
    const rows = questionRows(result);
    expect(rows.map((r) => [r.index, r.n, r.chosen])).toEqual([
      [2, 11, true],
      [3, 10, false],
    ]);
    expect(rows[0]!.nps).toBeCloseTo(npsOf(product), 12);
    expect(rows[1]!.nps).toBeCloseTo(npsOf(support), 12);
    expect(result.questions?.[1]?.skipped).toEqual({ blank: 2, notANumber: 0, outOfRange: 0, total: 2 });
    // Rows answering both: D/D rows 3, 8, 9; D/A row 5; A/A rows 7, 13; P/P rows 2, 4, 11.
    expect(result.questionPairs).toEqual([{ first: 2, second: 3, both: [3, 1, 0, 0, 2, 0, 0, 0, 3] }]);
  });

  test('choosing the second question scores it (n 10, NPS 10) and the choice is named', async () => {
    const result = await read(fixture, { column: 3 });
    expect(result.column).toBe(3);
    expect(result.columnReason).toEqual({ kind: 'chosen' });
    expect(sum(result.counts)).toBe(10);
    expect(npsOf(result.counts.flatMap((c, a) => new Array<number>(c).fill(a)))).toBeCloseTo(10, 12);
    expect(result.skipped).toEqual({ blank: 2, notANumber: 0, outOfRange: 0, total: 2 });
  });

  test('one question only: a single entry, no pairs; a group with no answer (no detractor) gives a finite NPS', async () => {
    const result = await read('id,How likely are you to recommend us?\n1,9\n2,10\n3,8\n');
    const rows = questionRows(result);
    expect(rows).toMatchObject([{ index: 1, header: 'How likely are you to recommend us?', n: 3, chosen: true }]);
    expect(rows[0]!.nps).toBeCloseTo((100 * 2) / 3, 12);
    expect(result.questionPairs).toEqual([]);
  });

  test('a question no counted row answers (its answers past the sample are all blank): n 0 and no NPS (never NaN)', async () => {
    const result = await read(fixture);
    const blank = { ...result, questions: [result.questions![0]!, { ...result.questions![1]!, counts: new Array<number>(11).fill(0) }] };
    expect(questionRows(blank).map((r) => [r.index, r.n, r.nps])).toEqual([
      [2, 11, 0],
      [3, 0, null],
    ]);
  });
});

describe('one answer per respondent', () => {
  test('repeats are found and counted on the first read; n before and after', async () => {
    const result = await read(fixture);
    expect(result.respondents).toEqual({
      column: 0,
      detectedBy: 'header',
      answersBefore: 11,
      blankIds: 1,
      distinct: 7,
      repeats: 3,
      answersAfter: 8,
      keptLatest: false,
      latestBy: 'date',
    });
    expect(result.skipped.repeat).toBeUndefined();
  });

  test('keeping the latest answer: the repeats leave the score, counted as such, and every row is accounted for', async () => {
    const result = await read(fixture, { keepLatest: true });
    invariant(result);
    expect(result.skipped).toEqual({ blank: 0, notANumber: 1, outOfRange: 0, repeat: 3, total: 4 });
    // Kept: rows 3 (3), 5 (6), 6 (8), 7 (7), 9 (0), 11 (10), 12 (9), 13 (7).
    const kept = [3, 6, 8, 7, 0, 10, 9, 7];
    expect(sum(result.counts)).toBe(8);
    expect(result.counts).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((a) => kept.filter((k) => k === a).length));
    expect(npsOf(kept)).toBe(-12.5);
    expect(result.respondents).toMatchObject({ answersBefore: 11, answersAfter: 8, repeats: 3, keptLatest: true, distinct: 7, blankIds: 1 });
    // Repeats leave every other figure too: the detractors list (rows 3, 5, 9), the months, the second question.
    expect(result.detractors.map((d) => d.line)).toEqual([3, 5, 9]);
    expect(result.byMonth?.map((m) => [m.month, sum(m.counts)])).toEqual([
      ['2024-01', 1],
      ['2024-02', 3],
      ['2024-03', 4],
    ]);
    expect(sum(result.questions![1]!.counts)).toBe(8 - 2 + 1); // kept rows' support answers (rows 6 and 12 blank) + row 10
  });

  test('without a date column the last row wins', async () => {
    const csv = 'E-mail,How likely are you to recommend us?\na@x.com,0\nb@x.com,10\nA@X.com ,9\n';
    const result = await read(csv, { keepLatest: true });
    expect(result.respondents).toMatchObject({ column: 0, latestBy: 'row', repeats: 1, answersBefore: 3, answersAfter: 2 });
    expect(result.counts[9]).toBe(1);
    expect(result.counts[0]).toBe(0);
  });

  test('a single respondent repeated keeps one answer; day/month dates follow the order the file settles on', async () => {
    // 25/01/2024 settles day/month: 03/02 is 3 February, 02/03 is 2 March (the latest, though not the last row).
    const csv = 'Customer number;Date;Recommanderiez-vous ?\nK1;25/01/2024;4\nK1;02/03/2024;9\nK1;03/02/2024;6\n';
    const result = await read(csv, { keepLatest: true });
    expect(result.dateOrder).toBe('dmy');
    expect(result.respondents).toMatchObject({ distinct: 1, repeats: 2, answersBefore: 3, answersAfter: 1 });
    expect(result.counts[9]).toBe(1);
    expect(sum(result.counts)).toBe(1);
    invariant(result);
  });

  test('a respondent column with blanks: blank ids are never matched, all kept', async () => {
    const csv = 'Client ID,How likely are you to recommend us?\n,9\n,9\n7,3\n,0\n7,10\n';
    const first = await read(csv);
    expect(first.respondents).toMatchObject({ blankIds: 3, distinct: 1, repeats: 1, answersBefore: 5, answersAfter: 4 });
    const kept = await read(csv, { keepLatest: true });
    expect(sum(kept.counts)).toBe(4);
    expect(kept.counts[3]).toBe(0);
    invariant(kept);
  });

  test('the respondent column: found by e-mail values, passed over when blank, or none', async () => {
    const byContent = await read('Who,How likely are you to recommend us?\nann@x.com,9\nbob@y.org,8\n');
    expect(byContent.respondents).toMatchObject({ column: 0, detectedBy: 'content' });
    const none = await read('Segment,How likely are you to recommend us?\nA,9\nB,8\n');
    expect(none.respondents).toBeUndefined();
    const chosenNone = await read(fixture, { respondentColumn: null, keepLatest: true });
    expect(chosenNone.respondents).toBeUndefined();
    expect(sum(chosenNone.counts)).toBe(11);
  });
});

describe('weights', () => {
  test('weighted NPS with its Kish interval, beside the unweighted one; weight problems counted by reason', async () => {
    const result = await read(fixture, { keepLatest: true, weightColumn: 5 });
    invariant(result);
    // Kept rows with a usable weight: row 3 (3, 300), 5 (6, 1000), 7 (7, 800), 12 (9, "1,500" = 1500 in an English file).
    const oracle = weightedOracle([
      [3, 300],
      [6, 1000],
      [7, 800],
      [9, 1500],
    ]);
    const view = weightedView(result)!;
    expect(view.weighted!.nps).toBeCloseTo(oracle.nps, 10);
    expect(view.weighted!.nps).toBeCloseTo((100 * (1500 - 1300)) / 3600, 10);
    expect(view.weighted!.effectiveN).toBeCloseTo(3600 ** 2 / 3_980_000, 10);
    expect(view.weighted!.interval.low).toBeCloseTo(oracle.low, 10);
    expect(view.weighted!.interval.high).toBeCloseTo(oracle.high, 10);
    expect(view.weighted!.n).toBe(4);
    expect(view.unweighted).toBe(-12.5);
    expect(result.weights?.skipped).toEqual({ blank: 1, notANumber: 1, negative: 1, zero: 1, total: 4 });
  });

  test('all weights equal: weighted = unweighted, n_eff = n', async () => {
    const answers = [10, 9, 9, 8, 7, 6, 3, 0, 10];
    const csv = `id,How likely are you to recommend us?,Weight\n${answers.map((a, i) => `${i},${a},2.5`).join('\n')}\n`;
    const view = weightedView(await read(csv, { weightColumn: 2 }))!;
    expect(view.weighted!.nps).toBeCloseTo(view.unweighted!, 12);
    expect(view.weighted!.nps).toBeCloseTo(npsOf(answers), 12);
    expect(view.weighted!.effectiveN).toBeCloseTo(answers.length, 12);
  });

  test('weights all zero: no weighted NPS (never NaN), every answer reported', async () => {
    const result = await read('id,How likely are you to recommend us?,Weight\n1,9,0\n2,3,0\n3,8,0\n', { weightColumn: 2 });
    const view = weightedView(result)!;
    expect(view.weighted).toBeNull();
    expect(result.weights?.skipped).toEqual({ blank: 0, notANumber: 0, negative: 0, zero: 3, total: 3 });
    expect(view.unweighted).toBeCloseTo(0, 12);
  });

  test('one group empty (no passives) and French decimal commas', async () => {
    const csv = 'id;Recommanderiez-vous ?;Poids\n1;10;0,5\n2;2;1,250\n3;9;2\n';
    const view = weightedView(await read(csv, { weightColumn: 2 }))!;
    // 0,5 shows decimal commas, so 1,250 is 1.25.
    const oracle = weightedOracle([
      [10, 0.5],
      [2, 1.25],
      [9, 2],
    ]);
    expect(view.weighted!.nps).toBeCloseTo(oracle.nps, 12);
    expect(view.weighted!.shares.passives).toBe(0);
    expect(view.weighted!.interval.low).toBeCloseTo(oracle.low, 10);
  });
});

describe('CSAT and CES from a column', () => {
  test('CSAT: share of 4 and 5 with the Wilson interval; skip reasons for off-scale answers', async () => {
    const result = await read(fixture, { keepLatest: true, csatColumn: 6, cesColumn: 7 });
    invariant(result);
    // Kept rows (and row 10, not a repeat): 2 3 4 4 6 x 5 _ 3 → answers 2 3 4 4 5 3; 6 off the scale, x, blank.
    expect(result.csat).toEqual({ column: 6, scale: 5, scaleFrom: 'chosen', counts: [0, 1, 2, 2, 1], skipped: { blank: 1, notANumber: 1, outOfScale: 1, total: 3 } });
    const csat = csatView(result)!;
    const n = 6;
    const x = 3;
    const centre = (x + (Z * Z) / 2) / (n + Z * Z);
    const half = (Z / (n + Z * Z)) * Math.sqrt((x * (n - x)) / n + (Z * Z) / 4);
    expect(csat.csat).toBe(50);
    expect(csat.interval.low).toBeCloseTo((centre - half) * 100, 10);
    expect(csat.interval.high).toBeCloseTo((centre + half) * 100, 10);
  });

  test('CES: the mean with a t interval; the header states the 7-point scale', async () => {
    const result = await read(fixture, { keepLatest: true, cesColumn: 7 });
    // Kept rows and row 10: 2 4 5 5 12 3 7 6 2 → 12 is off the scale.
    expect(result.ces).toEqual({ column: 7, scale: 7, scaleFrom: 'header', counts: [0, 2, 1, 1, 2, 1, 1], skipped: { blank: 0, notANumber: 0, outOfScale: 1, total: 1 } });
    const answers = [2, 4, 5, 5, 3, 7, 6, 2];
    const mean = sum(answers) / answers.length;
    const sd = Math.sqrt(sum(answers.map((a) => (a - mean) ** 2)) / (answers.length - 1));
    // t(0.975, 7) = 2.364624252 (printed tables).
    const margin = (2.364624252 * sd) / Math.sqrt(answers.length);
    const ces = cesView(result)!;
    expect(ces.mean).toBe(4.25);
    expect(ces.interval!.low).toBeCloseTo(mean - margin, 6);
    expect(ces.interval!.high).toBeCloseTo(mean + margin, 6);
  });

  test('CES scale from the answers (none above 5 → 5 points), or chosen; answers above the scale are skipped', async () => {
    const csv = 'id,How likely are you to recommend us?,Effort\n1,9,1\n2,3,5\n3,8,4\n';
    const auto = await read(csv, { cesColumn: 2 });
    expect(auto.ces).toMatchObject({ scale: 5, scaleFrom: 'values', counts: [1, 0, 0, 1, 1] });
    const seven = await read(`${csv}4,10,7\n`, { cesColumn: 2, cesScale: 5 });
    expect(seven.ces).toMatchObject({ scale: 5, scaleFrom: 'chosen', counts: [1, 0, 0, 1, 1], skipped: { outOfScale: 1, total: 1 } });
  });

  test('a CSAT column with no answer on the scale gives no figure (null, never NaN); one answer of CES has no interval', async () => {
    const result = await read('id,How likely are you to recommend us?,CSAT,CES\n1,9,,4\n2,3,n/a,\n', { csatColumn: 2, cesColumn: 3 });
    expect(csatView(result)).toBeNull();
    expect(result.csat?.skipped).toEqual({ blank: 1, notANumber: 1, outOfScale: 0, total: 2 });
    const ces = cesView(result)!;
    expect(ces.n).toBe(1);
    expect(ces.interval).toBeNull();
  });
});

describe('pinnedOptions', () => {
  test('keeps every column in use, and a column never plays two parts', async () => {
    const result = await read(fixture, { keepLatest: true, weightColumn: 5, csatColumn: 6 });
    expect(pinnedOptions(result, { cesColumn: 7 })).toEqual({
      column: 2,
      dateColumn: 1,
      segmentColumn: null,
      commentColumn: 4,
      respondentColumn: 0,
      keepLatest: true,
      weightColumn: 5,
      csatColumn: 6,
      cesColumn: 7,
    });
    // The weight column becomes the CSAT column: the weight is let go.
    expect(pinnedOptions(result, { csatColumn: 5 })).toMatchObject({ csatColumn: 5, weightColumn: null });
    // Choosing the respondent column as the question drops it, and with it "keep the latest".
    expect(pinnedOptions(result, { column: 0 })).toMatchObject({ column: 0, respondentColumn: null, keepLatest: false });
  });
});

describe('keep the latest answer against an independent oracle (random files)', () => {
  test('counts, repeats and n before/after match a plain re-implementation of the rule', async () => {
    const ids = ['A', 'a ', 'B', 'C', '', 'd@x.com', 'D@X.COM'];
    const dates = ['2024-01-05', '2024-01-05', '2024-02-01', '2023-12-31', '', 'soon'];
    const answers = ['0', '3', '6', '7', '8', '9', '10', '', 'n/a', '11'];
    const row = fc.tuple(fc.constantFrom(...ids), fc.constantFrom(...dates), fc.constantFrom(...answers));
    await fc.assert(
      fc.asyncProperty(fc.array(row, { minLength: 1, maxLength: 40 }), fc.boolean(), async (rows, withDates) => {
        const header = withDates ? 'Customer ID,Date,How likely are you to recommend us?' : 'Customer ID,Note,How likely are you to recommend us?';
        // A first data row that always answers keeps the answer column detectable.
        const all: Array<[string, string, string]> = [['Z', '2024-01-01', '9'], ...rows];
        const csv = `${header}\n${all.map(([id, date, answer]) => `${id},${withDates ? date : 'x'},${answer}`).join('\n')}\n`;
        const result = await read(csv, { keepLatest: true, column: 2, respondentColumn: 0, dateColumn: withDates ? 1 : null });
        // The oracle: answered rows only; ids folded; the winner is the greatest (dated?, date text, row).
        const answered = all
          .map(([id, date, answer], index) => ({ key: id.trim().toLowerCase(), date: /^\d{4}-\d{2}-\d{2}$/.test(date) && withDates ? date : '', answer, index }))
          .filter((r) => /^(10|[0-9])$/.test(r.answer));
        const best = new Map<string, (typeof answered)[number]>();
        for (const r of answered) {
          if (r.key === '') continue;
          const b = best.get(r.key);
          if (!b || r.date > b.date || (r.date === b.date && r.index > b.index)) best.set(r.key, r);
        }
        const kept = answered.filter((r) => r.key === '' || best.get(r.key) === r);
        const withId = answered.filter((r) => r.key !== '').length;
        const expectedCounts = new Array<number>(11).fill(0);
        for (const r of kept) expectedCounts[Number(r.answer)]!++;
        expect(result.counts).toEqual(expectedCounts);
        expect(result.skipped.repeat).toBe(answered.length - kept.length);
        expect(result.respondents).toMatchObject({
          answersBefore: answered.length,
          answersAfter: kept.length,
          repeats: withId - best.size,
          distinct: best.size,
          blankIds: answered.length - withId,
        });
        invariant(result);
      }),
      { numRuns: 150 },
    );
  });
});

describe('results CSV', () => {
  test('the question, repeats, weighted NPS, CSAT and CES as unrounded numbers (EN and FR)', async () => {
    const result = await read(fixture, { keepLatest: true, weightColumn: 5, csatColumn: 6, cesColumn: 7 });
    const outcome = computeResults({ kind: 'file' }, { confidence: 0.95 }, result.counts);
    if (!outcome?.ok) throw new Error('the fixture must score');
    const en = Papa.parse<string[]>(
      buildResultsCsv({ locale: 'en', t: scoreToolStringsEn, results: outcome.results, level: '95', breakdowns: result, fileWords: await loadFileCsvWords('en') }).replace(
        /^\uFEFF/,
        '',
      ),
      {
        delimiter: ',',
        skipEmptyLines: true,
      },
    ).data;
    const fromFile = new Map(en.filter((r) => r[0] === 'From the file').map((r) => [r[1], r[2]]));
    expect(fromFile.get('Recommendation question')).toBe('How likely are you to recommend our product to a friend?');
    expect(Number(fromFile.get('Repeated answers found'))).toBe(3);
    expect(Number(fromFile.get('Answers before one per respondent'))).toBe(11);
    expect(Number(fromFile.get('Answers with one per respondent'))).toBe(8);
    expect(Number(fromFile.get('Weighted NPS'))).toBeCloseTo(500 / 90, 9);
    expect(Number(fromFile.get('Effective sample size (Kish)'))).toBeCloseTo(3600 ** 2 / 3_980_000, 9);
    expect(Number(fromFile.get('Answers left out of the weighted NPS for their weight'))).toBe(4);
    expect(Number(fromFile.get('CSAT (share answering 4 or 5; other metric)'))).toBe(50);
    expect(Number(fromFile.get('CES (mean answer, scale 1 to 7; other metric)'))).toBe(4.25);
    const fr = Papa.parse<string[]>(
      buildResultsCsv({ locale: 'fr', t: scoreToolStringsFr, results: outcome.results, level: '95', breakdowns: result, fileWords: await loadFileCsvWords('fr') }).replace(
        /^\uFEFF/,
        '',
      ),
      {
        delimiter: ';',
        skipEmptyLines: true,
      },
    ).data;
    const fromFileFr = new Map(fr.filter((r) => r[0] === 'Tiré du fichier').map((r) => [r[1], r[2]]));
    expect(Number(fromFileFr.get('NPS pondéré')?.replace(',', '.'))).toBeCloseTo(500 / 90, 9);
    expect(fromFileFr.get('Doublons trouvés')).toBe('3');
  });

  test('a full import result without the analyst words is refused, never written without its rows', async () => {
    const result = await read(fixture, { keepLatest: true });
    const outcome = computeResults({ kind: 'file' }, { confidence: 0.95 }, result.counts);
    if (!outcome?.ok) throw new Error('the fixture must score');
    expect(() => buildResultsCsv({ locale: 'en', t: scoreToolStringsEn, results: outcome.results, level: '95', breakdowns: result })).toThrow(/fileWords/);
  });
});
