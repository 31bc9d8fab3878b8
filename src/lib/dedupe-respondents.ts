/**
 * One answer per respondent (issue 11 item 3), pure: when a respondent id repeats, keep its latest answer by
 * date, else (no dates, or equal dates) its last row. Rows without an id can't be matched and are all kept.
 * Dates are ISO-like strings (`2024-03-05`, `2024-03-05T10:00`), compared as text; a dated answer beats an
 * undated one. Not wired into the survey import yet.
 */

export interface RespondentRow {
  /** Respondent id, e-mail or customer number as read; blank = unknown. */
  id: string;
  /** ISO date of the answer, when the file has one. */
  date?: string | undefined;
}

export interface Deduplicated {
  /** Indices of the rows kept, in file order. */
  kept: number[];
  /** Rows dropped as earlier answers of a respondent seen again. */
  repeats: number;
  before: number;
  after: number;
}

/** Ids compare without case and surrounding spaces (`Ann@x.com ` = `ann@x.com`). */
const key = (id: string) => id.trim().toLowerCase();

export function keepLatestPerRespondent(rows: readonly RespondentRow[]): Deduplicated {
  const best = new Map<string, number>();
  const kept = new Set<number>();
  rows.forEach((row, index) => {
    const id = key(row.id);
    if (id === '') {
      kept.add(index);
      return;
    }
    const previous = best.get(id);
    if (previous === undefined) {
      best.set(id, index);
      return;
    }
    const before = rows[previous]!.date?.trim() || '';
    const now = row.date?.trim() || '';
    // Later row wins unless the earlier one is dated later (an undated row never beats a dated one).
    const keepNow = now !== '' ? before === '' || now >= before : before === '';
    if (keepNow) best.set(id, index);
  });
  for (const index of best.values()) kept.add(index);
  const keptList = [...kept].sort((a, b) => a - b);
  return { kept: keptList, repeats: rows.length - keptList.length, before: rows.length, after: keptList.length };
}
