import { describe, expect, test } from 'vitest';
import { summarizeFigures, type FigureFacts } from '../src/lib/figures.ts';
import { type HeadlineFigureName, headline as headlineOf } from '../src/lib/headline.ts';
import type { Grade } from '../src/lib/schema.ts';
import { ui } from '../src/lib/ui-strings.ts';

let next = 0;
/** Names the test figures by id, as a sector page names its rows (label and fieldwork years). */
const names: Record<string, HeadlineFigureName> = {};
const nameOf = (id: string): HeadlineFigureName => names[id] ?? { label: `company of ${id}` };
const headline = (summary: Parameters<typeof headlineOf>[0], minGrade: Grade, words: Parameters<typeof headlineOf>[2], locale: 'en' | 'fr') =>
  headlineOf(summary, minGrade, words, locale, nameOf);
const fig = (over: Partial<FigureFacts>): FigureFacts => ({ id: `f${(next += 1)}`, companyId: 'c', relation: 'exact', nps: 10, grade: 'B', ...over });

describe('headline', () => {
  test('range, median and what they count, with the fieldwork years and what is left out (en)', () => {
    const summary = summarizeFigures(
      [
        fig({ nps: 40, year: 2019 }),
        fig({ nps: -5, year: 2023 }),
        fig({ nps: 12 }),
        fig({ relation: 'below', nps: 50 }),
        fig({ grade: 'D', nps: 90 }),
        fig({ restates: 'f1', nps: 40 }),
        fig({ audience: 'business', nps: 60 }),
      ],
      { minGrade: 'B' },
    );
    expect(headline(summary, 'B', ui.en.headline, 'en')).toEqual({
      range: '−5 to +40',
      median: '+12',
      note: 'Range and median of 3 exact company figures graded B or better, consumers only, each measurement counted once (fieldwork 2019–2023, 1 undated). Left out: 1 bound or approximation, 1 figure graded below B, 1 business (B2B) figure and 1 repeat of a figure published elsewhere.',
    });
  });
  test('one figure counted: that figure and whose it is, never a range or median of one number (en)', () => {
    const counted = fig({ nps: 58, year: 2017, grade: 'A' });
    names[counted.id] = { label: 'Chick-fil-A', years: '2017' };
    const h = headline(summarizeFigures([counted, fig({ grade: 'D', nps: 77 }), fig({ relation: 'below', nps: 0 })], { minGrade: 'B' }), 'B', ui.en.headline, 'en');
    expect(h).toEqual({
      single: { value: '+58', who: 'Chick-fil-A, grade A, fieldwork 2017' },
      note: 'The only exact company figure graded B or better, consumers only, each measurement counted once: one figure gives no range or median. Left out: 1 bound or approximation and 1 figure graded below B.',
    });
  });
  test('French: one figure counted, named, with a no-break space before each colon', () => {
    const counted = fig({ nps: 30, year: 2024 });
    names[counted.id] = { label: 'Free (mobile)', years: 'vers 2024' };
    const h = headline(summarizeFigures([counted, fig({ grade: 'C' })], { minGrade: 'B' }), 'B', ui.fr.headline, 'fr');
    expect(h).toEqual({
      single: { value: '+30', who: 'Free (mobile), note B, terrain vers 2024' },
      note: 'Le seul chiffre exact d’entreprise noté B ou mieux, particuliers seulement, chaque mesure comptée une fois\u00a0: un chiffre seul ne donne ni étendue ni médiane. Exclus\u00a0: 1 chiffre noté sous B.',
    });
    expect(h.range).toBeUndefined();
    expect(h.median).toBeUndefined();
  });
  test('one undated figure says so; a restatement of it does not make it two', () => {
    const counted = fig({ nps: -12.5, grade: 'A' });
    names[counted.id] = { label: 'npower' };
    const h = headline(summarizeFigures([counted, fig({ nps: -12.5, restates: counted.id })], { minGrade: 'B' }), 'B', ui.en.headline, 'en');
    expect(h.single).toEqual({ value: '−12.5', who: 'npower, grade A, undated' });
    expect(h.note).toContain('Left out: 1 repeat of a figure published elsewhere.');
    const fr = headline(summarizeFigures([counted], { minGrade: 'B' }), 'B', ui.fr.headline, 'fr');
    expect(fr.single).toEqual({ value: '−12,5', who: 'npower, note A, non daté' });
  });
  test('a label with a dollar sign is written as it is', () => {
    const counted = fig({ nps: 5 });
    names[counted.id] = { label: 'Cash $& Co', years: '2020' };
    expect(headline(summarizeFigures([counted], { minGrade: 'B' }), 'B', ui.en.headline, 'en').single?.who).toBe('Cash $& Co, grade B, fieldwork 2020');
  });
  test('two figures: a range and a median again, with the plural (both languages)', () => {
    const two = summarizeFigures([fig({ nps: 58, year: 2017 }), fig({ nps: 77, year: 2021, grade: 'D' })], { minGrade: 'D' });
    expect(headline(two, 'D', ui.en.headline, 'en')).toEqual({
      range: '+58 to +77',
      median: '+67.5',
      note: 'Range and median of 2 exact company figures graded D or better, consumers only, each measurement counted once (fieldwork 2017–2021).',
    });
    const fr = headline(two, 'D', ui.fr.headline, 'fr');
    expect([fr.range, fr.median, fr.single]).toEqual(['de +58 à +77', '+67,5', undefined]);
    expect(fr.note).toBe('Étendue et médiane de 2 chiffres exacts d’entreprises notés D ou mieux, particuliers seulement, chaque mesure comptée une fois (terrain 2017–2021).');
  });
  test('only C or D figures: no range, no median, and the sentence says why', () => {
    const h = headline(summarizeFigures([fig({ grade: 'D' }), fig({ grade: 'C' })], { minGrade: 'B' }), 'B', ui.en.headline, 'en');
    expect(h.single).toBeUndefined();
    expect(h).toEqual({ note: 'Only figures graded C and D here, below the B a headline needs: no range or median is given. The table lists them.' });
  });
  test('nothing exact at all', () => {
    expect(headline(summarizeFigures([fig({ relation: 'below' })], { minGrade: 'B' }), 'B', ui.fr.headline, 'fr')).toEqual({ note: ui.fr.headline.none });
  });
});
