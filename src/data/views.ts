/** Build-time view models: observations joined with their company, sector and source, ready for pages. */
import { comparability, type ComparabilityReport } from '../lib/comparability.ts';
import { conflictPartners, findConflicts, type ConflictGroup } from '../lib/conflicts.ts';
import type { ValidatedData } from '../lib/dataset.ts';
import { DEFAULT_LOCALE, type Locale } from '../lib/i18n.ts';
import {
  type CountScope,
  type FigureFacts,
  type FigureSummary,
  HEADLINE_MIN_GRADE,
  inAudience,
  isPointValue,
  isRestatement,
  originalOf,
  originalsOnly,
  restatementsByOriginal,
  summarizeFigures,
} from '../lib/figures.ts';
import { formatYears, periodYear } from '../lib/format.ts';
import type { HeadlineFigureName } from '../lib/headline.ts';
import { rankFigures } from '../lib/rank-order.ts';
import type { Company, Grade, Observation, Sector, Source } from '../lib/schema.ts';

export interface ObservationView {
  observation: Observation;
  company: Company | undefined;
  sector: Sector;
  source: Source;
  grade: Grade;
}

/** Join every observation with its company, sector and source (ids are checked before this runs). */
export function observationViews(data: ValidatedData): ObservationView[] {
  const companies = new Map(data.companies.map((c) => [c.id, c]));
  const sectors = new Map(data.sectors.map((s) => [s.id, s]));
  const sources = new Map(data.sources.map((s) => [s.id, s]));
  return data.observations.map((observation) => {
    const company = observation.company ? companies.get(observation.company) : undefined;
    const sectorId = company?.sector ?? observation.sector ?? '';
    const sector = sectors.get(sectorId);
    const source = sources.get(observation.source);
    if (!sector || !source) throw new Error(`observation ${observation.id}: unresolved sector or source`);
    return { observation, company, sector, source, grade: source.grade };
  });
}

// Texts in the data have a column per language: `name_<code>` and `description_<code>` in sectors.csv (every
// language), `segment` (the default language) and `segment_<code>` (the others) in observations.csv. A language
// missing its columns fails the type check here.

/** A sector's name in a locale. */
export function sectorName(sector: Sector, locale: Locale): string {
  return sector[`name_${locale}`];
}

/** A sector's description in a locale. */
export function sectorDescription(sector: Sector, locale: Locale): string {
  return sector[`description_${locale}`];
}

/** An observation's scope (segment) in a locale, e.g. "international business customers" / "clients entreprises internationaux". */
export function segmentText(o: Pick<Observation, 'segment' | `segment_${Exclude<Locale, typeof DEFAULT_LOCALE>}`>, locale: Locale): string | undefined {
  return locale === DEFAULT_LOCALE ? o.segment : (o[`segment_${locale}`] ?? o.segment);
}

/** A 95% interval in NPS points, [low, high]. */
export type Interval = [number, number];

/** Counts of promoters, passives and detractors. */
export interface ResponseCounts {
  promoters: number;
  passives: number;
  detractors: number;
}

/** Computes a 95% interval from counts; supplied by the NPS statistics module. */
export type IntervalFn = (counts: ResponseCounts) => Interval | undefined;

/**
 * The counts behind a figure, only when the source publishes both the promoter and detractor
 * shares and the sample size (and the figure is exact). Otherwise undefined: no interval is invented.
 * Published shares are rounded, so counts are rebuilt as whole respondents: promoters and detractors
 * rounded from share × n, passives the rest.
 */
export function publishedCounts(o: Observation): ResponseCounts | undefined {
  if (o.relation !== 'exact' || o.sample_size === undefined) return undefined;
  if (o.promoters_pct === undefined || o.detractors_pct === undefined) return undefined;
  const n = o.sample_size;
  const promoters = Math.round((o.promoters_pct / 100) * n);
  const detractors = Math.round((o.detractors_pct / 100) * n);
  const passives = n - promoters - detractors;
  if (passives < 0) return undefined;
  return { promoters, passives, detractors };
}

/** An observation with everything a table row, a chart mark or a badge needs; its facts feed the counting rule (src/lib/figures.ts). */
export interface FigureView extends ObservationView, FigureFacts {
  id: string;
  /** The original this row repeats (end of the `restates` chain); undefined for an original. */
  original: FigureView | undefined;
  /** The rows that repeat this one ("also reported by"), for an original. */
  restatedBy: FigureView[];
  /** The source reports another publication's figure (it has `cites`). */
  secondHand: boolean;
  /** Ids of figures this one directly conflicts with (same company, same scope, incompatible values). */
  conflictsWith: string[];
  /** 95% interval, only when shares and sample size are published. */
  interval: Interval | undefined;
}

/** Everything the site pages need, computed once per build. */
export interface SiteModel {
  figures: FigureView[];
  byId: Map<string, FigureView>;
  conflictGroups: ConflictGroup[];
  sectors: Sector[];
  companies: Company[];
  sources: Source[];
}

/** Join, detect conflicts and attach intervals (when `interval` is given and counts are published). */
export function siteModel(data: ValidatedData, interval?: IntervalFn): SiteModel {
  // A restatement agrees with its original by construction: it is neither agreement nor disagreement.
  const measurements = originalsOnly(data.observations);
  const partners = conflictPartners(measurements);
  const figures = observationViews(data).map((view): FigureView => {
    const o = view.observation;
    const counts = publishedCounts(o);
    return {
      ...view,
      id: o.id,
      companyId: o.company,
      relation: o.relation,
      nps: o.nps,
      segment: o.segment,
      audience: o.audience,
      restates: o.restates,
      year: periodYear(o.period),
      n: o.sample_size,
      original: undefined,
      restatedBy: [],
      secondHand: Boolean(view.source.cites),
      conflictsWith: partners.get(o.id) ?? [],
      interval: counts && interval ? interval(counts) : undefined,
    };
  });
  const byId = new Map(figures.map((f) => [f.id, f]));
  const restatesById = new Map(figures.map((f) => [f.id, f.restates]));
  for (const [originalId, repeats] of restatementsByOriginal(figures)) {
    const original = byId.get(originalId);
    if (!original) continue;
    original.restatedBy = repeats;
    for (const repeat of repeats) repeat.original = byId.get(originalOf(repeat.id, restatesById));
  }
  return {
    figures,
    byId,
    conflictGroups: findConflicts(measurements),
    sectors: data.sectors,
    companies: data.companies,
    sources: data.sources,
  };
}

/** The label a figure is ranked under: company name and scope (in the page's language), or the sector-average wording and scope. */
export function figureLabel(f: FigureView, averageWord: string, locale: Locale): string {
  const who = f.company ? f.company.name : averageWord;
  const scope = segmentText(f.observation, locale);
  return scope ? `${who} (${scope})` : who;
}

/** A figure's fieldwork years as its chart label gives them (`2017`, `c. 2021`, `2013–2014`); undefined when undated. */
export function figureYears(f: FigureView, circa: string): string | undefined {
  return f.observation.period ? formatYears(f.observation.period, f.observation.period_approximate, { circa, undated: '' }) : undefined;
}

/**
 * How a one-figure headline names a figure of `figures` (src/lib/headline.ts): its label and fieldwork years, the
 * words a sector row carries in `data-label` and `data-years` for the filter script, so both write the same text.
 */
export function headlineNames(figures: readonly FigureView[], locale: Locale, circa: string): (id: string) => HeadlineFigureName {
  const byId = new Map(figures.map((f) => [f.id, f]));
  return (id) => {
    const f = byId.get(id);
    return f ? { label: figureLabel(f, '', locale), years: figureYears(f, circa) } : { label: '' };
  };
}

/** The headline scope: consumer figures graded B or better, restatements counted at their original. */
export const HEADLINE_SCOPE: CountScope = { minGrade: HEADLINE_MIN_GRADE, audience: 'consumers' };

/** One sector: its companies, ranked company figures, ranked sector averages, summary and comparability. */
export interface SectorView {
  sector: Sector;
  companies: Company[];
  /** Every company figure, for the table (restatements and business figures included, marked), ranked: B or better first. */
  companyFigures: FigureView[];
  /** The company figures the ranked chart draws: consumer measurements, restatements left out. */
  chartFigures: FigureView[];
  averages: FigureView[];
  /** Headline (range, median, counts) in HEADLINE_SCOPE. */
  summary: FigureSummary;
  sourceCount: number;
  comparability: ComparabilityReport;
}

/**
 * Build a sector's view. Company figures ranked (src/lib/ranking.ts): those meeting the headline's evidence standard
 * (B or better) first, then the lower grades, each group values highest first, then bounds. Sector averages are
 * reference lines, not a ranking of who leads: they stay in one list, values highest first, then bounds.
 */
export function sectorView(model: SiteModel, sectorId: string, locale: Locale, averageWord: string): SectorView {
  const sector = model.sectors.find((s) => s.id === sectorId);
  if (!sector) throw new Error(`unknown sector ${sectorId}`);
  const all = model.figures.filter((f) => f.sector.id === sectorId);
  const rank = (list: FigureView[], minGrade: Grade) =>
    rankFigures(
      list.map((f) => ({ f, relation: f.relation, nps: f.nps, grade: f.grade, label: figureLabel(f, averageWord, locale) })),
      locale,
      minGrade,
    ).map((x) => x.f);
  const companyFigures = rank(
    all.filter((f) => f.company),
    HEADLINE_MIN_GRADE,
  );
  return {
    sector,
    companies: model.companies.filter((c) => c.sector === sectorId).sort((a, b) => a.name.localeCompare(b.name, locale)),
    companyFigures,
    chartFigures: companyFigures.filter((f) => !isRestatement(f) && inAudience(f, 'consumers')),
    // Every grade meets 'D': one group.
    averages: rank(
      all.filter((f) => !f.company),
      'D',
    ),
    summary: summarizeFigures(companyFigures, HEADLINE_SCOPE),
    sourceCount: new Set(all.map((f) => f.source.id)).size,
    comparability: comparability(all.map((f) => ({ surveyType: f.observation.survey_type, market: f.observation.market }))),
  };
}

/** One company: its figures (dated first, oldest to newest, then undated, highest first), conflict groups and peers. */
export interface CompanyView {
  company: Company;
  sector: Sector;
  figures: FigureView[];
  conflictGroups: FigureView[][];
  peers: Company[];
  sourceCount: number;
}

/** Build a company's view. */
export function companyView(model: SiteModel, companyId: string, locale: Locale): CompanyView {
  const company = model.companies.find((c) => c.id === companyId);
  if (!company) throw new Error(`unknown company ${companyId}`);
  const sector = model.sectors.find((s) => s.id === company.sector);
  if (!sector) throw new Error(`company ${companyId}: unknown sector ${company.sector}`);
  const start = (f: FigureView) => f.observation.period?.slice(0, 10) ?? '';
  const figures = model.figures
    .filter((f) => f.company?.id === companyId)
    .sort((a, b) => {
      const pa = start(a);
      const pb = start(b);
      if (pa && pb && pa !== pb) return pa < pb ? -1 : 1;
      if (Boolean(pa) !== Boolean(pb)) return pa ? -1 : 1;
      return Number(isPointValue(b.relation)) - Number(isPointValue(a.relation)) || b.nps - a.nps;
    });
  return {
    company,
    sector,
    figures,
    conflictGroups: model.conflictGroups
      .filter((g) => g.company === companyId)
      .map((g) => g.ids.map((id) => model.byId.get(id) as FigureView)),
    peers: model.companies.filter((c) => c.sector === company.sector && c.id !== companyId).sort((a, b) => a.name.localeCompare(b.name, locale)),
    sourceCount: new Set(figures.map((f) => f.source.id)).size,
  };
}

/** A source with the figures it supports. */
export interface SourceView {
  source: Source;
  figures: FigureView[];
}

/** Every source, best grade first then by publisher, with its figures (companies by name, then sector averages). */
export function sourceViews(model: SiteModel, locale: Locale): SourceView[] {
  return model.sources
    .map((source) => ({
      source,
      figures: model.figures
        .filter((f) => f.source.id === source.id)
        .sort((a, b) => Number(Boolean(b.company)) - Number(Boolean(a.company)) || (a.company?.name ?? a.sector.id).localeCompare(b.company?.name ?? b.sector.id, locale) || b.observation.nps - a.observation.nps),
    }))
    .sort((a, b) => a.source.grade.localeCompare(b.source.grade) || (a.source.publisher ?? a.source.title).localeCompare(b.source.publisher ?? b.source.title, locale));
}
