/** Which warning badges a figure carries in tables: each flags a reason to read the figure with care. */
import { figureKind } from './figures.ts';
import type { Relation, SurveyType } from './schema.ts';

export const BADGES = ['conflict', 'repeat', 'secondHand', 'bound', 'approximate', 'business', 'selfReported', 'inferred'] as const;
export type Badge = (typeof BADGES)[number];

/**
 * The badges of a figure, in a fixed order: conflicting, repeat (restates a figure published first elsewhere),
 * second-hand (source cites another), bound, approximate, business (B2B customers), self-reported, inferred.
 */
export function figureBadges(figure: {
  relation: Relation;
  surveyType: SurveyType;
  secondHand: boolean;
  conflicting: boolean;
  restatement?: boolean;
  business?: boolean;
}): Badge[] {
  const badges: Badge[] = [];
  if (figure.conflicting) badges.push('conflict');
  if (figure.restatement) badges.push('repeat');
  if (figure.secondHand) badges.push('secondHand');
  const kind = figureKind(figure.relation);
  if (kind === 'approximate') badges.push('approximate');
  else if (kind === 'bound') badges.push('bound');
  if (figure.business) badges.push('business');
  if (figure.surveyType === 'self-reported') badges.push('selfReported');
  if (figure.surveyType === 'inferred') badges.push('inferred');
  return badges;
}
