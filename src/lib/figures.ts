/**
 * Which published figures count as values, and which figure stands for a company: the one rule the
 * headlines, sector and company pages, charts, conflicts and the score tool share.
 *
 * - Only an `exact` figure is a value that is counted (range, median, rank, percentile). `about 50` is drawn
 *   at 50 and ordered among values but never counted; a bound (`below 50`, `at least 40`…) is shown, never
 *   counted or ranked.
 * - A restatement (a row with `restates`) repeats a figure first published elsewhere: it never counts; the
 *   measurement counts once, at its original (the end of the `restates` chain), which says "also reported by".
 * - Business (B2B) figures are never counted with consumer figures unless that audience is asked for.
 * - A grade threshold (A best) applies where asked; headlines use B or better by default.
 * - Where one figure per company is needed (the score tool), the whole company comes before a segment, then
 *   the most recent, then the better grade, then a known sample size, then an exact value before a bound.
 *
 * Imports nothing at runtime, so the browser (score tool, sector filters) shares it without pulling in Zod.
 */
import { GRADES } from './grades.ts';
import type { Audience, Grade, Relation } from './schema.ts';

/** The facts about a figure the counting rule reads. */
export interface FigureFacts {
  /** Observation id. */
  id: string;
  /** Company id; absent for a sector average. */
  companyId?: string | undefined;
  relation: Relation;
  nps: number;
  grade: Grade;
  /** The scope, when narrower than the whole company (`iPhone`, `mobile`). */
  segment?: string | undefined;
  /** Blank for consumers; `business` for B2B customers. */
  audience?: Audience | undefined;
  /** Id of the observation this row repeats. */
  restates?: string | undefined;
  /** Year the fieldwork period ends in, for "most recent". */
  year?: number | undefined;
  /** Respondents, when published. */
  n?: number | undefined;
}

/** Grades, best first (the list in grades.ts). */
export const GRADE_ORDER: readonly Grade[] = GRADES;

/** Headlines (home and sector pages) count figures graded B or better unless the reader asks for another grade. */
export const HEADLINE_MIN_GRADE: Grade = 'B';

/** True when `grade` is `min` or better (A is best). */
export function meetsGrade(grade: Grade, min: Grade): boolean {
  return GRADE_ORDER.indexOf(grade) <= GRADE_ORDER.indexOf(min);
}

/** What a published number is: an exact value, an approximation ("about 50") or a bound ("below 50"). */
export type FigureKind = 'exact' | 'approximate' | 'bound';

/** The kind of a relation. */
export function figureKind(relation: Relation): FigureKind {
  if (relation === 'exact') return 'exact';
  if (relation === 'about') return 'approximate';
  return 'bound';
}

/** True for an exact value: the only kind that is counted and ranked. */
export function isExact(figure: Pick<FigureFacts, 'relation'>): boolean {
  return figure.relation === 'exact';
}

/** True for a bound (below, at-most, above, at-least): never drawn or ordered as if it were a value. */
export function isBound(relation: Relation): boolean {
  return figureKind(relation) === 'bound';
}

/** True when the number can be drawn at its value and ordered among values (exact or about); bounds can't. */
export function isPointValue(relation: Relation): boolean {
  return !isBound(relation);
}

/** True for a row that repeats another row's figure. */
export function isRestatement(figure: Pick<FigureFacts, 'restates'>): boolean {
  return Boolean(figure.restates);
}

/** Which audience a count covers: consumers (the default), business customers, or both. */
export type AudienceScope = 'consumers' | 'business' | 'all';

/** True when the figure's audience is in scope. */
export function inAudience(figure: Pick<FigureFacts, 'audience'>, scope: AudienceScope = 'consumers'): boolean {
  if (scope === 'all') return true;
  return scope === 'business' ? figure.audience === 'business' : figure.audience !== 'business';
}

/** Which figures a count covers. */
export interface CountScope {
  /** Minimum grade; absent means every grade. */
  minGrade?: Grade | undefined;
  /** Default `consumers`. */
  audience?: AudienceScope | undefined;
  /** `all` (default) counts segment figures too; `whole-company` only figures without a segment. */
  segments?: 'all' | 'whole-company' | undefined;
}

/** Why a figure is not counted as a value in a scope, in the order checked. */
export type NotCountedReason = 'restatement' | 'audience' | 'grade' | 'segment' | 'approximate' | 'bound';

/** Why the figure is left out of the count; undefined when it counts. Restatement first: it is counted at its original. */
export function whyNotCounted(figure: FigureFacts, scope: CountScope = {}): NotCountedReason | undefined {
  if (isRestatement(figure)) return 'restatement';
  if (!inAudience(figure, scope.audience)) return 'audience';
  if (scope.minGrade && !meetsGrade(figure.grade, scope.minGrade)) return 'grade';
  if (scope.segments === 'whole-company' && figure.segment) return 'segment';
  const kind = figureKind(figure.relation);
  if (kind !== 'exact') return kind;
  return undefined;
}

/** True when the figure is counted as a value in the scope. */
export function countsAsValue(figure: FigureFacts, scope: CountScope = {}): boolean {
  return whyNotCounted(figure, scope) === undefined;
}

/** Median of numbers (mean of the middle two for an even count); undefined for none. */
export function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** A headline: what it is computed from and its result. */
export interface FigureSummary {
  /** Exact values the range and median are computed from. */
  countedCount: number;
  /** Figures left out, by reason (a reason absent means none). */
  notCounted: Partial<Record<NotCountedReason, number>>;
  /** Figures left out for being approximate or bounds (shown, never counted). */
  excludedCount: number;
  /** Figures of the scope's audience that are not restatements but fall below the minimum grade. */
  belowGradeCount: number;
  /** Grades of the figures below the minimum, best first (to say "only C or D figures"). */
  belowGrades: Grade[];
  /** Latest fieldwork year among the counted figures, and how many counted figures are undated. */
  latestYear?: number;
  earliestYear?: number;
  undatedCount: number;
  min?: number;
  max?: number;
  median?: number;
  /** The figure counted, when exactly one is: a headline then names it instead of a range and median of one number. */
  single?: FigureFacts;
}

/** Range and median of the figures that count in the scope; the rest are counted apart by reason. */
export function summarizeFigures(figures: readonly FigureFacts[], scope: CountScope = {}): FigureSummary {
  const values: number[] = [];
  const counted: FigureFacts[] = [];
  const years: number[] = [];
  const notCounted: FigureSummary['notCounted'] = {};
  const belowGrades = new Set<Grade>();
  let undatedCount = 0;
  for (const figure of figures) {
    const reason = whyNotCounted(figure, scope);
    if (reason === undefined) {
      values.push(figure.nps);
      counted.push(figure);
      if (figure.year === undefined) undatedCount += 1;
      else years.push(figure.year);
      continue;
    }
    notCounted[reason] = (notCounted[reason] ?? 0) + 1;
    if (reason === 'grade') belowGrades.add(figure.grade);
  }
  const summary: FigureSummary = {
    countedCount: values.length,
    notCounted,
    excludedCount: (notCounted.approximate ?? 0) + (notCounted.bound ?? 0),
    belowGradeCount: notCounted.grade ?? 0,
    belowGrades: GRADE_ORDER.filter((g) => belowGrades.has(g)),
    undatedCount,
  };
  if (values.length > 0) {
    summary.min = Math.min(...values);
    summary.max = Math.max(...values);
    summary.median = median(values);
  }
  if (counted.length === 1) summary.single = counted[0];
  if (years.length > 0) {
    summary.earliestYear = Math.min(...years);
    summary.latestYear = Math.max(...years);
  }
  return summary;
}

/**
 * Preference among one company's figures: whole company before a segment, most recent, better grade,
 * known n, exact before approximate and bounds, then id (stable). Negative when `a` is preferred.
 */
export function preferFigure(a: FigureFacts, b: FigureFacts): number {
  return (
    Number(Boolean(a.segment)) - Number(Boolean(b.segment)) ||
    (b.year ?? -Infinity) - (a.year ?? -Infinity) ||
    GRADE_ORDER.indexOf(a.grade) - GRADE_ORDER.indexOf(b.grade) ||
    Number(b.n !== undefined) - Number(a.n !== undefined) ||
    Number(isExact(b)) - Number(isExact(a)) ||
    a.id.localeCompare(b.id)
  );
}

/** One figure per company (the preferred one) and the rest; figures without a company are returned apart. */
export function onePerCompany<T extends FigureFacts>(figures: readonly T[]): { chosen: T[]; others: T[]; averages: T[] } {
  const byCompany = new Map<string, T[]>();
  const averages: T[] = [];
  for (const figure of figures) {
    if (!figure.companyId) {
      averages.push(figure);
      continue;
    }
    const list = byCompany.get(figure.companyId) ?? [];
    list.push(figure);
    byCompany.set(figure.companyId, list);
  }
  const chosen: T[] = [];
  const others: T[] = [];
  for (const list of byCompany.values()) {
    const [best, ...rest] = [...list].sort(preferFigure);
    if (best) chosen.push(best);
    others.push(...rest);
  }
  return { chosen, others, averages };
}

/**
 * The original a row repeats: follows `restates` to the end of the chain. A row that restates nothing is its
 * own original. A chain that loops or points at an unknown id stops at the last row found (the validator
 * reports both, so the build never gets there).
 */
export function originalOf(id: string, restatesById: ReadonlyMap<string, string | undefined>): string {
  const seen = new Set<string>([id]);
  let current = id;
  for (;;) {
    const next = restatesById.get(current);
    if (!next || seen.has(next) || !restatesById.has(next)) return current;
    seen.add(next);
    current = next;
  }
}

/** For each original, the rows that repeat it (directly or through a chain), in input order. */
export function restatementsByOriginal<T extends Pick<FigureFacts, 'id' | 'restates'>>(figures: readonly T[]): Map<string, T[]> {
  const restatesById = new Map(figures.map((f) => [f.id, f.restates]));
  const result = new Map<string, T[]>();
  for (const figure of figures) {
    if (!isRestatement(figure)) continue;
    const original = originalOf(figure.id, restatesById);
    if (original === figure.id) continue;
    result.set(original, [...(result.get(original) ?? []), figure]);
  }
  return result;
}

/** The figures that are measurements in their own right (restatements removed): what charts and conflicts read. */
export function originalsOnly<T extends Pick<FigureFacts, 'restates'>>(figures: readonly T[]): T[] {
  return figures.filter((f) => !isRestatement(f));
}
