import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  blocksResults,
  PAGE_OWNED_KEYS,
  TOOL_MODES,
  TOOL_PARAM_KEYS,
  type ToolParams,
  emptyParams,
  inferMode,
  mergeQuery,
  normaliseParams,
  readParams,
  unknownModeParam,
  validateParams,
  writeParams,
} from '../src/lib/url-state.ts';

const sectors = ['telecom', 'banking'];
const validate = (search: string) => validateParams(readParams(search), { sectors, unknownMode: unknownModeParam(search) });

describe('readParams', () => {
  test('the telecom counts link infers the counts mode and keeps the raw text', () => {
    const params = readParams('?sector=telecom&promoters=50&passives=30&detractors=20');
    expect(params).toMatchObject({ mode: 'counts', sector: 'telecom', promoters: '50', passives: '30', detractors: '20', score: '' });
    expect(params.answers).toHaveLength(11);
  });
  test('infers answers, then score; an explicit known mode wins', () => {
    expect(readParams('answers=1,2,3').mode).toBe('answers');
    expect(readParams('score=30').mode).toBe('score');
    expect(readParams('').mode).toBe('score');
    expect(readParams('mode=file&score=30').mode).toBe('file');
    expect(readParams('mode=counts').mode).toBe('counts');
  });
  test('an unknown mode falls back to the inferred one and is reported', () => {
    expect(readParams('mode=bogus&promoters=3').mode).toBe('counts');
    expect(unknownModeParam('mode=bogus')).toBe('bogus');
    expect(unknownModeParam('mode=counts')).toBeUndefined();
    expect(validate('mode=bogus&promoters=3').errors).toContainEqual({ field: 'mode', code: 'unknown-value' });
  });
  test('answer lists are kept as the link gives them, short or long (to be reported, never padded or cut)', () => {
    expect(readParams('answers=1,2').answers).toEqual(['1', '2']);
    expect(readParams('answers=' + Array(13).fill('1').join(',')).answers).toHaveLength(13);
    expect(readParams('score=3').answers).toHaveLength(11);
  });
});

describe('validateParams', () => {
  test('the telecom counts link gives the counts and the sector, no error', () => {
    const state = validate('?sector=telecom&promoters=50&passives=30&detractors=20');
    expect(state.errors).toEqual([]);
    expect(state.input).toEqual({ kind: 'counts', promoters: 50, passives: 30, detractors: 20 });
    expect(state.options).toMatchObject({ sector: 'telecom', minGrade: 'B', confidence: 0.95 });
  });
  test('the bad link ?score=abc&n=-5 gives one message per field and no input', () => {
    const state = validate('?score=abc&n=-5');
    expect(state.input).toBeNull();
    expect(state.errors).toEqual([
      { field: 'score', code: 'not-a-number' },
      { field: 'n', code: 'too-small' },
    ]);
  });
  test('score: decimals with a dot or a comma, a Unicode minus, bounds', () => {
    expect(validate('score=28.4').input).toEqual({ kind: 'score', score: 28.4, n: undefined });
    expect(validate('score=28,4&n=1 000').input).toEqual({ kind: 'score', score: 28.4, n: 1000 });
    expect(validate('score=%E2%88%927').input).toEqual({ kind: 'score', score: -7, n: undefined });
    expect(validate('score=100').input).toMatchObject({ score: 100 });
    expect(validate('score=-100').input).toMatchObject({ score: -100 });
    expect(validate('score=101').errors).toEqual([{ field: 'score', code: 'out-of-range' }]);
    expect(validate('score=-100.5').errors).toEqual([{ field: 'score', code: 'out-of-range' }]);
    expect(validate('score=1e3').errors).toEqual([{ field: 'score', code: 'not-a-number' }]);
    expect(validate('score=Infinity').errors).toEqual([{ field: 'score', code: 'not-a-number' }]);
  });
  test('n and counts must be whole: "1,000" and "2.5" are refused, never misread', () => {
    expect(validate('score=10&n=1,000').errors).toEqual([{ field: 'n', code: 'not-integer' }]);
    expect(validate('score=10&n=2.5').errors).toEqual([{ field: 'n', code: 'not-integer' }]);
    expect(validate('score=10&n=0').errors).toEqual([{ field: 'n', code: 'too-small' }]);
    expect(validate('promoters=2.5&passives=1').errors).toEqual([{ field: 'promoters', code: 'not-integer' }]);
    expect(validate('promoters=-1&passives=1&detractors=x').errors).toEqual([
      { field: 'promoters', code: 'negative' },
      { field: 'detractors', code: 'not-a-number' },
    ]);
  });
  test('a blank count is 0; all zero is refused as empty', () => {
    expect(validate('promoters=5').input).toEqual({ kind: 'counts', promoters: 5, passives: 0, detractors: 0 });
    expect(validate('promoters=0&passives=0&detractors=0').errors).toEqual([{ field: 'counts', code: 'empty' }]);
  });
  test('n in a counts link must equal their sum', () => {
    expect(validate('promoters=50&passives=30&detractors=20&n=100').errors).toEqual([]);
    expect(validate('promoters=50&passives=30&detractors=20&n=99').errors).toEqual([{ field: 'n', code: 'n-mismatch' }]);
  });
  test('answers: 11 counts, errors point at the answer', () => {
    expect(validate('answers=0,0,0,0,0,0,1,2,3,4,5').input).toEqual({ kind: 'answers', answers: [0, 0, 0, 0, 0, 0, 1, 2, 3, 4, 5] });
    expect(validate('answers=1,x,3,,,,,,,,').errors).toEqual([{ field: 'answers', code: 'not-a-number', index: 1 }]);
    expect(validate('answers=' + Array(12).fill('1').join(',')).errors).toEqual([{ field: 'answers', code: 'wrong-length', count: 12 }]);
    expect(validate('answers=0,0,0,0,0,0,0,0,0,0,0').errors).toEqual([{ field: 'answers', code: 'empty' }]);
  });
  test('answers=1,2,3 (too few counts) is reported with how many it has, and gives no score', () => {
    const state = validate('answers=1,2,3');
    expect(state.errors).toEqual([{ field: 'answers', code: 'wrong-length', count: 3 }]);
    expect(state.input).toBeNull();
  });
  test('options: unknown sector, survey type, grade, confidence, market and a bad target are reported', () => {
    const state = validate('score=10&sector=nope&survey=weekly&grade=E&confidence=80&market=france&target=abc');
    expect(state.errors).toEqual([
      { field: 'sector', code: 'unknown-value' },
      { field: 'survey', code: 'unknown-value' },
      { field: 'target', code: 'not-a-number' },
      { field: 'grade', code: 'unknown-value' },
      { field: 'market', code: 'unknown-value' },
      { field: 'confidence', code: 'unknown-value' },
    ]);
    // the score itself is still read; the UI decides what to show while errors stand
    expect(state.input).toEqual({ kind: 'score', score: 10, n: undefined });
  });
  test('options read correctly', () => {
    const state = validate('score=10&sector=banking&survey=transactional&grade=A&confidence=99&market=FR&target=40');
    expect(state.errors).toEqual([]);
    expect(state.options).toEqual({
      sector: 'banking',
      surveyType: 'transactional',
      target: 40,
      minGrade: 'A',
      market: 'FR',
      type: undefined,
      from: undefined,
      to: undefined,
      peers: [],
      confidence: 0.99,
    });
  });
  test('benchmark settings: market in any case or "all", type, years or from=all, peers', () => {
    const state = validate('score=10&market=fr&type=competitive-benchmark&from=2020&to=2024&peers=orange,free');
    expect(state.errors).toEqual([]);
    expect(state.options).toMatchObject({ market: 'FR', type: 'competitive-benchmark', from: '2020', to: '2024', peers: ['orange', 'free'] });
    expect(validate('score=10&market=ALL&from=all').options).toMatchObject({ market: 'all', from: 'all' });
    expect(validate('score=10&from=recent&peers=Orange!').errors).toEqual([
      { field: 'from', code: 'not-a-year' },
      { field: 'peers', code: 'unknown-company', value: 'Orange!' },
    ]);
  });
  test('a bad option never holds the results back; a bad input does', () => {
    const options = validate('score=10&grade=Z&confidence=80&market=XXX');
    expect(options.errors.map((e) => e.field)).toEqual(['grade', 'market', 'confidence']);
    expect(options.errors.some(blocksResults)).toBe(false);
    expect(options.input).toEqual({ kind: 'score', score: 10, n: undefined });
    expect(options.options).toMatchObject({ minGrade: 'B', confidence: 0.95, market: undefined });
    expect(validate('score=abc').errors.some(blocksResults)).toBe(true);
    expect(validate('answers=1,2,3').errors.some(blocksResults)).toBe(true);
  });
  test('nothing typed yet: no input, no error', () => {
    for (const mode of TOOL_MODES.filter((m) => m !== 'file')) {
      const state = validateParams(emptyParams(mode), { sectors });
      expect(state).toMatchObject({ input: null, errors: [] });
    }
    expect(validateParams(emptyParams('file'), { sectors }).input).toEqual({ kind: 'file' });
  });
  test('hostile text never throws (property)', () => {
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.constantFrom(
            'score',
            'n',
            'promoters',
            'passives',
            'detractors',
            'answers',
            'sector',
            'mode',
            'survey',
            'target',
            'grade',
            'market',
            'type',
            'from',
            'to',
            'peers',
            'confidence',
          ),
          fc.string(),
        ),
        (dict) => {
          const search = new URLSearchParams(dict).toString();
          const state = validate(search);
          expect(Array.isArray(state.errors)).toBe(true);
          if (state.input?.kind === 'score') expect(Number.isFinite(state.input.score)).toBe(true);
        },
      ),
    );
  });
});

describe('writeParams', () => {
  test('writes only the active mode, leaves defaults out, and keeps commas readable', () => {
    const params: ToolParams = {
      ...emptyParams('counts'),
      sector: 'telecom',
      score: '30',
      n: '100',
      promoters: '50',
      passives: '30',
      detractors: '20',
      grade: 'B',
      confidence: '95',
    };
    expect(writeParams(params)).toBe('sector=telecom&promoters=50&passives=30&detractors=20');
    const answers: ToolParams = { ...emptyParams('answers'), answers: ['1', '', '3', '', '', '', '', '', '', '', ''] };
    // all 11 counts, so the link never reads back as a short list
    expect(writeParams(answers)).toBe('answers=1,,3,,,,,,,,');
  });
  test('writes the mode only when it cannot be inferred', () => {
    expect(writeParams({ ...emptyParams('counts') })).toBe('mode=counts');
    expect(writeParams({ ...emptyParams('file'), sector: 'telecom' })).toBe('sector=telecom&mode=file');
    expect(writeParams({ ...emptyParams('score'), score: '-7' })).toBe('score=-7');
  });
  test('escapes what needs escaping', () => {
    const text = writeParams({ ...emptyParams('score'), score: 'a&b=c#d' });
    expect(text).toBe('score=a%26b%3Dc%23d');
    expect(readParams(text).score).toBe('a&b=c#d');
  });
});

describe('round trip', () => {
  const text = fc.oneof(fc.constant(''), fc.string(), fc.integer({ min: -200, max: 2000 }).map(String));
  const arbitraryParams = fc.record({
    mode: fc.constantFrom(...TOOL_MODES),
    sector: text,
    score: text,
    n: text,
    promoters: text,
    passives: text,
    detractors: text,
    answers: fc.array(text, { minLength: 11, maxLength: 11 }),
    survey: text,
    target: text,
    grade: text,
    market: text,
    type: text,
    from: text,
    to: text,
    peers: text,
    confidence: text,
  });
  test('read(write(p)) equals the normalised p, for any text (property)', () => {
    fc.assert(
      fc.property(arbitraryParams, (params) => {
        expect(readParams(writeParams(params))).toEqual(normaliseParams(params));
      }),
    );
  });
  test('the telecom counts link survives read → write → read unchanged', () => {
    const link = 'sector=telecom&promoters=50&passives=30&detractors=20';
    expect(writeParams(readParams(link))).toBe(link);
  });
  test('inferMode agrees with what write leaves out', () => {
    expect(inferMode(readParams('promoters=1'))).toBe('counts');
  });
});

describe('mergeQuery', () => {
  test("replaces the tool's parameters and keeps the page's own", () => {
    const owned = TOOL_PARAM_KEYS.filter((k) => !(PAGE_OWNED_KEYS as readonly string[]).includes(k));
    expect(mergeQuery('?type=transactional&from=2020&score=10', 'score=30&n=100', owned)).toBe('type=transactional&from=2020&score=30&n=100');
    expect(mergeQuery('?grade=A&promoters=1', 'score=5&grade=B', owned)).toBe('grade=A&score=5');
    expect(mergeQuery('', '', owned)).toBe('');
  });
  test('on /compare/ the tool owns everything it writes', () => {
    expect(mergeQuery('?score=abc&utm=x', 'sector=telecom&score=30', TOOL_PARAM_KEYS)).toBe('utm=x&sector=telecom&score=30');
  });
});
