/** The insight panel's view logic (src/lib/survey-import/insight-view.ts) and its words in both languages. */
import { describe, expect, test } from 'vitest';
import { groupRows } from '../src/lib/survey-import/groups.ts';
import { insightStrings } from '../src/lib/survey-import/insight-strings.ts';
import { choiceLabel, compareOptions, defaultPair, filteredDetractors, nextDay, parseDetect, trendAltText } from '../src/lib/survey-import/insight-view.ts';
import type { KeynessOutcome } from '../src/lib/survey-import/keyness.ts';
import type { ImportResult } from '../src/lib/survey-import/types.ts';

const answers = (P: number, A: number, D: number) => {
  const counts = new Array<number>(11).fill(0);
  counts[9] = P;
  counts[7] = A;
  counts[0] = D;
  return counts;
};

const file = {
  byMonth: [
    { month: '2024-11', counts: answers(5, 3, 2) },
    { month: '2024-12', counts: answers(6, 2, 2) },
    { month: '2025-01', counts: answers(3, 3, 4) },
  ],
  byDay: [
    { day: '2024-11-03', counts: answers(5, 3, 2) },
    { day: '2024-12-31', counts: answers(6, 2, 2) },
    { day: '2025-01-02', counts: answers(3, 3, 4) },
  ],
  bySegment: [
    { segment: 'Online', counts: answers(10, 4, 4) },
    { segment: 'Store', counts: answers(4, 4, 4) },
    { segment: '', counts: answers(0, 0, 1), kind: 'blank' as const },
  ],
} satisfies Pick<ImportResult, 'byMonth' | 'byDay' | 'bySegment'>;

describe('compareOptions and defaultPair', () => {
  const t = insightStrings.en;
  const options = compareOptions(file, 'en', t, (kind) => `(${kind} words)`);

  test('the kinds the file offers, with months, quarters, segments and its first and last day', () => {
    expect(options.kinds).toEqual(['month', 'quarter', 'range', 'segment']);
    const questions = [
      { index: 1, header: 'Product', isLikely: true, counts: answers(1, 1, 1), skipped: { blank: 0, notANumber: 0, outOfRange: 0, total: 0 } },
      { index: 4, header: 'Support', isLikely: true, counts: answers(1, 1, 1), skipped: { blank: 0, notANumber: 0, outOfRange: 0, total: 0 } },
      { index: 6, header: '', isLikely: false, counts: answers(1, 1, 1), skipped: { blank: 0, notANumber: 0, outOfRange: 0, total: 0 } },
    ];
    // The scored question first, then the others in file order; a second question adds the kind.
    const withQuestions = compareOptions({ questions, column: 4 }, 'en', t, () => '');
    expect(withQuestions.kinds).toEqual(['question']);
    expect(withQuestions.questions).toEqual([
      { value: '4', label: 'Support' },
      { value: '1', label: 'Product' },
      { value: '6', label: '#7' },
    ]);
    expect(defaultPair(withQuestions, 'question')).toEqual([
      { kind: 'question', column: 4 },
      { kind: 'question', column: 1 },
    ]);
    expect(compareOptions({ questions: questions.slice(0, 1), column: 1 }, 'en', t, () => '').kinds).toEqual([]);
    expect(options.quarters).toEqual([
      { value: '2024-Q4', label: 'Q4 2024' },
      { value: '2025-Q1', label: 'Q1 2025' },
    ]);
    expect(options.segments.map((s) => s.value)).toEqual(['Online', 'Store', '(blank)']);
    expect(options.segments[2]?.label).toBe('(blank words)');
    expect(options.days).toEqual({ first: '2024-11-03', last: '2025-01-02', count: 3 });
    expect(compareOptions({ bySegment: file.bySegment }, 'fr', insightStrings.fr, () => '').kinds).toEqual(['segment']);
    expect(compareOptions({}, 'en', t, () => '').kinds).toEqual([]);
  });

  test('latest period against the one before; the two largest segments; the days in two halves', () => {
    expect(defaultPair(options, 'month')).toEqual([
      { kind: 'month', month: '2025-01' },
      { kind: 'month', month: '2024-12' },
    ]);
    expect(defaultPair(options, 'quarter')).toEqual([
      { kind: 'quarter', quarter: '2025-Q1' },
      { kind: 'quarter', quarter: '2024-Q4' },
    ]);
    expect(defaultPair(options, 'segment')).toEqual([
      { kind: 'segment', segment: 'Online' },
      { kind: 'segment', segment: 'Store' },
    ]);
    // Three days: B holds the first two (up to the middle day, index ⌊(3 − 1)/2⌋ = 1), A the day after it to the last.
    expect(defaultPair(options, 'range', file.byDay)).toEqual([
      { kind: 'range', from: '2025-01-01', to: '2025-01-02' },
      { kind: 'range', from: '2024-11-03', to: '2024-12-31' },
    ]);
    const single = compareOptions({ byMonth: file.byMonth.slice(0, 1) }, 'en', t, () => '');
    expect(defaultPair(single, 'month')).toBeUndefined();
    expect(defaultPair(single, 'quarter')).toBeUndefined();
    expect(defaultPair(single, 'range', [])).toBeUndefined();
  });

  test('nextDay crosses months, years and leap days', () => {
    expect(nextDay('2024-12-31')).toBe('2025-01-01');
    expect(nextDay('2024-02-28')).toBe('2024-02-29');
    expect(nextDay('2023-02-28')).toBe('2023-03-01');
    expect(nextDay('0024-03-05')).toBe('0024-03-06');
  });

  test('group words in both languages', () => {
    expect(choiceLabel({ kind: 'quarter', quarter: '2025-Q1' }, options, 'en', t)).toBe('Q1 2025');
    const fr = compareOptions(file, 'fr', insightStrings.fr, () => '');
    expect(choiceLabel({ kind: 'quarter', quarter: '2025-Q1' }, fr, 'fr', insightStrings.fr)).toBe('T1 2025');
    expect(choiceLabel({ kind: 'range', from: '2024-11-03', to: '2024-12-31' }, options, 'en', t)).toBe('3 Nov 2024 to 31 Dec 2024');
    expect(choiceLabel({ kind: 'range', from: '2024-11-03', to: '2024-12-31' }, fr, 'fr', insightStrings.fr)).toBe('du 3 nov. 2024 au 31 déc. 2024');
  });
});

describe('parseDetect', () => {
  test.each([
    ['', 5],
    ['  ', 5],
    ['10', 10],
    ['2,5', 2.5],
    ['2.5', 2.5],
    ['200', 200],
  ])('%j is %d points', (text, value) => expect(parseDetect(text)).toBe(value));
  test.each(['0', '-3', '201', 'ten', '1e3', '5 points'])('%j is refused', (text) => expect(parseDetect(text)).toBeUndefined());
});

describe('filteredDetractors', () => {
  const keyness: KeynessOutcome = {
    status: 'ok',
    totals: { detractorComments: 2, promoterComments: 1, detractorWords: 3, promoterWords: 1, detractorPhrases: 0, promoterPhrases: 0 },
    terms: [{ term: 'slow', words: 1, detractorCount: 2, promoterCount: 0, expected: 1.5, g2: 4, comments: [0, 2] }],
  };
  const detractors = [
    { line: 2, answer: 1, comment: 'slow' },
    { line: 3, answer: 2, comment: '' },
    { line: 4, answer: 3, comment: 'so slow' },
  ];
  test('a term gives the comments that use it; none gives every detractor with a comment', () => {
    expect(filteredDetractors({ detractors, keyness }, 'slow')).toEqual([0, 2]);
    expect(filteredDetractors({ detractors, keyness }, null)).toEqual([0, 2]);
    expect(filteredDetractors({ detractors: detractors.slice(1, 2), keyness: undefined }, null)).toEqual([]);
    expect(filteredDetractors({ detractors, keyness }, 'unknown')).toEqual([0, 2]);
  });
});

describe('trendAltText', () => {
  const rows = groupRows(file.byMonth.map((m) => ({ key: m.month, label: m.month, counts: m.counts })));
  test('names the span, the first and last month, the highest and lowest, and the level', () => {
    expect(trendAltText(rows, '95', 'en', insightStrings.en)).toBe(
      'Bar chart of the NPS for 3 months, from 2024-11 to 2025-01, each with its 95% interval as a whisker. It goes from +30 in 2024-11 to −10 in 2025-01; highest +40 (2024-12), lowest −10 (2025-01). The table below gives every month.',
    );
    expect(trendAltText(rows, '90', 'fr', insightStrings.fr)).toContain('intervalle à 90\u00a0% en moustache');
  });
  test('one month: its figure and interval; none: empty', () => {
    const one = groupRows([{ key: '2024-11', label: 'Nov 2024', counts: answers(5, 3, 2) }], 0.9);
    expect(trendAltText(one, '90', 'en', insightStrings.en)).toMatch(/^Bar chart of the NPS for one month, Nov 2024: \+30, 90% interval [−+][\d.]+ to \+[\d.]+\./);
    expect(trendAltText([], '95', 'en', insightStrings.en)).toBe('');
  });
});

describe('French typography of the insight words', () => {
  test('a no-break space before : ; ! ? and % in every French string', () => {
    const fr = insightStrings.fr;
    const texts = [
      fr.compareTitle,
      fr.compareIntro,
      fr.same,
      fr.overlap,
      fr.noDays,
      fr.keyMethod,
      fr.keyNone,
      fr.intervalLabel('95'),
      fr.sampleSizeNote('95'),
      fr.emptyGroup('Groupe A', 'mars 2024'),
      fr.tinyGroup('Groupe A', '3'),
      fr.badRange('Groupe A'),
      ...Object.values(fr.onlyOne),
      fr.pairedNote,
      fr.noSpread('+10', '12'),
      fr.pairsLabel('5'),
      fr.keyCapped('10', '20'),
      fr.filterOn('lent', '3'),
      fr.commentsShown('100', '200'),
    ];
    for (const text of texts) expect(text, text).not.toMatch(/[^\u00a0\u202f][:;!?%]/u);
  });
});
