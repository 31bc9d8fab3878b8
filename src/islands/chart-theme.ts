/** Colours and fills shared by the charts: one colour per source grade, a hatch for bounds. */
import type { Grade } from '../lib/schema.ts';

/** Bar and point colour per source grade: distinct hues, each at least 4.5:1 on white (the legend prints white letters on them). */
export const GRADE_COLOURS: Record<Grade, string> = {
  A: '#0b5cad',
  B: '#1d7874',
  C: '#b45309',
  D: '#5f6873',
};

export const INK = '#1b1f24';
export const MUTED = '#59636e';
export const GRID = '#e3e7eb';
export const AVERAGE = '#7a2e8e';
export const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'DejaVu Sans', sans-serif";

const hatches = new Map<string, CanvasPattern | string>();
/** A diagonal hatch in `colour` on white, for bounds (falls back to white where canvas patterns are unavailable). */
export function hatch(colour: string): CanvasPattern | string {
  if (typeof document === 'undefined') return '#ffffff';
  const cached = hatches.get(colour);
  if (cached) return cached;
  const tile = document.createElement('canvas');
  tile.width = 8;
  tile.height = 8;
  const ctx = tile.getContext('2d');
  let fill: CanvasPattern | string = '#ffffff';
  if (ctx) {
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, 8, 8);
    ctx.strokeStyle = colour;
    ctx.lineWidth = 1.5;
    ctx.beginPath();
    ctx.moveTo(0, 8);
    ctx.lineTo(8, 0);
    ctx.moveTo(-2, 2);
    ctx.lineTo(2, -2);
    ctx.moveTo(6, 10);
    ctx.lineTo(10, 6);
    ctx.stroke();
    fill = ctx.createPattern(tile, 'repeat') ?? '#ffffff';
  }
  hatches.set(colour, fill);
  return fill;
}
