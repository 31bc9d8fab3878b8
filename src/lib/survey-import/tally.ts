/**
 * Counts data rows one at a time (the worker feeds it from the stream), in bounded memory whatever the
 * file: 11 answer counts, skip reasons, per-month and per-segment counts, the first MAX_DETRACTORS
 * detractors with comments cut to MAX_COMMENT_CHARS (and labels to MAX_LABEL_CHARS), and the first
 * MAX_UNREADABLE_LISTED unreadable records. Every row fed to `add` ends up either in `counts` or in
 * `skipped`, never in neither; every record fed to `addUnreadable` is counted there.
 */
import { parseAnswer } from './answer.ts';
import { decideDateOrder, isoMonthIndex, monthKey, monthOfIndex, parseDateCell } from './dates.ts';
import { dayNumber, dayText, isoDayNumber, ymdDayOfMonth } from './days.ts';
import { keyTerms } from './keyness.ts';
import { STOP_WORDS } from './stop-words.ts';
import type { ImportPlan } from './plan.ts';
import { WorkbenchTally } from './workbench-tally.ts';
import {
  ANSWER_VALUES,
  type DayCounts,
  type Detractor,
  type ImportResult,
  MAX_COMMENT_CHARS,
  MAX_DAYS,
  MAX_DETRACTORS,
  MAX_LABEL_CHARS,
  MAX_SEGMENTS,
  MAX_UNREADABLE_LISTED,
  type MonthCounts,
  type SegmentCounts,
  type SkippedRows,
  type UnreadableRecord,
} from './types.ts';

/**
 * A copy of `text` that holds no reference to the text it was cut from. Fields are slices of the 1 MB
 * pieces the file is read in, and an engine may keep the whole piece alive for a slice; a kept detractor
 * must hold only its own characters. (Flattening `' ' + text` and slicing it is the usual way to copy.)
 */
const own = (text: string): string => (text.length === 0 ? text : (' ' + text).slice(1));

/** A label (segment, date, respondent) cut to MAX_LABEL_CHARS, with an ellipsis when cut, as its own copy. */
const label = (text: string): string => own(text.length > MAX_LABEL_CHARS ? `${text.slice(0, MAX_LABEL_CHARS - 1)}…` : text);

const zeros = (): number[] => new Array<number>(ANSWER_VALUES).fill(0);
const sum = (counts: readonly number[]): number => counts.reduce((total, count) => total + count, 0);

export class Tally {
  readonly plan: ImportPlan;
  readonly counts = zeros();
  rowsRead = 0;
  private blank = 0;
  private notANumber = 0;
  private outOfRange = 0;
  private undated = 0;
  /** Counts by month number (year × 12 + month − 1). */
  private readonly months = new Map<number, number[]>();
  /** Day-or-month-first dates, kept by their written parts (year × 10 000 + first × 100 + second) until the file shows their order. */
  private readonly ambiguousDays = new Map<number, number[]>();
  /** The last month's counts, reused while consecutive rows fall in the same month (exports are often sorted). */
  private lastMonth = -1;
  private lastMonthCounts: number[] | undefined;
  /** Counts by day number (days.ts), for date ranges; dropped (and `daysCapped` set) past MAX_DAYS days. */
  private days: Map<number, number[]> | undefined = new Map();
  private lastDay = -1;
  private lastDayCounts: number[] | undefined;
  private firstOver12 = 0;
  private secondOver12 = 0;
  private readonly segments = new Map<string, number[]>();
  private readonly blankSegment = zeros();
  private readonly otherSegment = zeros();
  private readonly detractors: Detractor[] = [];
  private detractorsTotal = 0;
  private commentsCut = 0;
  /** Promoters' comments (the first MAX_DETRACTORS non-empty ones, cut like detractors'), for the keyness. */
  readonly promoterComments: string[] = [];
  private promoterCommentsTotal = 0;
  private readonly unreadable: UnreadableRecord[] = [];
  private unreadableTotal = 0;
  /** Questions, repeats, weights, CSAT and CES (workbench-tally.ts). */
  private readonly workbench: WorkbenchTally;

  /** `winners`: each respondent's winning row, when the plan keeps the latest answer only (dedupe-respondents.ts). */
  constructor(plan: ImportPlan, winners?: ReadonlyMap<string, number>) {
    this.plan = plan;
    this.workbench = new WorkbenchTally(plan.workbench ?? { columnReason: { kind: 'values' }, questionColumns: [plan.column], keepLatest: false }, winners);
  }

  /** Count one data row; `line` is its row number in the file (1-based, header rows included). */
  add(row: readonly string[], line: number): void {
    this.rowsRead++;
    const answer = parseAnswer(row[this.plan.column]);
    // A repeat kept out is counted as such there (skipped.repeat), and nowhere else.
    if (this.workbench.add(row, line, typeof answer === 'number' ? answer : undefined)) return;
    if (typeof answer !== 'number') {
      this[answer]++;
      return;
    }
    this.counts[answer]!++;
    const { dateColumn, segmentColumn, commentColumn, respondentColumn } = this.plan;

    let dateText: string | undefined;
    if (dateColumn !== undefined) {
      dateText = row[dateColumn]?.trim();
      const fast = dateText ? isoMonthIndex(dateText) : undefined;
      const date = fast === undefined ? parseDateCell(dateText) : undefined;
      if (fast !== undefined) {
        this.countMonth(fast, answer);
        this.countDay(isoDayNumber(dateText as string, fast), answer);
      } else if (!date) this.undated++;
      else if (date.kind === 'ymd') {
        this.countMonth(date.year * 12 + date.month - 1, answer);
        this.countDay(dayNumber(date.year, date.month, ymdDayOfMonth(dateText as string)), answer);
      } else {
        if (date.first > 12) this.firstOver12++;
        if (date.second > 12) this.secondOver12++;
        bump(this.ambiguousDays, date.year * 10_000 + date.first * 100 + date.second, answer);
      }
    }

    let segment: string | undefined;
    if (segmentColumn !== undefined) {
      segment = row[segmentColumn]?.trim() ?? '';
      if (segment === '') this.blankSegment[answer]!++;
      else {
        let counts = this.segments.get(segment);
        // A name longer than a label is not a segment name: pooled with the others rather than kept whole.
        if (!counts && this.segments.size < MAX_SEGMENTS && segment.length <= MAX_LABEL_CHARS) {
          counts = zeros();
          this.segments.set(own(segment), counts);
        }
        (counts ?? this.otherSegment)[answer]!++;
      }
    }

    if (answer >= 9 && commentColumn !== undefined) {
      const comment = row[commentColumn]?.trim() ?? '';
      if (comment !== '') {
        this.promoterCommentsTotal++;
        if (this.promoterComments.length < MAX_DETRACTORS) this.promoterComments.push(own(comment.slice(0, MAX_COMMENT_CHARS)));
      }
    }

    if (answer <= 6) {
      this.detractorsTotal++;
      if (this.detractors.length < MAX_DETRACTORS) {
        let comment = commentColumn !== undefined ? (row[commentColumn]?.trim() ?? '') : '';
        let commentChars: number | undefined;
        if (comment.length > MAX_COMMENT_CHARS) {
          commentChars = comment.length;
          comment = comment.slice(0, MAX_COMMENT_CHARS);
          this.commentsCut++;
        }
        const detractor: Detractor = { line, answer, comment: own(comment.replace(/\r\n?/g, '\n')) };
        if (commentChars !== undefined) detractor.commentChars = commentChars;
        if (segment !== undefined) detractor.segment = label(segment);
        if (dateText) detractor.date = label(dateText);
        const respondent = respondentColumn !== undefined ? row[respondentColumn]?.trim() : undefined;
        if (respondent) detractor.respondent = label(respondent);
        this.detractors.push(detractor);
      }
    }
  }

  private countMonth(index: number, answer: number): void {
    if (index !== this.lastMonth || !this.lastMonthCounts) {
      let counts = this.months.get(index);
      if (!counts) {
        counts = zeros();
        this.months.set(index, counts);
      }
      this.lastMonth = index;
      this.lastMonthCounts = counts;
    }
    this.lastMonthCounts[answer]!++;
  }

  private countDay(day: number, answer: number): void {
    if (!this.days) return;
    if (day !== this.lastDay || !this.lastDayCounts) {
      let counts = this.days.get(day);
      if (!counts) {
        if (this.days.size >= MAX_DAYS) {
          // Too many different days to keep: date ranges are off for this file, months still work.
          this.days = undefined;
          this.lastDayCounts = undefined;
          return;
        }
        counts = zeros();
        this.days.set(day, counts);
      }
      this.lastDay = day;
      this.lastDayCounts = counts;
    }
    this.lastDayCounts[answer]!++;
  }

  /** Note a record the splitter could not read (neither counted nor skipped). */
  addUnreadable(record: UnreadableRecord): void {
    this.unreadableTotal++;
    if (this.unreadable.length < MAX_UNREADABLE_LISTED) this.unreadable.push(record);
  }

  get unreadableCount(): number {
    return this.unreadableTotal;
  }

  get skippedTotal(): number {
    return this.blank + this.notANumber + this.outOfRange;
  }

  /** The result so far (call once the stream has ended). */
  finish(bytes: number): ImportResult {
    const skipped: SkippedRows = { blank: this.blank, notANumber: this.notANumber, outOfRange: this.outOfRange, total: this.skippedTotal };
    const plan = this.plan;
    const result: ImportResult = {
      layout: plan.layout,
      delimiter: plan.delimiter,
      encoding: plan.encoding,
      headerRows: plan.headerRows,
      columns: plan.columns,
      allColumns: plan.allColumns,
      column: plan.column,
      columnGuessed: plan.columnGuessed,
      counts: [...this.counts],
      rowsRead: this.rowsRead,
      skipped,
      undated: this.undated,
      detractors: this.detractors,
      detractorsTotal: this.detractorsTotal,
      detractorsCapped: this.detractorsTotal > this.detractors.length,
      bytes,
      commentsCut: this.commentsCut,
      unreadable: { total: this.unreadableTotal, records: [...this.unreadable] },
    };
    if (plan.dateColumn !== undefined) {
      result.dateColumn = plan.dateColumn;
      const months = new Map([...this.months].map(([index, counts]) => [monthOfIndex(index), [...counts]]));
      const days = this.days ? new Map([...this.days].map(([day, counts]) => [day, [...counts]])) : undefined;
      let order: ImportResult['dateOrder'] = 'ymd';
      if (this.ambiguousDays.size > 0) {
        order = plan.dateOrder ?? decideDateOrder(this.firstOver12, this.secondOver12, plan.dateHint);
        for (const [key, counts] of this.ambiguousDays) {
          const year = Math.floor(key / 10_000);
          const first = Math.floor(key / 100) % 100;
          const second = key % 100;
          const month = order === 'dmy' ? second : first;
          if (month > 12) {
            // Contradicts the order the rest of the file uses: in the score, not in the trend.
            result.undated += sum(counts);
            continue;
          }
          const target = months.get(monthKey(year, month)) ?? zeros();
          counts.forEach((count, answer) => (target[answer]! += count));
          months.set(monthKey(year, month), target);
          if (days) {
            const day = dayNumber(year, month, order === 'dmy' ? first : second);
            const dayCounts = days.get(day) ?? zeros();
            counts.forEach((count, answer) => (dayCounts[answer]! += count));
            days.set(day, dayCounts);
          }
        }
      }
      result.dateOrder = order;
      result.byMonth = [...months].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([month, counts]): MonthCounts => ({ month, counts }));
      if (days && days.size <= MAX_DAYS) {
        result.byDay = [...days].sort(([a], [b]) => a - b).map(([day, counts]): DayCounts => ({ day: dayText(day), counts }));
      } else result.byDayCapped = true;
    }
    if (plan.segmentColumn !== undefined) {
      result.segmentColumn = plan.segmentColumn;
      const bySegment: SegmentCounts[] = [...this.segments]
        .map(([segment, counts]) => ({ segment, counts: [...counts] }))
        .sort((a, b) => sum(b.counts) - sum(a.counts) || a.segment.localeCompare(b.segment));
      if (sum(this.otherSegment) > 0) bySegment.push({ segment: '', counts: [...this.otherSegment], kind: 'other' });
      if (sum(this.blankSegment) > 0) bySegment.push({ segment: '', counts: [...this.blankSegment], kind: 'blank' });
      result.bySegment = bySegment;
    }
    if (plan.commentColumn !== undefined) {
      result.commentColumn = plan.commentColumn;
      result.promoterCommentsTotal = this.promoterCommentsTotal;
      // What detractors say: computed here, in the worker, where the promoters' comments are (they never reach the page).
      result.keyness = keyTerms(
        this.detractors.map((d) => d.comment),
        this.promoterComments,
        STOP_WORDS,
      );
    }
    if (plan.respondentColumn !== undefined) result.respondentColumn = plan.respondentColumn;
    this.workbench.finish(result, plan.dateHint === 'dmy' ? 'decimal' : 'thousands');
    return result;
  }
}

function bump(map: Map<number, number[]>, key: number, answer: number): void {
  let counts = map.get(key);
  if (!counts) {
    counts = zeros();
    map.set(key, counts);
  }
  counts[answer]!++;
}
