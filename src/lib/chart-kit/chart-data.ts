/**
 * What a reading page hands its chart script (as JSON in the page): the marks to draw, the words around them,
 * and the rows of the CSV download. Built at build time by src/data/chart-views.ts; read by src/charts/.
 */
import type { CsvCell } from '../csv-write.ts';
import type { Locale } from '../i18n.ts';
import type { EvidenceGroup, RankedAltWords } from '../rank-order.ts';
import type { Grade, Relation, SurveyType } from '../schema.ts';
import type { LegendItem } from './export-layout.ts';

/** The facts the sector filters test (see src/lib/filters.ts). */
export interface FilterFacts {
  market?: string | undefined;
  surveyType: SurveyType;
  grade: Grade;
  period?: string | undefined;
}

/** One bar of the sector chart: a company figure. A bound is drawn hatched, never as a value. */
export interface SectorBar extends FilterFacts {
  id: string;
  /** Text drawn above the bar: company (scope) · figure · grade · year · market. */
  label: string;
  /** Tooltip lines: source, period, market, survey type, n, interval. */
  details: string[];
  value: number;
  bound: boolean;
  low?: number | undefined;
  high?: number | undefined;
  href: string;
  /** The source's publisher (or title), named in the PNG. */
  source: string;
  /** Meets the headline's evidence standard (B or better) or is graded below it: the chart ranks the two apart. */
  group: EvidenceGroup;
}

/** One sector average, drawn as a vertical line labelled with its figure, market and year. */
export interface SectorLine extends FilterFacts {
  id: string;
  value: number;
  text: string;
  bound: boolean;
  source: string;
}

/** The CSV download: fixed headings, and one row per table row (same ids as the table's `data-figure`). */
export interface CsvTable {
  fileName: string;
  header: string[];
  rows: { id: string; facts: FilterFacts; cells: CsvCell[] }[];
}

/** The export's fixed words; the settings are added at export time (they follow the filters). */
export interface ExportWords {
  title: string;
  fileName: string;
  legend: LegendItem[];
}

/**
 * The words of the export's filter line, as templates filled in the browser (so the page ships no strings module):
 * `filters` has a `{list}` slot, `pair` has `{label}` and `{value}`.
 */
export interface FilterWords {
  noFilter: string;
  filters: string;
  pair: string;
}

/**
 * The NPS axis' tick labels by value (`"50"` → `+50`, `−50` in French typography), for every value in
 * NPS_TICK_VALUES: formatted at build time, so drawing a chart creates no `Intl` formatter, whose first use
 * costs a phone about 140 ms of one task (measured: Chromium at 4x CPU slowdown).
 */
export type AxisLabels = Record<string, string>;

export interface SectorChartData {
  locale: Locale;
  axisLabels: AxisLabels;
  bars: SectorBar[];
  lines: SectorLine[];
  /** Text alternative templates (src/lib/ranking.ts RankedAltWords, read by rankedAlt); sentence added when averages are drawn; text when nothing matches. */
  alt: RankedAltWords & { averages: string; empty: string };
  /** The label of the divider drawn above the first bar graded below the standard, when bars of both groups are shown. */
  belowDivider: string;
  exportWords: ExportWords;
  filterWords: FilterWords;
  csv: CsvTable;
}

/** One figure on the company chart: `year` is the middle of its period (2013.5 for 2013/2014), undefined when undated. */
export interface CompanyPoint {
  id: string;
  year?: number | undefined;
  value: number;
  relation: Relation;
  grade: Grade;
  /** The figure as published, with its relation: `+70`, `below +50`. */
  valueText: string;
  segment?: string | undefined;
  details: string[];
  source: string;
}

export interface CompanyChartData {
  locale: Locale;
  axisLabels: AxisLabels;
  points: CompanyPoint[];
  alt: string;
  undatedLabel: string;
  exportWords: ExportWords;
  csv: CsvTable;
}
