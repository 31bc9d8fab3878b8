/**
 * UI strings of the survey import (panel and details): what each one is, and every language's table. Each language's
 * words are a module of their own (strings-en.ts, strings-fr.ts), so browser code loads its page's language only.
 */
import type { Locale } from '../i18n.ts';
import type { DateOrder, Delimiter, ImportErrorCode, SurveyEncoding, SurveyLayout, UnreadableRecord, WorkbookInfo } from './types.ts';
import { importStringsEn } from './strings-en.ts';
import { importStringsFr } from './strings-fr.ts';

export interface ImportStrings {
  fileLabel: string;
  dropHint: string;
  dropActive: string;
  privacy: string;
  supported: string;
  progressLabel: string;
  reading: (percent: string, rows: string) => string;
  cancel: string;
  cancelled: string;
  layouts: Record<SurveyLayout, string>;
  encodings: Record<SurveyEncoding, string>;
  delimiters: Record<Delimiter, string>;
  detected: string;
  headerRows: (count: number) => string;
  fileSummary: (name: string, size: string) => string;
  /** File size units, bytes to GB (1024-based). */
  byteUnits: readonly [string, string, string, string];
  rowsSummary: (rows: string, counted: string) => string;
  skippedNone: string;
  skippedTotal: (count: string) => string;
  skippedBlank: (count: string) => string;
  skippedNotANumber: (count: string) => string;
  skippedOutOfRange: (count: string) => string;
  noAnswers: string;
  columnLabel: string;
  columnGuessed: string;
  columnValues: string;
  dateLabel: string;
  segmentLabel: string;
  commentLabel: string;
  none: string;
  columnN: (position: number) => string;
  dateOrder: Record<Exclude<DateOrder, 'ymd'>, string>;
  undated: (count: string) => string;
  unreadableTotal: (total: number, count: string) => string;
  unreadableRecord: (line: string, reason: UnreadableRecord['reason'], chars: string, lineBreaks: string) => string;
  unreadableMore: (count: string) => string;
  /** The sentence around the browser's error text, which the panel marks as English (`lang="en"`). */
  partial: (percent: string, line: string) => readonly [before: string, after: string];
  unclosedQuoteAt: (line: string) => string;
  errors: Record<ImportErrorCode, string>;
  workerFailed: string;
  // Workbooks
  workbookFormats: Record<WorkbookInfo['format'], string>;
  sheetLabel: string;
  /** Why this sheet was read, for the line beside the sheet picker. */
  sheetChosen: (name: string, chosenBy: WorkbookInfo['chosenBy']) => string;
  sheetHidden: string;
  sheetEmpty: string;
  sheetSurvey: string;
  date1904: string;
  // Details
  byMonthTitle: string;
  bySegmentTitle: string;
  colMonth: string;
  colSegment: string;
  colN: string;
  colNps: string;
  colInterval: (level: string) => string;
  /** An interval's two ends: `+11 to +47`. */
  intervalRange: (low: string, high: string) => string;
  blankSegment: string;
  otherSegments: string;
  chartSegmentAlt: (count: number, level: string) => string;
  intervalNote: (level: string) => string;
  detractorsTitle: string;
  detractorsCount: (count: string) => string;
  detractorsCapped: (shown: string, total: string) => string;
  detractorsNone: string;
  downloadDetractors: string;
  downloadFailed: (detail: string) => string;
  commentsCut: (total: number, count: string, max: string) => string;
  /** Appended to a cut comment in the download. */
  commentCutNote: (total: string, kept: string) => string;
  detractorsFile: string;
  csvHeaders: { line: string; answer: string; comment: string; segment: string; date: string; respondent: string };
}

/** Every language's words, for pages and tests. Browser code loads one language's module instead (src/lib/lazy-strings.ts). */
export const importStrings: Record<Locale, ImportStrings> = { en: importStringsEn, fr: importStringsFr };
