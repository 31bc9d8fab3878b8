/**
 * Small Chart.js plugins drawn by hand (no annotation dependency): a white background (so a PNG
 * export is not transparent), a text label above each bar, sector averages as reference lines,
 * and a text label beside each point. Passed per chart through the `plugins` prop (created once per
 * chart), never registered globally; what they draw comes from `options.plugins.<id>`, so it follows
 * every update of the chart's options (react-chartjs-2 keeps the plugins of the first render).
 */
import type { Chart, ChartType, Plugin } from 'chart.js';
import { AVERAGE, FONT, INK } from './chart-theme.ts';

declare module 'chart.js' {
  interface PluginOptionsByType<TType extends ChartType> {
    barLabels?: { labels: string[] };
    referenceLines?: { lines: ReferenceLine[] };
    pointLabels?: { labels: PointLabel[] };
  }
}

/** Fills the canvas white behind everything. */
export function whiteBackground<T extends ChartType>(): Plugin<T> {
  return {
    id: 'whiteBackground',
    beforeDraw(chart: Chart<T>) {
      const { ctx, width, height } = chart;
      ctx.save();
      ctx.globalCompositeOperation = 'destination-over';
      ctx.fillStyle = '#ffffff';
      ctx.fillRect(0, 0, width, height);
      ctx.restore();
    },
  };
}

/** Draws `options.plugins.barLabels.labels[i]` above bar i of the first dataset, from the left edge of the chart area. */
export function barLabels<T extends ChartType>(): Plugin<T> {
  return {
    id: 'barLabels',
    afterDatasetsDraw(chart: Chart<T>, _args: unknown, options: { labels?: string[] }) {
      const labels = options.labels ?? [];
      const { ctx, chartArea } = chart;
      const meta = chart.getDatasetMeta(0);
      ctx.save();
      ctx.font = `12px ${FONT}`;
      ctx.textBaseline = 'alphabetic';
      ctx.textAlign = 'left';
      meta.data.forEach((element, i) => {
        const { y, height } = element.getProps(['y', 'height'], true) as { y: number; height: number };
        const text = labels[i];
        if (!text) return;
        const maxWidth = chartArea.width - 4;
        const width = Math.min(ctx.measureText(text).width, maxWidth);
        const baseline = y - height / 2 - 4;
        // A light backing so reference lines drawn behind never cut through the text.
        ctx.fillStyle = 'rgba(255, 255, 255, 0.85)';
        ctx.fillRect(chartArea.left, baseline - 11, width + 4, 14);
        ctx.fillStyle = INK;
        ctx.fillText(text, chartArea.left + 2, baseline, maxWidth);
      });
      ctx.restore();
    },
  };
}

/** A sector average drawn as a vertical line; a bound is dotted and its text says so (`< 50`). */
export interface ReferenceLine {
  value: number;
  text: string;
  bound: boolean;
}

/** Height reserved above the chart area for reference-line labels, in pixels (rows of text). */
export const REFERENCE_LABEL_ROWS = 3;
export const REFERENCE_LABEL_HEIGHT = 14;

/**
 * Draws each line across the chart area (behind the bars) and its text above it, on the first of three rows where it
 * does not overlap another label; a label that fits nowhere is left out (the list under the chart names every average).
 */
export function referenceLines<T extends ChartType>(): Plugin<T> {
  return {
    id: 'referenceLines',
    beforeDatasetsDraw(chart: Chart<T>, _args: unknown, options: { lines?: ReferenceLine[] }) {
      const lines = options.lines ?? [];
      const { ctx, chartArea } = chart;
      const scale = chart.scales.x;
      if (!scale || lines.length === 0) return;
      const rowsEnd: number[] = Array.from({ length: REFERENCE_LABEL_ROWS }, () => -Infinity);
      ctx.save();
      ctx.font = `11px ${FONT}`;
      ctx.textBaseline = 'bottom';
      ctx.textAlign = 'center';
      // Averages with the same value and kind share one line and one label (`+9 ×2`).
      const shared = new Map<string, ReferenceLine & { count: number }>();
      for (const line of lines) {
        const key = `${line.value}|${line.bound}|${line.text}`;
        const entry = shared.get(key);
        if (entry) entry.count += 1;
        else shared.set(key, { ...line, count: 1 });
      }
      const drawn = [...shared.values()].map((l) => ({ ...l, text: l.count > 1 ? `${l.text} ×${l.count}` : l.text }));
      for (const line of drawn.sort((a, b) => a.value - b.value)) {
        const x = scale.getPixelForValue(line.value);
        if (x < chartArea.left - 1 || x > chartArea.right + 1) continue;
        ctx.strokeStyle = AVERAGE;
        ctx.globalAlpha = 0.75;
        ctx.lineWidth = 1.25;
        ctx.setLineDash(line.bound ? [2, 3] : [6, 4]);
        ctx.beginPath();
        ctx.moveTo(x, chartArea.top - 2);
        ctx.lineTo(x, chartArea.bottom);
        ctx.stroke();
        const width = ctx.measureText(line.text).width + 6;
        const left = Math.max(chartArea.left, Math.min(x - width / 2, chartArea.right - width));
        const row = rowsEnd.findIndex((end) => end <= left);
        if (row === -1) continue;
        rowsEnd[row] = left + width;
        ctx.globalAlpha = 1;
        ctx.fillStyle = AVERAGE;
        ctx.fillText(line.text, left + width / 2, chartArea.top - 4 - row * REFERENCE_LABEL_HEIGHT);
      }
      ctx.restore();
    },
  };
}

/** Text for a point: tried in full first, then short, at the right, left, above and below the point. */
export interface PointLabel {
  full: string;
  short: string;
}

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}
const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/**
 * Labels the points of the first dataset without overlaps: each label goes to the first free spot
 * (right, left, above, below; full text, then short text) that stays inside the chart area and clear of
 * other points and labels. A label with no free spot is left out: the tooltip and the table still carry it.
 */
export function pointLabels<T extends ChartType>(): Plugin<T> {
  return {
    id: 'pointLabels',
    afterDatasetsDraw(chart: Chart<T>, _args: unknown, options: { labels?: PointLabel[] }) {
      const labels = options.labels ?? [];
      const { ctx, chartArea } = chart;
      const meta = chart.getDatasetMeta(0);
      const points = meta.data.map((element) => element.getProps(['x', 'y'], true) as { x: number; y: number });
      const taken: Box[] = points.map(({ x, y }) => ({ left: x - 7, top: y - 7, right: x + 7, bottom: y + 7 }));
      const lineHeight = 14;
      ctx.save();
      ctx.font = `12px ${FONT}`;
      ctx.fillStyle = INK;
      ctx.textBaseline = 'middle';
      ctx.textAlign = 'left';
      points.forEach(({ x, y }, i) => {
        const label = labels[i];
        if (!label) return;
        for (const text of label.full === label.short ? [label.full] : [label.full, label.short]) {
          const w = ctx.measureText(text).width;
          const spots: Box[] = [
            { left: x + 9, top: y - lineHeight / 2, right: x + 9 + w, bottom: y + lineHeight / 2 },
            { left: x - 9 - w, top: y - lineHeight / 2, right: x - 9, bottom: y + lineHeight / 2 },
            { left: x - w / 2, top: y - 9 - lineHeight, right: x + w / 2, bottom: y - 9 },
            { left: x - w / 2, top: y + 9, right: x + w / 2, bottom: y + 9 + lineHeight },
          ];
          const spot = spots.find(
            (box) =>
              box.left >= chartArea.left && box.right <= chartArea.right && box.top >= chartArea.top - 6 && box.bottom <= chartArea.bottom &&
              !taken.some((other) => overlaps(box, other)),
          );
          if (spot) {
            taken.push(spot);
            ctx.fillText(text, spot.left, (spot.top + spot.bottom) / 2);
            return;
          }
        }
      });
      ctx.restore();
    },
  };
}
