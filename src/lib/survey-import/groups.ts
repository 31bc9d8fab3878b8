/** Month and segment breakdowns of an import: the score and interval of each group, shared by the charts and the results CSV. */
import { countsFromAnswers, npsFromCounts, npsInterval, totalResponses } from '../nps-stats.ts';

/** One row of a breakdown table / one bar: a month or a segment. */
export interface GroupRow {
  key: string;
  label: string;
  n: number;
  nps: number;
  low: number;
  high: number;
}

/** Score and 95 % adjusted-Wald interval of each group that has at least one answer (groups with none are left out). */
export function groupRows(groups: ReadonlyArray<{ key: string; label: string; counts: readonly number[] }>): GroupRow[] {
  return groups.flatMap(({ key, label, counts }) => {
    const grouped = countsFromAnswers(counts);
    const n = totalResponses(grouped);
    if (n === 0) return [];
    const interval = npsInterval(grouped);
    return [{ key, label, n, nps: npsFromCounts(grouped), low: interval.low, high: interval.high }];
  });
}
