/**
 * Shapes shared by the survey-export import: what the worker sends back, and the messages
 * between the page and the worker. Pure types, no runtime code.
 *
 * The invariant every result keeps: `sum(counts) + skipped.total === rowsRead`.
 * A data row is either counted as one answer 0–10, or skipped for one named reason.
 */

/** Export layouts we recognise from their header rows (see layout.ts for what each keys on). */
export type SurveyLayout = 'surveymonkey' | 'qualtrics' | 'typeform' | 'google-forms' | 'plain';
export type Delimiter = ',' | ';' | '\t';
/** `utf-16le`/`utf-16be` cover Excel's "Unicode Text" export (tab-separated, with a BOM). */
export type SurveyEncoding = 'utf-8' | 'utf-8-bom' | 'windows-1252' | 'utf-16le' | 'utf-16be';
/** How slash dates were read: `dmy` = 05/03/2024 is 5 March; `mdy` = 3 May. `ymd` covers ISO and 2024/03/05. */
export type DateOrder = 'ymd' | 'dmy' | 'mdy';

/** A column the user may choose as the recommendation (0–10) question. */
export interface AnswerColumn {
  index: number;
  /** Question text as the file shows it (SurveyMonkey/Qualtrics: the question row, not the ids row). */
  header: string;
  /** The header mentions recommending/NPS/likelihood AND the sampled values are whole numbers 0–10. */
  isLikely: boolean;
}

/** Any column, for the segment picker. */
export interface ColumnInfo {
  index: number;
  header: string;
}

export interface SkippedRows {
  /** The answer cell is empty (or the row is shorter than the chosen column). */
  blank: number;
  /** Text that is not a number: `n/a`, `Yes`, `10 points`. */
  notANumber: number;
  /** A number that is not one of the 11 answers: below 0, above 10, or not whole (8.5). */
  outOfRange: number;
  total: number;
}

export interface MonthCounts {
  /** `YYYY-MM`, the month as written in the file (no time-zone shift). */
  month: string;
  /** Counts of answers 0..10 (length 11). */
  counts: number[];
}

export interface SegmentCounts {
  segment: string;
  counts: number[];
  /** `blank`: rows with no segment value; `other`: segments beyond the first MAX_SEGMENTS, pooled. */
  kind?: 'blank' | 'other';
}

export interface Detractor {
  /** Row number as a spreadsheet shows it (header rows included, 1-based; a quoted line break stays in one row). */
  line: number;
  answer: number;
  comment: string;
  segment?: string;
  date?: string;
  /** Respondent ID, response id, Typeform token or e-mail, when the file has one. */
  respondent?: string;
}

export interface ImportResult {
  layout: SurveyLayout;
  delimiter: Delimiter;
  encoding: SurveyEncoding;
  /** Number of header rows skipped before the data (Qualtrics 3, SurveyMonkey 2, others 1 or 0; a `sep=` line adds 1). */
  headerRows: number;
  /** Candidate recommendation columns (values mostly 0–10 in the sample), in file order. */
  columns: AnswerColumn[];
  /** Every column, for the segment picker. */
  allColumns: ColumnInfo[];
  /** Index of the column read as the 0–10 answer. */
  column: number;
  /** True when no header said "recommend/NPS/likely" and the column was chosen from its values alone. */
  columnGuessed: boolean;
  /** Count of each answer 0..10 (length 11). */
  counts: number[];
  /** Data rows read (header rows and completely empty lines excluded). */
  rowsRead: number;
  skipped: SkippedRows;
  dateColumn?: number;
  dateOrder?: DateOrder;
  /** Counted rows whose date could not be read: in the score, not in the monthly trend. */
  undated: number;
  /** Only when a date column is used; sorted by month. */
  byMonth?: MonthCounts[];
  segmentColumn?: number;
  /** Only when a segment column is used; sorted by number of counted answers, largest first. */
  bySegment?: SegmentCounts[];
  commentColumn?: number;
  respondentColumn?: number;
  /** Detractors (0–6) in file order, at most MAX_DETRACTORS. */
  detractors: Detractor[];
  /** All detractors in the file; more than `detractors.length` when the list was capped. */
  detractorsTotal: number;
  detractorsCapped: boolean;
  /** File size in bytes. */
  bytes: number;
  /** Row where a quote opens and never closes: everything after it was read as one cell (so not as rows). */
  unclosedQuoteLine?: number;
}

/** The user's choices for a re-run. `undefined` = detect; `null` = none. */
export interface ImportOptions {
  column?: number;
  dateColumn?: number | null;
  segmentColumn?: number | null;
  commentColumn?: number | null;
}

/** Why a file could not be read; strings.ts turns each into a plain sentence. */
export type ImportErrorCode =
  | 'empty'
  | 'xlsx'
  | 'xls'
  | 'pdf'
  | 'binary'
  | 'no-data-rows'
  | 'no-answer-column'
  | 'bad-column'
  | 'read-failed';

export interface ImportError {
  code: ImportErrorCode;
  /** Extra detail for the message (for `read-failed`, the browser's error text). */
  detail?: string;
}

/** Page → worker. */
export type ImportRequest =
  | { type: 'start'; id: number; file: Blob; options?: ImportOptions }
  | { type: 'cancel'; id: number };

/** Worker → page. `id` echoes the request so a late message from an earlier run is ignored. */
export type ImportResponse =
  | { type: 'progress'; id: number; bytesRead: number; totalBytes: number; rowsRead: number }
  | { type: 'result'; id: number; result: ImportResult }
  | { type: 'error'; id: number; error: ImportError }
  | { type: 'cancelled'; id: number };

/** Caps that keep memory bounded on any file. */
export const MAX_DETRACTORS = 10_000;
export const MAX_SEGMENTS = 50;
/** Number of answers 0..10. */
export const ANSWER_VALUES = 11;
