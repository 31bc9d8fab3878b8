/**
 * The chart kit's words (download buttons, export settings, CSV headings): what each one is, and every language's
 * table. Each language's words are a module of their own (strings-en.ts, strings-fr.ts).
 */
import type { Locale } from '../i18n.ts';
import { chartKitStringsEn } from './strings-en.ts';
import { chartKitStringsFr } from './strings-fr.ts';

export interface ChartKitStrings {
  downloadPng: string;
  downloadCsv: string;
  /** Export setting line when no filter narrows the figures. */
  noFilter: string;
  /** Export setting line with the filters in words: `Filters: Market: France · Grade: B or better`. */
  filters: (list: string) => string;
  /** `label: value` with the language's typography. */
  pair: (label: string, value: string) => string;
  /** Import charts: the settings line (answers read from the file, interval level) and the legend. */
  fromFile: (answers: string, level: string) => string;
  barNps: string;
  whisker: (level: string) => string;
  /** CSV headings of the import tables' interval ends. */
  low: string;
  high: string;
  /** Placement chart (score tool): legend and settings. */
  placement: {
    you: string;
    band: (level: string) => string;
    peer: string;
    peerInterval: (level: string) => string;
    /** The interval level the band and whiskers show. */
    intervals: (level: string) => string;
  };
  /** Company chart legend: the kinds of point. */
  pointValue: string;
  pointAbout: string;
  pointBound: string;
  csv: {
    company: string;
    scope: string;
    published: string;
    nps: string;
    low: string;
    high: string;
    period: string;
    market: string;
    n: string;
    surveyType: string;
    grade: string;
    source: string;
    sourceUrl: string;
    notes: string;
  };
}

/** Every language's words, for pages and tests. Browser code loads one language's module instead (src/lib/lazy-strings.ts). */
export const chartKitStrings: Record<Locale, ChartKitStrings> = { en: chartKitStringsEn, fr: chartKitStringsFr };
