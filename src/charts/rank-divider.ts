/**
 * The sector chart's divider between its rank groups (figures graded B or better, then the lower grades), a Chart.js
 * plugin like those in plugins.ts. Its own module: plugins.ts is shared with the company chart, which has no divider
 * and should not load it.
 */
import type { Chart, ChartType, Plugin } from 'chart.js';
import { MUTED } from '../lib/chart-kit/palette.ts';
import { LABEL_FONT, LABEL_LINE, wrapLabels } from './plugins.ts';

/** A labelled divider across a bar chart, in the category row `index` left empty for it (no bar there). */
export interface Divider {
  index: number;
  text: string;
}

declare module 'chart.js' {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- a merged interface must repeat Chart.js's type parameter by name
  interface PluginOptionsByType<TType extends ChartType> {
    rankDivider?: { divider?: Divider | undefined };
  }
}

/**
 * Draws `options.plugins.rankDivider.divider`: its text (wrapped like a bar label, on a light backing so reference
 * lines never cut through it) where a bar's label would go in its empty row, and a dashed line across the chart
 * area under it. The sector chart uses it between the figures meeting the headline's standard and the lower grades.
 */
export function rankDivider<T extends ChartType>(): Plugin<T> {
  return {
    id: 'rankDivider',
    afterDatasetsDraw(chart: Chart<T>, _args: unknown, options: { divider?: Divider }) {
      const divider = options.divider;
      const scale = chart.scales.y;
      if (!divider || !scale) return;
      const { ctx, chartArea } = chart;
      const y = scale.getPixelForValue(divider.index);
      const lines = wrapLabels(ctx, [divider.text], chartArea.width - 4)[0] ?? [];
      ctx.save();
      ctx.font = LABEL_FONT;
      ctx.textBaseline = 'alphabetic';
      ctx.textAlign = 'left';
      lines.forEach((line, k) => {
        const baseline = y + 2 - (lines.length - 1 - k) * LABEL_LINE;
        ctx.fillStyle = 'rgba(255, 255, 255, 0.9)';
        ctx.fillRect(chartArea.left, baseline - 11, ctx.measureText(line).width + 4, LABEL_LINE);
        ctx.fillStyle = MUTED;
        ctx.fillText(line, chartArea.left + 2, baseline);
      });
      ctx.strokeStyle = MUTED;
      ctx.lineWidth = 1;
      ctx.setLineDash([4, 3]);
      ctx.beginPath();
      ctx.moveTo(chartArea.left, y + 8);
      ctx.lineTo(chartArea.right, y + 8);
      ctx.stroke();
      ctx.restore();
    },
  };
}
