/**
 * The score tool's three modes that are not a placement among NPS benchmarks: `change` (two waves' counts,
 * is the difference real?), `csat` and `ces` (other metrics, never compared with NPS benchmarks).
 *
 * Like src/lib/url-state.ts, the state is the raw text of each field, read from and written to the link, and
 * validation never throws: each bad field gives an error code worded beside it (metric-mode-strings.ts).
 * Parameters (same names in both languages):
 *   a, b      promoters,passives,detractors of wave A and wave B (`mode=change`); detect = change to plan for, points;
 *   csat      the count of each answer 1..5 (`mode=csat`);
 *   ces       the count of each answer 1..7, or 1..5 for a five-point scale (`mode=ces`).
 * `mode` and `confidence` belong to the score tool's own state (url-state.ts).
 */
import * as z from 'zod/mini';
import type { ResponseCounts } from './nps-stats.ts';
import { CountTextSchema, type MetricMode, ScoreTextSchema } from './url-state.ts';

export { METRIC_MODES, type MetricMode, isMetricMode } from './url-state.ts';

/** The link parameters these modes own (the score tool keeps its own). */
export const METRIC_PARAM_KEYS = ['a', 'b', 'detect', 'csat', 'ces'] as const;

/** Change to detect when planning a sample size, in points, when the link doesn't say. */
export const DEFAULT_DETECT = 5;

export const CES_SCALES = [7, 5] as const;
export type CesScale = (typeof CES_SCALES)[number];

/** Raw text of each field. Lists keep a link's entries as given (a wrong length is reported, never fixed silently). */
export interface MetricParams {
  a: string[];
  b: string[];
  detect: string;
  csat: string[];
  /** 7 or 5 entries for a valid link; the scale is the list's length. */
  ces: string[];
}

export type MetricField = 'a' | 'b' | 'detect' | 'csat' | 'ces';
export type MetricErrorCode = 'not-a-number' | 'not-integer' | 'negative' | 'out-of-range' | 'empty' | 'wrong-length';

export interface MetricError {
  field: MetricField;
  code: MetricErrorCode;
  /** Which entry of the list (0-based) the error is about; absent for the list as a whole. */
  index?: number;
  /** For wrong-length: how many entries the link has. */
  count?: number;
}

/** Valid input of the active mode, or null when there is nothing to compute or a field is wrong. */
export type MetricInput = { kind: 'change'; a: ResponseCounts; b: ResponseCounts; detect: number } | { kind: 'csat'; counts: number[] } | { kind: 'ces'; counts: number[] };

const blanks = (length: number) => Array.from({ length }, () => '');

export function emptyMetricParams(): MetricParams {
  return { a: blanks(3), b: blanks(3), detect: '', csat: blanks(5), ces: blanks(7) };
}

/** A link's list: `1,2,3` → ['1','2','3']; absent → `length` blanks. Kept as given: a list of the wrong length is
 * reported (wrong-length), never padded or cut. */
function readList(text: string | null, length: number): string[] {
  return text === null || text === '' ? blanks(length) : text.split(',');
}

/** The list after the user types `value` into entry `index` of a `length`-entry input (a link's wrong-length list is replaced). */
export function editList(list: readonly string[], length: number, index: number, value: string): string[] {
  const next = Array.from({ length }, (_, i) => list[i] ?? '');
  next[index] = value;
  return next;
}

/** Read the modes' fields from a query string; never throws. */
export function readMetricParams(search: string | URLSearchParams): MetricParams {
  const query = typeof search === 'string' ? new URLSearchParams(search.startsWith('?') ? search.slice(1) : search) : search;
  const cesText = query.get('ces');
  // A five-count link is the 1–5 scale; anything else is shown on the 1–7 scale (too many entries are kept).
  const cesLength = cesText !== null && cesText.split(',').length === 5 ? 5 : 7;
  return {
    a: readList(query.get('a'), 3),
    b: readList(query.get('b'), 3),
    detect: query.get('detect') ?? '',
    csat: readList(query.get('csat'), 5),
    ces: readList(cesText, cesLength),
  };
}

const encode = (value: string) => encodeURIComponent(value).replaceAll('%2C', ',');
const listText = (list: string[]) => (list.some((v) => v.trim() !== '') ? list.map((v) => v.trim()).join(',') : '');

/** The active mode's parameters as a query string (no `?`), blanks left out. */
export function writeMetricParams(mode: MetricMode, params: MetricParams): string {
  const pairs: [string, string][] = [];
  if (mode === 'change') {
    pairs.push(['a', listText(params.a)], ['b', listText(params.b)], ['detect', params.detect.trim()]);
  } else if (mode === 'csat') pairs.push(['csat', listText(params.csat)]);
  else pairs.push(['ces', listText(params.ces)]);
  return pairs
    .filter(([, value]) => value !== '')
    .map(([key, value]) => `${key}=${encode(value)}`)
    .join('&');
}

// Change to detect: a positive number of points up to 200 (same text rules as a score, sign refused by range).
const DetectTextSchema = z.pipe(ScoreTextSchema, z.number().check(z.gt(0, 'out-of-range')));
const ERROR_CODES = new Set<string>(['not-a-number', 'not-integer', 'negative', 'out-of-range']);

function parse(schema: z.ZodMiniType<number>, text: string, field: MetricField, errors: MetricError[], index?: number): number | undefined {
  if (text.trim() === '') return undefined;
  const result = z.safeParse(schema, text.trim());
  if (result.success) return result.data;
  const message = result.error.issues[0]?.message ?? '';
  const error: MetricError = { field, code: ERROR_CODES.has(message) ? (message as MetricErrorCode) : 'not-a-number' };
  if (index !== undefined) error.index = index;
  errors.push(error);
  return undefined;
}

/** A list of counts: each entry checked; `lengths` the lengths allowed. Undefined when blank or wrong. */
function countList(list: string[], lengths: readonly number[], field: MetricField, errors: MetricError[]): number[] | 'blank' | undefined {
  const before = errors.length;
  if (!lengths.includes(list.length)) errors.push({ field, code: 'wrong-length', count: list.length });
  const values = list.map((text, index) => parse(CountTextSchema, text, field, errors, index));
  if (errors.length > before) return undefined;
  if (list.every((text) => text.trim() === '')) return 'blank';
  // A blank entry is 0, as in the counts mode (the field shows a 0 placeholder).
  const counts = values.map((v) => v ?? 0);
  if (counts.every((v) => v === 0)) {
    errors.push({ field, code: 'empty' });
    return undefined;
  }
  return counts;
}

const toCounts = ([promoters = 0, passives = 0, detractors = 0]: number[]): ResponseCounts => ({ promoters, passives, detractors });

/** Validate the active mode's fields; every problem at once, never throws. */
export function validateMetricParams(mode: MetricMode, params: MetricParams): { input: MetricInput | null; errors: MetricError[] } {
  const errors: MetricError[] = [];
  if (mode === 'change') {
    const a = countList(params.a, [3], 'a', errors);
    const b = countList(params.b, [3], 'b', errors);
    const detect = parse(DetectTextSchema, params.detect, 'detect', errors) ?? DEFAULT_DETECT;
    // One wave typed and the other left blank: the blank one is empty (an error beside it, not a NaN).
    if (a === 'blank' && b !== 'blank' && b !== undefined) errors.push({ field: 'a', code: 'empty' });
    if (b === 'blank' && a !== 'blank' && a !== undefined) errors.push({ field: 'b', code: 'empty' });
    if (errors.length > 0 || a === undefined || b === undefined || a === 'blank' || b === 'blank') return { input: null, errors };
    return { input: { kind: 'change', a: toCounts(a), b: toCounts(b), detect }, errors };
  }
  const counts = mode === 'csat' ? countList(params.csat, [5], 'csat', errors) : countList(params.ces, CES_SCALES, 'ces', errors);
  if (errors.length > 0 || counts === undefined || counts === 'blank') return { input: null, errors };
  return { input: { kind: mode, counts }, errors };
}
