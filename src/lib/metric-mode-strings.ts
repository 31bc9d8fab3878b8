/**
 * Words of the score tool's change, CSAT and CES modes: what each one is, and every language's table. Each language's
 * words are a module of their own (metric-mode-strings-en.ts, -fr.ts; French: no-break space before : ; ! ? %).
 */
import type { Locale } from './i18n.ts';
import type { ChangeVerdictWords } from './nps-change.ts';
import type { MetricError, MetricField } from './metric-modes.ts';
import { metricModeStringsEn } from './metric-mode-strings-en.ts';
import { metricModeStringsFr } from './metric-mode-strings-fr.ts';

export interface MetricModeStrings {
  waveA: string;
  waveB: string;
  promoters: string;
  passives: string;
  detractors: string;
  changeHint: string;
  detectLabel: string;
  detectHint: string;
  changeTitle: string;
  differenceLabel: string;
  intervalLabel: (level: string) => string;
  metricIntervalLabel: (level: string, method: string) => string;
  intervalWords: { before: string; between: string };
  pValueLabel: string;
  waveScore: (wave: string, n: string) => string;
  sampleSizeLabel: (points: string) => string;
  sampleSizeText: (n: string) => string;
  sampleSizeNote: string;
  independentNote: string;
  csatTitle: string;
  csatLegend: string;
  cesTitle: string;
  cesLegend: string;
  cesScaleLabel: string;
  cesScaleOption: (scale: number) => string;
  answerLabel: (answer: number) => string;
  csatLabel: string;
  cesLabel: string;
  respondents: string;
  satisfied: (count: string) => string;
  noInterval: string;
  otherMetricNote: string;
  /** The verdict on a change between two waves. */
  changeVerdict: ChangeVerdictWords;
  emptyResults: string;
  fieldNames: Record<MetricField, string>;
  /** Message for one error, shown beside its field (an entry's error beside that entry's input). */
  error: (error: MetricError, expected: number) => string;
}

/** Every language's words, for pages and tests. Browser code loads one language's module instead (src/lib/lazy-strings.ts). */
export const metricModeStrings: Record<Locale, MetricModeStrings> = { en: metricModeStringsEn, fr: metricModeStringsFr };
