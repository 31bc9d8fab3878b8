/**
 * The one PNG export every chart uses, and the downloads. The PNG is drawn at twice the chart's CSS size:
 * the chart is redrawn at a pixel ratio of 2 (not scaled up), with a title, the settings, a legend, the source
 * line and the sources' names around it (laid out by src/lib/chart-kit/export-layout.ts), on white.
 */
import type { Chart } from 'chart.js';
import { CSV_MEDIA_TYPE, type CsvCell, csvFormatFor, writeCsv } from '../lib/csv-write.ts';
import type { Locale } from '../lib/i18n.ts';
import { type DrawOp, EXPORT_FONTS, type ExportMeta, layoutExport } from '../lib/chart-kit/export-layout.ts';
import { BACKGROUND } from '../lib/chart-kit/palette.ts';
import { downloadBlob } from './download.ts';
import { hatch } from './hatch.ts';

/** Scale of every PNG export: twice the chart's CSS pixels. */
export const EXPORT_SCALE = 2;

/** Rows as a CSV download in the page's language's format (see src/lib/csv-write.ts). */
export function downloadCsv(rows: readonly (readonly CsvCell[])[], locale: Locale, name: string): void {
  downloadBlob(new Blob([writeCsv(rows, csvFormatFor(locale))], { type: CSV_MEDIA_TYPE }), name);
}

function drawSwatch(ctx: CanvasRenderingContext2D, op: Extract<DrawOp, { type: 'swatch' }>): void {
  const { x, y, size, colour, kind } = op;
  ctx.save();
  ctx.strokeStyle = colour;
  ctx.fillStyle = colour;
  ctx.lineWidth = 2;
  switch (kind) {
    case 'fill':
      ctx.fillRect(x, y, size, size);
      break;
    case 'outline':
    case 'hatch':
      ctx.fillStyle = kind === 'hatch' ? hatch(colour) : BACKGROUND;
      ctx.fillRect(x, y, size, size);
      ctx.strokeRect(x + 1, y + 1, size - 2, size - 2);
      break;
    case 'band':
      ctx.globalAlpha = 0.25;
      ctx.fillRect(x, y, size, size);
      break;
    case 'dash':
    case 'dot':
      ctx.setLineDash(kind === 'dash' ? [4, 3] : [2, 2]);
      ctx.beginPath();
      ctx.moveTo(x + size / 2, y);
      ctx.lineTo(x + size / 2, y + size);
      ctx.stroke();
      break;
    case 'whisker':
      ctx.beginPath();
      ctx.moveTo(x, y + size / 2);
      ctx.lineTo(x + size, y + size / 2);
      ctx.moveTo(x + 1, y + 2);
      ctx.lineTo(x + 1, y + size - 2);
      ctx.moveTo(x + size - 1, y + 2);
      ctx.lineTo(x + size - 1, y + size - 2);
      ctx.stroke();
      break;
  }
  ctx.restore();
}

function drawOps(ctx: CanvasRenderingContext2D, ops: readonly DrawOp[]): void {
  for (const op of ops) {
    if (op.type === 'swatch') {
      drawSwatch(ctx, op);
      continue;
    }
    ctx.font = EXPORT_FONTS[op.font];
    ctx.fillStyle = op.colour;
    ctx.textAlign = 'left';
    ctx.textBaseline = 'alphabetic';
    ctx.fillText(op.text, op.x, op.y);
  }
}

/** Redraw `chart` at pixel ratio `ratio` and copy it, then put the chart back as it was. */
function snapshot(chart: Chart, ratio: number): HTMLCanvasElement {
  const previous = chart.options.devicePixelRatio;
  chart.options.devicePixelRatio = ratio;
  chart.resize();
  chart.draw();
  const copy = document.createElement('canvas');
  copy.width = chart.canvas.width;
  copy.height = chart.canvas.height;
  copy.getContext('2d')?.drawImage(chart.canvas, 0, 0);
  if (previous === undefined) delete (chart.options as { devicePixelRatio?: number }).devicePixelRatio;
  else chart.options.devicePixelRatio = previous;
  chart.resize();
  chart.draw();
  return copy;
}

/** The chart with its title, settings, legend and sources, as a PNG blob at twice the chart's CSS size. */
export async function chartPng(chart: Chart, meta: ExportMeta, locale: Locale): Promise<Blob> {
  const width = chart.width;
  const height = chart.height;
  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas');
  const layout = layoutExport(meta, locale, width, height, (font, text) => {
    ctx.font = EXPORT_FONTS[font];
    return ctx.measureText(text).width;
  });
  canvas.width = layout.width * EXPORT_SCALE;
  canvas.height = layout.height * EXPORT_SCALE;
  ctx.scale(EXPORT_SCALE, EXPORT_SCALE);
  ctx.fillStyle = BACKGROUND;
  ctx.fillRect(0, 0, layout.width, layout.height);
  drawOps(ctx, layout.header);
  ctx.drawImage(snapshot(chart, EXPORT_SCALE), 0, layout.chartTop, width, height);
  drawOps(ctx, layout.footer);
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png'));
}

/** Export `chart` as a PNG download named `name`. */
export async function downloadChartPng(chart: Chart, meta: ExportMeta, locale: Locale, name: string): Promise<void> {
  downloadBlob(await chartPng(chart, meta, locale), name);
}
