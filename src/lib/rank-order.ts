/**
 * Order of figures in a ranked chart or table (a sector's: the one rule its table and chart share), and that order
 * in words and rows. Apart from the axis helpers (ranking.ts), which the company chart loads without the counting rule.
 * - first the figures that meet the headline's evidence standard (graded B or better, HEADLINE_MIN_GRADE), then
 *   those graded below it (C, D), so an unsourced or self-reported figure never sits above a sourced one as if it led;
 *   every figure stays, only its place changes;
 * - in each group, values from highest to lowest, then bounds: a bound ("below 50") is not a value, so it is never
 *   ranked among values; bounds follow, highest bound first;
 * - ties by label in the locale's order.
 */
import { HEADLINE_MIN_GRADE, isPointValue, meetsGrade } from './figures.ts';
import { GRADES } from './grades.ts';
import type { Grade, Relation } from './schema.ts';

/** A ranking's two groups: figures meeting the headline's evidence standard, and those graded below it. */
export type EvidenceGroup = 'meets' | 'below';

/** The group of a figure graded `grade`. */
export function evidenceGroup(grade: Grade, minGrade: Grade = HEADLINE_MIN_GRADE): EvidenceGroup {
  return meetsGrade(grade, minGrade) ? 'meets' : 'below';
}

/** The grades below the standard, best first (`C`, `D` for B), for the words that name the lower group. */
export function gradesBelow(minGrade: Grade = HEADLINE_MIN_GRADE): Grade[] {
  return GRADES.filter((g) => !meetsGrade(g, minGrade));
}

/** Sort for ranking: figures meeting the standard first, then values before bounds, each highest first; ties by `label`. */
export function rankFigures<T extends { relation: Relation; nps: number; label: string; grade: Grade }>(
  figures: readonly T[],
  locale = 'en',
  minGrade: Grade = HEADLINE_MIN_GRADE,
): T[] {
  const below = (f: T) => Number(evidenceGroup(f.grade, minGrade) === 'below');
  return [...figures].sort(
    (a, b) => below(a) - below(b) || Number(isPointValue(b.relation)) - Number(isPointValue(a.relation)) || b.nps - a.nps || a.label.localeCompare(b.label, locale),
  );
}

/** Ranked `items` (the standard's group first) as rows, with `divider` before the first lower-grade item when both groups are there. */
export function withGroupDivider<T extends { group: EvidenceGroup }>(items: readonly T[], divider: string): ({ item: T } | { divider: string })[] {
  const split = items.findIndex((item) => item.group === 'below');
  const rows: ({ item: T } | { divider: string })[] = items.map((item) => ({ item }));
  if (split > 0) rows.splice(split, 0, { divider });
  return rows;
}

/** A ranked figure as the chart's words read it: its label, whether it is a bound, its group. */
export interface RankedItem {
  label: string;
  bound: boolean;
  group: EvidenceGroup;
}

/** The words of a ranked chart's text alternative: `{count}` and `{span}` (and `{span2}` in `split`), a group's `{top}` and `{bottom}`. */
export interface RankedAltWords {
  /** One group shown. */
  template: string;
  /** Both groups shown: the standard's group (`{span}`), then the lower one (`{span2}`). */
  split: string;
  /** A group's order, from `{top}` down to `{bottom}`. */
  span: string;
  /** A group with one value to rank (`{top}`): never "from X down to X". */
  alone: string;
}

/**
 * The order of ranked `items` (in their ranked order) in words: top and bottom of each group shown, values only
 * where the group has any (bounds are not ranked), with `count` as given. Shared by the build and the browser.
 */
export function rankedAlt(items: readonly RankedItem[], count: string, words: RankedAltWords): string {
  const span = (group: readonly RankedItem[]) => {
    const values = group.filter((item) => !item.bound);
    const ranked = values.length > 0 ? values : group;
    const top = ranked[0]?.label ?? '';
    if (ranked.length === 1) return words.alone.replace('{top}', () => top);
    return words.span.replace('{top}', () => top).replace('{bottom}', () => ranked.at(-1)?.label ?? '');
  };
  const meets = items.filter((item) => item.group === 'meets');
  const below = items.filter((item) => item.group === 'below');
  const both = meets.length > 0 && below.length > 0;
  const text = (both ? words.split : words.template).replace('{count}', () => count).replace('{span}', () => span(both ? meets : items));
  return both ? text.replace('{span2}', () => span(below)) : text;
}
