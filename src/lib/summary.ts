/** Summary statistics of a set of published figures: which figures count, and their range and median. */
import type { Relation } from './schema.ts';

/** Median of a list of numbers (mean of the two middle values for an even count); undefined when empty. */
export function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  if (sorted.length % 2 === 1) return sorted[middle];
  return ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** What a summary is computed from, and its result. Only exact values count; bounds and approximations are counted apart. */
export interface FigureSummary {
  /** Exact values the range and median are computed from. */
  exactCount: number;
  /** Bounds (`below 50`…) and approximations (`about 50`) left out of the range and median. */
  excludedCount: number;
  min?: number;
  max?: number;
  median?: number;
}

/** Range and median of the exact figures; bounds and `about` values are excluded (and counted), never treated as values. */
export function summarizeFigures(figures: readonly { relation: Relation; nps: number }[]): FigureSummary {
  const exact = figures.filter((f) => f.relation === 'exact').map((f) => f.nps);
  const summary: FigureSummary = { exactCount: exact.length, excludedCount: figures.length - exact.length };
  if (exact.length > 0) {
    summary.min = Math.min(...exact);
    summary.max = Math.max(...exact);
    summary.median = median(exact) as number;
  }
  return summary;
}
