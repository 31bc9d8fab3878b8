/**
 * Property tests (fast-check): whatever a link or a file holds, the parsers never throw, never produce NaN,
 * and the counts always add up.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { TOOL_MODES, type ToolParams, readParams, unknownModeParam, validateParams, writeParams } from '../src/lib/url-state.ts';

const RUNS = { numRuns: 400 };

/** Every number anywhere inside `value` (arrays and plain objects), with its path. */
function numbersIn(value: unknown, path = '$'): [string, number][] {
  if (typeof value === 'number') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((item, index) => numbersIn(item, `${path}[${index}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => numbersIn(item, `${path}.${key}`));
  return [];
}
const notFinite = (value: unknown) => numbersIn(value).filter(([, number]) => !Number.isFinite(number));

// ---------------------------------------------------------------------------------------------
// URL state

const sectors = ['telecom', 'retail-banking', 'airlines'];
const PARAM_NAMES = ['sector', 'mode', 'score', 'n', 'promoters', 'passives', 'detractors', 'answers', 'type', 'target', 'grade', 'market', 'confidence', 'utm_source', ''];

/** Values a link might carry: numbers in many spellings, junk, Unicode, separators, huge and tiny numbers. */
const valueText = fc.oneof(
  fc.integer({ min: -1_000_000, max: 1_000_000 }).map(String),
  fc.double({ noNaN: false }).map(String),
  fc.constantFrom('', ' ', 'abc', 'NaN', 'Infinity', '-Infinity', '1e309', '1e-400', '0x10', '1,000', '1 000', '1\u202f000', '−12', '+5', '.5', '5.', '28,4', '9007199254740993', '１２', '50%', 'null', 'undefined', '__proto__', 'constructor', 'telecom', 'Telecom', 'GLOBAL', 'fr', 'A', 'D', 'Z', '95', '99.9', 'score', 'counts', 'answers', 'file'),
  fc.string({ maxLength: 12 }),
  fc.array(fc.integer({ min: -5, max: 1000 }).map(String), { maxLength: 14 }).map((values) => values.join(',')),
);
const queryString = fc
  .array(fc.tuple(fc.constantFrom(...PARAM_NAMES), valueText), { maxLength: 10 })
  .map((pairs) => pairs.map(([key, value]) => `${key}=${encodeURIComponent(value)}`).join('&'));
/** Links the tool itself would write, mostly valid: the properties about valid states need plenty of them. */
const plausibleQuery = fc
  .record(
    {
      sector: fc.constantFrom(...sectors, 'unknown-sector'),
      mode: fc.constantFrom(...TOOL_MODES, ''),
      score: fc.oneof(fc.integer({ min: -100, max: 100 }).map(String), fc.double({ min: -100, max: 100, noNaN: true }).map((value) => value.toFixed(1))),
      n: fc.integer({ min: 0, max: 100_000 }).map(String),
      promoters: fc.integer({ min: 0, max: 5000 }).map(String),
      passives: fc.integer({ min: 0, max: 5000 }).map(String),
      detractors: fc.integer({ min: 0, max: 5000 }).map(String),
      answers: fc.array(fc.integer({ min: 0, max: 300 }).map(String), { minLength: 1, maxLength: 11 }).map((values) => values.join(',')),
      type: fc.constantFrom('relationship', 'transactional', 'competitive-benchmark'),
      target: fc.integer({ min: -100, max: 100 }).map(String),
      grade: fc.constantFrom('A', 'B', 'C', 'D'),
      market: fc.constantFrom('FR', 'US', 'GLOBAL', 'EU'),
      confidence: fc.constantFrom('90', '95', '99'),
    },
    { requiredKeys: [] },
  )
  .map((fields) => new URLSearchParams(Object.entries(fields).filter(([, value]) => value !== '')).toString());
const anyQuery = fc.oneof(queryString, plausibleQuery);
/** Raw text, as a user might paste into the address bar (not necessarily valid percent-encoding). */
const rawQuery = fc.oneof(queryString, plausibleQuery, fc.string({ maxLength: 80 }), fc.string({ maxLength: 80, unit: 'binary' }));

const validate = (search: string) => validateParams(readParams(search), { sectors, unknownMode: unknownModeParam(search) });

describe('url-state: any link', () => {
  test('readParams never throws, always gives a known mode and at least 11 answer fields', () => {
    fc.assert(
      fc.property(rawQuery, (search) => {
        const params = readParams(search);
        expect(TOOL_MODES).toContain(params.mode);
        expect(params.answers.length).toBeGreaterThanOrEqual(11);
        for (const [key, value] of Object.entries(params)) {
          if (key !== 'answers') expect(typeof value).toBe('string');
        }
      }),
      RUNS,
    );
  });

  test('validateParams never throws and never yields NaN or an infinite number', () => {
    fc.assert(
      fc.property(rawQuery, (search) => {
        const state = validate(search);
        expect(notFinite(state)).toEqual([]);
      }),
      RUNS,
    );
  });

  test('a valid input is always in range; counts and answers are whole, non-negative and not all zero; n matches the counts', () => {
    fc.assert(
      fc.property(anyQuery, (search) => {
        const params = readParams(search);
        const { input, options } = validate(search);
        expect(options.confidence).toBeGreaterThan(0);
        expect(options.confidence).toBeLessThan(1);
        if (options.sector !== undefined) expect(sectors).toContain(options.sector);
        if (options.target !== undefined) expect(Math.abs(options.target)).toBeLessThanOrEqual(100);
        if (!input) return;
        switch (input.kind) {
          case 'score':
            expect(Math.abs(input.score)).toBeLessThanOrEqual(100);
            if (input.n !== undefined) expect(Number.isSafeInteger(input.n) && input.n >= 1).toBe(true);
            break;
          case 'counts': {
            const counts = [input.promoters, input.passives, input.detractors];
            for (const count of counts) expect(Number.isSafeInteger(count) && count >= 0).toBe(true);
            const total = counts.reduce((sum, count) => sum + count, 0);
            expect(total).toBeGreaterThan(0);
            // When the link also states n, the counts add up to it exactly.
            if (params.n.trim() !== '') expect(total).toBe(Number(params.n.replace(/[\s\u00a0\u202f]/g, '')));
            break;
          }
          case 'answers':
            expect(input.answers).toHaveLength(11);
            for (const count of input.answers) expect(Number.isSafeInteger(count) && count >= 0).toBe(true);
            expect(input.answers.some((count) => count > 0)).toBe(true);
            break;
          case 'file':
            break;
        }
      }),
      RUNS,
    );
  });

  test('a written link is stable: it reads back to the same link', () => {
    fc.assert(
      fc.property(anyQuery, (search) => {
        const link = writeParams(readParams(search));
        expect(writeParams(readParams(link))).toBe(link);
      }),
      RUNS,
    );
  });

  test('the link of a valid state reproduces the same validated state (the shared view)', () => {
    fc.assert(
      fc.property(plausibleQuery, (search) => {
        const params: ToolParams = readParams(search);
        const first = validateParams(params, { sectors });
        if (first.errors.length > 0) return;
        const second = validateParams(readParams(writeParams(params)), { sectors });
        expect(second.errors).toEqual([]);
        expect(second.input).toEqual(first.input);
        expect(second.options).toEqual(first.options);
      }),
      RUNS,
    );
  });
});
