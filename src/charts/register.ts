/**
 * Chart.js registrations, one per chart kind, each registering only the parts that kind uses (never the
 * auto-registering entry point), so a page's bundle carries no unused controller, element, scale or plugin.
 * Intervals are drawn by the kit's own plugin (plugins.ts), not by an error-bar controller.
 */
import { BarController, BarElement, CategoryScale, Chart, LinearScale, PointElement, ScatterController, Tooltip } from 'chart.js';

/** Bars (horizontal or vertical) on a category and a linear scale, with tooltips: sector, score tool, import. */
export function registerBarChart(): typeof Chart {
  Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);
  return Chart;
}

/** Points on two linear scales (year, NPS), with tooltips: company history. */
export function registerScatterChart(): typeof Chart {
  Chart.register(ScatterController, PointElement, LinearScale, Tooltip);
  return Chart;
}
