/**
 * Build-time view model for the score tool: per sector, the small list of published figures it compares with.
 * Only what the tool shows goes into the island's props (no notes, research refs or other sectors' rows).
 * Restatements never reach the tool: a measurement counts once, at its original (src/lib/figures.ts).
 * Which of the rest are *used* (audience, grade, market, one per company) is decided in the browser by
 * `selectBenchmarks` (src/lib/placement.ts), because the user can change the minimum grade and the market.
 */
import type { ValidatedData } from '../lib/dataset.ts';
import { isRestatement } from '../lib/figures.ts';
import { periodYear } from '../lib/format.ts';
import { DEFAULT_LOCALE, type Locale, LOCALES } from '../lib/i18n.ts';
import type { BenchmarkFigure } from '../lib/placement.ts';
import type { Observation } from '../lib/schema.ts';
import { sectorName, segmentText } from './views.ts';

/** One sector for the tool's sector menu. */
export interface ToolSector {
  id: string;
  name: string;
}

/** Everything the tool needs for one sector. */
export interface SectorBenchmarks {
  sector: ToolSector;
  /** Company figures and sector averages of the sector (all grades; the tool filters), restatements left out. */
  figures: BenchmarkFigure[];
}

function shares(o: Observation): BenchmarkFigure['shares'] {
  if (o.promoters_pct === undefined || o.passives_pct === undefined || o.detractors_pct === undefined) return undefined;
  return { promoters: o.promoters_pct, passives: o.passives_pct, detractors: o.detractors_pct };
}

/** The sector's figures as the tool needs them, in a stable order (observation order of the data file). */
export function sectorBenchmarks(data: ValidatedData, sectorId: string, locale: Locale): SectorBenchmarks {
  const sector = data.sectors.find((s) => s.id === sectorId);
  if (!sector) throw new Error(`sectorBenchmarks: unknown sector ${sectorId}`);
  const companies = new Map(data.companies.map((c) => [c.id, c]));
  const sources = new Map(data.sources.map((s) => [s.id, s]));
  const figures: BenchmarkFigure[] = [];
  for (const o of data.observations) {
    const company = o.company ? companies.get(o.company) : undefined;
    const observationSector = company?.sector ?? o.sector;
    if (observationSector !== sectorId || isRestatement(o)) continue;
    const source = sources.get(o.source);
    if (!source) throw new Error(`observation ${o.id}: unknown source ${o.source}`);
    figures.push(
      stripUndefined({
        id: o.id,
        companyId: company?.id,
        name: company?.name ?? '',
        segment: o.segment,
        segments: otherLanguageSegments(o),
        nps: o.nps,
        relation: o.relation,
        n: o.sample_size,
        nApproximate: (o.sample_size !== undefined && o.sample_size_approximate) || undefined,
        audience: o.audience === 'business' ? 'business' : undefined,
        shares: shares(o),
        surveyType: o.survey_type,
        grade: source.grade,
        market: o.market,
        period: o.period,
        periodApproximate: o.period_approximate || undefined,
        year: periodYear(o.period),
        sourceTitle: source.title,
        sourcePublisher: source.publisher,
        sourceUrl: source.url,
      }),
    );
  }
  return { sector: { id: sector.id, name: sectorName(sector, locale) }, figures };
}

/** Every sector that has at least one figure, for the /compare/ page, sorted by name in the locale. */
export function allSectorBenchmarks(data: ValidatedData, locale: Locale): SectorBenchmarks[] {
  return data.sectors
    .map((s) => sectorBenchmarks(data, s.id, locale))
    .filter((s) => s.figures.length > 0)
    .sort((a, b) => a.sector.name.localeCompare(b.sector.name, locale));
}

/** The scope's wording in each other language, where it differs from the default language's (else absent). */
function otherLanguageSegments(o: Observation): BenchmarkFigure['segments'] {
  if (!o.segment) return undefined;
  const entries = LOCALES.filter((l) => l !== DEFAULT_LOCALE)
    .map((l) => [l, segmentText(o, l)] as const)
    .filter(([, text]) => text !== undefined && text !== o.segment);
  return entries.length > 0 ? Object.fromEntries(entries) : undefined;
}

// Absent keys instead of `undefined` values keep the serialised island props small.
function stripUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
