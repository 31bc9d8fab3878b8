/** Build-time view models: observations joined with their company, sector and source, ready for pages. */
import type { ValidatedData } from '../lib/dataset.ts';
import type { Locale } from '../lib/i18n.ts';
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

/** A sector's name in a locale. */
export function sectorName(sector: Sector, locale: Locale): string {
  return locale === 'fr' ? sector.name_fr : sector.name_en;
}
