/** Which warning badges a figure carries in tables: each flags a reason to read the figure with care. */
import type { Relation, SurveyType } from './schema.ts';

export const BADGES = ['conflict', 'secondHand', 'bound', 'approximate', 'selfReported', 'inferred'] as const;
export type Badge = (typeof BADGES)[number];

/** The badges of a figure, in a fixed order: conflicting, second-hand (source cites another), bound, approximate, self-reported, inferred. */
export function figureBadges(figure: { relation: Relation; surveyType: SurveyType; secondHand: boolean; conflicting: boolean }): Badge[] {
  const badges: Badge[] = [];
  if (figure.conflicting) badges.push('conflict');
  if (figure.secondHand) badges.push('secondHand');
  if (figure.relation === 'about') badges.push('approximate');
  else if (figure.relation !== 'exact') badges.push('bound');
  if (figure.surveyType === 'self-reported') badges.push('selfReported');
  if (figure.surveyType === 'inferred') badges.push('inferred');
  return badges;
}
