/**
 * Whether a set of figures can be compared directly. Figures measured with different survey types
 * (an independent benchmark panel vs a company's own survey vs an unexplained vendor figure) or in
 * different markets are not on the same scale; the page says so in plain words.
 */
import { FILTER_SURVEY_TYPES } from './filters.ts';
import { formatList, formatMarket } from './format.ts';
import type { Locale } from './i18n.ts';
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

/** The words a comparability message needs; templates hold `{reasons}` and `{list}` placeholders. */
export interface ComparabilityWords {
  notComparable: string;
  reasonTypes: string;
  reasonMarkets: string;
  surveyType: Record<SurveyType, string>;
  marketWords: { GLOBAL: string; EU: string; notStated: string };
}

/** The plain warning for a report ("Not directly comparable, because … mix survey types (…) and markets (…)"), or `''` when comparable. */
export function comparabilityMessage(report: ComparabilityReport, words: ComparabilityWords, locale: Locale): string {
  const reasons = [
    ...(report.surveyTypes.length > 0
      ? [
          words.reasonTypes.replace(
            '{list}',
            formatList(
              report.surveyTypes.map((s) => words.surveyType[s]),
              locale,
            ),
          ),
        ]
      : []),
    ...(report.markets.length > 0
      ? [
          words.reasonMarkets.replace(
            '{list}',
            formatList(
              report.markets.map((m) => formatMarket(m ?? undefined, locale, words.marketWords)),
              locale,
            ),
          ),
        ]
      : []),
  ];
  return reasons.length > 0 ? words.notComparable.replace('{reasons}', formatList(reasons, locale)) : '';
}
