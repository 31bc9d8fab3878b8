/**
 * One answer per respondent (issue 11 item 3), pure. When a respondent id repeats, the respondent's latest
 * answer is kept: the one with the latest date and time, the later row on equal dates, and a dated answer over
 * an undated one (a date that can't be read counts as undated); without a date column, the last row.
 * Answers with a blank id (or one longer than MAX_ID_CHARS) can't be matched: they are all kept, and counted as such.
 *
 * Ids compare without case and surrounding spaces (`Ann@x.com ` = `ann@x.com`). Dates are read by
 * survey-import/date-time.ts; day/month dates are stamped under both orders while reading, and the order the
 * file settles on (decideDateOrder) picks one set of winners at the end, so one pass over the file is enough.
 *
 * The survey import runs `LatestAnswers` over a file's counted answers in a first pass, then counts only the
 * winners in a second (src/lib/survey-import/read-survey.ts).
 */
import { dateStamp, type DateStamp, UNDATED } from './survey-import/date-time.ts';
import { decideDateOrder } from './survey-import/dates.ts';

export interface RespondentRow {
  /** Respondent id, e-mail or customer number as read; blank = unknown. */
  id: string;
  /** Date (and time) of the answer as written, when the file has one. */
  date?: string | undefined;
}

export interface Deduplicated {
  /** Indices of the rows kept, in file order. */
  kept: number[];
  /** Rows dropped as earlier answers of a respondent seen again. */
  repeats: number;
  before: number;
  after: number;
  /** Rows with a blank id (all kept). */
  blankIds: number;
}

/** Ids longer than this are not read as ids (no id is; memory stays bounded): treated like a blank id. */
export const MAX_ID_CHARS = 200;

/** The key an id is matched by: trimmed, lower case; '' = blank. A copy, so a kept key never holds the text it was cut from. */
export function respondentKey(id: string | undefined): string {
  const key = (id ?? '').trim().toLowerCase();
  return key.length === 0 || key.length > MAX_ID_CHARS ? '' : (' ' + key).slice(1);
}

/** The best answer so far of one respondent under each reading of day/month dates: [line dmy, stamp dmy, line mdy, stamp mdy]. */
type Best = [number, number, number, number];

/** Streaming: offer every counted answer in file order, then ask which line wins for each respondent. */
export class LatestAnswers {
  private readonly best = new Map<string, Best>();
  private offered = 0;
  private withId = 0;
  private firstOver12 = 0;
  private secondOver12 = 0;

  /** `line` = the answer's row (increasing); `date` = its stamp, when the file has a date column. */
  offer(id: string | undefined, line: number, date?: DateStamp): void {
    this.offered++;
    if (date?.firstOver12) this.firstOver12++;
    if (date?.secondOver12) this.secondOver12++;
    const key = respondentKey(id);
    if (key === '') return;
    this.withId++;
    const dmy = date ? date.dmy : UNDATED;
    const mdy = date ? date.mdy : UNDATED;
    const best = this.best.get(key);
    if (!best) {
      this.best.set(key, [line, dmy, line, mdy]);
      return;
    }
    // Later or equal stamp wins: on equal dates (or both undated) the later row; never an undated one over a dated one.
    if (dmy >= best[1]) {
      best[0] = line;
      best[1] = dmy;
    }
    if (mdy >= best[3]) {
      best[2] = line;
      best[3] = mdy;
    }
  }

  get answers(): number {
    return this.offered;
  }
  get blankIds(): number {
    return this.offered - this.withId;
  }
  get distinct(): number {
    return this.best.size;
  }
  /** Answers of a respondent who has a later answer. */
  get repeats(): number {
    return this.withId - this.best.size;
  }

  /** The order the offered dates settle on (the hint when they never say). */
  dateOrder(hint: 'dmy' | 'mdy'): 'dmy' | 'mdy' {
    return decideDateOrder(this.firstOver12, this.secondOver12, hint);
  }

  /** Each respondent's winning line, under that date order. */
  winners(order: 'dmy' | 'mdy'): Map<string, number> {
    const slot = order === 'mdy' ? 2 : 0;
    return new Map([...this.best].map(([key, best]) => [key, best[slot]]));
  }
}

/**
 * The same rule over a list of rows: which to keep. Day/month dates follow the order the rows settle on,
 * else `hint` (day first by default).
 */
export function keepLatestPerRespondent(rows: readonly RespondentRow[], hint: 'dmy' | 'mdy' = 'dmy'): Deduplicated {
  const latest = new LatestAnswers();
  rows.forEach((row, index) => latest.offer(row.id, index, dateStamp(row.date)));
  const winners = latest.winners(latest.dateOrder(hint));
  const kept = rows.flatMap((row, index) => {
    const key = respondentKey(row.id);
    return key === '' || winners.get(key) === index ? [index] : [];
  });
  return { kept, repeats: rows.length - kept.length, before: rows.length, after: kept.length, blankIds: latest.blankIds };
}
