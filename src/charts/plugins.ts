/**
 * The kit's Chart.js plugins, drawn by hand (no annotation or error-bar dependency): a white background (so a
 * PNG is never transparent), wrapped labels above bars, reference lines with stacked labels, intervals as
 * whiskers, a shaded band (the user's interval across the peers), value labels at bar ends, and labels beside
 * points (the sector chart's divider between its rank groups is in rank-divider.ts). Passed per chart (never registered globally); what they draw comes from `options.plugins.<id>`, so
 * it follows every update of the chart's options.
 */
import type { Chart, ChartType, Plugin } from 'chart.js';
import { AVERAGE, BACKGROUND, FONT, INK } from '../lib/chart-kit/palette.ts';
import { stackSpans, wrapText } from '../lib/chart-kit/text.ts';

/** A sector average drawn as a vertical line; a bound is dotted. */
export interface ReferenceLine {
  value: number;
  text: string;
  bound: boolean;
}

/** Text for a point: tried in full first, then short, at the right, left, above and below the point. */
export interface PointLabel {
  full: string;
  short: string;
}

/** An interval on the value axis, drawn as a whisker over bar i. */
export interface Interval {
  low: number;
  high: number;
}

/** A shaded band across the chart area between two values (e.g. the user's interval). */
export interface Band {
  low: number;
  high: number;
  colour: string;
}

declare module 'chart.js' {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- a merged interface must repeat Chart.js's type parameter by name
  interface PluginOptionsByType<TType extends ChartType> {
    barLabels?: { labels: string[] };
    referenceLines?: { lines: ReferenceLine[] };
    pointLabels?: { labels: PointLabel[] };
    intervals?: { intervals: (Interval | undefined)[]; whisker?: number };
    band?: { band?: Band | undefined };
    valueLabels?: { labels: string[] };
  }
}

export const LABEL_FONT = `12px ${FONT}`;
export const LABEL_LINE = 14;
export const REFERENCE_FONT = `11px ${FONT}`;
export const REFERENCE_LINE = 14;

/** Fills the canvas white behind everything. */
export function whiteBackground<T extends ChartType>(): Plugin<T> {
  return {
    id: 'whiteBackground',
    beforeDraw(chart: Chart<T>) {
      const { ctx, width, height } = chart;
      ctx.save();
      ctx.globalCompositeOperation = 'destination-over';
      ctx.fillStyle = BACKGROUND;
      ctx.fillRect(0, 0, width, height);
      ctx.restore();
    },
  };
}

/** The lines each bar label wraps into at `width` pixels (12 px text): the mount sizes rows with the same call. */
export function wrapLabels(ctx: CanvasRenderingContext2D, labels: readonly string[], width: number): string[][] {
  ctx.save();
  ctx.font = LABEL_FONT;
  const lines = labels.map((label) => wrapText(label, width, (text) => ctx.measureText(text).width));
  ctx.restore();
  return lines;
}

/** Draws `options.plugins.barLabels.labels[i]` above bar i of the first dataset, wrapped to the chart area's width. */
export function barLabels<T extends ChartType>(): Plugin<T> {
  return {
    id: 'barLabels',
    afterDatasetsDraw(chart: Chart<T>, _args: unknown, options: { labels?: string[] }) {
      const { ctx, chartArea } = chart;
      const wrapped = wrapLabels(ctx, options.labels ?? [], chartArea.width - 4);
      const meta = chart.getDatasetMeta(0);
      ctx.save();
      ctx.font = LABEL_FONT;
      ctx.textBaseline = 'alphabetic';
      ctx.textAlign = 'left';
      meta.data.forEach((element, i) => {
        const { y, height } = element.getProps(['y', 'height'], true) as { y: number; height: number };
        const lines = wrapped[i] ?? [];
        const last = y - height / 2 - 4;
        lines.forEach((line, k) => {
          const baseline = last - (lines.length - 1 - k) * LABEL_LINE;
          // A light backing so reference lines drawn behind never cut through the text.
          ctx.fillStyle = 'rgba(255, 255, 255, 0.85)';
          ctx.fillRect(chartArea.left, baseline - 11, ctx.measureText(line).width + 4, LABEL_LINE);
          ctx.fillStyle = INK;
          ctx.fillText(line, chartArea.left + 2, baseline);
        });
      });
      ctx.restore();
    },
  };
}

/** Averages with the same value, kind and text share one line and one label (`+9 ×2`). */
function mergedLines(lines: readonly ReferenceLine[]): ReferenceLine[] {
  const shared = new Map<string, ReferenceLine & { count: number }>();
  for (const line of lines) {
    const key = `${line.value}|${line.bound}|${line.text}`;
    const entry = shared.get(key);
    if (entry) entry.count += 1;
    else shared.set(key, { ...line, count: 1 });
  }
  return [...shared.values()].map((l) => ({ value: l.value, bound: l.bound, text: l.count > 1 ? `${l.text} ×${l.count}` : l.text }));
}

/** Where each reference line's label goes: its box and its row above the chart area (every label gets one). */
export function referenceLabelLayout(chart: Chart, lines: readonly ReferenceLine[]) {
  const scale = chart.scales.x;
  return scale ? stackReferenceLabels(chart.ctx, lines, chart.chartArea, (value) => scale.getPixelForValue(value)) : { labels: [], rows: 0 };
}

/** `referenceLabelLayout` for any area (its left and right edges) and scale: also before a chart exists. */
export function stackReferenceLabels(ctx: CanvasRenderingContext2D, lines: readonly ReferenceLine[], area: { left: number; right: number }, pixelFor: (value: number) => number) {
  ctx.save();
  ctx.font = REFERENCE_FONT;
  const labels = mergedLines(lines)
    .map((line) => {
      const x = pixelFor(line.value);
      const width = ctx.measureText(line.text).width + 6;
      const left = Math.max(area.left, Math.min(x - width / 2, area.right - width));
      return { ...line, x, left, width };
    })
    .filter((label) => label.x >= area.left - 1 && label.x <= area.right + 1);
  ctx.restore();
  const { rows, count } = stackSpans(labels, 2);
  return { labels: labels.map((label, i) => ({ ...label, row: rows[i] ?? 0 })), rows: count };
}

/**
 * Draws each line across the chart area (behind the bars) and its label above the chart area, in as many rows as
 * the labels need (the chart reserves them with `referenceLabelLayout`): no label is left out.
 */
export function referenceLines<T extends ChartType>(): Plugin<T> {
  return {
    id: 'referenceLines',
    beforeDatasetsDraw(chart: Chart<T>, _args: unknown, options: { lines?: ReferenceLine[] }) {
      const { labels } = referenceLabelLayout(chart as unknown as Chart, options.lines ?? []);
      if (labels.length === 0) return;
      const { ctx, chartArea } = chart;
      ctx.save();
      ctx.font = REFERENCE_FONT;
      ctx.textBaseline = 'bottom';
      ctx.textAlign = 'center';
      const topOf = (row: number) => chartArea.top - 4 - row * REFERENCE_LINE;
      // Lines first, then every label over them, so no line crosses a label.
      ctx.strokeStyle = AVERAGE;
      ctx.globalAlpha = 0.75;
      ctx.lineWidth = 1.25;
      for (const label of labels) {
        ctx.setLineDash(label.bound ? [2, 3] : [6, 4]);
        ctx.beginPath();
        ctx.moveTo(label.x, topOf(label.row) - 2);
        ctx.lineTo(label.x, chartArea.bottom);
        ctx.stroke();
      }
      ctx.globalAlpha = 1;
      for (const label of labels) {
        const top = topOf(label.row);
        ctx.fillStyle = 'rgba(255, 255, 255, 0.9)';
        ctx.fillRect(label.left, top - REFERENCE_LINE + 1, label.width, REFERENCE_LINE - 1);
        ctx.fillStyle = AVERAGE;
        ctx.fillText(label.text, label.left + label.width / 2, top);
      }
      ctx.restore();
    },
  };
}

/** Draws `options.plugins.intervals.intervals[i]` as a whisker over bar i (horizontal or vertical bars). */
export function intervals<T extends ChartType>(): Plugin<T> {
  return {
    id: 'intervals',
    afterDatasetsDraw(chart: Chart<T>, _args: unknown, options: { intervals?: (Interval | undefined)[]; whisker?: number }) {
      const list = options.intervals ?? [];
      const horizontal = (chart.options as { indexAxis?: string }).indexAxis === 'y';
      const scale = horizontal ? chart.scales.x : chart.scales.y;
      if (!scale) return;
      const { ctx } = chart;
      const half = (options.whisker ?? 12) / 2;
      ctx.save();
      ctx.strokeStyle = INK;
      ctx.lineWidth = 2;
      chart.getDatasetMeta(0).data.forEach((element, i) => {
        const interval = list[i];
        if (!interval) return;
        const { x, y } = element.getProps(['x', 'y'], true) as { x: number; y: number };
        const a = scale.getPixelForValue(interval.low);
        const b = scale.getPixelForValue(interval.high);
        ctx.beginPath();
        if (horizontal) {
          ctx.moveTo(a, y);
          ctx.lineTo(b, y);
          for (const end of [a, b]) {
            ctx.moveTo(end, y - half);
            ctx.lineTo(end, y + half);
          }
        } else {
          ctx.moveTo(x, a);
          ctx.lineTo(x, b);
          for (const end of [a, b]) {
            ctx.moveTo(x - half, end);
            ctx.lineTo(x + half, end);
          }
        }
        ctx.stroke();
      });
      ctx.restore();
    },
  };
}

/** Shades `options.plugins.band.band` across the whole chart area, behind the bars, edged by dashed lines. */
export function band<T extends ChartType>(): Plugin<T> {
  return {
    id: 'band',
    beforeDatasetsDraw(chart: Chart<T>, _args: unknown, options: { band?: Band }) {
      const shaded = options.band;
      const scale = chart.scales.x;
      if (!shaded || !scale) return;
      const { ctx, chartArea } = chart;
      const a = Math.max(chartArea.left, scale.getPixelForValue(shaded.low));
      const b = Math.min(chartArea.right, scale.getPixelForValue(shaded.high));
      ctx.save();
      ctx.globalAlpha = 0.14;
      ctx.fillStyle = shaded.colour;
      ctx.fillRect(a, chartArea.top, b - a, chartArea.bottom - chartArea.top);
      ctx.globalAlpha = 0.8;
      ctx.strokeStyle = shaded.colour;
      ctx.lineWidth = 1;
      ctx.setLineDash([4, 3]);
      ctx.beginPath();
      for (const edge of [a, b]) {
        ctx.moveTo(edge, chartArea.top);
        ctx.lineTo(edge, chartArea.bottom);
      }
      ctx.stroke();
      ctx.restore();
    },
  };
}

/** Writes `options.plugins.valueLabels.labels[i]` past the end of horizontal bar i (past its whisker if it has one). */
export function valueLabels<T extends ChartType>(): Plugin<T> {
  return {
    id: 'valueLabels',
    afterDatasetsDraw(chart: Chart<T>, _args: unknown, options: { labels?: string[] }) {
      const labels = options.labels ?? [];
      const scale = chart.scales.x;
      if (!scale) return;
      const whiskers = (chart.options?.plugins as { intervals?: { intervals?: (Interval | undefined)[] } } | undefined)?.intervals?.intervals ?? [];
      const { ctx } = chart;
      const zero = scale.getPixelForValue(0);
      ctx.save();
      ctx.font = `600 12px ${FONT}`;
      ctx.fillStyle = INK;
      ctx.textBaseline = 'middle';
      chart.getDatasetMeta(0).data.forEach((element, i) => {
        const text = labels[i];
        if (!text) return;
        const { x, y } = element.getProps(['x', 'y'], true) as { x: number; y: number };
        const negative = x < zero;
        const interval = whiskers[i];
        let edge = x;
        if (interval) edge = negative ? Math.min(x, scale.getPixelForValue(interval.low)) : Math.max(x, scale.getPixelForValue(interval.high));
        ctx.textAlign = negative ? 'right' : 'left';
        ctx.fillText(text, negative ? edge - 6 : edge + 6, y);
      });
      ctx.restore();
    },
  };
}

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}
const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/**
 * Labels the points of the first dataset without overlaps: each label goes to the first free spot (right, left,
 * above, below; full text, then short text) inside the chart area and clear of other points and labels. A label
 * with no free spot is left out: the tooltip and the table still carry it.
 */
export function pointLabels<T extends ChartType>(): Plugin<T> {
  return {
    id: 'pointLabels',
    afterDatasetsDraw(chart: Chart<T>, _args: unknown, options: { labels?: PointLabel[] }) {
      const labels = options.labels ?? [];
      const { ctx, chartArea } = chart;
      const points = chart.getDatasetMeta(0).data.map((element) => element.getProps(['x', 'y'], true) as { x: number; y: number });
      const taken: Box[] = points.map(({ x, y }) => ({ left: x - 7, top: y - 7, right: x + 7, bottom: y + 7 }));
      const lineHeight = 14;
      ctx.save();
      ctx.font = LABEL_FONT;
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
              box.left >= chartArea.left &&
              box.right <= chartArea.right &&
              box.top >= chartArea.top - 6 &&
              box.bottom <= chartArea.bottom &&
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
