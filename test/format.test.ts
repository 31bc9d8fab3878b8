import { describe, expect, test } from 'vitest';
import { formatFigure, formatList, formatMarket, formatNps, formatPeriod, formatPValue, formatWhen, formatYears } from '../src/lib/format.ts';
import { ui } from '../src/lib/ui-strings.ts';

describe('formatMarket', () => {
  test('names countries in the locale', () => {
    expect(formatMarket('FR', 'en', ui.en.marketWords)).toBe('France');
    expect(formatMarket('GB', 'fr', ui.fr.marketWords)).toBe('Royaume-Uni');
    expect(formatMarket('US', 'en', ui.en.marketWords)).toBe('United States');
  });
  test('uses words for GLOBAL, EU and a missing market', () => {
    expect(formatMarket('GLOBAL', 'fr', ui.fr.marketWords)).toBe('Monde');
    expect(formatMarket('EU', 'en', ui.en.marketWords)).toBe('Europe');
    expect(formatMarket(undefined, 'en', ui.en.marketWords)).toBe('not stated');
  });
  test('names each country of a market of several, in the order written', () => {
    expect(formatMarket('US CA', 'en', ui.en.marketWords)).toBe('United States, Canada');
    expect(formatMarket('US CA', 'fr', ui.fr.marketWords)).toBe('États-Unis, Canada');
  });
});

describe('formatList', () => {
  test('joins with the locale’s conjunction', () => {
    expect(formatList(['A', 'B', 'C'], 'en')).toBe('A, B and C');
    expect(formatList(['A', 'B'], 'fr')).toBe('A et B');
    expect(formatList(['A'], 'en')).toBe('A');
  });
});

describe('formatNps and formatFigure', () => {
  test('keep published decimals and signs', () => {
    expect(formatNps(28.4, 'en')).toBe('+28.4');
    expect(formatNps(28.4, 'fr')).toBe('+28,4');
    expect(formatNps(-7, 'en')).toBe('\u22127');
    expect(formatFigure('below', 50, 'fr', ui.fr.relation)).toBe('moins de +50');
  });
  test('formatPeriod reads ranges', () => {
    expect(formatPeriod('2021-12/2022-01', 'en')).toBe('Dec 2021 – Jan 2022');
  });
});

describe('formatWhen and formatYears', () => {
  test('say when, with c. for approximate periods and a word for none', () => {
    expect(formatWhen('2017', true, 'en', { circa: 'c.', notStated: 'not stated' })).toBe('c. 2017');
    expect(formatWhen(undefined, false, 'fr', { circa: 'vers', notStated: 'non précisé' })).toBe('non précisé');
    expect(formatYears('2021-12-15/2022-01-15', false, { circa: 'c.', undated: 'undated' })).toBe('2021–2022');
    expect(formatYears('2016/2017', true, { circa: 'c.', undated: 'undated' })).toBe('c. 2016–2017');
    expect(formatYears('2018-01/2018-03', false, { circa: 'c.', undated: 'undated' })).toBe('2018');
    expect(formatYears(undefined, false, { circa: 'c.', undated: 'undated' })).toBe('undated');
  });
});

describe('formatPValue', () => {
  test('three decimals in the language, and "< 0.001" instead of a p-value shown as 0', () => {
    expect(formatPValue(0.02503, 'en')).toBe('0.025');
    expect(formatPValue(0.02503, 'fr')).toBe('0,025');
    expect(formatPValue(0.5, 'en')).toBe('0.5');
    expect(formatPValue(0.001, 'en')).toBe('0.001');
    expect(formatPValue(0.0004, 'en')).toBe('< 0.001');
    expect(formatPValue(0, 'fr')).toBe('< 0,001');
  });
});
