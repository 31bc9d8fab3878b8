/**
 * The charts' palette, in one place: a canvas cannot read the site's CSS variables, so the values of
 * global.css's tokens are repeated here once and every chart (and its PNG export) takes them from here.
 */
import type { Grade } from '../schema.ts';

/** Bar and point colour per source grade: distinct hues, each at least 4.5:1 on white. */
export const GRADE_COLOURS: Record<Grade, string> = {
  A: '#0b5cad',
  B: '#1d7874',
  C: '#b45309',
  D: '#5f6873',
};

export const INK = '#1b1f24';
export const MUTED = '#59636e';
export const GRID = '#e3e7eb';
/** Sector averages (reference lines). */
export const AVERAGE = '#7a2e8e';
/** The user's own score in the score tool. */
export const YOU = '#c2410c';
/** Bars that carry no grade (the import's months and segments, the score tool's peers). */
export const BAR = '#0b5cad';
/** Every exported PNG is drawn on white: a transparent PNG turns black in some slide tools. */
export const BACKGROUND = '#ffffff';
export const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'DejaVu Sans', sans-serif";

/** `colour` (#rrggbb) at `alpha` (0–1), as #rrggbbaa. */
export function withAlpha(colour: string, alpha: number): string {
  const byte = Math.round(Math.min(1, Math.max(0, alpha)) * 255);
  return `${colour.slice(0, 7)}${byte.toString(16).padStart(2, '0')}`;
}
