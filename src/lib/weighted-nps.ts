/**
 * Weighted NPS (issue 11 item 4), pure: each answer 0–10 counts with its weight (revenue, contract value, a
 * survey weight). The interval uses Kish's effective sample size n_eff = (Σw)²/Σw² in the adjusted Wald
 * formula (src/lib/nps-stats.ts) on the weighted shares. Weights that are blank, not a number, negative or zero
 * leave their answer out, counted by reason like skipped answers. Not wired into the survey import yet.
 */
import { type NpsInterval, npsIntervalFromShares } from './nps-stats.ts';

export type WeightProblem = 'blank' | 'not-a-number' | 'negative' | 'zero';

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

/** Read a weight cell: a number above 0 (`,` or `.` as the decimal mark), else why not. */
export function readWeight(cell: string | number | null | undefined): number | WeightProblem {
  if (cell === null || cell === undefined) return 'blank';
  const text = typeof cell === 'number' ? String(cell) : cell.trim().replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
  if (text === '') return 'blank';
  if (!/^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i.test(text)) return 'not-a-number';
  const value = Number(text);
  if (!Number.isFinite(value)) return 'not-a-number';
  if (value < 0) return 'negative';
  if (value === 0) return 'zero';
  return value;
}

/**
 * Weighted NPS of answers 0–10 with their weights. Returns null when no answer has a usable weight (the caller
 * says so with the skipped counts, which `weightProblems` also gives). Answers must be whole numbers 0..10.
 */
export function weightedNps(rows: readonly { answer: number; weight: string | number | null | undefined }[], confidence = 0.95): WeightedNps | null {
  const skipped: Record<WeightProblem, number> = { blank: 0, 'not-a-number': 0, negative: 0, zero: 0 };
  let promoters = 0;
  let passives = 0;
  let detractors = 0;
  let sumSquares = 0;
  let n = 0;
  for (const { answer, weight } of rows) {
    if (!(Number.isInteger(answer) && answer >= 0 && answer <= 10)) throw new RangeError(`weightedNps: answer ${answer} is not a whole number from 0 to 10`);
    const w = readWeight(weight);
    if (typeof w !== 'number') {
      skipped[w] += 1;
      continue;
    }
    n += 1;
    sumSquares += w * w;
    if (answer >= 9) promoters += w;
    else if (answer >= 7) passives += w;
    else detractors += w;
  }
  const total = promoters + passives + detractors;
  if (n === 0 || total === 0) return null;
  const shares = { promoters: (promoters / total) * 100, passives: (passives / total) * 100, detractors: (detractors / total) * 100 };
  const effectiveN = (total * total) / sumSquares;
  return { nps: shares.promoters - shares.detractors, shares, n, effectiveN, interval: npsIntervalFromShares(shares, effectiveN, confidence), skipped };
}
