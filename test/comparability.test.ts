import { describe, expect, test } from 'vitest';
import { comparability, comparabilityMessage } from '../src/lib/comparability.ts';
import { ui } from '../src/lib/ui-strings.ts';

describe('comparability', () => {
  test('figures of one survey type and one market are comparable', () => {
    expect(
      comparability([
        { surveyType: 'competitive-benchmark', market: 'US' },
        { surveyType: 'competitive-benchmark', market: 'US' },
      ]),
    ).toEqual({ surveyTypes: [], markets: [], comparable: true });
  });
  test('names the survey types mixed, in the standard order', () => {
    expect(
      comparability([
        { surveyType: 'unknown', market: 'US' },
        { surveyType: 'competitive-benchmark', market: 'US' },
        { surveyType: 'unknown', market: 'US' },
      ]),
    ).toEqual({ surveyTypes: ['competitive-benchmark', 'unknown'], markets: [], comparable: false });
  });
  test('names the markets mixed, with “not stated” (null) last', () => {
    expect(
      comparability([
        { surveyType: 'unknown', market: 'US' },
        { surveyType: 'unknown', market: undefined },
        { surveyType: 'unknown', market: 'FR' },
      ]),
    ).toEqual({ surveyTypes: [], markets: ['FR', 'US', null], comparable: false });
  });
  test('an empty set is comparable', () => {
    expect(comparability([]).comparable).toBe(true);
  });
});

describe('comparabilityMessage', () => {
  const words = (locale: 'en' | 'fr') => ({
    notComparable: ui[locale].notComparable('{reasons}'),
    reasonTypes: ui[locale].reasonTypes('{list}'),
    reasonMarkets: ui[locale].reasonMarkets('{list}'),
    surveyType: ui[locale].surveyType,
    marketWords: ui[locale].marketWords,
  });
  test('names the survey types and markets mixed, in words, per language', () => {
    const report = comparability([
      { surveyType: 'competitive-benchmark', market: 'FR' },
      { surveyType: 'self-reported', market: undefined },
    ]);
    expect(comparabilityMessage(report, words('en'), 'en')).toBe(
      'Not directly comparable, because these figures mix survey types (Competitive benchmark and Self-reported) and markets (France and not stated). Compare figures of the same survey type and market.',
    );
    expect(comparabilityMessage(report, words('fr'), 'fr')).toBe(
      'Pas directement comparables, car ces chiffres mélangent des types d’enquête (Étude comparative et Déclaré par l’entreprise) et des marchés (France et non précisé). Comparez des chiffres de même type d’enquête et de même marché.',
    );
  });
  test('is empty when the figures are comparable', () => {
    expect(comparabilityMessage(comparability([{ surveyType: 'unknown', market: 'US' }]), words('en'), 'en')).toBe('');
  });
});
