/**
 * The score tool's whole state (everything but a file's rows) as a query string, so a link reproduces the view.
 *
 * The state is kept as the *raw text* of each field, exactly as typed or as found in the link. That way a
 * half-typed or wrong value survives a round trip (the link shows the same message again) and nothing is
 * dropped in silence. `validateParams` turns the raw text into numbers with zod/mini schemas and never throws:
 * each bad field gives an error code, which the UI words in English or French beside the field.
 *
 * Parameters (same English names in both languages):
 *   sector, mode (score | counts | answers | file; inferred when absent; change | csat | ces are the
 *   modes of src/lib/metric-modes.ts, which own their own parameters), score, n, promoters, passives,
 *   detractors, answers (11 comma-separated counts for answers 0..10), survey (your survey type), target,
 *   confidence (90 | 95 | 99); and which benchmarks: grade (lowest source grade), market (a code, or `all`),
 *   type (the benchmarks' survey type), from and to (years, or from=all), peers (comma-separated company ids).
 * The benchmark settings use the same names as a sector page's filters, so a sector page's view opens as is.
 * Input errors (score, n, counts, answers, mode) hold the results back; a bad option only falls back to its
 * default, with its message, and the rest of the view still works (`blocksResults`).
 */
import * as z from 'zod/mini';
import { GRADES, type Grade, MarketSchema, SURVEY_TYPES, SlugSchema, type SurveyType } from './schema.ts';

// Market codes are upper case in the data; a link may write them in lower case (`market=fr`); `all` stays lower.
function normaliseCode(text: string): string {
  const clean = text.trim();
  return clean.toLowerCase() === 'all' ? 'all' : clean.toUpperCase();
}

export const TOOL_MODES = ['score', 'counts', 'answers', 'file', 'change', 'csat', 'ces'] as const;
/** How the user gives their result: a score, three group counts, the count of each answer 0–10, or a file. */
export type ToolMode = (typeof TOOL_MODES)[number];

/** Modes that place nothing among benchmarks (two waves, CSAT, CES): fields and checks in metric-modes.ts. */
export const METRIC_MODES = ['change', 'csat', 'ces'] as const satisfies readonly ToolMode[];
export type MetricMode = (typeof METRIC_MODES)[number];
export const isMetricMode = (mode: string): mode is MetricMode => (METRIC_MODES as readonly string[]).includes(mode);

/** Survey types a user can say their own score comes from (a subset of the dataset's survey types). */
export const USER_SURVEY_TYPES = ['relationship', 'transactional', 'competitive-benchmark'] as const;
export type UserSurveyType = (typeof USER_SURVEY_TYPES)[number];

export const CONFIDENCE_LEVELS = ['90', '95', '99'] as const;
export type ConfidenceLevel = (typeof CONFIDENCE_LEVELS)[number];

/** Benchmarks from sources graded below this are left out unless the user asks. */
export const DEFAULT_MIN_GRADE: Grade = 'B';
export const DEFAULT_CONFIDENCE: ConfidenceLevel = '95';

/** The raw text of every field. Empty string = not given. `answers` always has 11 entries (answers 0..10). */
export interface ToolParams {
  mode: ToolMode;
  sector: string;
  score: string;
  n: string;
  promoters: string;
  passives: string;
  detractors: string;
  answers: string[];
  /** Your survey type (`survey=`; not `type`, which the sector pages use to filter figures by survey type). */
  survey: string;
  target: string;
  grade: string;
  /** A market code, `all`, or '' for the default (the page language's market where the sector has figures). */
  market: string;
  /** The benchmarks' survey type (`type=`, as on a sector page). */
  type: string;
  /** Years of the benchmarks: a year each, `from=all` for every year, or '' for the default (recent years). */
  from: string;
  to: string;
  /** Company ids, comma-separated (`peers=orange,free`); '' = every company of the sector. */
  peers: string;
  confidence: string;
}

/** A field an error can point at; `counts` and `answers` also stand for their group as a whole. */
export type FieldName = Exclude<keyof ToolParams, 'answers'> | 'answers' | 'counts';

/** Why a field's text was refused. */
export type ErrorCode =
  | 'not-a-number'
  | 'not-integer'
  | 'negative'
  | 'out-of-range'
  | 'too-small'
  | 'empty'
  | 'unknown-value'
  | 'wrong-length'
  | 'n-mismatch'
  | 'no-figures'
  | 'not-a-year'
  | 'unknown-company';

export interface FieldError {
  field: FieldName;
  code: ErrorCode;
  /** For `answers`: which answer (0..10) the error is about; absent for the group as a whole. */
  index?: number;
  /** For `wrong-length`: how many answer counts the link has. For `unknown-company`, `no-figures`: the value refused. */
  count?: number;
  value?: string;
}

/** Fields whose errors hold the results back (the user's own result); other fields fall back to their default. */
export const INPUT_FIELDS: readonly FieldName[] = ['mode', 'score', 'n', 'promoters', 'passives', 'detractors', 'counts', 'answers'];

/** True when an error means the user's result can't be computed (an option's error never does). */
export function blocksResults(error: Pick<FieldError, 'field'>): boolean {
  return INPUT_FIELDS.includes(error.field);
}

/** What the user entered, as numbers, once valid. `file` takes its counts from the import. */
export type ToolInput =
  | { kind: 'score'; score: number; n?: number | undefined }
  | { kind: 'counts'; promoters: number; passives: number; detractors: number }
  | { kind: 'answers'; answers: number[] }
  | { kind: 'file' };

export interface ToolOptions {
  sector?: string | undefined;
  surveyType?: UserSurveyType | undefined;
  target?: number | undefined;
  minGrade: Grade;
  /** A valid market code or `all`; undefined = default (decided with the sector's figures, score-pipeline.ts). */
  market?: string | undefined;
  type?: SurveyType | undefined;
  /** A year, `all`, or undefined (default). */
  from?: string | undefined;
  to?: string | undefined;
  /** Company ids as written (well-formed slugs); whether the sector has them is checked with its figures. */
  peers: string[];
  confidence: number;
}

export interface ValidatedState {
  /** The valid input, or null when there is nothing to score yet or an input field is wrong. */
  input: ToolInput | null;
  options: ToolOptions;
  errors: FieldError[];
}

const ANSWER_COUNT = 11;
const blankAnswers = (): string[] => Array.from({ length: ANSWER_COUNT }, () => '');

/** A state with every field empty. */
export function emptyParams(mode: ToolMode = 'score'): ToolParams {
  return {
    mode,
    sector: '',
    score: '',
    n: '',
    promoters: '',
    passives: '',
    detractors: '',
    answers: blankAnswers(),
    survey: '',
    target: '',
    grade: '',
    market: '',
    type: '',
    from: '',
    to: '',
    peers: '',
    confidence: '',
  };
}

const COUNT_FIELDS = ['promoters', 'passives', 'detractors'] as const;

/** The mode a set of fields implies when the link doesn't say: counts, then answers, then score. */
export function inferMode(params: Pick<ToolParams, 'promoters' | 'passives' | 'detractors' | 'answers'>): ToolMode {
  if (COUNT_FIELDS.some((field) => params[field].trim() !== '')) return 'counts';
  if (params.answers.some((a) => a.trim() !== '')) return 'answers';
  return 'score';
}

/** Read a query string (with or without `?`) into raw fields. Unknown parameters are ignored; never throws. */
export function readParams(search: string | URLSearchParams): ToolParams {
  const query = typeof search === 'string' ? new URLSearchParams(search.startsWith('?') ? search.slice(1) : search) : search;
  const get = (key: string) => query.get(key) ?? '';
  const answersText = get('answers');
  // Kept as given: a list of other than 11 counts is reported (wrong-length) by validateParams, never padded or cut.
  const answers = answersText === '' ? blankAnswers() : answersText.split(',');
  const params: ToolParams = {
    mode: 'score',
    sector: get('sector'),
    score: get('score'),
    n: get('n'),
    promoters: get('promoters'),
    passives: get('passives'),
    detractors: get('detractors'),
    answers,
    survey: get('survey'),
    target: get('target'),
    grade: get('grade'),
    market: get('market'),
    type: get('type'),
    from: get('from'),
    to: get('to'),
    peers: get('peers'),
    confidence: get('confidence'),
  };
  const mode = get('mode');
  params.mode = (TOOL_MODES as readonly string[]).includes(mode) ? (mode as ToolMode) : inferMode(params);
  return params;
}

/** The raw mode parameter of a query string when it names no known mode (to report it), else undefined. */
export function unknownModeParam(search: string | URLSearchParams): string | undefined {
  const query = typeof search === 'string' ? new URLSearchParams(search.startsWith('?') ? search.slice(1) : search) : search;
  const mode = query.get('mode');
  return mode !== null && !(TOOL_MODES as readonly string[]).includes(mode) ? mode : undefined;
}

/** Drop the inputs of the modes not in use, so the link carries only what the view shows. */
export function normaliseParams(params: ToolParams): ToolParams {
  const out: ToolParams = { ...params, answers: [...params.answers] };
  if (params.mode !== 'score') {
    out.score = '';
    // In counts and answers modes n is the sum of the counts; a link may still carry it (checked, not kept).
    out.n = '';
  }
  if (params.mode !== 'counts') for (const field of COUNT_FIELDS) out[field] = '';
  // Commas separate answers in the link; inside one answer a comma is a decimal mark, equivalent to a dot here
  // (a count must be whole either way, so the message is the same).
  out.answers = params.mode === 'answers' ? params.answers.map((a) => a.replaceAll(',', '.')) : blankAnswers();
  out.peers = params.peers
    .split(',')
    .map((id) => id.trim())
    .filter(Boolean)
    .join(',');
  if (out.grade === DEFAULT_MIN_GRADE) out.grade = '';
  if (out.confidence === DEFAULT_CONFIDENCE) out.confidence = '';
  return out;
}

const encode = (value: string) => encodeURIComponent(value).replaceAll('%2C', ',');

/** Write the state as a query string (no leading `?`): only the active mode's inputs, defaults left out. */
export function writeParams(params: ToolParams): string {
  const p = normaliseParams(params);
  const pairs: [string, string][] = [];
  const add = (key: string, value: string) => {
    if (value !== '') pairs.push([key, value]);
  };
  add('sector', p.sector);
  if (inferMode(p) !== p.mode) add('mode', p.mode);
  add('score', p.score);
  add('n', p.n);
  for (const field of COUNT_FIELDS) add(field, p[field]);
  // All 11 counts (blanks included), so a link never holds a list that reads as too short.
  if (p.answers.some((a) => a !== '')) add('answers', p.answers.join(','));
  add('survey', p.survey);
  add('target', p.target);
  add('grade', p.grade);
  add('market', p.market);
  add('type', p.type);
  add('from', p.from);
  add('to', p.to);
  add('peers', p.peers);
  add('confidence', p.confidence);
  return pairs.map(([key, value]) => `${key}=${encode(value)}`).join('&');
}

// ---------------------------------------------------------------------------------------------
// Validation (zod/mini)

const SPACES = /[\s\u00a0\u202f]/g;

/** Text to a number: optional sign (+, -, −), digits, one decimal mark `.` or `,`; spaces are grouping. */
function readDecimal(text: string): number | null {
  const clean = text.replace(SPACES, '').replace('\u2212', '-').replace(',', '.');
  if (!/^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/.test(clean)) return null;
  return Number(clean);
}

const decimalText = z.pipe(
  z.string(),
  z.transform((text: string, ctx) => {
    const value = readDecimal(text);
    if (value === null) {
      ctx.issues.push({ code: 'custom', message: 'not-a-number', input: text });
      return z.NEVER;
    }
    return value;
  }),
);

/** Whole numbers: a decimal mark is refused (so "1,000" is never read as one thousand or as one). */
const wholeText = z.pipe(
  z.string(),
  z.transform((text: string, ctx) => {
    const value = readDecimal(text);
    if (value === null) {
      ctx.issues.push({ code: 'custom', message: 'not-a-number', input: text });
      return z.NEVER;
    }
    if (/[.,]/.test(text) || !Number.isSafeInteger(value)) {
      ctx.issues.push({ code: 'custom', message: 'not-integer', input: text });
      return z.NEVER;
    }
    return value;
  }),
);

/** An NPS in points, −100..100 (score and target). */
export const ScoreTextSchema = z.pipe(decimalText, z.number().check(z.gte(-100, 'out-of-range'), z.lte(100, 'out-of-range')));
/** A count of respondents, 0 or more. */
export const CountTextSchema = z.pipe(wholeText, z.number().check(z.gte(0, 'negative')));
/** A sample size, 1 or more. */
export const SampleSizeTextSchema = z.pipe(wholeText, z.number().check(z.gte(1, 'too-small')));
const SurveyTypeSchema = z.enum(USER_SURVEY_TYPES, 'unknown-value');
const GradeSchema = z.enum(GRADES, 'unknown-value');
const ConfidenceSchema = z.enum(CONFIDENCE_LEVELS, 'unknown-value');

const MarketOrAllSchema = z.union([z.literal('all'), MarketSchema]);
const BenchmarkTypeSchema = z.enum(SURVEY_TYPES, 'unknown-value');
const YearOrAllSchema = z.string().check(z.regex(/^(?:\d{4}|all)$/, 'not-a-year'));

const KNOWN_CODES = new Set<string>(['not-a-number', 'not-integer', 'negative', 'out-of-range', 'too-small', 'empty', 'unknown-value', 'wrong-length', 'n-mismatch', 'not-a-year']);

/** Parse one field; an empty field is `undefined` without error. */
function field<T>(schema: z.ZodMiniType<T>, text: string, name: FieldName, errors: FieldError[], index?: number): T | undefined {
  if (text.trim() === '') return undefined;
  const result = z.safeParse(schema, text.trim());
  if (result.success) return result.data;
  const message = result.error.issues[0]?.message ?? '';
  const error: FieldError = { field: name, code: KNOWN_CODES.has(message) ? (message as ErrorCode) : 'unknown-value' };
  if (index !== undefined) error.index = index;
  errors.push(error);
  return undefined;
}

/**
 * Validate the raw fields. `sectors` lists the sector ids the page knows; `unknownMode` is the mode
 * parameter of a link when it named no mode (see `unknownModeParam`). Never throws.
 */
export function validateParams(params: ToolParams, context: { sectors: readonly string[]; unknownMode?: string | undefined }): ValidatedState {
  const errors: FieldError[] = [];
  if (context.unknownMode !== undefined) errors.push({ field: 'mode', code: 'unknown-value' });

  const sectorSchema = z.pipe(SlugSchema, z.string().check(z.refine((id) => context.sectors.includes(id), 'unknown-value')));
  const options: ToolOptions = {
    sector: field(sectorSchema, params.sector, 'sector', errors),
    surveyType: field(SurveyTypeSchema, params.survey, 'survey', errors),
    target: field(ScoreTextSchema, params.target, 'target', errors),
    minGrade: field(GradeSchema, params.grade, 'grade', errors) ?? DEFAULT_MIN_GRADE,
    market: field(MarketOrAllSchema, normaliseCode(params.market), 'market', errors),
    type: field(BenchmarkTypeSchema, params.type, 'type', errors),
    from: field(YearOrAllSchema, params.from.toLowerCase(), 'from', errors),
    to: field(YearOrAllSchema, params.to.toLowerCase(), 'to', errors),
    peers: [],
    confidence: Number(field(ConfidenceSchema, params.confidence, 'confidence', errors) ?? DEFAULT_CONFIDENCE) / 100,
  };
  for (const id of params.peers
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)) {
    if (z.safeParse(SlugSchema, id).success) options.peers.push(id);
    else errors.push({ field: 'peers', code: 'unknown-company', value: id });
  }

  let input: ToolInput | null = null;
  const before = errors.length;
  switch (params.mode) {
    case 'score': {
      const score = field(ScoreTextSchema, params.score, 'score', errors);
      const n = field(SampleSizeTextSchema, params.n, 'n', errors);
      if (errors.length === before && score !== undefined) input = { kind: 'score', score, n };
      break;
    }
    case 'counts': {
      const [promoters, passives, detractors] = COUNT_FIELDS.map((name) => field(CountTextSchema, params[name], name, errors));
      const n = field(SampleSizeTextSchema, params.n, 'n', errors);
      const given = COUNT_FIELDS.some((name) => params[name].trim() !== '');
      if (errors.length === before && given) {
        // A blank count is 0 (the field shows a 0 placeholder); the shares shown make that visible.
        const counts = { promoters: promoters ?? 0, passives: passives ?? 0, detractors: detractors ?? 0 };
        const total = counts.promoters + counts.passives + counts.detractors;
        if (total === 0) errors.push({ field: 'counts', code: 'empty' });
        else if (n !== undefined && n !== total) errors.push({ field: 'n', code: 'n-mismatch' });
        else input = { kind: 'counts', ...counts };
      }
      break;
    }
    case 'answers': {
      if (params.answers.length !== ANSWER_COUNT) errors.push({ field: 'answers', code: 'wrong-length', count: params.answers.length });
      const values = params.answers.slice(0, ANSWER_COUNT).map((text, index) => field(CountTextSchema, text, 'answers', errors, index));
      const given = params.answers.some((a) => a.trim() !== '');
      if (errors.length === before && given) {
        const answers = values.map((v) => v ?? 0);
        if (answers.every((v) => v === 0)) errors.push({ field: 'answers', code: 'empty' });
        else input = { kind: 'answers', answers };
      }
      break;
    }
    case 'file':
      input = { kind: 'file' };
      break;
    // Two waves, CSAT and CES place nothing among the benchmarks: validated and computed by metric-modes.ts.
    case 'change':
    case 'csat':
    case 'ces':
      break;
  }
  return { input, options, errors };
}

/** Every parameter the tool may write. */
export const TOOL_PARAM_KEYS = [
  'sector',
  'mode',
  'score',
  'n',
  'promoters',
  'passives',
  'detractors',
  'answers',
  'survey',
  'target',
  'grade',
  'market',
  'type',
  'from',
  'to',
  'peers',
  'confidence',
] as const;
/** Parameters a sector page owns (its own filters and its fixed sector): the embedded tool never writes them. */
export const PAGE_OWNED_KEYS = ['sector', 'grade', 'market', 'type', 'from', 'to'] as const;

// Zod-free, so the sector filter script can share it without loading Zod with the page.
export { mergeQuery } from './query-merge.ts';
