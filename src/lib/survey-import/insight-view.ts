/**
 * View logic of the import's insight panel (ImportInsight.tsx): which periods and segments a file offers,
 * the default pair to compare, the words for a group, the "change to plan for" field, the comments a chosen
 * term filters, and the monthly chart's text alternative. Pure: the island holds state and markup only.
 */
import { formatNps, formatPartialDate } from '../format.ts';
import type { Locale } from '../i18n.ts';
import { type GroupChoice, quartersOf } from './compare-groups.ts';
import type { GroupRow } from './groups.ts';
import type { InsightStrings } from './insight-strings.ts';
import type { ImportResult } from './types.ts';

export type CompareKind = GroupChoice['kind'];

export interface Option {
  value: string;
  label: string;
}

export interface CompareOptions {
  /** Kinds the file can give, in the order offered. */
  kinds: CompareKind[];
  months: Option[];
  quarters: Option[];
  segments: Option[];
  /** The file's 0–10 questions (column index as value), when it has several. */
  questions: Option[];
  /** First and last day with an answer, for the date pickers; undefined without per-day counts. */
  days?: { first: string; last: string; count: number };
}

/** What the file offers to compare. */
export function compareOptions(
  result: Pick<ImportResult, 'byMonth' | 'byDay' | 'bySegment' | 'questions'> & { column?: number },
  locale: Locale,
  t: InsightStrings,
  segmentLabel: (kind: 'blank' | 'other') => string,
): CompareOptions {
  const months = (result.byMonth ?? []).map((m) => ({ value: m.month, label: formatPartialDate(m.month, locale) }));
  const quarters = quartersOf(result).map((q) => ({ value: q, label: t.quarterLabel(q.slice(0, 4), q.slice(6)) }));
  const segments = (result.bySegment ?? []).map((s) => ({ value: s.kind ? `(${s.kind})` : s.segment, label: s.kind ? segmentLabel(s.kind) : s.segment }));
  // The question being scored first, then the others in file order.
  const questions = [...(result.questions ?? [])]
    .sort((x, y) => Number(y.index === result.column) - Number(x.index === result.column) || x.index - y.index)
    .map((q) => ({ value: String(q.index), label: q.header || `#${q.index + 1}` }));
  const byDay = result.byDay ?? [];
  const days = byDay.length > 0 ? { first: byDay[0]!.day, last: byDay.at(-1)!.day, count: byDay.length } : undefined;
  const kinds: CompareKind[] = [];
  if (result.byMonth) kinds.push('month', 'quarter');
  if (result.byDay) kinds.push('range');
  if (result.bySegment) kinds.push('segment');
  if (questions.length >= 2) kinds.push('question');
  const options: CompareOptions = { kinds, months, quarters, segments, questions };
  if (days) options.days = days;
  return options;
}

/** How many groups of a kind the file has (days for ranges). */
export function groupCount(options: CompareOptions, kind: CompareKind): number {
  if (kind === 'month') return options.months.length;
  if (kind === 'quarter') return options.quarters.length;
  if (kind === 'segment') return options.segments.length;
  if (kind === 'question') return options.questions.length;
  return options.days?.count ?? 0;
}

/** The first day after `day` (`YYYY-MM-DD`, proleptic Gregorian, years kept as written). */
export function nextDay(day: string): string {
  const date = new Date(0);
  date.setUTCFullYear(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)) + 1);
  return `${String(date.getUTCFullYear()).padStart(4, '0')}-${String(date.getUTCMonth() + 1).padStart(2, '0')}-${String(date.getUTCDate()).padStart(2, '0')}`;
}

/**
 * The pair shown first: the latest period (A) against the one before (B), so A − B reads as "since then";
 * the two largest segments; for date ranges, the file's days split in two halves (A the later half).
 */
export function defaultPair(options: CompareOptions, kind: CompareKind, byDay: readonly { day: string }[] = []): [GroupChoice, GroupChoice] | undefined {
  const lastTwo = (list: Option[]) => (list.length >= 2 ? [list.at(-1)!.value, list.at(-2)!.value] : undefined);
  if (kind === 'month') {
    const pair = lastTwo(options.months);
    return (
      pair && [
        { kind, month: pair[0]! },
        { kind, month: pair[1]! },
      ]
    );
  }
  if (kind === 'quarter') {
    const pair = lastTwo(options.quarters);
    return (
      pair && [
        { kind, quarter: pair[0]! },
        { kind, quarter: pair[1]! },
      ]
    );
  }
  if (kind === 'question') {
    const [first, second] = options.questions;
    return first && second
      ? [
          { kind, column: Number(first.value) },
          { kind, column: Number(second.value) },
        ]
      : undefined;
  }
  if (kind === 'segment') {
    const [first, second] = options.segments;
    return first && second
      ? [
          { kind, segment: first.value },
          { kind, segment: second.value },
        ]
      : undefined;
  }
  if (byDay.length < 2) return undefined;
  const middle = byDay[Math.floor((byDay.length - 1) / 2)]!.day;
  return [
    { kind, from: nextDay(middle), to: byDay.at(-1)!.day },
    { kind, from: byDay[0]!.day, to: middle },
  ];
}

/** A group's words: its month, quarter, segment or range as the pickers show them. */
export function choiceLabel(choice: GroupChoice, options: CompareOptions, locale: Locale, t: InsightStrings): string {
  const find = (list: Option[], value: string) => list.find((o) => o.value === value)?.label ?? value;
  switch (choice.kind) {
    case 'month':
      return find(options.months, choice.month);
    case 'quarter':
      return find(options.quarters, choice.quarter);
    case 'segment':
      return find(options.segments, choice.segment);
    case 'question':
      return find(options.questions, String(choice.column));
    case 'range':
      return t.rangeLabel(formatPartialDate(choice.from, locale), formatPartialDate(choice.to, locale));
  }
}

/** The "change to plan for" field: a number of points in (0, 200], comma or point as decimal mark; blank = the default. */
export function parseDetect(text: string, fallback = 5): number | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return fallback;
  if (!/^\d+(?:[.,]\d+)?$/.test(trimmed)) return undefined;
  const value = Number(trimmed.replace(',', '.'));
  return value > 0 && value <= 200 ? value : undefined;
}

/** The detractors a chosen term filters: those whose comment uses it (indexes from the keyness), else every one with a comment. */
export function filteredDetractors(result: Pick<ImportResult, 'detractors' | 'keyness'>, term: string | null): number[] {
  if (term !== null && result.keyness?.status === 'ok') {
    const found = result.keyness.terms.find((t) => t.term === term);
    if (found) return found.comments;
  }
  const all: number[] = [];
  result.detractors.forEach((d, index) => {
    if (d.comment.trim() !== '') all.push(index);
  });
  return all;
}

/** The monthly chart's text alternative: its span, first and last month, highest and lowest, at the level shown. */
export function trendAltText(rows: readonly GroupRow[], level: string, locale: Locale, t: InsightStrings): string {
  const nps = (value: number) => formatNps(value, locale);
  const first = rows[0];
  const last = rows.at(-1);
  if (!first || !last) return '';
  if (rows.length === 1) return t.trendAltOne({ month: first.label, nps: nps(first.nps), lowEnd: nps(first.low), highEnd: nps(first.high), level });
  let high = first;
  let low = first;
  for (const row of rows) {
    if (row.nps > high.nps) high = row;
    if (row.nps < low.nps) low = row;
  }
  return t.trendAlt({
    count: rows.length,
    first: first.label,
    last: last.label,
    level,
    firstNps: nps(first.nps),
    lastNps: nps(last.nps),
    high: nps(high.nps),
    highMonth: high.label,
    low: nps(low.nps),
    lowMonth: low.label,
  });
}
