import { describe, expect, test } from 'vitest';
import { byReliability, type DescribedFigure, explainConflict } from '../src/lib/conflict-text.ts';

const tesla: DescribedFigure[] = [
  { id: 'cg', relation: 'exact', nps: 97, publisher: 'CustomerGauge', grade: 'B', surveyType: 'unknown' },
  { id: 'rt', relation: 'exact', nps: 96, publisher: 'Retently', grade: 'B', surveyType: 'unknown', period: '2016/2017', periodApproximate: true },
  { id: 'seed', relation: 'exact', nps: 96, publisher: 'French blog article', grade: 'D', surveyType: 'unknown', cites: 'IndexNPS' },
];

describe('explainConflict', () => {
  test('English: lead, one line per figure from its fields, and notes', () => {
    const text = explainConflict('Tesla', tesla, 'en');
    expect(text.lead).toBe('3 figures for Tesla disagree: +97 and +96.');
    expect(text.items).toEqual([
      { id: 'cg', text: '+97: CustomerGauge (grade B); no method given; undated; market not stated; sample size not given.' },
      { id: 'rt', text: '+96: Retently (grade B); no method given; c. 2016 – 2017; market not stated; sample size not given.' },
      { id: 'seed', text: '+96: French blog article (grade D, second-hand, citing IndexNPS); no method given; undated; market not stated; sample size not given.' },
    ]);
    expect(text.notes).toEqual([
      'None of these figures comes with a stated survey method, so none can be preferred on method.',
      'Undated figures may belong to a different year from the dated ones.',
    ]);
  });

  test('French wording, with the French list and number formats', () => {
    const text = explainConflict('Tesla', tesla, 'fr');
    expect(text.lead).toBe('3 chiffres pour Tesla divergent\u00a0: +97 et +96.');
    expect(text.items[0]?.text).toBe(
      '+97\u00a0: CustomerGauge (note B)\u00a0; méthode non indiquée\u00a0; non daté\u00a0; marché non précisé\u00a0; taille d’échantillon non indiquée.',
    );
    expect(text.items[1]?.text).toContain('vers 2016 – 2017');
    expect(text.notes[0]).toBe('Aucun de ces chiffres n’indique sa méthode d’enquête\u00a0: aucun ne peut être préféré sur ce critère.');
  });

  test('names the most reliable figure when one has a stated method, and the mixed methods, years and scopes', () => {
    const figures: DescribedFigure[] = [
      { id: 'blog', relation: 'exact', nps: 68, publisher: 'IndexNPS', grade: 'B', surveyType: 'unknown' },
      {
        id: 'panel',
        relation: 'exact',
        nps: 24.2,
        publisher: 'GWS',
        grade: 'A',
        surveyType: 'competitive-benchmark',
        period: '2021-12-15/2022-01-15',
        market: 'US',
        sampleSize: 26000,
      },
      { id: 'vendor', relation: 'exact', nps: 67, publisher: 'CustomerGauge', grade: 'B', surveyType: 'unknown', period: '2021', segment: 'streaming' },
    ];
    const text = explainConflict('Netflix', figures, 'en');
    expect(text.lead).toBe('3 figures for Netflix disagree: +68, +67 and +24.2.');
    expect(text.items[2]?.text).toBe('+24.2: GWS (grade A); independent benchmark survey; 15 Dec 2021 – 15 Jan 2022; United States; n = 26,000.');
    expect(text.notes).toEqual([
      'The most reliable of these is +24.2 from GWS (grade A, independent benchmark survey).',
      'They were measured in different ways (competitive benchmark and unknown method), which on its own can move a score a long way.',
      'Undated figures may belong to a different year from the dated ones.',
      'The dated figures span 2021 to 2022, so part of the gap may be change over time.',
      'Some figures cover only part of the business (streaming).',
    ]);
  });
});

describe('byReliability', () => {
  test('orders by grade, then method, then stated sample, then stated period', () => {
    const base: DescribedFigure = { id: 'x', relation: 'exact', nps: 0, publisher: 'p', grade: 'B', surveyType: 'unknown' };
    const list: DescribedFigure[] = [
      { ...base, id: 'undated' },
      { ...base, id: 'dated', period: '2020' },
      { ...base, id: 'sampled', sampleSize: 100 },
      { ...base, id: 'bench', surveyType: 'competitive-benchmark' },
      { ...base, id: 'gradeA', grade: 'A', surveyType: 'self-reported' },
    ];
    expect([...list].sort(byReliability).map((f) => f.id)).toEqual(['gradeA', 'bench', 'sampled', 'dated', 'undated']);
  });
});
