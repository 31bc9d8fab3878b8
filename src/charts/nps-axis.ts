/**
 * The NPS scale of the sector and company charts: ticks at whole steps (`steppedRange`), labelled from the chart
 * data's `axisLabels` (formatted at build time, so drawing creates no `Intl` formatter), the zero line darker.
 */
import type { ScriptableScaleContext } from 'chart.js';
import type { AxisLabels } from '../lib/chart-kit/chart-data.ts';
import { FONT, GRID, MUTED } from '../lib/chart-kit/palette.ts';

/** An NPS tick's label from the build (every tick of `steppedRange` has one; the number itself otherwise). */
export const axisLabel = (labels: AxisLabels, value: number | string): string => labels[String(value)] ?? String(value);

/** Chart.js options for a linear NPS scale over `axis`. */
export function npsScale(axis: { min: number; max: number; stepSize: number }, labels: AxisLabels) {
  return {
    type: 'linear' as const,
    min: axis.min,
    max: axis.max,
    ticks: { stepSize: axis.stepSize, color: MUTED, font: { family: FONT, size: 11 }, callback: (value: number | string) => axisLabel(labels, value) },
    grid: { color: (ctx: ScriptableScaleContext) => (ctx.tick?.value === 0 ? MUTED : GRID) },
  };
}
