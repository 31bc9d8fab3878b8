/**
 * What the sector chart says in words, kept up with the filters from the page's eager script (no Chart.js): the
 * canvas' text alternative and its `data-bars` / `data-lines` counts follow every filter change at once, whether
 * or not the chart has drawn yet (it draws when scrolled into view, src/charts/lazy.ts).
 */
import type { SectorChartData } from '../lib/chart-kit/chart-data.ts';
import { type FigureFilters, matchesFilters } from '../lib/filters.ts';
import { rankedAlt } from '../lib/rank-order.ts';

/** The bars and average lines the filters leave, in the chart's order. */
export function shownFigures(data: SectorChartData, filters: FigureFilters) {
  return { bars: data.bars.filter((b) => matchesFilters(b, filters)), lines: data.lines.filter((l) => matchesFilters(l, filters)) };
}

/**
 * The text alternative of the chart for the figures shown: count, top and bottom of each group shown (B or better,
 * then lower grades; bounds are not ranked), averages.
 */
export function sectorChartAlt(data: SectorChartData, filters: FigureFilters): string {
  const { bars, lines } = shownFigures(data, filters);
  if (bars.length === 0) return data.alt.empty;
  return (
    rankedAlt(
      bars.map((b) => ({ label: b.label, bound: b.bound, group: b.group })),
      String(bars.length),
      data.alt,
    ) + (lines.length > 0 ? ` ${data.alt.averages}` : '')
  );
}

/** Write the text alternative and the counts onto the canvas. */
export function describeSectorChart(canvas: HTMLCanvasElement, data: SectorChartData, filters: FigureFilters): void {
  const { bars, lines } = shownFigures(data, filters);
  canvas.setAttribute('aria-label', sectorChartAlt(data, filters));
  canvas.dataset.bars = String(bars.length);
  canvas.dataset.lines = String(lines.length);
}
