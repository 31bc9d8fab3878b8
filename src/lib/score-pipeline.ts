/**
 * The score tool's view, from the sector's figures and the user's result: benchmark settings (with the
 * defaults) → selection → placement → verdicts → headline → chart rows. Pure; the island calls it and only
 * formats what it returns. Placement lives in placement.ts, statistics in nps-stats.ts, verdicts in verdicts.ts.
 *
 * Defaults (always shown in the tool and changeable; the link records a choice that differs from them):
 * - market: the page's language market (FR on /fr/) when the sector has a company figure there; else all;
 * - years: the last RECENT_YEARS calendar years when at least MIN_RECENT_COMPANIES companies of the sector have
 *   an exact figure in them under the other settings (peers aside); else every year;
 * - grade: B or better (url-state.ts).
 */
import { filterOptions } from './filters.ts';
import { LANGUAGES, type Locale, LOCALES } from './i18n.ts';
import { benchmarkInterval } from './nps-stats.ts';
import {
  type BenchmarkFigure,
  type BenchmarkSelection,
  type BenchmarkSettings,
  type Placement,
  type SurveyTypeCheck,
  checkSurveyTypes,
  isExact,
  placeScore,
  selectBenchmarks,
} from './placement.ts';
import type { Grade, SurveyType } from './schema.ts';
import type { ScoreResults } from './score-results.ts';
import type { UserSurveyType } from './url-state.ts';
import { type BenchmarkVerdict, type Headline, type VerdictValue, benchmarkVerdicts, headline } from './verdicts.ts';

/** The market each page language defaults to (none: every market), from the language table. */
export const LANGUAGE_MARKETS = Object.fromEntries(LOCALES.map((l) => [l, LANGUAGES[l].market])) as Record<Locale, string | undefined>;
/** How many calendar years count as recent, the current one included. */
export const RECENT_YEARS = 5;
/** Companies with an exact recent figure needed before the years default to recent ones. */
export const MIN_RECENT_COMPANIES = 3;
/** The link value that asks for every market or every year explicitly (`market=all`, `from=all`). */
export const ALL = 'all';

/** Benchmark settings as the link gives them (raw text; '' = default). */
export interface RawBenchmarkSettings {
  minGrade: Grade;
  /** '' (default), `all`, or a market code. */
  market: string;
  /** '' (default), `all`, or a year. */
  from: string;
  to: string;
  type?: SurveyType | undefined;
  /** Company ids; empty = every company. */
  peers: readonly string[];
}

/** A setting from the link that the sector can't honour, reported beside its field. */
export interface SettingProblem {
  field: 'market' | 'from' | 'to' | 'peers';
  code: 'no-figures' | 'not-a-year' | 'unknown-company';
  /** The value refused (a company id, a market code…). */
  value: string;
}

export interface ResolvedSettings {
  settings: BenchmarkSettings;
  /** Which settings are defaults rather than the user's choice. */
  defaulted: { market: boolean; years: boolean };
  problems: SettingProblem[];
  /** What the sector offers: markets of company figures (sorted), years spanned, companies (by name). */
  available: { markets: string[]; years: number[]; companies: { id: string; name: string }[] };
}

const YEAR = /^\d{4}$/;

function companiesOf(figures: readonly BenchmarkFigure[]): { id: string; name: string }[] {
  const byId = new Map<string, string>();
  for (const f of figures) if (f.companyId && !byId.has(f.companyId)) byId.set(f.companyId, f.name);
  return [...byId].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
}

function exactCompanies(selection: BenchmarkSelection): number {
  return selection.companies.filter(isExact).length;
}

/**
 * Turn the link's settings into the ones used, applying the defaults. `currentYear` is the year "recent" counts
 * back from (the island passes today's). Never throws: a value the sector can't honour is reported and the
 * default is used instead.
 */
export function resolveSettings(raw: RawBenchmarkSettings, figures: readonly BenchmarkFigure[], locale: Locale, currentYear: number): ResolvedSettings {
  const problems: SettingProblem[] = [];
  const companyFigures = figures.filter((f) => f.companyId);
  const { markets } = filterOptions(companyFigures);
  const { years } = filterOptions(figures);
  const companies = companiesOf(figures);

  const known = new Set(companies.map((c) => c.id));
  const peers = raw.peers.filter((id) => {
    if (known.has(id)) return true;
    problems.push({ field: 'peers', code: 'unknown-company', value: id });
    return false;
  });

  const settings: BenchmarkSettings = { minGrade: raw.minGrade, type: raw.type, peers: peers.length > 0 ? peers : undefined };
  const defaulted = { market: false, years: false };

  const market = raw.market.trim().toUpperCase();
  if (raw.market.trim().toLowerCase() === ALL) settings.market = undefined;
  else if (market !== '' && markets.includes(market)) settings.market = market;
  else {
    if (market !== '') problems.push({ field: 'market', code: 'no-figures', value: raw.market.trim() });
    const preferred = LANGUAGE_MARKETS[locale];
    settings.market = preferred && markets.includes(preferred) ? preferred : undefined;
    defaulted.market = true;
  }

  const year = (field: 'from' | 'to'): number | undefined | 'all' | 'default' => {
    const text = raw[field].trim();
    if (text === '') return 'default';
    if (text.toLowerCase() === ALL) return 'all';
    if (YEAR.test(text)) return Number(text);
    problems.push({ field, code: 'not-a-year', value: text });
    return 'default';
  };
  const from = year('from');
  const to = year('to');
  if (typeof from === 'number' || typeof to === 'number') {
    settings.from = typeof from === 'number' ? from : undefined;
    settings.to = typeof to === 'number' ? to : undefined;
    if (settings.from !== undefined && settings.to !== undefined && settings.from > settings.to) [settings.from, settings.to] = [settings.to, settings.from];
  } else if (from === 'all' || to === 'all') {
    // every year, asked for explicitly
  } else {
    defaulted.years = true;
    // "Enough" is judged on the sector, not on the peers chosen, so picking peers never moves the years.
    const recent = { ...settings, peers: undefined, from: currentYear - RECENT_YEARS + 1, to: undefined };
    if (exactCompanies(selectBenchmarks(figures, recent)) >= MIN_RECENT_COMPANIES) settings.from = recent.from;
  }
  return { settings, defaulted, problems, available: { markets, years, companies } };
}

/** One bar of the placement chart: a benchmark company, or the user (`isYou`). */
export interface ChartRow {
  /** Company id; absent on the user's row. */
  companyId?: string | undefined;
  /** Observation id; absent on the user's row. */
  figureId?: string | undefined;
  label: string;
  /** Published NPS (or the user's), in points. */
  value: number;
  isYou: boolean;
  year?: number | undefined;
  market?: string | undefined;
  grade?: Grade | undefined;
  /** The interval: the user's, or the benchmark's own when its n is published (absent otherwise). */
  low?: number | undefined;
  high?: number | undefined;
  /** The benchmark's n is approximate (its interval too). */
  nApproximate?: boolean | undefined;
  /** The verdict on this benchmark, from the user's side (absent on the user's row). */
  verdict?: VerdictValue | undefined;
}

export interface ScoreView {
  selection: BenchmarkSelection;
  placement: Placement;
  /** Companies first (in the selection's order), then sector averages. */
  verdicts: BenchmarkVerdict[];
  headline: Headline;
  typeCheck: SurveyTypeCheck;
  /** Exact company figures and the user, highest first (the user at its rank); empty when nothing is ranked. */
  chartRows: ChartRow[];
  /** Peers the user chose that have no figure under these settings (id and name). */
  peersWithoutFigure: { id: string; name: string }[];
}

export interface ScoreViewInput {
  results: ScoreResults;
  figures: readonly BenchmarkFigure[];
  settings: BenchmarkSettings;
  confidence: number;
  surveyType?: UserSurveyType | undefined;
  /** Chart labels: a figure's display name, and the user's row. */
  label: (figure: BenchmarkFigure) => string;
  yourLabel: string;
}

/** Everything the placement part of the tool shows. */
export function scoreView({ results, figures, settings, confidence, surveyType, label, yourLabel }: ScoreViewInput): ScoreView {
  const selection = selectBenchmarks(figures, settings);
  const placement = placeScore(results.nps, selection.companies);
  const yours = { nps: results.nps, n: results.n, counts: results.counts, interval: results.interval };
  const verdicts = benchmarkVerdicts(yours, [...selection.companies, ...selection.averages], confidence);
  const verdictOf = new Map(verdicts.map((v) => [v.figure.id, v.value]));
  const chartRows: ChartRow[] = [];
  if (placement.rank !== null) {
    for (const f of selection.companies.filter(isExact)) {
      const interval = benchmarkInterval({ nps: f.nps, n: f.n, shares: f.shares }, confidence);
      chartRows.push({
        companyId: f.companyId,
        figureId: f.id,
        label: label(f),
        value: f.nps,
        isYou: false,
        year: f.year,
        market: f.market,
        grade: f.grade,
        low: interval?.low,
        high: interval?.high,
        nApproximate: f.nApproximate,
        verdict: verdictOf.get(f.id),
      });
    }
    chartRows.splice(placement.rank - 1, 0, { label: yourLabel, value: results.nps, isYou: true, low: results.interval?.low, high: results.interval?.high });
  }
  const used = new Set(selection.companies.map((f) => f.companyId));
  return {
    selection,
    placement,
    verdicts,
    headline: headline(yours, placement, verdicts, confidence),
    typeCheck: checkSurveyTypes(surveyType, selection.companies),
    chartRows,
    peersWithoutFigure: companiesOf(figures).filter((c) => settings.peers?.includes(c.id) && !used.has(c.id)),
  };
}
