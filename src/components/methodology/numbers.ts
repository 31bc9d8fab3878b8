/** The computed numbers the methodology prose quotes (see MethodologyPage.astro). */
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
}
