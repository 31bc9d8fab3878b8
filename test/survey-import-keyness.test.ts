/**
 * What detractors say: the tokeniser (src/lib/survey-import/tokens.ts), the stop words
 * (src/lib/survey-import/stop-words.ts) and the keyness (src/lib/survey-import/keyness.ts), against values
 * computed by hand from the formula and the published example of the UCREL log-likelihood calculator.
 */
import { describe, expect, test } from 'vitest';
import { readSurvey } from '../src/lib/survey-import/read-survey.ts';
import { G2_CRITICAL_05, keyTerms, logLikelihood } from '../src/lib/survey-import/keyness.ts';
import { STOP_WORDS } from '../src/lib/survey-import/stop-words.ts';
import { commentTerms, tokenize } from '../src/lib/survey-import/tokens.ts';

describe('tokenize', () => {
  test('case folding and accents kept', () => {
    expect(tokenize('Très LENT, Service Après-Vente')).toEqual(['très', 'lent', 'service', 'après-vente']);
  });

  test('an accent typed as a combining mark reads as the same word (NFC)', () => {
    expect(tokenize('tre\u0300s de\u0301c\u0327u')).toEqual(['très', 'déçu']);
  });

  test('French elision: l’, d’, qu’, j’, jusqu’ (straight or curly apostrophe) are split off', () => {
    expect(tokenize("l'application d’attente qu’il j'ai jusqu'au L’Appli")).toEqual(['application', 'attente', 'il', 'ai', 'au', 'appli']);
    expect(tokenize("aujourd'hui")).toEqual(["aujourd'hui"]);
  });

  test('English: possessive and "it’s" lose their \'s, other contractions stay whole', () => {
    expect(tokenize("customer's it’s don't can't")).toEqual(['customer', 'it', "don't", "can't"]);
  });

  test('hyphens: inner ones join, a hyphen at an end or alone is not part of a word', () => {
    expect(tokenize('e-mail -slow- well--known - x')).toEqual(['e-mail', 'slow', 'well', 'known', 'x']);
  });

  test('numbers alone are not words; letters with digits are', () => {
    expect(tokenize('3 days, 24,99 €, 2024 4G 24h 10-12')).toEqual(['days', '4g', '24h']);
  });

  test('emoji and symbols separate words and are not words', () => {
    expect(tokenize('slow😡app 👍👍 ok!!! #fail @support')).toEqual(['slow', 'app', 'ok', 'fail', 'support']);
    expect(tokenize('🙂🙂')).toEqual([]);
    expect(tokenize('')).toEqual([]);
  });
});

describe('stop words (the stopword package, English and French)', () => {
  test('function words of both languages are in; the words that carry a judgement are not', () => {
    for (const word of ['the', 'and', 'is', 'de', 'les', 'été', 'à', 'avec']) expect(STOP_WORDS.has(word)).toBe(true);
    for (const word of ['problem', 'good', 'great', 'help', 'not', 'nothing', 'service', 'attente', 'cher', 'jamais']) expect(STOP_WORDS.has(word)).toBe(false);
    expect(STOP_WORDS.size).toBeGreaterThan(250);
  });
});

describe('commentTerms', () => {
  test('phrases are adjacent words of a clause, neither a stop word nor a number', () => {
    expect(commentTerms('The customer service was slow, waited 3 hours. Never again!', STOP_WORDS)).toEqual({
      words: ['customer', 'service', 'slow', 'waited', 'hours', 'again'],
      phrases: ['customer service'],
    });
    expect(commentTerms("Le service client : temps d'attente trop long", STOP_WORDS)).toEqual({
      words: ['service', 'client', 'temps', 'attente', 'trop', 'long'],
      phrases: ['service client', 'attente trop', 'trop long'],
    });
    expect(commentTerms("Délai d'attente", STOP_WORDS)).toEqual({ words: ['délai', 'attente'], phrases: [] });
  });
});

describe('logLikelihood (G², Rayson & Garside 2000)', () => {
  test('the UCREL calculator’s worked example: 52 in 50,000 words against 57 in 75,000 gives +2.65', () => {
    // E₁ = 50,000 × 109 / 125,000 = 43.6; E₂ = 65.4; G² = 2(52 ln(52/43.6) + 57 ln(57/65.4)) = 2.6517.
    const result = logLikelihood(52, 50_000, 57, 75_000);
    expect(result.expectedA).toBeCloseTo(43.6, 10);
    expect(result.expectedB).toBeCloseTo(65.4, 10);
    expect(result.g2).toBeCloseTo(2.6517101638888807, 10);
    expect(Number(result.g2.toFixed(2))).toBe(2.65);
  });

  test('a hand computation with a zero cell: 10 in 100 against 0 in 300', () => {
    // E₁ = 100 × 10/400 = 2.5; G² = 2 × 10 ln(10/2.5) = 20 ln 4 = 27.7259 (the 0 ln 0 term is 0).
    expect(logLikelihood(10, 100, 0, 300).g2).toBeCloseTo(20 * Math.log(4), 12);
    expect(logLikelihood(5, 100, 5, 100).g2).toBe(0);
  });

  test('refuses impossible tables instead of giving NaN', () => {
    expect(() => logLikelihood(0, 100, 0, 100)).toThrow(RangeError);
    expect(() => logLikelihood(3, 0, 1, 10)).toThrow(RangeError);
    expect(() => logLikelihood(11, 10, 1, 10)).toThrow(RangeError);
  });
});

describe('keyTerms', () => {
  const detractors = ['Customer service never answers.', 'Slow customer service and high prices', 'Prices are too high', '', 'Customer service was rude', 'slow delivery'];
  const promoters = ['Great prices, fast delivery', 'Fast delivery and great app', 'Great app', 'great staff', 'Fast and friendly'];

  test('the terms over detractors’ expected count, with their counts, G² and comments, highest G² first', () => {
    const outcome = keyTerms(detractors, promoters, STOP_WORDS);
    if (outcome.status !== 'ok') throw new Error(outcome.status);
    // Detractors' words (stop words such as "never", "and", "too", "was" out): customer service answers |
    // slow customer service high prices | prices high | customer service rude | slow delivery → N₁ = 15;
    // promoters': great prices fast delivery | fast delivery great app | great app | great staff | fast friendly → N₂ = 14.
    expect(outcome.totals).toMatchObject({ detractorComments: 5, promoterComments: 5, detractorWords: 15, promoterWords: 14 });
    const service = outcome.terms.find((t) => t.term === 'service');
    // "service": O₁ = 3, O₂ = 0; E₁ = 15 × 3/29 = 1.5517; G² = 2 × 3 ln(3/1.5517) = 6 ln(29/15) = 3.9555 ≥ 3.84.
    expect(service).toMatchObject({ words: 1, detractorCount: 3, promoterCount: 0, comments: [0, 1, 4] });
    expect(service?.expected).toBeCloseTo((15 * 3) / 29, 12);
    expect(service?.g2).toBeCloseTo(6 * Math.log(29 / 15), 12);
    expect(service?.g2).toBeCloseTo(3.9555, 4);
    // Phrases (a stop word or a comma ends one): detractors' customer service ×3, slow customer, high prices,
    // slow delivery → N₁ = 6; promoters' great prices, fast delivery ×2, great app ×2, great staff → N₂ = 6.
    expect(outcome.totals).toMatchObject({ detractorPhrases: 6, promoterPhrases: 6 });
    const phrase = outcome.terms.find((t) => t.term === 'customer service');
    // O₁ = 3, O₂ = 0, E₁ = 6 × 3/12 = 1.5; G² = 6 ln 2 = 4.1589.
    expect(phrase).toMatchObject({ words: 2, detractorCount: 3, promoterCount: 0, expected: 1.5, comments: [0, 1, 4] });
    expect(phrase?.g2).toBeCloseTo(6 * Math.log(2), 12);
    for (const term of outcome.terms) {
      expect(term.detractorCount).toBeGreaterThan(term.expected);
      expect(term.g2).toBeGreaterThanOrEqual(G2_CRITICAL_05);
      expect(term.comments.length).toBeGreaterThanOrEqual(2);
    }
    expect(outcome.terms.map((t) => t.g2)).toEqual([...outcome.terms.map((t) => t.g2)].sort((x, y) => y - x));
    // "prices" is used by both (2 against 1): under the G² threshold, left out; "great" is promoters' word.
    expect(outcome.terms.some((t) => t.term === 'prices' || t.term === 'great')).toBe(false);
  });

  test('no detractor comment, no promoter comment: a status, no terms', () => {
    expect(keyTerms(['', '  '], promoters, STOP_WORDS).status).toBe('no-detractor-comments');
    expect(keyTerms(['the and of'], promoters, STOP_WORDS).status).toBe('no-detractor-comments');
    expect(keyTerms(detractors, [], STOP_WORDS).status).toBe('no-promoter-comments');
  });

  test('one long comment repeating a word is not a pattern (needs two comments)', () => {
    const outcome = keyTerms(['awful awful awful awful awful awful', 'bad'], ['good', 'nice', 'fine'], STOP_WORDS);
    expect(outcome.status === 'ok' && outcome.terms.some((t) => t.term === 'awful')).toBe(false);
  });
});

describe('keyness in the import', () => {
  const read = async (text: string) => {
    const outcome = await readSurvey(new Blob([text]));
    if (outcome.status !== 'result') throw new Error(outcome.status);
    return outcome.result;
  };

  test('a file with comments: detractors’ key terms, computed where promoters’ comments are read', async () => {
    const rows = [
      'How likely are you to recommend us?,Why?',
      '2,Customer service never answers',
      '3,"Slow customer service, high prices"',
      '10,Great app',
      '9,"Great prices, fast delivery"',
      '0,The customer service was rude',
      '8,ok',
      '10,Fast delivery',
      '10,"Great staff, great app"',
    ];
    const result = await read(rows.join('\n'));
    expect(result.commentColumn).toBe(1);
    expect(result.promoterCommentsTotal).toBe(4);
    // Phrases: detractors' customer service ×3, slow customer, high prices (N₁ = 5); promoters' great app ×2,
    // great prices, fast delivery ×2, great staff (N₂ = 6): E₁ = 5 × 3/11, G² = 6 ln(11/5) = 4.7308.
    expect(result.keyness?.status).toBe('ok');
    if (result.keyness?.status !== 'ok') return;
    const phrase = result.keyness.terms.find((t) => t.term === 'customer service');
    expect(phrase).toMatchObject({ detractorCount: 3, promoterCount: 0, comments: [0, 1, 2] });
    expect(phrase?.g2).toBeCloseTo(6 * Math.log(11 / 5), 12);
    expect(phrase?.comments.map((i) => result.detractors[i]?.line)).toEqual([2, 3, 6]);
  });

  test('a file with no comment column has no keyness; one with no detractors says so', async () => {
    expect((await read(['Score', '10', '3'].join('\n'))).keyness).toBeUndefined();
    const noDetractors = await read(['How likely are you to recommend us?,Comment', '10,great', '9,fine', '8,ok'].join('\n'));
    expect(noDetractors.detractorsTotal).toBe(0);
    expect(noDetractors.keyness?.status).toBe('no-detractor-comments');
  });
});
