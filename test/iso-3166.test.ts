import { describe, expect, test } from 'vitest';
import { ISO_COUNTRY_CODES, countryCodeProblem, marketCodeProblem } from '../src/lib/iso-3166.ts';

describe('ISO 3166-1 alpha-2 list', () => {
  test('holds the 249 assigned codes, each a region ICU can name', () => {
    expect(ISO_COUNTRY_CODES.size).toBe(249);
    const names = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });
    for (const code of ISO_COUNTRY_CODES) expect(names.of(code), code).not.toBe(code);
  });

  test('every other two-letter region ICU knows is a known non-country code (EU, UN, Kosovo…), so no country is missing', () => {
    const names = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });
    const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
    const others: string[] = [];
    for (const a of letters) for (const b of letters) if (!ISO_COUNTRY_CODES.has(a + b) && names.of(a + b) !== a + b) others.push(a + b);
    // exceptionally reserved or user-assigned codes: Ascension, Clipperton, Sark, Diego Garcia, Ceuta & Melilla,
    // EU, eurozone, Canary Islands, outlying Oceania, Tristan da Cunha, UN, pseudo-locales, Kosovo, unknown (ZZ)
    const reserved = ['AC', 'CP', 'CQ', 'DG', 'EA', 'EU', 'EZ', 'IC', 'QO', 'TA', 'UN', 'XA', 'XB', 'XK', 'ZZ'];
    // withdrawn codes ICU still names (Netherlands Antilles, Burma, USSR, Yugoslavia, Zaire…), and UK, its alias of GB
    const withdrawn = ['AN', 'BU', 'CS', 'DD', 'DY', 'FX', 'HV', 'NH', 'RH', 'SU', 'TP', 'UK', 'VD', 'YD', 'YU', 'ZR'];
    const allowed = [...reserved, ...withdrawn];
    expect(others.filter((code) => !allowed.includes(code))).toEqual([]);
  });
});

describe('code problems', () => {
  test('countries: ISO codes pass, UK is told to be GB, unknown codes are named', () => {
    expect(countryCodeProblem('GB')).toBeUndefined();
    expect(countryCodeProblem('FR')).toBeUndefined();
    expect(countryCodeProblem('UK')).toBe('is not an ISO 3166-1 country code: use GB');
    expect(countryCodeProblem('ZZ')).toMatch(/^must be an ISO 3166-1 alpha-2 country code/);
    expect(countryCodeProblem('EU')).toMatch(/^must be/);
  });
  test('markets: countries, EU and GLOBAL', () => {
    for (const code of ['US', 'EU', 'GLOBAL']) expect(marketCodeProblem(code)).toBeUndefined();
    expect(marketCodeProblem('UK')).toBe('is not an ISO 3166-1 country code: use GB');
    expect(marketCodeProblem('ZZ')).toBe('must be an ISO 3166-1 alpha-2 country code such as FR, US or GB (the United Kingdom), EU or GLOBAL');
  });
});
