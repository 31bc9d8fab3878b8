/**
 * The All figures pages: an index (/figures/) and one page per sector (/figures/<sector>/), each sector's figures
 * with companies in alphabetical order, then its sector averages, highest first. One table of every figure was
 * 564 KB of HTML at 395 rows; split by sector the largest page holds a third of them.
 */
import type { Locale } from '../lib/i18n';
import { type FigureView, type SiteModel, sectorName } from './views';
import type { Company, Sector } from '../lib/schema';

export interface FiguresGroup {
  sector: Sector;
  figures: FigureView[];
  /** The companies with a figure here, by name, each with the id of its first row (the anchor to link to). */
  companies: { company: Company; firstFigure: string }[];
}

/** Sectors with at least one figure, by name in the locale, each with its figures in page order. */
export function figuresBySector(model: SiteModel, locale: Locale): FiguresGroup[] {
  return [...model.sectors]
    .sort((a, b) => sectorName(a, locale).localeCompare(sectorName(b, locale), locale))
    .map((sector) => {
      const figures = model.figures
        .filter((f) => f.sector.id === sector.id)
        .sort((a, b) => Number(!a.company) - Number(!b.company) || (a.company?.name ?? '').localeCompare(b.company?.name ?? '', locale) || b.nps - a.nps);
      const companies = new Map<string, { company: Company; firstFigure: string }>();
      for (const f of figures) if (f.company && !companies.has(f.company.id)) companies.set(f.company.id, { company: f.company, firstFigure: f.id });
      return { sector, figures, companies: [...companies.values()] };
    })
    .filter((g) => g.figures.length > 0);
}

/** The path of a sector's All figures page, without the language prefix. */
export const figuresSectorPath = (sectorId: string) => `/figures/${sectorId}/`;
