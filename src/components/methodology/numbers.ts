/** The computed numbers the methodology prose quotes (see MethodologyPage.astro). */
import type { ResponseCounts } from '../../lib/nps-stats';
import type { Grade, SurveyType } from '../../lib/schema';

export interface MethodologyNumbers {
  /** NPS of the worked example (50 promoters, 30 passives, 20 detractors). */
  score: number;
  /** The wrong result obtained by leaving passives out of the denominator. */
  withoutPassives: number;
  /** Adjusted-Wald intervals for the example's shares with n = 200 and n = 2,000. */
  small: { low: number; high: number };
  large: { low: number; high: number };
  /** Worst-case sample sizes for ±10 and ±5 points. */
  n10: number;
  n5: number;
  byType: Record<SurveyType, number>;
  byGrade: Record<Grade, number>;
  withInterval: number;
  total: number;
  /** Two waves compared (src/lib/nps-change.ts): counts, observed difference A − B, its interval, p, and the
   * sample size per wave that detects 5 points at 80 % power with the waves' own variances. */
  change: { a: ResponseCounts; b: ResponseCounts; difference: number; low: number; high: number; pValue: number; significant: boolean; perWave5: number; worstCase10: number };
  /** CSAT worked example (src/lib/csat-ces.ts): count of each answer 1..5 and the result with its Wilson interval. */
  csat: { counts: number[]; csat: number; satisfied: number; n: number; low: number; high: number };
  /** CES worked example: count of each answer 1..7, mean and t interval. */
  ces: { counts: number[]; mean: number; n: number; low: number; high: number };
}
