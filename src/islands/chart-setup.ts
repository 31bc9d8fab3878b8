/**
 * Chart.js registrations, one function per chart kind, each registering only the parts that chart uses
 * (never the auto-registering entry point), so an island's bundle carries no unused controller, element, scale or plugin.
 */
import { CategoryScale, Chart, LinearScale, PointElement, ScatterController, Tooltip } from 'chart.js';
import { BarWithErrorBar, BarWithErrorBarsController } from 'chartjs-chart-error-bars';

/** Sector ranking: horizontal bars with optional error bars, a category and a linear scale, tooltips. */
export function registerSectorChart(): void {
  Chart.register(BarWithErrorBarsController, BarWithErrorBar, CategoryScale, LinearScale, Tooltip);
}

/** Company history: points on two linear scales (year, NPS), tooltips. */
export function registerCompanyChart(): void {
  Chart.register(ScatterController, PointElement, LinearScale, Tooltip);
}
