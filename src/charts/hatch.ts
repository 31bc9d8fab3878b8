/** A diagonal hatch for bounds (a bound is never drawn as a value), on canvases in the page and in exports. */
import { BACKGROUND } from '../lib/chart-kit/palette.ts';

const hatches = new Map<string, CanvasPattern | string>();

/** A diagonal hatch in `colour` on white (white where canvas patterns are unavailable). */
export function hatch(colour: string): CanvasPattern | string {
  if (typeof document === 'undefined') return BACKGROUND;
  const cached = hatches.get(colour);
  if (cached) return cached;
  const tile = document.createElement('canvas');
  tile.width = 8;
  tile.height = 8;
  const ctx = tile.getContext('2d');
  let fill: CanvasPattern | string = BACKGROUND;
  if (ctx) {
    ctx.fillStyle = BACKGROUND;
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
    fill = ctx.createPattern(tile, 'repeat') ?? BACKGROUND;
  }
  hatches.set(colour, fill);
  return fill;
}
