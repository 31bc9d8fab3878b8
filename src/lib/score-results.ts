/**
 * Everything the score tool shows, computed from a valid input: the score, n, shares, interval,
 * sample sizes and target gap (verdicts against benchmarks: verdicts.ts). Pure; numbers unrounded.
 * The island only formats what this returns.
 */
import {
  type NpsInterval,
  type ResponseCounts,
  countsFromAnswers,
  npsFromCounts,
  npsInterval,
  npsIntervalFromScore,
  sampleSizeForMargin,
  sharesFromCounts,
  targetGap,
  validateCounts,
  morePromotersForTarget,
} from './nps-stats.ts';
import type { ToolInput } from './url-state.ts';

/** Margins (± points) the tool gives sample sizes for. */
export const PLANNING_MARGINS = [5, 10] as const;

export interface SampleSizeNeed {
  /** ± points. */
  margin: number;
  /** At the observed mix (counts known), or the widest mix for the score (score only). */
  atYourMix: number;
  /** Whatever the mix (p = d = ½). */
  worstCase: number;
}

export interface TargetResult {
  target: number;
  reached: boolean;
  /** Extra promoter responses, others unchanged; null when impossible. */
  morePromoters: number | null;
  /** Only when the counts are known. */
  detractorsToPassives?: number | null;
  detractorsToPromoters?: number | null;
}

export interface ScoreResults {
  /** NPS in points, unrounded. */
  nps: number;
  /** Respondents, when known. */
  n?: number;
  counts?: ResponseCounts;
  /** Shares in percent, when the counts are known. */
  shares?: ResponseCounts;
  /** Count of each answer 0..10, when known. */
  answers?: number[];
  /** The adjusted-Wald interval, when n is known. */
  interval?: NpsInterval;
  /** True when only a score and n were given: the interval assumes the widest mix (no passives). */
  assumedWidestMix: boolean;
  sampleSizes: SampleSizeNeed[];
  target?: TargetResult;
}

/** Why a valid-looking input can't be scored (file counts that are empty, say). */
export type ResultProblem = 'empty' | 'negative' | 'not-integer' | 'not-finite';

/**
 * Compute the results. `fileAnswers` are the counts of each answer 0..10 from an imported file (mode `file`).
 * Returns null when there is nothing to score yet (no input, or file mode before a file is read).
 */
export function computeResults(
  input: ToolInput | null,
  options: { confidence: number; target?: number | undefined },
  fileAnswers?: readonly number[] | null,
): { ok: true; results: ScoreResults } | { ok: false; problem: ResultProblem } | null {
  if (!input) return null;
  let counts: ResponseCounts | undefined;
  let answers: number[] | undefined;
  if (input.kind === 'score') {
    const results: ScoreResults = { nps: input.score, assumedWidestMix: input.n !== undefined, sampleSizes: [] };
    if (input.n !== undefined) {
      results.n = input.n;
      results.interval = npsIntervalFromScore(input.score, input.n, options.confidence);
    }
    results.sampleSizes = PLANNING_MARGINS.map((margin) => ({
      margin,
      atYourMix: sampleSizeForMargin(margin, { kind: 'score', score: input.score }, options.confidence),
      worstCase: sampleSizeForMargin(margin, { kind: 'worst-case' }, options.confidence),
    }));
    if (options.target !== undefined && input.n !== undefined) {
      // With n and the score, the net count is known, so "more promoters" is exact; the detractor routes need counts.
      const net = (input.score / 100) * input.n;
      const gap = targetGapFromNet(net, input.n, options.target);
      results.target = gap;
    }
    return { ok: true, results };
  }
  if (input.kind === 'counts') counts = { promoters: input.promoters, passives: input.passives, detractors: input.detractors };
  else if (input.kind === 'answers') {
    answers = [...input.answers];
    counts = countsFromAnswers(answers);
  } else {
    if (!fileAnswers) return null;
    answers = [...fileAnswers];
    counts = countsFromAnswers(answers);
  }
  const check = validateCounts(counts);
  if (!check.ok) return { ok: false, problem: check.reason };
  const shares = sharesFromCounts(counts);
  const results: ScoreResults = {
    nps: npsFromCounts(counts),
    n: counts.promoters + counts.passives + counts.detractors,
    counts,
    shares,
    interval: npsInterval(counts, options.confidence),
    assumedWidestMix: false,
    sampleSizes: PLANNING_MARGINS.map((margin) => ({
      margin,
      atYourMix: sampleSizeForMargin(margin, { kind: 'shares', promoters: shares.promoters, detractors: shares.detractors }, options.confidence),
      worstCase: sampleSizeForMargin(margin, { kind: 'worst-case' }, options.confidence),
    })),
  };
  if (answers) results.answers = answers;
  if (options.target !== undefined) results.target = targetGap(counts, options.target);
  return { ok: true, results };
}

// "More promoters" from the net count (P − D) and n only (the detractor routes need counts).
function targetGapFromNet(net: number, n: number, target: number): TargetResult {
  const morePromoters = morePromotersForTarget(net, n, target);
  return { target, reached: morePromoters === 0, morePromoters };
}
