/**
 * Whether a set of figures can be compared directly. Figures measured with different survey types
 * (an independent benchmark panel vs a company's own survey vs an unexplained vendor figure) or in
 * different markets are not on the same scale; the page says so in plain words.
 */
import { FILTER_SURVEY_TYPES } from './filters.ts';
import type { SurveyType } from './schema.ts';

/** Why a set of figures is not directly comparable; empty lists mean no mix on that count. */
export interface ComparabilityReport {
  /** Distinct survey types, in the standard order, when more than one is present. */
  surveyTypes: SurveyType[];
  /** Distinct markets (sorted; `null` = not stated, listed last), when more than one is present. */
  markets: (string | null)[];
  comparable: boolean;
}

/** Find the survey types and markets a set of figures mixes. */
export function comparability(figures: readonly { surveyType: SurveyType; market?: string | undefined }[]): ComparabilityReport {
  const types = new Set(figures.map((f) => f.surveyType));
  const surveyTypes = FILTER_SURVEY_TYPES.filter((t) => types.has(t));
  const stated = [...new Set(figures.map((f) => f.market).filter((m): m is string => Boolean(m)))].sort();
  const markets: (string | null)[] = figures.some((f) => !f.market) ? [...stated, null] : stated;
  const mixedTypes = surveyTypes.length > 1;
  const mixedMarkets = markets.length > 1;
  return {
    surveyTypes: mixedTypes ? surveyTypes : [],
    markets: mixedMarkets ? markets : [],
    comparable: !mixedTypes && !mixedMarkets,
  };
}
