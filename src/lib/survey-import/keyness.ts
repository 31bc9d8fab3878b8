/**
 * What detractors say: the words and two-word phrases that set detractors' comments apart from promoters'.
 *
 * Keyness by the log-likelihood G² in the form of Rayson & Garside (2000), as the UCREL log-likelihood
 * calculator computes it: for a term seen O₁ times among the N₁ words of detractors' comments and O₂ times
 * among the N₂ words of promoters',
 *   E₁ = N₁(O₁ + O₂)/(N₁ + N₂),  E₂ = N₂(O₁ + O₂)/(N₁ + N₂),  G² = 2(O₁ ln(O₁/E₁) + O₂ ln(O₂/E₂))  (0 ln 0 = 0).
 * Words and phrases are counted separately: a word against all words (N = words), a phrase against all
 * phrases (N = phrases). Only terms used MORE by detractors than expected (O₁ > E₁) are kept, in at least
 * MIN_DETRACTOR_COMMENTS different detractors' comments (one long rant repeating a word is not a pattern),
 * with G² ≥ 3.84 (p < 0.05 for one term, 1 degree of freedom; no correction for testing many terms).
 * Stop words (stop-words.ts) are left out; tokens.ts says how comments are cut into words.
 */
import { commentTerms } from './tokens.ts';

/** G² at p < 0.05 (χ², 1 degree of freedom). */
export const G2_CRITICAL_05 = 3.841458820694124;
export const MIN_DETRACTOR_COMMENTS = 2;
/** Terms returned at most (the highest G² first). */
export const MAX_KEY_TERMS = 30;

/** One term's 2×2 table and its G². */
export interface LogLikelihood {
  expectedA: number;
  expectedB: number;
  g2: number;
}

const xLogX = (observed: number, expected: number) => (observed === 0 ? 0 : observed * Math.log(observed / expected));

/** G² of a term seen `a` times in a corpus of `sizeA` words and `b` times in one of `sizeB`. Both sizes > 0. */
export function logLikelihood(a: number, sizeA: number, b: number, sizeB: number): LogLikelihood {
  if (!(sizeA > 0 && sizeB > 0 && a >= 0 && b >= 0 && a + b > 0 && a <= sizeA && b <= sizeB)) {
    throw new RangeError(`logLikelihood: needs 0 ≤ a ≤ sizeA, 0 ≤ b ≤ sizeB, a + b > 0 and sizes > 0 (got ${a}/${sizeA}, ${b}/${sizeB})`);
  }
  const expectedA = (sizeA * (a + b)) / (sizeA + sizeB);
  const expectedB = (sizeB * (a + b)) / (sizeA + sizeB);
  // Rounding can leave a hair below 0 when observed ≈ expected.
  return { expectedA, expectedB, g2: Math.max(0, 2 * (xLogX(a, expectedA) + xLogX(b, expectedB))) };
}

export interface KeyTerm {
  term: string;
  /** 1 for a word, 2 for a two-word phrase. */
  words: 1 | 2;
  /** Times used in detractors' comments (O₁) and in promoters' (O₂). */
  detractorCount: number;
  promoterCount: number;
  /** Detractors' expected count E₁ (below `detractorCount` for every term kept). */
  expected: number;
  g2: number;
  /** Indexes (into the detractor comments given) of the comments that use the term, in file order. */
  comments: number[];
}

export type KeynessOutcome =
  | { status: 'ok'; terms: KeyTerm[]; totals: KeynessTotals }
  /** Nothing to compare: no detractor comment, or no promoter comment (every term would be "expected"). */
  | { status: 'no-detractor-comments' | 'no-promoter-comments'; totals: KeynessTotals };

export interface KeynessTotals {
  /** Non-empty comments read in each group. */
  detractorComments: number;
  promoterComments: number;
  /** N of each group: words and phrases (stop words left out). */
  detractorWords: number;
  promoterWords: number;
  detractorPhrases: number;
  promoterPhrases: number;
}

interface TermTally {
  detractor: number;
  promoter: number;
  comments: number[];
}

/**
 * Key terms of detractors' comments against promoters'. `detractorComments[i]` is the comment of the i-th
 * detractor ('' when none); the result's `comments` point back to those indexes.
 */
export function keyTerms(detractorComments: readonly string[], promoterComments: Iterable<string>, stopWords: ReadonlySet<string>): KeynessOutcome {
  const words = new Map<string, TermTally>();
  const phrases = new Map<string, TermTally>();
  const totals: KeynessTotals = { detractorComments: 0, promoterComments: 0, detractorWords: 0, promoterWords: 0, detractorPhrases: 0, promoterPhrases: 0 };

  detractorComments.forEach((comment, index) => {
    if (comment.trim() === '') return;
    totals.detractorComments++;
    const terms = commentTerms(comment, stopWords);
    totals.detractorWords += terms.words.length;
    totals.detractorPhrases += terms.phrases.length;
    for (const [list, map] of [
      [terms.words, words],
      [terms.phrases, phrases],
    ] as const) {
      for (const term of list) {
        let entry = map.get(term);
        if (!entry) {
          entry = { detractor: 0, promoter: 0, comments: [] };
          map.set(term, entry);
        }
        entry.detractor++;
        if (entry.comments.at(-1) !== index) entry.comments.push(index);
      }
    }
  });
  for (const comment of promoterComments) {
    if (comment.trim() === '') continue;
    totals.promoterComments++;
    const terms = commentTerms(comment, stopWords);
    totals.promoterWords += terms.words.length;
    totals.promoterPhrases += terms.phrases.length;
    // Only terms detractors used can be key for them: promoters' other terms only add to N₂.
    for (const term of terms.words) {
      const entry = words.get(term);
      if (entry) entry.promoter++;
    }
    for (const term of terms.phrases) {
      const entry = phrases.get(term);
      if (entry) entry.promoter++;
    }
  }

  if (totals.detractorWords === 0) return { status: 'no-detractor-comments', totals };
  if (totals.promoterWords === 0) return { status: 'no-promoter-comments', totals };

  const kept: KeyTerm[] = [];
  const score = (map: Map<string, TermTally>, size: 1 | 2, sizeA: number, sizeB: number) => {
    if (sizeA === 0 || sizeB === 0) return;
    for (const [term, entry] of map) {
      if (entry.comments.length < MIN_DETRACTOR_COMMENTS) continue;
      const { expectedA, g2 } = logLikelihood(entry.detractor, sizeA, entry.promoter, sizeB);
      if (entry.detractor <= expectedA || g2 < G2_CRITICAL_05) continue;
      kept.push({ term, words: size, detractorCount: entry.detractor, promoterCount: entry.promoter, expected: expectedA, g2, comments: entry.comments });
    }
  };
  score(words, 1, totals.detractorWords, totals.promoterWords);
  score(phrases, 2, totals.detractorPhrases, totals.promoterPhrases);
  kept.sort((x, y) => y.g2 - x.g2 || y.detractorCount - x.detractorCount || x.term.localeCompare(y.term));
  return { status: 'ok', terms: kept.slice(0, MAX_KEY_TERMS), totals };
}
