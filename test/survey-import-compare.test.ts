/**
 * Comparing two groups of an imported file (src/lib/survey-import/compare-groups.ts), and the per-day counts
 * the tally keeps for date ranges. Expected values are computed here from the formula (not with nps-stats)
 * and checked against a hand computation, and against src/lib/nps-change.ts on the same counts.
 */
import { describe, expect, test } from 'vitest';
import { readSurvey } from '../src/lib/survey-import/read-survey.ts';
import { npsChange, sampleSizePerGroupForChange } from '../src/lib/nps-change.ts';
import { answersOf, compareGroups, quarterOf, quartersOf } from '../src/lib/survey-import/compare-groups.ts';
import { pairedNpsChange, pairsForChange } from '../src/lib/survey-import/paired-change.ts';
import type { ImportResult } from '../src/lib/survey-import/types.ts';

/** Eleven answer counts with P promoters (all 10), A passives (all 8) and D detractors (all 3). */
function answers(P: number, A: number, D: number): number[] {
  const counts = new Array<number>(11).fill(0);
  counts[10] = P;
  counts[8] = A;
  counts[3] = D;
  return counts;
}

/** The adjusted-Wald difference written out from nps-statistics.md §5, independently of the code under test. */
function byHand(a: [number, number, number], b: [number, number, number], z = 1.959963984540054) {
  const adjusted = ([P, A, D]: [number, number, number]) => {
    const n = P + A + D + 3;
    const p = (P + 0.75) / n;
    const d = (D + 0.75) / n;
    return { score: p - d, variance: p + d - (p - d) ** 2, n };
  };
  const x = adjusted(a);
  const y = adjusted(b);
  const se = Math.sqrt(x.variance / x.n + y.variance / y.n) * 100;
  const centre = (x.score - y.score) * 100;
  return { centre, se, low: centre - z * se, high: centre + z * se };
}

const file = {
  byMonth: [
    { month: '2024-01', counts: answers(20, 10, 5) },
    { month: '2024-02', counts: answers(20, 10, 5) },
    { month: '2024-03', counts: answers(20, 5, 5) },
    { month: '2024-04', counts: answers(15, 10, 8) },
    { month: '2024-05', counts: answers(15, 10, 9) },
    { month: '2024-06', counts: answers(15, 10, 8) },
  ],
  byDay: [
    { day: '2024-01-10', counts: answers(60, 25, 15) },
    { day: '2024-02-20', counts: answers(1, 0, 0) },
    { day: '2024-04-01', counts: answers(45, 30, 25) },
  ],
  bySegment: [
    { segment: 'North', counts: answers(60, 25, 15) },
    { segment: 'South', counts: answers(45, 30, 25) },
    { segment: '', counts: answers(2, 0, 1), kind: 'blank' as const },
  ],
} satisfies Pick<ImportResult, 'byMonth' | 'byDay' | 'bySegment'>;

describe('two segments of a file', () => {
  const outcome = compareGroups(file, { kind: 'segment', segment: 'North' }, { kind: 'segment', segment: 'South' });

  test('the hand computation: 60/25/15 against 45/30/25 is 25 points, interval 3.04 to 45.50 around 24.27', () => {
    // By hand: ñ = 103 each; NPS̃ = 45/103 and 20/103; Ṽ = 0.55184 and 0.65647; SE = √(1.20831/103) = 10.8311 points.
    expect(outcome.status).toBe('ok');
    if (outcome.status !== 'ok') return;
    expect(outcome.change.difference).toBe(25);
    expect(outcome.change.adjustedDifference).toBeCloseTo(24.27184466, 7);
    expect(outcome.change.standardError).toBeCloseTo(10.83106686, 7);
    expect(outcome.change.low).toBeCloseTo(3.0433437, 6);
    expect(outcome.change.high).toBeCloseTo(45.5003456, 6);
    // p = 2(1 − Φ(24.2718/10.8311)) = 0.02503: more than chance at 95 %.
    expect(outcome.change.pValue).toBeCloseTo(0.0250295, 6);
    expect(outcome.change.significant).toBe(true);
    // n = ⌈(1.95996 + 0.84162)²(0.55184 + 0.65647)/0.1²⌉ = 949 per group for 10 points.
    expect(compareGroups(file, { kind: 'segment', segment: 'North' }, { kind: 'segment', segment: 'South' }, 0.95, 10)).toMatchObject({ perGroup: 949 });
  });

  test('equals the formula written out independently, and nps-change on the same counts', () => {
    if (outcome.status !== 'ok') throw new Error(outcome.status);
    const hand = byHand([60, 25, 15], [45, 30, 25]);
    expect(outcome.change.adjustedDifference).toBeCloseTo(hand.centre, 10);
    expect(outcome.change.low).toBeCloseTo(hand.low, 10);
    expect(outcome.change.high).toBeCloseTo(hand.high, 10);
    const direct = { promoters: 60, passives: 25, detractors: 15 };
    const other = { promoters: 45, passives: 30, detractors: 25 };
    expect(outcome.change).toEqual(npsChange(direct, other));
    expect(outcome.perGroup).toBe(sampleSizePerGroupForChange(5, { kind: 'observed', a: direct, b: other }));
    expect(outcome.a).toEqual({ counts: direct, n: 100, nps: 45 });
    expect(outcome.b).toEqual({ counts: other, n: 100, nps: 20 });
    expect(outcome.tiny).toEqual([]);
  });

  test('the confidence level chosen sets the interval', () => {
    const at99 = compareGroups(file, { kind: 'segment', segment: 'North' }, { kind: 'segment', segment: 'South' }, 0.99);
    if (at99.status !== 'ok') throw new Error(at99.status);
    const hand = byHand([60, 25, 15], [45, 30, 25], 2.5758293035489004);
    expect(at99.change.low).toBeCloseTo(hand.low, 10);
    expect(at99.change.high).toBeCloseTo(hand.high, 10);
    expect(at99.change.significant).toBe(false);
  });

  test('the blank-segment rows are a group of their own, and tiny', () => {
    const tiny = compareGroups(file, { kind: 'segment', segment: '(blank)' }, { kind: 'segment', segment: 'South' });
    expect(tiny.status).toBe('ok');
    if (tiny.status === 'ok') {
      expect(tiny.a.n).toBe(3);
      expect(tiny.tiny).toEqual(['a']);
      expect(Number.isFinite(tiny.change.low) && Number.isFinite(tiny.change.high)).toBe(true);
    }
  });

  test('the same segment twice, a segment the file lacks (empty), a file without segments', () => {
    expect(compareGroups(file, { kind: 'segment', segment: 'North' }, { kind: 'segment', segment: 'North' })).toEqual({ status: 'same' });
    const missing = compareGroups(file, { kind: 'segment', segment: 'West' }, { kind: 'segment', segment: 'South' });
    expect(missing).toMatchObject({ status: 'empty', empty: ['a'], a: { n: 0, nps: undefined } });
    expect(compareGroups({ byMonth: file.byMonth }, { kind: 'segment', segment: 'North' }, { kind: 'segment', segment: 'South' })).toEqual({
      status: 'invalid',
      groups: ['a', 'b'],
    });
  });
});

describe('two periods of a file', () => {
  test('two quarters add their months: Q1 60/25/15 against Q2 45/30/25', () => {
    expect(quarterOf('2024-03')).toBe('2024-Q1');
    expect(quarterOf('2024-04')).toBe('2024-Q2');
    expect(quarterOf('2024-12')).toBe('2024-Q4');
    expect(quartersOf(file)).toEqual(['2024-Q1', '2024-Q2']);
    const outcome = compareGroups(file, { kind: 'quarter', quarter: '2024-Q1' }, { kind: 'quarter', quarter: '2024-Q2' });
    const bySegment = compareGroups(file, { kind: 'segment', segment: 'North' }, { kind: 'segment', segment: 'South' });
    expect(outcome.status).toBe('ok');
    if (outcome.status === 'ok' && bySegment.status === 'ok') expect(outcome.change).toEqual(bySegment.change);
  });

  test('two months', () => {
    const outcome = compareGroups(file, { kind: 'month', month: '2024-06' }, { kind: 'month', month: '2024-01' });
    if (outcome.status !== 'ok') throw new Error(outcome.status);
    // 15/10/8 (n 33, NPS 21.21) against 20/10/5 (n 35, NPS 42.86).
    expect(outcome.change.difference).toBeCloseTo((7 / 33 - 15 / 35) * 100, 10);
    const hand = byHand([15, 10, 8], [20, 10, 5]);
    expect(outcome.change.low).toBeCloseTo(hand.low, 10);
    expect(outcome.change.significant).toBe(false);
  });

  test('two date ranges, both ends included', () => {
    const outcome = compareGroups(file, { kind: 'range', from: '2024-01-01', to: '2024-01-31' }, { kind: 'range', from: '2024-03-15', to: '2024-04-01' });
    if (outcome.status !== 'ok') throw new Error(outcome.status);
    expect(outcome.a.counts).toEqual({ promoters: 60, passives: 25, detractors: 15 });
    expect(outcome.b.counts).toEqual({ promoters: 45, passives: 30, detractors: 25 });
    expect(answersOf(file, { kind: 'range', from: '2024-02-20', to: '2024-02-20' })?.[10]).toBe(1);
  });

  test('ranges that share a day, reversed or malformed dates, a month with no answers', () => {
    expect(compareGroups(file, { kind: 'range', from: '2024-01-01', to: '2024-02-20' }, { kind: 'range', from: '2024-02-20', to: '2024-04-30' })).toEqual({ status: 'overlap' });
    expect(compareGroups(file, { kind: 'range', from: '2024-02-01', to: '2024-01-01' }, { kind: 'range', from: '2024-03-01', to: '2024-04-30' })).toEqual({
      status: 'invalid',
      groups: ['a'],
    });
    expect(compareGroups(file, { kind: 'range', from: '2024-01-01', to: '2024-01-31' }, { kind: 'range', from: '2024-13-01', to: '2024-14-01' })).toMatchObject({
      status: 'invalid',
      groups: ['b'],
    });
    expect(compareGroups(file, { kind: 'month', month: '2024-01' }, { kind: 'month', month: '2023-12' })).toMatchObject({ status: 'empty', empty: ['b'] });
    expect(compareGroups(file, { kind: 'range', from: '2025-01-01', to: '2025-01-31' }, { kind: 'range', from: '2026-01-01', to: '2026-01-31' })).toMatchObject({
      status: 'empty',
      empty: ['a', 'b'],
    });
  });

  test('a period against a segment, or a month against a quarter, is refused (they share answers)', () => {
    expect(compareGroups(file, { kind: 'month', month: '2024-01' }, { kind: 'quarter', quarter: '2024-Q1' })).toEqual({ status: 'invalid', groups: ['b'] });
    expect(compareGroups(file, { kind: 'month', month: '2024-01' }, { kind: 'segment', segment: 'North' })).toEqual({ status: 'invalid', groups: ['b'] });
  });
});

describe('per-day counts of an imported file', () => {
  const read = async (text: string) => {
    const outcome = await readSurvey(new Blob([text]));
    if (outcome.status !== 'result') throw new Error(outcome.status);
    return outcome.result;
  };

  test('ISO, year-first with slashes and day/month dates give days; months and days add up to the dated answers', async () => {
    const result = await read(
      [
        'Date,How likely are you to recommend us?,Comment',
        '2024-03-05,10,great',
        '2024-03-05 10:00:00,3,slow',
        '2024/03/31 11:07:29 AM,9,fine',
        '2024-04-01T08:00:00Z,6,meh',
        'not a date,8,ok',
      ].join('\n'),
    );
    expect(result.byDay).toEqual([
      { day: '2024-03-05', counts: [0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 1] },
      { day: '2024-03-31', counts: [0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0] },
      { day: '2024-04-01', counts: [0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0] },
    ]);
    const dayTotal = (result.byDay ?? []).flatMap((d) => d.counts).reduce((s, c) => s + c, 0);
    const monthTotal = (result.byMonth ?? []).flatMap((m) => m.counts).reduce((s, c) => s + c, 0);
    expect(dayTotal).toBe(4);
    expect(monthTotal).toBe(4);
    expect(result.undated).toBe(1);
  });

  test('day-first dates are placed once the file shows their order (25/03 is day/month)', async () => {
    const result = await read(['Horodateur;Probabilité de recommander', '05/03/2024;10', '25/03/2024;2', '05/04/2024;9'].join('\n'));
    expect(result.dateOrder).toBe('dmy');
    expect(result.byDay?.map((d) => d.day)).toEqual(['2024-03-05', '2024-03-25', '2024-04-05']);
  });

  test('a file with one period only: a second period is empty, never NaN', async () => {
    const result = await read(['Date,How likely are you to recommend us?', '2024-03-05,10', '2024-03-06,3'].join('\n'));
    expect(result.byMonth?.map((m) => m.month)).toEqual(['2024-03']);
    expect(quartersOf(result)).toEqual(['2024-Q1']);
    const outcome = compareGroups(result, { kind: 'month', month: '2024-03' }, { kind: 'month', month: '2024-04' });
    expect(outcome).toMatchObject({ status: 'empty', empty: ['b'], a: { n: 2, nps: 0 } });
  });

  test('a file without a date column has no days', async () => {
    const result = await read(['Score', '10', '3'].join('\n'));
    expect(result.byDay).toBeUndefined();
    expect(compareGroups(result, { kind: 'month', month: '2024-03' }, { kind: 'month', month: '2024-04' })).toEqual({ status: 'invalid', groups: ['a', 'b'] });
  });
});

describe('two questions of a file (paired: the same respondents)', () => {
  // Rows: question A's group (detractor, passive, promoter); columns: question B's.
  const both = [5, 2, 1, 3, 10, 4, 2, 6, 17];
  const questions = [
    { index: 1, header: 'Product', isLikely: true, counts: answers(25, 17, 8), skipped: { blank: 0, notANumber: 0, outOfRange: 0, total: 0 } },
    { index: 4, header: 'Support', isLikely: true, counts: answers(22, 18, 10), skipped: { blank: 0, notANumber: 0, outOfRange: 0, total: 0 } },
  ];
  const withQuestions = { questions, questionPairs: [{ first: 1, second: 4, both }] };

  test('by hand: 50 respondents, Δ = 34 − 24 = 10 points, SE = √(0.53/50) = 10.2956, interval −10.18 to 30.18', () => {
    const outcome = pairedNpsChange(both);
    if (outcome.status !== 'ok') throw new Error(outcome.status);
    // Σd = −2 − 2 + 3 − 4 + 4 + 6 = 5, mean 0.1; Σd² = 27, mean 0.54; Var(d) = 0.54 − 0.01 = 0.53.
    expect(outcome.change.n).toBe(50);
    expect(outcome.change.difference).toBeCloseTo(10, 12);
    expect(outcome.change.varianceOfDifference).toBeCloseTo(0.53, 12);
    expect(outcome.change.standardError).toBeCloseTo(10.295630140987, 9);
    expect(outcome.change.low).toBeCloseTo(-10.1789, 3);
    expect(outcome.change.high).toBeCloseTo(30.1789, 3);
    expect(outcome.change.pValue).toBeCloseTo(0.331406, 5);
    expect(outcome.change.significant).toBe(false);
    // ⌈(1.95996 + 0.84162)² × 0.53 / 0.1²⌉ = ⌈415.99⌉ = 416 respondents answering both, for 10 points.
    expect(pairsForChange(10, outcome.change.varianceOfDifference)).toBe(416);
  });

  test('equals the mean and population variance of the per-respondent differences, computed from the 50 rows', () => {
    const score = [-1, 0, 1];
    const differences: number[] = [];
    both.forEach((count, cell) => {
      for (let i = 0; i < count; i++) differences.push(score[Math.floor(cell / 3)]! - score[cell % 3]!);
    });
    const mean = differences.reduce((s, d) => s + d, 0) / differences.length;
    const variance = differences.reduce((s, d) => s + (d - mean) ** 2, 0) / differences.length;
    const outcome = pairedNpsChange(both, 0.9);
    if (outcome.status !== 'ok') throw new Error(outcome.status);
    expect(outcome.change.difference).toBeCloseTo(mean * 100, 12);
    expect(outcome.change.standardError).toBeCloseTo(Math.sqrt(variance / differences.length) * 100, 12);
    expect(outcome.change.high - outcome.change.difference).toBeCloseTo(1.6448536269514722 * outcome.change.standardError, 10);
  });

  test('compareGroups: the pair in either order, the groups from the table, and the paired sample size', () => {
    const outcome = compareGroups(withQuestions, { kind: 'question', column: 1 }, { kind: 'question', column: 4 }, 0.95, 10);
    if (outcome.status !== 'ok') throw new Error(outcome.status);
    expect(outcome.paired).toBe(true);
    expect(outcome.a).toEqual({ counts: { detractors: 8, passives: 17, promoters: 25 }, n: 50, nps: 34 });
    expect(outcome.b).toEqual({ counts: { detractors: 10, passives: 18, promoters: 22 }, n: 50, nps: 24 });
    expect(outcome.perGroup).toBe(416);
    const swapped = compareGroups(withQuestions, { kind: 'question', column: 4 }, { kind: 'question', column: 1 });
    if (swapped.status !== 'ok') throw new Error(swapped.status);
    expect(swapped.change.difference).toBeCloseTo(-10, 12);
    expect(swapped.change.low).toBeCloseTo(-outcome.change.high, 10);
    // Not the independent-samples test: the covariance of the two answers narrows the interval here.
    expect(outcome.change.standardError).toBeLessThan(npsChange(outcome.a.counts, outcome.b.counts).standardError);
  });

  test('no spread, nobody answering both, the same question twice, a question the file lacks', () => {
    expect(pairedNpsChange([10, 0, 0, 0, 5, 0, 0, 0, 7])).toEqual({ status: 'no-spread', difference: 0, n: 22 });
    expect(
      compareGroups({ questions, questionPairs: [{ first: 1, second: 4, both: [0, 0, 4, 0, 0, 0, 0, 0, 0] }] }, { kind: 'question', column: 1 }, { kind: 'question', column: 4 }),
    ).toEqual({
      status: 'no-spread',
      difference: -200,
      n: 4,
    });
    expect(
      compareGroups({ questions, questionPairs: [{ first: 1, second: 4, both: new Array<number>(9).fill(0) }] }, { kind: 'question', column: 1 }, { kind: 'question', column: 4 }),
    ).toMatchObject({
      status: 'empty',
    });
    expect(compareGroups(withQuestions, { kind: 'question', column: 1 }, { kind: 'question', column: 1 })).toEqual({ status: 'same' });
    expect(compareGroups(withQuestions, { kind: 'question', column: 1 }, { kind: 'question', column: 9 })).toEqual({ status: 'invalid', groups: ['b'] });
    expect(() => pairedNpsChange([1, 2, 3])).toThrow(RangeError);
  });
});
