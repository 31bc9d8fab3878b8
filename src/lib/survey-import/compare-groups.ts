/**
 * "Is the change real?" from an imported file: two periods (two months, two quarters, two date ranges) or
 * two segments of the same file, compared with the two-sample adjusted-Wald method of src/lib/nps-change.ts
 * (the same arithmetic as the score tool's two-wave mode), and the sample size per group that detects a
 * change of a chosen size at 80 % power.
 *
 * The groups must hold different answers (independent samples): the same month twice, the same segment
 * twice, or two date ranges that share a day are refused with a reason, never compared.
 */
import { type NpsChange, npsChange, sampleSizePerGroupForChange } from '../nps-change.ts';
import { pairedNpsChange, pairsForChange } from './paired-change.ts';
import { type ResponseCounts, countsFromAnswers, npsFromCounts, totalResponses } from '../nps-stats.ts';
import { ANSWER_VALUES, type ImportResult } from './types.ts';

/** What one side of the comparison is. Keys as the import tables use them (groups.ts). */
export type GroupChoice =
  | { kind: 'month'; month: string }
  | { kind: 'quarter'; quarter: string }
  /** Both ends included, `YYYY-MM-DD`. */
  | { kind: 'range'; from: string; to: string }
  /** A segment's name, or `(blank)` / `(other)` for the pooled rows. */
  | { kind: 'segment'; segment: string }
  /** A 0–10 question of the file (its column): two questions are compared on the respondents who answered both (paired). */
  | { kind: 'question'; column: number };

/** Below this many answers a group is "tiny": the comparison is shown with a warning beside it. */
export const TINY_GROUP = 30;

export interface GroupSummary {
  counts: ResponseCounts;
  n: number;
  /** NPS of the group; undefined when it has no answer. */
  nps: number | undefined;
}

export type ComparisonOutcome =
  | {
      status: 'ok';
      a: GroupSummary;
      b: GroupSummary;
      change: NpsChange;
      /** Respondents per group to detect `detect` points at 80 % power, with the two groups' adjusted variances. */
      perGroup: number;
      detect: number;
      /** Groups with fewer than TINY_GROUP answers. */
      tiny: ('a' | 'b')[];
      /** Two questions: the same respondents, compared by the paired test (paired-change.ts); `perGroup` counts respondents answering both. */
      paired?: boolean;
    }
  /** Two questions whose every respondent differs by the same amount: no spread, so no test. */
  | { status: 'no-spread'; difference: number; n: number }
  /** One group or both hold no answer. */
  | { status: 'empty'; a: GroupSummary; b: GroupSummary; empty: ('a' | 'b')[] }
  /** The same group on both sides. */
  | { status: 'same' }
  /** Two date ranges that share days: the same answers would be on both sides. */
  | { status: 'overlap' }
  /** A date range that is not two `YYYY-MM-DD` dates in order, or a kind the file can't give (no dates, no segments). */
  | { status: 'invalid'; groups: ('a' | 'b')[] };

const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** `YYYY-Qn` of a `YYYY-MM` month. */
export function quarterOf(month: string): string {
  return `${month.slice(0, 4)}-Q${Math.floor((Number(month.slice(5, 7)) - 1) / 3) + 1}`;
}

/** The quarters the file's months fall in, in order. */
export function quartersOf(result: Pick<ImportResult, 'byMonth'>): string[] {
  return [...new Set((result.byMonth ?? []).map((m) => quarterOf(m.month)))];
}

const addInto = (target: number[], counts: readonly number[]) => counts.forEach((count, answer) => (target[answer]! += count));

/** Counts of answers 0..10 of one group; undefined when the choice can't be read from this file. */
export function answersOf(result: Pick<ImportResult, 'byMonth' | 'byDay' | 'bySegment' | 'questions'>, choice: GroupChoice): number[] | undefined {
  const total = new Array<number>(ANSWER_VALUES).fill(0);
  switch (choice.kind) {
    case 'month':
      if (!result.byMonth) return undefined;
      for (const m of result.byMonth) if (m.month === choice.month) addInto(total, m.counts);
      return total;
    case 'quarter':
      if (!result.byMonth) return undefined;
      for (const m of result.byMonth) if (quarterOf(m.month) === choice.quarter) addInto(total, m.counts);
      return total;
    case 'range':
      if (!result.byDay || !DAY.test(choice.from) || !DAY.test(choice.to) || choice.from > choice.to) return undefined;
      for (const d of result.byDay) if (d.day >= choice.from && d.day <= choice.to) addInto(total, d.counts);
      return total;
    case 'question': {
      const question = result.questions?.find((q) => q.index === choice.column);
      return question ? [...question.counts] : undefined;
    }
    case 'segment': {
      if (!result.bySegment) return undefined;
      for (const s of result.bySegment) {
        const key = s.kind ? `(${s.kind})` : s.segment;
        if (key === choice.segment) addInto(total, s.counts);
      }
      return total;
    }
  }
}

function summary(answers: readonly number[]): GroupSummary {
  const counts = countsFromAnswers(answers);
  const n = totalResponses(counts);
  return { counts, n, nps: n > 0 ? npsFromCounts(counts) : undefined };
}

function sameGroup(a: GroupChoice, b: GroupChoice): boolean {
  if (a.kind === 'month' && b.kind === 'month') return a.month === b.month;
  if (a.kind === 'quarter' && b.kind === 'quarter') return a.quarter === b.quarter;
  if (a.kind === 'segment' && b.kind === 'segment') return a.segment === b.segment;
  if (a.kind === 'question' && b.kind === 'question') return a.column === b.column;
  return false;
}

/** Compare group A with group B (A − B) at the given confidence; `detect` is the change to plan a sample size for, in points. */
export function compareGroups(
  result: Pick<ImportResult, 'byMonth' | 'byDay' | 'bySegment' | 'questions' | 'questionPairs'>,
  a: GroupChoice,
  b: GroupChoice,
  confidence = 0.95,
  detect = 5,
): ComparisonOutcome {
  const answersA = answersOf(result, a);
  const answersB = answersOf(result, b);
  const invalid = [answersA ? [] : ['a' as const], answersB ? [] : ['b' as const]].flat();
  if (!answersA || !answersB) return { status: 'invalid', groups: invalid };
  // A month and its quarter, or a period and a segment, share answers: both sides must be of one kind.
  if (a.kind !== b.kind) return { status: 'invalid', groups: ['b'] };
  if (sameGroup(a, b)) return { status: 'same' };
  if (a.kind === 'range' && b.kind === 'range' && a.from <= b.to && b.from <= a.to) return { status: 'overlap' };
  if (a.kind === 'question' && b.kind === 'question') return compareQuestions(result, a.column, b.column, confidence, detect);
  const groupA = summary(answersA);
  const groupB = summary(answersB);
  const empty = [groupA.n === 0 ? ['a' as const] : [], groupB.n === 0 ? ['b' as const] : []].flat();
  if (empty.length > 0) return { status: 'empty', a: groupA, b: groupB, empty };
  const change = npsChange(groupA.counts, groupB.counts, confidence);
  const perGroup = sampleSizePerGroupForChange(detect, { kind: 'observed', a: groupA.counts, b: groupB.counts }, confidence);
  const tiny = [groupA.n < TINY_GROUP ? ['a' as const] : [], groupB.n < TINY_GROUP ? ['b' as const] : []].flat();
  return { status: 'ok', a: groupA, b: groupB, change, perGroup, detect, tiny };
}

/** The 3 × 3 table of question A against question B (A's group is the row), from the file's pairs in either order. */
function pairTable(result: Pick<ImportResult, 'questionPairs'>, a: number, b: number): number[] | undefined {
  for (const pair of result.questionPairs ?? []) {
    if (pair.first === a && pair.second === b) return [...pair.both];
    if (pair.first === b && pair.second === a) return Array.from({ length: 9 }, (_, i) => pair.both[3 * (i % 3) + Math.floor(i / 3)]!);
  }
  return undefined;
}

/** Group counts of one side of a pair table (row sums for A, column sums for B). */
function sideSummary(table: readonly number[], side: 'a' | 'b'): GroupSummary {
  const group = (g: number) => (side === 'a' ? table[3 * g]! + table[3 * g + 1]! + table[3 * g + 2]! : table[g]! + table[3 + g]! + table[6 + g]!);
  const counts: ResponseCounts = { detractors: group(0), passives: group(1), promoters: group(2) };
  const n = totalResponses(counts);
  return { counts, n, nps: n > 0 ? npsFromCounts(counts) : undefined };
}

function compareQuestions(result: Pick<ImportResult, 'questionPairs'>, a: number, b: number, confidence: number, detect: number): ComparisonOutcome {
  const table = pairTable(result, a, b);
  if (!table) return { status: 'invalid', groups: ['a', 'b'] };
  const groupA = sideSummary(table, 'a');
  const groupB = sideSummary(table, 'b');
  const outcome = pairedNpsChange(table, confidence);
  if (outcome.status === 'empty') return { status: 'empty', a: groupA, b: groupB, empty: ['a', 'b'] };
  if (outcome.status === 'no-spread') return outcome;
  const tiny = outcome.change.n < TINY_GROUP ? (['a', 'b'] as const).slice() : [];
  return {
    status: 'ok',
    a: groupA,
    b: groupB,
    change: outcome.change,
    perGroup: pairsForChange(detect, outcome.change.varianceOfDifference, confidence),
    detect,
    tiny,
    paired: true,
  };
}
