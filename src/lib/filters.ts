/**
 * Sector-page filters (market, survey type, period, minimum grade) and their URL form.
 *
 * Shared by the build (to stamp each table row) and the browser (the filter script and the chart
 * island), so it imports nothing at runtime but the dependency-free figures.ts and markets.ts: the enum lists are restated here and a test checks
 * they match `schema.ts` (importing that module would put Zod in the browser bundle).
 */
import { GRADE_ORDER, meetsGrade } from './figures.ts';
import { coversMarket, marketCodes } from './markets.ts';
import type { Grade, SurveyType } from './schema.ts';

/** Source grades, best first. */
export const FILTER_GRADES: readonly Grade[] = GRADE_ORDER;
/** Survey types, in the order the filter lists them. */
export const FILTER_SURVEY_TYPES: readonly SurveyType[] = ['competitive-benchmark', 'relationship', 'transactional', 'inferred', 'self-reported', 'unknown'];

/** The active filters; an absent key means "any". Years are whole calendar years. */
export interface FigureFilters {
  market?: string;
  type?: SurveyType;
  from?: number;
  to?: number;
  grade?: Grade;
}

/** What a figure needs for filtering: a small, serialisable subset of an observation. */
export interface FilterableFigure {
  market?: string | undefined;
  surveyType: SurveyType;
  grade: Grade;
  period?: string | undefined;
}

/** Event the filter script dispatches on `document` (detail: FigureFilters) whenever the filters change. */
export const FILTER_EVENT = 'nps-atlas:filters';

/** URL parameter names, the same in both languages. */
export const FILTER_PARAMS = ['market', 'type', 'from', 'to', 'grade'] as const;

const MARKET = /^(?:[A-Z]{2}|GLOBAL)$/;
const YEAR = /^\d{4}$/;

/** First and last calendar year a period covers (`2021-12/2022-01` → [2021, 2022]); undefined when not stated. */
export function periodYears(period: string | undefined): [number, number] | undefined {
  if (!period) return undefined;
  const [start = '', end = start] = period.split('/');
  const first = Number(start.slice(0, 4));
  const last = Number(end.slice(0, 4));
  if (!Number.isInteger(first) || !Number.isInteger(last) || first === 0) return undefined;
  return [first, last];
}

/** True when `grade` is `min` or better (A is best). */
export function gradeAtLeast(grade: Grade, min: Grade): boolean {
  return meetsGrade(grade, min);
}

/**
 * Read filters from a query string. Unknown or malformed values are left out and named in
 * `ignored` (so a page can say so) rather than throwing; `from` > `to` are swapped.
 */
export function parseFilters(query: string | URLSearchParams): { filters: FigureFilters; ignored: string[] } {
  const params = typeof query === 'string' ? new URLSearchParams(query) : query;
  const filters: FigureFilters = {};
  const ignored: string[] = [];
  const market = params.get('market');
  if (market !== null && market !== '') {
    const upper = market.trim().toUpperCase();
    if (MARKET.test(upper)) filters.market = upper;
    else ignored.push('market');
  }
  const type = params.get('type');
  if (type !== null && type !== '') {
    if ((FILTER_SURVEY_TYPES as readonly string[]).includes(type)) filters.type = type as SurveyType;
    else ignored.push('type');
  }
  for (const key of ['from', 'to'] as const) {
    const value = params.get(key);
    if (value === null || value === '') continue;
    if (YEAR.test(value.trim())) filters[key] = Number(value.trim());
    else ignored.push(key);
  }
  if (filters.from !== undefined && filters.to !== undefined && filters.from > filters.to) {
    [filters.from, filters.to] = [filters.to, filters.from];
  }
  const grade = params.get('grade');
  if (grade !== null && grade !== '') {
    const upper = grade.trim().toUpperCase();
    if ((FILTER_GRADES as readonly string[]).includes(upper)) filters.grade = upper as Grade;
    else ignored.push('grade');
  }
  return { filters, ignored };
}

/** The query string for a set of filters, `''` when none is active, otherwise starting with `?`. Keys in a fixed order. */
export function filtersToQuery(filters: FigureFilters): string {
  const params = new URLSearchParams();
  if (filters.market) params.set('market', filters.market);
  if (filters.type) params.set('type', filters.type);
  if (filters.from !== undefined) params.set('from', String(filters.from));
  if (filters.to !== undefined) params.set('to', String(filters.to));
  if (filters.grade) params.set('grade', filters.grade);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** True when no filter is active. */
export function hasNoFilters(filters: FigureFilters): boolean {
  return filtersToQuery(filters) === '';
}

/**
 * Whether a figure passes the filters. A figure with no stated market or period never passes a
 * market or period filter: we cannot tell whether it belongs. A figure covering several countries passes a
 * filter on any of them.
 */
export function matchesFilters(figure: FilterableFigure, filters: FigureFilters): boolean {
  if (filters.market && !coversMarket(figure.market, filters.market)) return false;
  if (filters.type && figure.surveyType !== filters.type) return false;
  if (filters.grade && !gradeAtLeast(figure.grade, filters.grade)) return false;
  if (filters.from !== undefined || filters.to !== undefined) {
    const years = periodYears(figure.period);
    if (!years) return false;
    if (filters.from !== undefined && years[1] < filters.from) return false;
    if (filters.to !== undefined && years[0] > filters.to) return false;
  }
  return true;
}

/** The values a sector's filters can offer: market codes present (sorted; `US CA` offers both), survey types present (in list order), years spanned. */
export function filterOptions(figures: readonly FilterableFigure[]): { markets: string[]; types: SurveyType[]; years: number[] } {
  const markets = [...new Set(figures.flatMap((f) => marketCodes(f.market)))].sort();
  const present = new Set(figures.map((f) => f.surveyType));
  const types = FILTER_SURVEY_TYPES.filter((t) => present.has(t));
  const spans = figures.map((f) => periodYears(f.period)).filter((y): y is [number, number] => y !== undefined);
  const years: number[] = [];
  if (spans.length > 0) {
    const first = Math.min(...spans.map((s) => s[0]));
    const last = Math.max(...spans.map((s) => s[1]));
    for (let year = first; year <= last; year += 1) years.push(year);
  }
  return { markets, types, years };
}
