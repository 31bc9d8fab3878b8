import { describe, expect, test } from 'vitest';
import { summarizeFigures, type FigureFacts } from '../src/lib/figures.ts';
import { headline } from '../src/lib/headline.ts';
import { ui } from '../src/lib/ui-strings.ts';

let next = 0;
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
  test('French: singular for one figure, no-break space before the colon', () => {
    const h = headline(summarizeFigures([fig({ nps: 30, year: 2024 }), fig({ grade: 'C' })], { minGrade: 'B' }), 'B', ui.fr.headline, 'fr');
    expect(h.note).toBe(
      'Étendue et médiane de 1 chiffre exact d’entreprise noté B ou mieux, particuliers seulement, chaque mesure comptée une fois (terrain 2024). Exclus\u00a0: 1 chiffre noté sous B.',
    );
    expect(h.range).toBe('de +30 à +30');
  });
  test('only C or D figures: no range, no median, and the sentence says why', () => {
    const h = headline(summarizeFigures([fig({ grade: 'D' }), fig({ grade: 'C' })], { minGrade: 'B' }), 'B', ui.en.headline, 'en');
    expect(h).toEqual({ note: 'Only figures graded C and D here, below the B a headline needs: no range or median is given. The table lists them.' });
  });
  test('nothing exact at all', () => {
    expect(headline(summarizeFigures([fig({ relation: 'below' })], { minGrade: 'B' }), 'B', ui.fr.headline, 'fr')).toEqual({ note: ui.fr.headline.none });
  });
});
