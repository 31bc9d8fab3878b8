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

/** Score and adjusted-Wald interval (95 % unless told) of each group that has at least one answer (groups with none are left out). */
export function groupRows(groups: ReadonlyArray<{ key: string; label: string; counts: readonly number[] }>, confidence = 0.95): GroupRow[] {
  return groups.flatMap(({ key, label, counts }) => {
    const grouped = countsFromAnswers(counts);
    const n = totalResponses(grouped);
    if (n === 0) return [];
    const interval = npsInterval(grouped, confidence);
    return [{ key, label, n, nps: npsFromCounts(grouped), low: interval.low, high: interval.high }];
  });
}
