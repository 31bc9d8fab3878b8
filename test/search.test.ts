import { describe, expect, test } from 'vitest';
import { resolve } from 'node:path';
import { loadData } from '../src/data/load-dataset.ts';
import { matchesAnyName, matchesSearch, normalizeForSearch } from '../src/lib/search.ts';

describe('normalizeForSearch', () => {
  test('drops accents, case and punctuation', () => {
    expect(normalizeForSearch('Crédit Mutuel')).toBe('credit mutuel');
    expect(normalizeForSearch('BB&T')).toBe('bb t');
    expect(normalizeForSearch('  Disney+ ')).toBe('disney');
  });
});

describe('matchesSearch', () => {
  test('matches the start of any word, with or without accents', () => {
    expect(matchesSearch('Crédit Mutuel', 'credit')).toBe(true);
    expect(matchesSearch('Crédit Mutuel', 'MUT')).toBe(true);
    expect(matchesSearch('Crédit Mutuel', 'cred mut')).toBe(true);
    expect(matchesSearch('seQura', 'sequ')).toBe(true);
  });
  test('matches across punctuation', () => {
    expect(matchesSearch('BB&T', 'bbt')).toBe(true);
    expect(matchesSearch('T-Mobile US', 'tmobile')).toBe(true);
  });
  test('rejects names that do not contain the query', () => {
    expect(matchesSearch('Orange', 'free')).toBe(false);
    expect(matchesSearch('Tesla', 'esla x')).toBe(false);
  });
  test('an empty or blank query matches everything', () => {
    expect(matchesSearch('Tesla', '')).toBe(true);
    expect(matchesSearch('Tesla', '   ')).toBe(true);
  });
});

describe('matchesAnyName', () => {
  test('a company is found by its name or any alias; blank aliases match nothing', () => {
    const names = ['Bank of America', 'BoA', ' BofA'];
    expect(matchesAnyName(names, 'boa')).toBe(true);
    expect(matchesAnyName(names, 'bofa')).toBe(true);
    expect(matchesAnyName(names, 'america')).toBe(true);
    expect(matchesAnyName(names, 'chase')).toBe(false);
    expect(matchesAnyName(['Tesla', ''], 'x')).toBe(false);
  });
  test('the real data: BoA and Chase find their banks through companies.csv aliases', () => {
    const data = loadData(resolve(import.meta.dirname, '..'), '2026-12-01');
    const find = (query: string) => data.companies.filter((c) => matchesAnyName([c.name, ...(c.aliases ?? '').split(';')], query)).map((c) => c.id);
    expect(find('BoA')).toEqual(['bank-of-america']);
    expect(find('Chase')).toEqual(['jpmorgan-chase']);
  });
});
