/**
 * Weighted NPS (issue 11 item 4), pure: each answer 0–10 counts with its weight (revenue, contract value, a
 * survey weight). The interval uses Kish's effective sample size n_eff = (Σw)²/Σw² in the adjusted Wald
 * formula (src/lib/nps-stats.ts) on the weighted shares. Weights that are blank, not a number, negative or zero
 * leave their answer out, counted by reason like skipped answers.
 *
 * Reading a weight: spaces (also no-break) are thousands separators; with both `,` and `.` the last one is the
 * decimal mark (`1,234.5`, `1.234,5`); repeated marks in groups of three are thousands (`1,234,567`). A single
 * comma before exactly three digits (`1,234`) is ambiguous: the column settles it (another weight such as `0,5`
 * or `1,234,567` shows what its commas mean), else a hint from the file (a French file: decimal). Until the end
 * of the column both readings are summed, so the file is read once. A currency sign or a word is not a number.
 */
import { type NpsInterval, npsIntervalFromShares } from './nps-stats.ts';

export type WeightProblem = 'blank' | 'not-a-number' | 'negative' | 'zero';
/** What a lone comma before three digits means in a column. */
export type CommaReading = 'decimal' | 'thousands';

export interface WeightedNps {
  /** Weighted NPS in points. */
  nps: number;
  /** Weighted shares in percent. */
  shares: { promoters: number; passives: number; detractors: number };
  /** Answers scored (with a usable weight). */
  n: number;
  /** Kish effective sample size (Σw)²/Σw²; equals n when every weight is the same. */
  effectiveN: number;
  interval: NpsInterval;
  /** Answers left out for their weight, by reason. */
  skipped: Record<WeightProblem, number>;
}

const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;
const GROUPED = /^[+-]?\d{1,3}(?:([.,])\d{3})+$/;

/** Whether a weight's text shows what its commas mean (undefined = it doesn't). */
export function commaEvidence(cell: string): CommaReading | undefined {
  const text = cell.trim().replace(/[\s\u00a0\u202f]/g, '');
  const comma = text.lastIndexOf(',');
  if (comma === -1) return undefined;
  const dot = text.lastIndexOf('.');
  if (dot !== -1) return comma > dot ? 'decimal' : 'thousands';
  if (/,.*,/.test(text)) return GROUPED.test(text) ? 'thousands' : undefined;
  return /^[+-]?\d*,\d{3}$/.test(text) ? undefined : 'decimal';
}

/** Read a weight cell: a number above 0, else why not. `comma` says what a lone `1,234` comma means. */
export function readWeight(cell: string | number | null | undefined, comma: CommaReading = 'decimal'): number | WeightProblem {
  if (cell === null || cell === undefined) return 'blank';
  let text = typeof cell === 'number' ? String(cell) : cell.trim().replace(/[\s\u00a0\u202f]/g, '');
  if (text === '') return 'blank';
  const lastComma = text.lastIndexOf(',');
  const lastDot = text.lastIndexOf('.');
  if (lastComma !== -1 && lastDot !== -1) {
    // Both marks: the last is the decimal mark, the other groups thousands.
    const grouping = lastComma > lastDot ? '.' : ',';
    const [whole, fraction] = [text.slice(0, Math.max(lastComma, lastDot)), text.slice(Math.max(lastComma, lastDot) + 1)];
    if (!GROUPED.test(whole) && !/^[+-]?\d{1,3}$/.test(whole)) return 'not-a-number';
    text = `${whole.split(grouping).join('')}.${fraction}`;
  } else if (GROUPED.test(text) && (text.split(text.includes(',') ? ',' : '.').length > 2 || (text.includes(',') && comma === 'thousands'))) {
    text = text.replace(/[.,]/g, '');
  } else text = text.replace(',', '.');
  if (!NUMBER.test(text)) return 'not-a-number';
  const value = Number(text);
  if (!Number.isFinite(value)) return 'not-a-number';
  if (value < 0) return 'negative';
  if (value === 0) return 'zero';
  return value;
}

/** Weighted sums of answers (what the survey import keeps: five numbers, whatever the file's size). */
export interface WeightSums {
  promoters: number;
  passives: number;
  detractors: number;
  sumSquares: number;
  /** Answers with a usable weight. */
  n: number;
}

const emptySums = (): WeightSums => ({ promoters: 0, passives: 0, detractors: 0, sumSquares: 0, n: 0 });

function addTo(sums: WeightSums, answer: number, weight: number): void {
  sums.n += 1;
  sums.sumSquares += weight * weight;
  if (answer >= 9) sums.promoters += weight;
  else if (answer >= 7) sums.passives += weight;
  else sums.detractors += weight;
}

/** Streaming: add answers one at a time, read the sums at the end. */
export class WeightedNpsTally {
  /** Sums under each reading of a lone comma before three digits (equal unless such a weight was seen). */
  private readonly sums: Record<CommaReading, WeightSums> = { decimal: emptySums(), thousands: emptySums() };
  private readonly problems: Record<CommaReading, Record<WeightProblem, number>> = {
    decimal: { blank: 0, 'not-a-number': 0, negative: 0, zero: 0 },
    thousands: { blank: 0, 'not-a-number': 0, negative: 0, zero: 0 },
  };
  private readonly evidence: Record<CommaReading, number> = { decimal: 0, thousands: 0 };

  add(answer: number, cell: string | number | null | undefined): void {
    if (!(Number.isInteger(answer) && answer >= 0 && answer <= 10)) throw new RangeError(`weightedNps: answer ${answer} is not a whole number from 0 to 10`);
    if (typeof cell === 'string') {
      const shown = commaEvidence(cell);
      if (shown) this.evidence[shown]++;
    }
    for (const reading of ['decimal', 'thousands'] as const) {
      const weight = readWeight(cell, reading);
      if (typeof weight === 'number') addTo(this.sums[reading], answer, weight);
      else this.problems[reading][weight]++;
    }
  }

  /** The reading the column settles on (`hint` when it never says). */
  commaReading(hint: CommaReading = 'decimal'): CommaReading {
    const { decimal, thousands } = this.evidence;
    return decimal > thousands ? 'decimal' : thousands > decimal ? 'thousands' : hint;
  }

  result(hint: CommaReading = 'decimal'): { sums: WeightSums; skipped: Record<WeightProblem, number> } {
    const reading = this.commaReading(hint);
    return { sums: { ...this.sums[reading] }, skipped: { ...this.problems[reading] } };
  }
}

/** Weighted NPS from the sums; null when no answer has a usable weight (never NaN). */
export function weightedNpsFromSums(sums: WeightSums, skipped: Record<WeightProblem, number>, confidence = 0.95): WeightedNps | null {
  const total = sums.promoters + sums.passives + sums.detractors;
  if (sums.n === 0 || !(total > 0) || !(sums.sumSquares > 0)) return null;
  const shares = { promoters: (sums.promoters / total) * 100, passives: (sums.passives / total) * 100, detractors: (sums.detractors / total) * 100 };
  const effectiveN = (total * total) / sums.sumSquares;
  return { nps: shares.promoters - shares.detractors, shares, n: sums.n, effectiveN, interval: npsIntervalFromShares(shares, effectiveN, confidence), skipped: { ...skipped } };
}

/**
 * Weighted NPS of answers 0–10 with their weights. Returns null when no answer has a usable weight (the caller
 * says so with the skipped counts). Answers must be whole numbers 0..10.
 */
export function weightedNps(
  rows: readonly { answer: number; weight: string | number | null | undefined }[],
  confidence = 0.95,
  hint: CommaReading = 'decimal',
): WeightedNps | null {
  const tally = new WeightedNpsTally();
  for (const { answer, weight } of rows) tally.add(answer, weight);
  const { sums, skipped } = tally.result(hint);
  return weightedNpsFromSums(sums, skipped, confidence);
}
