import { describe, expect, test } from 'vitest';
import { planImport } from '../src/lib/survey-import/plan.ts';
import { detectRespondentColumn, MAX_QUESTIONS, scaleFromHeader } from '../src/lib/survey-import/workbench-plan.ts';

const rows = (headers: string[], ...data: string[][]) => ({ headers, data });

describe('detectRespondentColumn', () => {
  test('headers in English and French: a customer id first, then a response id', () => {
    const cases: Array<[string[], number]> = [
      [['Response ID', 'Customer ID', 'Score'], 1],
      [['#', 'Numéro client', 'Note'], 1],
      [['Réponse', 'Adresse e-mail', 'Note'], 1],
      [['N° client', 'Note'], 0],
      [['Courriel', 'Note'], 0],
      [['Identifiant', 'Note'], 0],
      [['Respondent ID', 'Score'], 0],
      [['Customer number', 'Score'], 0],
      [['Account ID', 'Score'], 0],
    ];
    for (const [headers, expected] of cases) {
      const input = rows(
        headers,
        headers.map((_, i) => `v${i}`),
      );
      expect(detectRespondentColumn(input, new Set([headers.length - 1]))?.index, headers.join('|')).toBe(expected);
    }
  });

  test('by content: a column of e-mail addresses; a column blank in the sample is passed over; the answer column never', () => {
    expect(detectRespondentColumn(rows(['Contact', 'Score'], ['ann@x.com', '9'], ['bob@y.fr', '3']), new Set([1]))).toEqual({ index: 0, from: 'content' });
    expect(detectRespondentColumn(rows(['Email Address', 'Respondent ID', 'Score'], ['', '1', '9'], ['', '2', '3']), new Set([2]))).toEqual({ index: 1, from: 'header' });
    expect(detectRespondentColumn(rows(['Comment', 'Score'], ['great', '9']), new Set([1]))).toBeUndefined();
    expect(detectRespondentColumn(rows(['id'], ['9']), new Set([0]))).toBeUndefined();
  });
});

describe('scaleFromHeader', () => {
  test('reads 1–5 / 1–7 as written in English and French', () => {
    expect(scaleFromHeader('Effort (1-7)')).toBe(7);
    expect(scaleFromHeader('Effort, de 1 à 5')).toBe(5);
    expect(scaleFromHeader('Effort score /7')).toBe(7);
    expect(scaleFromHeader('Ease, out of 5')).toBe(5);
    expect(scaleFromHeader('Effort sur 7')).toBe(7);
    expect(scaleFromHeader('Customer effort')).toBeUndefined();
    expect(scaleFromHeader('Effort 1-5 or 1-7')).toBeUndefined();
  });
});

describe('0–10 questions in the plan', () => {
  const plan = (records: string[][], options = {}) => {
    const outcome = planImport({ records, delimiter: ',', encoding: 'utf-8' }, options);
    if (!outcome.ok) throw new Error(outcome.error.code);
    return outcome.plan.workbench!;
  };

  test('recommendation headers and 0–10 answers above 7 are listed; a 1–5 column and a metadata column are not', () => {
    const records = [
      ['id', 'Progress', 'Rate our app', 'How likely are you to recommend us?', 'Satisfaction', 'How likely are you to recommend our shop?'],
      ['1', '10', '9', '10', '5', '3'],
      ['2', '10', '2', '6', '4', '8'],
      ['3', '9', '10', '9', '1', '10'],
    ];
    const workbench = plan(records);
    expect(workbench.questionColumns).toEqual([2, 3, 5]);
    expect(workbench.columnReason).toEqual({ kind: 'header', likelyColumns: 2 });
    expect(plan(records, { column: 5 }).columnReason).toEqual({ kind: 'chosen' });
  });

  test('at most MAX_QUESTIONS, the chosen one always among them', () => {
    const width = MAX_QUESTIONS + 4;
    const headers = Array.from({ length: width }, (_, i) => `How likely are you to recommend product ${i}?`);
    const data = [Array.from({ length: width }, () => '9'), Array.from({ length: width }, () => '3')];
    const workbench = plan([headers, ...data], { column: width - 1 });
    expect(workbench.questionColumns).toHaveLength(MAX_QUESTIONS);
    expect(workbench.questionColumns).toContain(width - 1);
    expect(workbench.questionColumns.slice(0, 3)).toEqual([0, 1, 2]);
  });

  test('keep the latest needs a respondent column; weight, CSAT and CES are never guessed', () => {
    const records = [
      ['Note', 'How likely are you to recommend us?', 'Weight'],
      ['a', '9', '2'],
      ['b', '3', '1'],
    ];
    expect(plan(records, { keepLatest: true })).toMatchObject({ keepLatest: false });
    expect(plan(records)).not.toHaveProperty('weightColumn');
    expect(plan(records, { respondentColumn: 0, keepLatest: true, weightColumn: 2 })).toMatchObject({
      respondentColumn: 0,
      respondentFrom: 'chosen',
      keepLatest: true,
      weightColumn: 2,
    });
    const bad = planImport({ records, delimiter: ',', encoding: 'utf-8' }, { weightColumn: 9 });
    expect(bad).toEqual({ ok: false, error: { code: 'bad-column' } });
  });
});
