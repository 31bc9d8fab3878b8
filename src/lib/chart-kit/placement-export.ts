/** The placement chart's export words: title, benchmark settings, legend (only the marks drawn) and sources. */
import type { ExportMeta } from './export-layout.ts';
import { GRADE_COLOURS, INK, YOU } from './palette.ts';
import type { ChartKitStrings } from './strings.ts';

export interface PlacementExportInput {
  /** The chart kit's placement words in the page's language. */
  words: ChartKitStrings['placement'];
  title: string;
  /** The benchmark settings in words, as the score tool states them above its table. */
  settings: readonly string[];
  /** Confidence level in percent ("95"). */
  level: string;
  rows: readonly { isYou: boolean; low?: number | undefined; high?: number | undefined }[];
  sources: readonly string[];
}

export function placementExportMeta({ words: p, title, settings, level, rows, sources }: PlacementExportInput): Omit<ExportMeta, 'address' | 'date'> {
  const you = rows.find((row) => row.isYou);
  return {
    title,
    settings: [...settings.filter((line) => line !== ''), p.intervals(level)],
    legend: [
      { text: p.you, colour: YOU, kind: 'fill' },
      ...(you?.low !== undefined ? [{ text: p.band(level), colour: YOU, kind: 'band' as const }] : []),
      { text: p.peer, colour: GRADE_COLOURS.A, kind: 'fill' },
      ...(rows.some((row) => !row.isYou && row.low !== undefined) ? [{ text: p.peerInterval(level), colour: INK, kind: 'whisker' as const }] : []),
    ],
    sources: [...sources],
  };
}
