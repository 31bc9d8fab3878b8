/**
 * Words of the import's analyst tools (several 0–10 questions, one answer per respondent, weights, CSAT and
 * CES from a column): what each one is, and every language's table; each language's words are a module of their own
 * (workbench-strings-en.ts, -fr.ts; French: no-break space before : ; ! ? and %). Numbers arrive formatted (format.ts);
 * nothing here rounds.
 */
import type { Locale } from '../i18n.ts';
import type { ColumnReason, RespondentSummary, ScaleColumnCounts } from './types.ts';
import { workbenchStringsEn } from './workbench-strings-en.ts';
import { workbenchStringsFr } from './workbench-strings-fr.ts';

export interface WorkbenchStrings {
  questionsTitle: (count: string) => string;
  questionStats: (n: string, nps: string) => string;
  questionNoAnswer: string;
  reason: (reason: ColumnReason, count: string) => string;
  respondentLabel: string;
  respondentFrom: Record<RespondentSummary['detectedBy'], string>;
  respondentsNone: string;
  repeatsFound: (repeats: number, count: string, distinct: string) => string;
  repeatsNone: (distinct: string) => string;
  blankIds: (total: number, count: string) => string;
  keepLatest: (by: RespondentSummary['latestBy']) => string;
  nBeforeAfter: (before: string, after: string) => string;
  repeatsKeptOut: (total: number, count: string) => string;
  skippedRepeat: (count: string) => string;
  weightLabel: string;
  weightedTitle: string;
  weightedLine: (nps: string, low: string, high: string) => string;
  weightedBeside: (unweighted: string) => string;
  effectiveN: (nEff: string, n: string) => string;
  weightedNone: string;
  weightsSkipped: (total: number, count: string) => string;
  weightSkippedReason: Record<'blank' | 'notANumber' | 'negative' | 'zero', (count: string) => string>;
  weightsNote: string;
  otherTitle: string;
  csatLabel: string;
  cesLabel: string;
  cesScaleLabel: string;
  cesScaleAuto: string;
  cesScaleOption: (scale: number) => string;
  csatLine: (value: string, low: string, high: string, n: string) => string;
  cesLine: (value: string, scale: number, n: string) => string;
  cesInterval: (low: string, high: string) => string;
  cesNoInterval: string;
  scaleFrom: (from: ScaleColumnCounts['scaleFrom'], scale: number) => string;
  scaleNoAnswer: string;
  scaleSkipped: (total: number, count: string) => string;
  scaleSkippedReason: Record<'blank' | 'notANumber' | 'outOfScale', (count: string, scale: number) => string>;
  otherMetricNote: string;
  /** The results CSV's section and item names for these figures. */
  csv: {
    section: string;
    question: string;
    repeatsFound: string;
    answersBefore: string;
    answersAfter: string;
    repeatsKeptOut: string;
    weightedNps: string;
    weightedLow: string;
    weightedHigh: string;
    effectiveN: string;
    weightsSkipped: string;
    csat: string;
    csatLow: string;
    csatHigh: string;
    csatN: string;
    ces: (scale: number) => string;
    cesLow: string;
    cesHigh: string;
    cesN: string;
  };
}

/** Every language's words, for pages and tests. Browser code loads one language's module instead (src/lib/lazy-strings.ts). */
export const workbenchStrings: Record<Locale, WorkbenchStrings> = { en: workbenchStringsEn, fr: workbenchStringsFr };
