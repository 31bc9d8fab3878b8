/**
 * Conflicting figures: two published figures for the same company that describe what may be the
 * same thing (same scope, market and time, as far as the sources say) but cannot both be right.
 *
 * "As far as the sources say" is deliberate: a figure with no stated segment, market or period
 * could be about any of them, so it conflicts with any figure it disagrees with. Figures for
 * different segments (iPhone vs iPad), markets or years are different measurements, not conflicts.
 */
import { periodYears } from './filters.ts';
import { marketsOverlap } from './markets.ts';
import type { Relation } from './schema.ts';

/** The fields conflict detection reads. */
export interface ConflictFigure {
  id: string;
  company?: string | undefined;
  relation: Relation;
  nps: number;
  segment?: string | undefined;
  market?: string | undefined;
  period?: string | undefined;
}

/** A set of figures for one company that disagree with each other (linked pairwise), highest value first. */
export interface ConflictGroup {
  company: string;
  ids: string[];
}

/** The range a figure allows, as [low, high] with open/closed ends: `below 50` is (−100, 50) open at 50. */
function allowedRange(figure: ConflictFigure): { low: number; high: number; lowOpen: boolean; highOpen: boolean } {
  switch (figure.relation) {
    case 'below':
      return { low: -100, high: figure.nps, lowOpen: false, highOpen: true };
    case 'at-most':
      return { low: -100, high: figure.nps, lowOpen: false, highOpen: false };
    case 'above':
      return { low: figure.nps, high: 100, lowOpen: true, highOpen: false };
    case 'at-least':
      return { low: figure.nps, high: 100, lowOpen: false, highOpen: false };
    default:
      return { low: figure.nps, high: figure.nps, lowOpen: false, highOpen: false };
  }
}

/** True when the two figures' values cannot both hold: different values, or a value outside the other's bound. */
export function valuesDisagree(a: ConflictFigure, b: ConflictFigure): boolean {
  const ra = allowedRange(a);
  const rb = allowedRange(b);
  const low = Math.max(ra.low, rb.low);
  const high = Math.min(ra.high, rb.high);
  if (low < high) return false;
  if (low > high) return true;
  // Ranges touch at one point: it must be included by both.
  const lowOpen = (ra.low === low && ra.lowOpen) || (rb.low === low && rb.lowOpen);
  const highOpen = (ra.high === high && ra.highOpen) || (rb.high === high && rb.highOpen);
  return lowOpen || highOpen;
}

const norm = (text: string | undefined) => (text ?? '').trim().toLowerCase();

/** True when two figures may describe the same thing: same company, and segment, market (a shared country) and period equal, overlapping or unstated. */
export function sameScope(a: ConflictFigure, b: ConflictFigure): boolean {
  if (!a.company || a.company !== b.company) return false;
  if (norm(a.segment) && norm(b.segment) && norm(a.segment) !== norm(b.segment)) return false;
  if (!marketsOverlap(a.market, b.market)) return false;
  const ya = periodYears(a.period);
  const yb = periodYears(b.period);
  if (ya && yb && (ya[1] < yb[0] || yb[1] < ya[0])) return false;
  return true;
}

/** True when two figures conflict: same scope, values that cannot both hold. */
export function figuresConflict(a: ConflictFigure, b: ConflictFigure): boolean {
  return a.id !== b.id && sameScope(a, b) && valuesDisagree(a, b);
}

/** Groups of conflicting figures (connected by pairwise conflicts), one company each, in input order of their first figure. */
export function findConflicts(figures: readonly ConflictFigure[]): ConflictGroup[] {
  const parent = new Map<string, string>(figures.map((f) => [f.id, f.id]));
  const find = (id: string): string => {
    let root = id;
    while (parent.get(root) !== root) root = parent.get(root) as string;
    parent.set(id, root);
    return root;
  };
  const linked = new Set<string>();
  for (let i = 0; i < figures.length; i += 1) {
    for (let j = i + 1; j < figures.length; j += 1) {
      const a = figures[i] as ConflictFigure;
      const b = figures[j] as ConflictFigure;
      if (!figuresConflict(a, b)) continue;
      linked.add(a.id).add(b.id);
      parent.set(find(b.id), find(a.id));
    }
  }
  const groups = new Map<string, ConflictFigure[]>();
  for (const figure of figures) {
    if (!linked.has(figure.id)) continue;
    const root = find(figure.id);
    groups.set(root, [...(groups.get(root) ?? []), figure]);
  }
  return [...groups.values()].map((members) => ({
    company: members[0]?.company as string,
    ids: [...members].sort((a, b) => b.nps - a.nps).map((f) => f.id),
  }));
}

/** For each conflicting figure id, the ids of the figures it directly conflicts with. */
export function conflictPartners(figures: readonly ConflictFigure[]): Map<string, string[]> {
  const partners = new Map<string, string[]>();
  for (const a of figures) {
    const others = figures.filter((b) => figuresConflict(a, b)).map((b) => b.id);
    if (others.length > 0) partners.set(a.id, others);
  }
  return partners;
}
