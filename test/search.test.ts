import { describe, expect, test } from 'vitest';
import { matchesSearch, normalizeForSearch } from '../src/lib/search.ts';

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
