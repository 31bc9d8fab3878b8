/**
 * Words of the import's "is the change real?" and "what detractors say" panels (ImportInsight.tsx), and of
 * the monthly trend's text alternative: what each one is, and every language's table. Each language's words are a
 * module of their own (insight-strings-en.ts, -fr.ts; French: no-break space before : ; ! ? and %).
 */
import type { Locale } from '../i18n.ts';
import type { CompareKind } from './insight-view.ts';
import { insightStringsEn } from './insight-strings-en.ts';
import { insightStringsFr } from './insight-strings-fr.ts';

export interface InsightStrings {
  compareTitle: string;
  compareIntro: string;
  compareKind: string;
  kinds: Record<CompareKind, string>;
  /** The file has only one month, quarter, day, segment or question. */
  onlyOne: Record<CompareKind, string>;
  quarterLabel: (year: string, quarter: string) => string;
  rangeLabel: (from: string, to: string) => string;
  groupA: string;
  groupB: string;
  from: string;
  to: string;
  detectLabel: string;
  detectError: string;
  differenceLabel: string;
  intervalLabel: (level: string) => string;
  intervalWords: { before: string; between: string };
  pValueLabel: string;
  groupScore: (group: string, label: string, n: string) => string;
  sampleSizeLabel: (points: string) => string;
  sampleSizeText: (n: string) => string;
  sampleSizeNote: (level: string) => string;
  independentNote: string;
  pairedNote: string;
  pairsLabel: (points: string) => string;
  pairsText: (n: string) => string;
  noSpread: (difference: string, n: string) => string;
  emptyGroup: (group: string, label: string) => string;
  tinyGroup: (group: string, n: string) => string;
  same: string;
  overlap: string;
  badRange: (group: string) => string;
  noGroups: string;
  noDays: string;
  keyTitle: string;
  keyIntro: (detractors: string, promoters: string) => string;
  keyCapped: (kept: string, total: string) => string;
  keyNoDetractors: string;
  keyNoPromoters: string;
  keyNone: string;
  colTerm: string;
  colDetractors: string;
  colPromoters: string;
  colExpected: string;
  colG2: string;
  colExamples: string;
  keyMethod: string;
  filterOn: (term: string, count: string) => string;
  filterOff: string;
  commentsTitle: string;
  commentsAll: (count: string) => string;
  commentsShown: (shown: string, total: string) => string;
  commentsNone: string;
  noComment: string;
  answerLine: (answer: number, line: string) => string;
  /** The monthly chart's text alternative (insight-view.ts builds the figures). */
  trendAlt: (p: {
    count: number;
    first: string;
    last: string;
    level: string;
    firstNps: string;
    lastNps: string;
    high: string;
    highMonth: string;
    low: string;
    lowMonth: string;
  }) => string;
  trendAltOne: (p: { month: string; nps: string; lowEnd: string; highEnd: string; level: string }) => string;
}

/** Every language's words, for pages and tests. Browser code loads one language's module instead (src/lib/lazy-strings.ts). */
export const insightStrings: Record<Locale, InsightStrings> = { en: insightStringsEn, fr: insightStringsFr };
