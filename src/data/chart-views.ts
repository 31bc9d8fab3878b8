/**
 * Build-time view models of the reading pages' charts: the sector chart's bars and lines, the company chart's
 * points, their export words and legend, and the CSV table of exactly the figures the page's table lists
 * (the chart script filters its rows with the page's filters). Pages pass the result to their chart script as JSON.
 */
import { figureBadges } from '../lib/badges.ts';
import type { AxisLabels, CompanyChartData, CompanyPoint, CsvTable, FilterFacts, SectorBar, SectorChartData, SectorLine } from '../lib/chart-kit/chart-data.ts';
import type { LegendItem } from '../lib/chart-kit/export-layout.ts';
import { AVERAGE, GRADE_COLOURS, INK, MUTED } from '../lib/chart-kit/palette.ts';
import { chartKitStrings } from '../lib/chart-kit/strings.ts';
import { periodYears } from '../lib/filters.ts';
import { formatCount, formatFigure, formatMarket, formatNps, formatWhen, formatYears } from '../lib/format.ts';
import { type Locale, localePath } from '../lib/i18n.ts';
import { marketCodes } from '../lib/markets.ts';
import { NPS_TICK_VALUES } from '../lib/ranking.ts';
import { evidenceGroup, gradesBelow, type RankedAltWords } from '../lib/rank-order.ts';
import { HEADLINE_MIN_GRADE, isPointValue as isValue } from '../lib/figures.ts';
import { GRADES } from '../lib/grades.ts';
import { ui } from '../lib/ui-strings.ts';
import { type CompanyView, type FigureView, type SectorView, sectorName, segmentText } from './views.ts';


const facts = (f: FigureView): FilterFacts => ({ market: f.observation.market, surveyType: f.observation.survey_type, grade: f.grade, period: f.observation.period });
const sourceName = (f: FigureView) => f.source.publisher ?? f.source.title;
/** The figure's scope in the page's language. */
export const scopeText = (f: FigureView, locale: Locale) => segmentText(f.observation, locale);

/**
 * The CSV of a figure table: one row per table row, in the table's order, with the table's columns plus the
 * figure as a number, the interval's ends and the source's address. Numbers stay numbers.
 */
export function figureCsvTable(figures: readonly FigureView[], locale: Locale, fileName: string, options: { showWho: boolean; showNote: boolean }): CsvTable {
  const t = ui[locale];
  const c = chartKitStrings[locale].csv;
  const header = [
    ...(options.showWho ? [c.company] : []),
    c.scope,
    c.published,
    c.nps,
    c.low,
    c.high,
    c.period,
    c.market,
    c.n,
    c.surveyType,
    c.grade,
    c.source,
    c.sourceUrl,
    c.notes,
  ];
  const rows = figures.map((f) => {
    const o = f.observation;
    const badges = figureBadges({ relation: o.relation, surveyType: o.survey_type, secondHand: f.secondHand, conflicting: f.conflictsWith.length > 0 }).map((b) => t.badge[b]);
    const notes = [...badges, ...(options.showNote && o.note ? [o.note] : [])].join(' · ');
    return {
      id: f.id,
      facts: facts(f),
      cells: [
        ...(options.showWho ? [f.company ? f.company.name : t.sectorAverage] : []),
        scopeText(f, locale) ?? '',
        formatFigure(o.relation, o.nps, locale, t.relation),
        o.nps,
        f.interval?.[0],
        f.interval?.[1],
        formatWhen(o.period, o.period_approximate, locale, t),
        formatMarket(o.market, locale, t.marketWords),
        o.sample_size,
        t.surveyType[o.survey_type],
        f.grade,
        f.source.publisher ? `${f.source.publisher}: ${f.source.title}` : f.source.title,
        f.source.url,
        notes,
      ],
    };
  });
  return { fileName, header, rows };
}

/** The NPS axis' labels, one per value a tick can take (src/lib/ranking.ts). */
const axisLabels = (locale: Locale): AxisLabels => Object.fromEntries(NPS_TICK_VALUES.map((value) => [String(value), formatNps(value, locale)]));

const gradeLegend = (locale: Locale): LegendItem[] => GRADES.map((g) => ({ text: ui[locale].gradeName(g), colour: GRADE_COLOURS[g], kind: 'fill' }));

/** The templates of the sector chart's text alternative (src/lib/ranking.ts rankedAlt): one group shown, or both. */
export function sectorAltWords(locale: Locale): RankedAltWords {
  const t = ui[locale];
  return {
    template: t.chartAlt('{count}', '{span}'),
    split: t.chartAltSplit('{count}', '{span}', '{span2}', HEADLINE_MIN_GRADE, gradesBelow()),
    span: t.chartAltSpan('{top}', '{bottom}'),
    alone: t.chartAltAlone('{top}'),
  };
}

/** The sector chart's data: bars for company figures (ranked as the table: B or better first, then lower grades), lines for sector averages. */
export function sectorChartData(view: SectorView, locale: Locale): SectorChartData {
  const t = ui[locale];
  const k = chartKitStrings[locale];
  const figureText = (f: FigureView) => formatFigure(f.observation.relation, f.observation.nps, locale, t.relation);
  /** Short market for chart labels: the ISO code(s) (`US, CA`), or the word for Global / Europe. */
  const marketCode = (market: string) => marketCodes(market).map((code) => (code === 'GLOBAL' || code === 'EU' ? t.marketWords[code] : code)).join(', ');
  const years = (f: FigureView) => formatYears(f.observation.period, f.observation.period_approximate, { circa: t.circa, undated: t.conflict.undated });
  const label = (f: FigureView) => {
    const scope = scopeText(f, locale);
    const who = f.company ? f.company.name : t.sectorAverage;
    return scope ? `${who} (${scope})` : who;
  };
  const details = (f: FigureView): string[] => [
    `${sourceName(f)} (${t.gradeName(f.grade)})`,
    `${t.colPeriod}: ${formatWhen(f.observation.period, f.observation.period_approximate, locale, t)}`,
    `${t.colMarket}: ${formatMarket(f.observation.market, locale, t.marketWords)}`,
    `${t.colSurveyType}: ${t.surveyType[f.observation.survey_type]}`,
    `n: ${f.observation.sample_size !== undefined ? formatCount(f.observation.sample_size, locale) : t.conflict.noSample}`,
    ...(f.interval ? [t.intervalText(formatNps(f.interval[0], locale), formatNps(f.interval[1], locale))] : []),
  ];
  // The chart ranks consumer measurements only: repeats and business (B2B) figures stay in the table.
  const bars: SectorBar[] = view.chartFigures.map((f) => ({
    id: f.id,
    label: [label(f), figureText(f), f.grade, years(f), ...(f.observation.market ? [marketCode(f.observation.market)] : [])].join(' · '),
    details: details(f),
    value: f.observation.nps,
    bound: !isValue(f.observation.relation),
    low: f.interval?.[0],
    high: f.interval?.[1],
    href: localePath(locale, `/companies/${f.company?.id}/`),
    source: sourceName(f),
    group: evidenceGroup(f.grade),
    ...facts(f),
  }));
  // Each average is labelled on the chart with its market and year, so fourteen lines stay told apart.
  const lines: SectorLine[] = view.averages.map((f) => ({
    id: f.id,
    value: f.observation.nps,
    text: [f.observation.market ? marketCode(f.observation.market) : '', f.observation.period ? years(f) : '', figureText(f)].filter(Boolean).join(' '),
    bound: !isValue(f.observation.relation),
    source: sourceName(f),
    ...facts(f),
  }));
  const legend: LegendItem[] = [
    ...gradeLegend(locale),
    ...(bars.some((b) => b.bound) ? [{ text: t.legendBound, colour: MUTED, kind: 'hatch' as const }] : []),
    ...(lines.length > 0 ? [{ text: t.legendAverage, colour: AVERAGE, kind: 'dash' as const }] : []),
    ...(bars.some((b) => b.low !== undefined) ? [{ text: t.legendInterval, colour: INK, kind: 'whisker' as const }] : []),
  ];
  const name = sectorName(view.sector, locale);
  return {
    locale,
    axisLabels: axisLabels(locale),
    bars,
    lines,
    alt: { ...sectorAltWords(locale), averages: t.chartAltAverages, empty: t.chartAltEmpty },
    belowDivider: t.rankGroupBelow(gradesBelow()),
    exportWords: { title: `${t.sectorTitle(name)} · ${t.chartTitle}`, fileName: `nps-atlas-${view.sector.id}.png`, legend },
    filterWords: { noFilter: k.noFilter, filters: k.filters('{list}'), pair: k.pair('{label}', '{value}') },
    csv: figureCsvTable([...view.companyFigures, ...view.averages], locale, `nps-atlas-${view.sector.id}.csv`, { showWho: true, showNote: false }),
  };
}

/** The company chart's data: one point per figure, in the table's order. */
export function companyChartData(view: CompanyView, locale: Locale, alt: string): CompanyChartData {
  const t = ui[locale];
  const k = chartKitStrings[locale];
  const figureText = (f: FigureView) => formatFigure(f.observation.relation, f.observation.nps, locale, t.relation);
  const points: CompanyPoint[] = view.figures.map((f) => {
    const years = periodYears(f.observation.period);
    return {
      id: f.id,
      year: years ? (years[0] + years[1]) / 2 : undefined,
      value: f.observation.nps,
      relation: f.observation.relation,
      grade: f.grade,
      valueText: figureText(f),
      segment: scopeText(f, locale),
      details: [
        `${figureText(f)}: ${sourceName(f)} (${t.gradeName(f.grade)})`,
        `${formatWhen(f.observation.period, f.observation.period_approximate, locale, t)}; ${formatMarket(f.observation.market, locale, t.marketWords)}; ${t.surveyType[f.observation.survey_type]}`,
      ],
      source: sourceName(f),
    };
  });
  const relations = new Set(view.figures.map((f) => f.observation.relation));
  const legend: LegendItem[] = [
    ...gradeLegend(locale),
    { text: k.pointValue, colour: INK, kind: 'fill' },
    ...(relations.has('about') ? [{ text: k.pointAbout, colour: INK, kind: 'outline' as const }] : []),
    ...([...relations].some((r) => !isValue(r)) ? [{ text: k.pointBound, colour: INK, kind: 'outline' as const }] : []),
  ];
  return {
    locale,
    axisLabels: axisLabels(locale),
    points,
    alt,
    undatedLabel: t.undatedAxis,
    exportWords: { title: `${t.companyTitle(view.company.name)} · ${t.overTimeTitle}`, fileName: `nps-atlas-${view.company.id}.png`, legend },
    csv: figureCsvTable(view.figures, locale, `nps-atlas-${view.company.id}.csv`, { showWho: false, showNote: true }),
  };
}
