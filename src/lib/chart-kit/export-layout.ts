/**
 * What a chart's PNG export draws around the chart, laid out in CSS pixels (the export then scales
 * everything by 2): a title, the filters or settings the chart was drawn with, above it; a legend, the
 * line "Source: NPS Atlas, <page address>, <date>" and the names of the figures' sources, below it.
 * Every text is wrapped to the width, never cut. Pure: the caller measures text with a canvas.
 */
import type { Locale } from '../i18n.ts';
import { LOCALE_TAGS } from '../i18n.ts';
import { FONT, INK, MUTED } from './palette.ts';
import { type Measure, wrapText } from './text.ts';

/** How a legend entry's swatch is drawn. */
export type SwatchKind = 'fill' | 'outline' | 'hatch' | 'dash' | 'dot' | 'whisker' | 'band';

export interface LegendItem {
  text: string;
  colour: string;
  kind: SwatchKind;
}

/** Everything an export needs besides the chart itself. */
export interface ExportMeta {
  title: string;
  /** One line each: the filters or benchmark settings, in words. */
  settings: string[];
  legend: LegendItem[];
  /** Names of the publishers or studies the figures come from (none for the user's own data). */
  sources: string[];
  /** The page address the chart was exported from. */
  address: string;
  /** When it was exported. */
  date: Date;
}

export const EXPORT_FONTS = {
  title: `bold 16px ${FONT}`,
  text: `12px ${FONT}`,
  small: `11px ${FONT}`,
} as const;
export type ExportFont = keyof typeof EXPORT_FONTS;

/** A text line to draw at (x, y), y being its alphabetic baseline. */
export interface TextOp {
  type: 'text';
  text: string;
  x: number;
  y: number;
  font: ExportFont;
  colour: string;
}

/** A legend swatch in the box (x, y, size × size). */
export interface SwatchOp {
  type: 'swatch';
  x: number;
  y: number;
  size: number;
  colour: string;
  kind: SwatchKind;
}

export type DrawOp = TextOp | SwatchOp;

export interface ExportLayout {
  /** Width of the whole picture, in CSS pixels (the chart's width). */
  width: number;
  /** Height of the whole picture: header, chart and footer. */
  height: number;
  header: DrawOp[];
  headerHeight: number;
  /** Where the chart goes (its top), and its height. */
  chartTop: number;
  chartHeight: number;
  /** Footer ops, already placed below the chart. */
  footer: DrawOp[];
}

const PAD = 12;
const LINE = { title: 20, text: 16, small: 15 } as const;
const SWATCH = 12;

const strings: Record<Locale, { source: (address: string, date: string) => string; sources: (names: string) => string }> = {
  en: {
    source: (address, date) => `Source: NPS Atlas, ${address}, ${date}`,
    sources: (names) => `Figures from: ${names}`,
  },
  fr: {
    source: (address, date) => `Source\u00a0: NPS Atlas, ${address}, ${date}`,
    sources: (names) => `Chiffres publiés par\u00a0: ${names}`,
  },
};

/** "Source: NPS Atlas, <address>, <date>" in the page's language. */
export function sourceLine(locale: Locale, address: string, date: Date): string {
  const day = new Intl.DateTimeFormat(LOCALE_TAGS[locale], { dateStyle: 'long', timeZone: 'UTC' }).format(date);
  return strings[locale].source(address, day);
}

/** The line naming the figures' sources (each name once, in the order given), or '' when there are none. */
export function sourcesLine(locale: Locale, names: readonly string[]): string {
  const unique = [...new Set(names.map((name) => name.trim()).filter((name) => name !== ''))];
  return unique.length === 0 ? '' : strings[locale].sources(unique.join(' · '));
}

/**
 * Lay out the export of a chart `chartWidth` × `chartHeight` CSS pixels. `measure(font, text)` gives a
 * text's width in that font.
 */
export function layoutExport(meta: ExportMeta, locale: Locale, chartWidth: number, chartHeight: number, measure: (font: ExportFont, text: string) => number): ExportLayout {
  const inner = Math.max(40, chartWidth - 2 * PAD);
  const measureIn =
    (font: ExportFont): Measure =>
    (text) =>
      measure(font, text);
  const header: DrawOp[] = [];
  let y = PAD;
  const paragraph = (ops: DrawOp[], text: string, font: ExportFont, colour: string) => {
    for (const line of wrapText(text, inner, measureIn(font))) {
      y += LINE[font];
      ops.push({ type: 'text', text: line, x: PAD, y: y - 4, font, colour });
    }
  };
  paragraph(header, meta.title, 'title', INK);
  for (const setting of meta.settings) paragraph(header, setting, 'text', MUTED);
  y += 8;
  const headerHeight = y;
  const chartTop = y;
  y += chartHeight + 8;

  const footer: DrawOp[] = [];
  // Legend entries flow left to right and wrap; an entry wider than the line wraps its own text.
  let x = PAD;
  let rowTop = y;
  const textWidth = measureIn('text');
  for (const item of meta.legend) {
    const full = SWATCH + 6 + textWidth(item.text);
    if (x > PAD && x + full > PAD + inner) {
      x = PAD;
      rowTop += LINE.text;
    }
    const lines = wrapText(item.text, inner - SWATCH - 6, textWidth);
    footer.push({ type: 'swatch', x, y: rowTop + 2, size: SWATCH, colour: item.colour, kind: item.kind });
    lines.forEach((line, i) => footer.push({ type: 'text', text: line, x: x + SWATCH + 6, y: rowTop + 12 + i * LINE.text, font: 'text', colour: INK }));
    if (lines.length > 1) {
      rowTop += lines.length * LINE.text;
      x = PAD;
    } else x += full + 16;
  }
  y = meta.legend.length > 0 ? rowTop + LINE.text + 6 : y;
  paragraph(footer, sourceLine(locale, meta.address, meta.date), 'small', INK);
  const names = sourcesLine(locale, meta.sources);
  if (names) paragraph(footer, names, 'small', MUTED);
  y += PAD;
  return { width: chartWidth, height: Math.ceil(y), header, headerHeight, chartTop, chartHeight, footer };
}
