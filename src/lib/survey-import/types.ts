/**
 * Shapes shared by the survey-export import: what the worker sends back, and the messages
 * between the page and the worker. Pure types, no runtime code.
 *
 * The invariant every result keeps: every record of the file is counted (one answer 0–10), skipped for
 * one named reason, or reported as unreadable; so `sum(counts) + skipped.total === rowsRead`, and the
 * file's records are `headerRows + rowsRead + unreadable.total` (plus, when `partial` is set, whatever
 * lies past the point where reading stopped).
 */

import type { KeynessOutcome } from './keyness.ts';

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
  /**
   * Only when "keep each respondent's latest answer" is on: answers of a respondent who answered again later,
   * kept out of the score (see RespondentSummary). Included in `total`, so the invariant holds.
   */
  repeat?: number;
  total: number;
}

export interface MonthCounts {
  /** `YYYY-MM`, the month as written in the file (no time-zone shift). */
  month: string;
  /** Counts of answers 0..10 (length 11). */
  counts: number[];
}

export interface DayCounts {
  /** `YYYY-MM-DD`, the day as written in the file (no time-zone shift). */
  day: string;
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
  /** At most MAX_COMMENT_CHARS characters: a longer comment is cut, and `commentChars` gives its length. */
  comment: string;
  /** The comment's full length in the file, only when it was cut. */
  commentChars?: number;
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
  /** Only when a date column is used and the file holds at most MAX_DAYS different days; sorted by day. For date ranges. */
  byDay?: DayCounts[];
  /** True when the file's dates span more than MAX_DAYS different days: no `byDay` (months still work). */
  byDayCapped?: boolean;
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
  /** Promoters (9–10) with a non-empty comment, all of them (the first MAX_DETRACTORS are kept for the keyness). */
  promoterCommentsTotal?: number;
  /** Only with a comment column: the words and phrases that set detractors' comments apart (keyness.ts). */
  keyness?: KeynessOutcome;
  /** File size in bytes. */
  bytes: number;
  /** Comments of listed detractors that were longer than MAX_COMMENT_CHARS and were cut. */
  commentsCut: number;
  /** Records that could not be read: not counted, not skipped, listed here (the first MAX_UNREADABLE_LISTED). */
  unreadable: { total: number; records: UnreadableRecord[] };
  /** Set when reading stopped early on an error: the figures cover the file up to `line` only. */
  partial?: PartialRead;
  /** Why `column` is the one read (shown to the user). */
  columnReason?: ColumnReason;
  /**
   * Every 0–10 question of the file (see questions.ts for which columns count), in file order, the chosen one
   * included, each tallied over the same rows as the score (repeats kept out when that option is on).
   */
  questions?: QuestionTally[];
  /** For each two questions of `questions`: how the rows that answer both split across the groups (paired data). */
  questionPairs?: QuestionPair[];
  /** The respondent column's repeats, when the file has (or the user chose) one. */
  respondents?: RespondentSummary;
  /** Only when a weight column is chosen: the weighted sums over the counted answers. */
  weights?: WeightTotals;
  /** Only when a CSAT column is chosen. */
  csat?: ScaleColumnCounts;
  /** Only when a CES column is chosen. */
  ces?: ScaleColumnCounts;
  /** Set for a workbook (.xlsx, .ods): its sheets and the one read. `delimiter` and `encoding` then say nothing. */
  workbook?: WorkbookInfo;
}

/**
 * Why the recommendation column was chosen: `chosen` by the user; `header`: the first column whose header
 * mentions recommending (`likelyColumns` such columns in all); `values`: no header says so, picked from its values.
 */
export type ColumnReason = { kind: 'chosen' } | { kind: 'header'; likelyColumns: number } | { kind: 'values' };

/** One 0–10 question of the file, tallied. */
export interface QuestionTally {
  /** Column index (as `ImportResult.column`). */
  index: number;
  header: string;
  /** Its header mentions recommending / NPS / likelihood. */
  isLikely: boolean;
  /** Count of each answer 0..10 (length 11). */
  counts: number[];
  /** Rows with no usable answer to this question, by reason (repeats are not in here: they are left out of every question). */
  skipped: Omit<SkippedRows, 'repeat'>;
}

/**
 * Two questions answered by the same rows: `both[3 × a + b]` counts the rows whose answer to `first` is in
 * group a and to `second` in group b, groups 0 = detractor (0–6), 1 = passive (7–8), 2 = promoter (9–10).
 * Two questions of one file are paired samples, not independent ones: this table gives the paired variance.
 */
export interface QuestionPair {
  first: number;
  second: number;
  /** Length 9. */
  both: number[];
}

/** Respondent ids and their repeats (rule in src/lib/dedupe-respondents.ts). */
export interface RespondentSummary {
  column: number;
  /** How the column was found: its header, its values (e-mail addresses), or the user's choice. */
  detectedBy: 'header' | 'content' | 'chosen';
  /** Counted answers (a 0–10 answer to the chosen question) before any repeat is kept out. */
  answersBefore: number;
  /** Of those, answers with a blank id: never matched, all kept. */
  blankIds: number;
  /** Distinct respondents among the answers with an id. */
  distinct: number;
  /** Answers of a respondent who has a later answer: answers with an id − distinct respondents. */
  repeats: number;
  /** Answers once each respondent keeps its latest only: answersBefore − repeats. */
  answersAfter: number;
  /** True when the repeats were kept out of this result. */
  keptLatest: boolean;
  /** `date`: the latest is read from the date column (then the row order on equal or unreadable dates); `row`: the last row. */
  latestBy: 'date' | 'row';
}

/** Weighted sums of the counted answers (src/lib/weighted-nps.ts turns them into a weighted NPS). */
export interface WeightTotals {
  column: number;
  /** Sum of the weights of promoters, passives and detractors. */
  promoters: number;
  passives: number;
  detractors: number;
  /** Sum of the squared weights (for Kish's effective sample size). */
  sumSquares: number;
  /** Answers with a usable weight. */
  n: number;
  /** Counted answers left out of the weighted score for their weight, by reason. */
  skipped: { blank: number; notANumber: number; negative: number; zero: number; total: number };
}

/** Counts of a CSAT (1–5) or CES (1–7 or 1–5) column. */
export interface ScaleColumnCounts {
  column: number;
  /** 5 or 7 points. */
  scale: 5 | 7;
  /** How the scale was set: the user's choice, the header (`1–5`, `sur 7`…), or the answers (any 6 or 7 → 7). */
  scaleFrom: 'chosen' | 'header' | 'values';
  /** Count of each answer 1..scale (index 0 = answer 1). */
  counts: number[];
  /** Rows with no usable answer, by reason: blank, text, or a number off the scale (0, 8, 4.5, or 6 on a 5-point scale). */
  skipped: { blank: number; notANumber: number; outOfScale: number; total: number };
}

/** A workbook's sheets, and which one was read (read-workbook.ts). */
export interface WorkbookInfo {
  format: 'xlsx' | 'ods';
  sheets: WorkbookSheet[];
  /** Index in `sheets` of the sheet read. */
  sheet: number;
  /** `user`: chosen in the picker; `survey`: the first sheet with a recommendation question; `first`: no sheet has one, the first sheet with data. */
  chosenBy: 'only' | 'user' | 'survey' | 'first';
  date1904: boolean;
}

export interface WorkbookSheet {
  name: string;
  hidden: boolean;
  /** A column's header mentions recommending (or NPS) and holds 0–10 values. */
  survey: boolean;
  /** No cell holds a value (or it is a chart sheet). */
  empty: boolean;
}

/** A record the splitter could not read (records.ts). */
export interface UnreadableRecord {
  /** Its row (as `Detractor.line`). */
  line: number;
  /** `unclosed-quote`: a quote opened here never closes, so the rest of the file is one cell; `too-long`: longer than the cap. */
  reason: 'unclosed-quote' | 'too-long';
  /** Characters it spans in the file. */
  chars: number;
  /** Line breaks inside it: lines of text it covers beyond its first. */
  lineBreaks: number;
}

/** Where and why a read stopped before the end of the file. */
export interface PartialRead {
  /** Last row read completely. */
  line: number;
  /** Bytes of the file read before the error. */
  bytesRead: number;
  /** The error's name and message, as the browser or engine gave it. */
  detail: string;
}

/** The user's choices for a re-run. `undefined` = detect; `null` = none. */
export interface ImportOptions {
  column?: number;
  dateColumn?: number | null;
  segmentColumn?: number | null;
  commentColumn?: number | null;
  respondentColumn?: number | null;
  /** Keep each respondent's latest answer only (needs a respondent column). */
  keepLatest?: boolean;
  weightColumn?: number | null;
  csatColumn?: number | null;
  cesColumn?: number | null;
  /** The CES scale; detected when undefined. */
  cesScale?: 5 | 7;
  /** A workbook's sheet, by index (WorkbookInfo.sheets); undefined = the first that looks like a survey. */
  sheet?: number;
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
  | 'unclosed-quote'
  | 'first-rows-too-long'
  | 'read-failed'
  | 'workbook-encrypted'
  | 'workbook-corrupt'
  | 'not-a-workbook'
  | 'sheet-empty'
  | 'sheet-header-only'
  | 'bad-sheet'
  | 'workbook-browser';

export interface ImportError {
  code: ImportErrorCode;
  /** For a workbook: its sheets, so another can be chosen after an error about one. */
  workbook?: WorkbookInfo;
  /** Extra detail for the message (for `read-failed`, the browser's error text). */
  detail?: string;
  /** For `unclosed-quote`: the row where the quote opens. */
  line?: number;
}

/** Page → worker. */
export type ImportRequest = { type: 'start'; id: number; file: Blob; options?: ImportOptions } | { type: 'cancel'; id: number };

/** Worker → page. `id` echoes the request so a late message from an earlier run is ignored. */
export type ImportResponse =
  | { type: 'progress'; id: number; bytesRead: number; totalBytes: number; rowsRead: number }
  | { type: 'result'; id: number; result: ImportResult }
  | { type: 'error'; id: number; error: ImportError }
  | { type: 'cancelled'; id: number };

/** Caps that keep memory bounded on any file. */
export const MAX_DETRACTORS = 10_000;
export const MAX_SEGMENTS = 50;
/** A stored comment keeps at most this many characters (10,000 detractors × 2,000 = 20 M characters at most). */
export const MAX_COMMENT_CHARS = 2_000;
/** Segment names, dates and respondent ids are kept up to this length; a longer segment is pooled with "other". */
export const MAX_LABEL_CHARS = 200;
/** Unreadable records listed one by one (all are counted). */
export const MAX_UNREADABLE_LISTED = 100;
/** The sample that decides the columns grows until it holds this many complete records… */
export const MIN_SAMPLE_RECORDS = 10;
/** …or reaches this size, or the end of the file. */
export const MAX_SAMPLE_BYTES = 16 * 1024 * 1024;
/** Different days kept for date ranges (about 55 years of daily answers); beyond, `byDayCapped`. */
export const MAX_DAYS = 20_000;
/** Number of answers 0..10. */
export const ANSWER_VALUES = 11;
