/**
 * Conflicts explained in words, generated from each figure's data fields (source, grade, survey
 * type, period, market, scope, sample size, what a second-hand source cites), never hand-written
 * per company.
 */
import { formatCount, formatFigure, formatList, formatMarket, formatPeriod } from './format.ts';
import { FILTER_GRADES, FILTER_SURVEY_TYPES, periodYears } from './filters.ts';
import type { Locale } from './i18n.ts';
import type { Grade, Relation, SurveyType } from './schema.ts';
import { ui } from './ui-strings.ts';

/** A figure with what a reader needs to judge it. */
export interface DescribedFigure {
  id: string;
  relation: Relation;
  nps: number;
  publisher: string;
  grade: Grade;
  surveyType: SurveyType;
  period?: string | undefined;
  periodApproximate?: boolean;
  market?: string | undefined;
  segment?: string | undefined;
  sampleSize?: number | undefined;
  cites?: string | undefined;
}

/** A conflict in words: a lead sentence, one line per figure (highest first), then what the fields suggest. */
export interface ConflictExplanation {
  lead: string;
  items: { id: string; text: string }[];
  notes: string[];
}

/** Survey types from most to least informative about method. */
const METHOD_RANK: Record<SurveyType, number> = {
  'competitive-benchmark': 0,
  relationship: 1,
  transactional: 2,
  'self-reported': 3,
  unknown: 4,
  inferred: 5,
};
const STATED_METHOD = new Set<SurveyType>(['competitive-benchmark', 'relationship', 'transactional']);

/** Order figures by how far a reader can rely on them: grade, then method, then a stated sample, then a stated period. */
export function byReliability(a: DescribedFigure, b: DescribedFigure): number {
  return (
    FILTER_GRADES.indexOf(a.grade) - FILTER_GRADES.indexOf(b.grade) ||
    METHOD_RANK[a.surveyType] - METHOD_RANK[b.surveyType] ||
    Number(b.sampleSize !== undefined) - Number(a.sampleSize !== undefined) ||
    Number(Boolean(b.period)) - Number(Boolean(a.period))
  );
}

/** Explain a group of conflicting figures for `company` in `locale`. */
export function explainConflict(company: string, figures: readonly DescribedFigure[], locale: Locale): ConflictExplanation {
  const t = ui[locale];
  const w = t.conflict;
  const sorted = [...figures].sort((a, b) => b.nps - a.nps);
  const figureText = (f: DescribedFigure) => formatFigure(f.relation, f.nps, locale, t.relation);
  const values = [...new Set(sorted.map(figureText))];
  const when = (f: DescribedFigure) => (f.period ? `${f.periodApproximate ? `${t.circa} ` : ''}${formatPeriod(f.period, locale)}` : w.undated);
  const items = sorted.map((f) => {
    const parts = [
      w.source(f.publisher, f.grade, f.cites),
      w.method[f.surveyType],
      when(f),
      f.market ? formatMarket(f.market, locale, t.marketWords) : w.noMarket,
      ...(f.segment ? [w.scope(f.segment)] : []),
      f.sampleSize !== undefined ? w.sample(formatCount(f.sampleSize, locale)) : w.noSample,
    ];
    return { id: f.id, text: w.item(figureText(f), parts) };
  });

  const notes: string[] = [];
  const best = [...figures].sort(byReliability)[0];
  if (best && STATED_METHOD.has(best.surveyType)) notes.push(w.mostReliable(figureText(best), best.publisher, best.grade, w.method[best.surveyType]));
  else if (figures.every((f) => !STATED_METHOD.has(f.surveyType))) notes.push(w.noneStatesMethod);
  const present = new Set(figures.map((f) => f.surveyType));
  const types = FILTER_SURVEY_TYPES.filter((type) => present.has(type));
  if (types.length > 1)
    notes.push(
      w.mixedMethods(
        formatList(
          types.map((type) => t.surveyType[type].toLowerCase()),
          locale,
        ),
      ),
    );
  if (figures.some((f) => !f.period)) notes.push(w.someUndated);
  const years = figures.map((f) => periodYears(f.period)).filter((y): y is [number, number] => y !== undefined);
  if (years.length > 1) {
    const first = Math.min(...years.map((y) => y[0]));
    const last = Math.max(...years.map((y) => y[1]));
    if (last > first) notes.push(w.overTime(String(first), String(last)));
  }
  const segments = [...new Set(figures.map((f) => f.segment).filter((s): s is string => Boolean(s)))];
  if (segments.length > 0) notes.push(w.partScopes(formatList(segments, locale)));
  return { lead: w.lead(formatCount(figures.length, locale), company, formatList(values, locale)), items, notes };
}
