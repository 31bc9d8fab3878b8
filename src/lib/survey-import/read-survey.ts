/**
 * Reads a survey export (a File or Blob) into an ImportResult, streaming: decoded text goes one slice at
 * a time through the import's record splitter (src/lib/survey-import/records.ts), so memory stays flat
 * on a file of any size and the whole file is never held as one string. Runs inside the import worker in
 * the browser, and in Node for tests.
 *
 * 1. The first 256 KB decide the kind of file (encoding.ts). The sample that decides the delimiter, the
 *    layout and the columns grows until it holds MIN_SAMPLE_RECORDS complete records (or the whole
 *    file, or MAX_SAMPLE_BYTES), so a 600 KB header or a 300 KB first comment is read whole first.
 * 2. The file is read in 1 MB slices, decoded with a streaming TextDecoder (UTF-8 is decoded with
 *    `fatal: true`: an invalid byte past the sample restarts the read as Windows-1252), and split into
 *    records: CRLF, LF and lone CR all end a record, and a record longer than MAX_RECORD_CHARS (an
 *    unclosed quote, say) is reported as unreadable at a cost linear in the file.
 * 3. Header rows are skipped; every other record is counted, skipped with a reason, or unreadable. With
 *    "keep each respondent's latest answer" on, a first pass finds each respondent's latest row, and the
 *    counting pass counts the earlier ones as repeats (the progress bar covers both passes).
 * Workbooks (.xlsx, .ods, and the .xls / encrypted files they are told apart from) go to read-workbook.ts,
 * which feeds the same plan and tally from the sheet's cells.
 * 4. Any error after the plan (a file that changed on disk, an engine limit) stops the read and gives
 *    the result so far, marked `partial` with the row, the bytes read and the error: never a silent cut.
 */
import { decoderLabel, sniffBytes } from './encoding.ts';
import { detectDelimiter, sepLine, splitRecords } from './delimiter.ts';
import { type ImportPlan, planImport, SAMPLE_ROWS } from './plan.ts';
import { MAX_RECORD_CHARS, RecordSplitter } from './records.ts';
import { Tally } from './tally.ts';
import {
  type ImportError,
  type ImportOptions,
  type ImportResult,
  MAX_SAMPLE_BYTES,
  MIN_SAMPLE_RECORDS,
  type PartialRead,
  type SurveyEncoding,
  type UnreadableRecord,
} from './types.ts';
import { LatestAnswers } from '../dedupe-respondents.ts';
import { parseAnswer } from './answer.ts';
import { dateStamp } from './date-time.ts';

export const SAMPLE_BYTES = 256 * 1024;
export const SLICE_BYTES = 1024 * 1024;

export interface ReadHooks {
  /** Called at most every `progressEveryMs` with bytes read so far. */
  onProgress?: (bytesRead: number, totalBytes: number, rowsRead: number) => void;
  progressEveryMs?: number;
  /** Checked between slices; true stops the read. */
  isCancelled?: () => boolean;
  sliceBytes?: number;
  /** The record cap (tests use a small one); MAX_RECORD_CHARS by default. */
  maxRecordChars?: number;
  /** The sample's size bound; MAX_SAMPLE_BYTES by default. */
  maxSampleBytes?: number;
}

export type ReadOutcome = { status: 'result'; result: ImportResult } | { status: 'error'; error: ImportError } | { status: 'cancelled' };

/** Thrown inside the stream when UTF-8 decoding meets an invalid byte. */
class NotUtf8 extends Error {}

const now = () => (typeof performance !== 'undefined' ? performance.now() : Date.now());

/** Read a whole survey export. Never throws: errors come back as `{ status: 'error' }`. */
export async function readSurvey(file: Blob, options: ImportOptions = {}, hooks: ReadHooks = {}): Promise<ReadOutcome> {
  try {
    const head = new Uint8Array(await file.slice(0, SAMPLE_BYTES).arrayBuffer());
    const sniffed = sniffBytes(head);
    if (sniffed.kind === 'error' && (sniffed.code === 'xlsx' || sniffed.code === 'xls')) {
      // A workbook (a ZIP archive, or an OLE file: .xls or a password-protected .xlsx): its reader is a chunk of its own, loaded only now.
      const workbook = await import('./read-workbook.ts');
      return sniffed.code === 'xlsx' ? await workbook.readWorkbook(file, options, hooks) : await workbook.readCompoundFile(file);
    }
    if (sniffed.kind === 'error') return { status: 'error', error: { code: sniffed.code } };
    const limits = { maxRecordChars: hooks.maxRecordChars ?? MAX_RECORD_CHARS, maxSampleBytes: hooks.maxSampleBytes ?? MAX_SAMPLE_BYTES };
    const planned = await planFromSample(file, head, sniffed.encoding, options, limits);
    if (planned.status !== 'plan') return planned;
    try {
      return await streamRows(file, planned.plan, hooks, limits.maxRecordChars);
    } catch (error) {
      if (!(error instanceof NotUtf8)) throw error;
      // An invalid UTF-8 byte after the sample: the file is Windows-1252 after all. Read it again.
      const again = await planFromSample(file, head, 'windows-1252', options, limits);
      if (again.status !== 'plan') return again;
      return await streamRows(file, again.plan, hooks, limits.maxRecordChars);
    }
  } catch (error) {
    return { status: 'error', error: { code: 'read-failed', detail: errorText(error) } };
  }
}

const errorText = (error: unknown): string => (error instanceof Error ? `${error.name}: ${error.message}` : String(error));

/**
 * The sample: the first 256 KB, grown by 1 MB slices until it holds MIN_SAMPLE_RECORDS complete records,
 * the whole file, or `maxSampleBytes`. Then delimiter, layout and plan from it.
 */
async function planFromSample(
  file: Blob,
  head: Uint8Array,
  encoding: SurveyEncoding,
  options: ImportOptions,
  limits: { maxRecordChars: number; maxSampleBytes: number },
): Promise<{ status: 'plan'; plan: ImportPlan } | { status: 'error'; error: ImportError }> {
  const decoder = new TextDecoder(decoderLabel(encoding));
  let bytes = head.length;
  let complete = bytes >= file.size;
  let text = decoder.decode(head, { stream: !complete });
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') return { status: 'error', error: { code: complete ? 'empty' : 'binary' } };
  for (;;) {
    const declared = sepLine(text);
    const body = declared ? text.slice(text.indexOf('\n') + 1) : text;
    const delimiter = declared ?? detectDelimiter(body, complete);
    const split = splitRecords(body, delimiter, SAMPLE_ROWS + 4, complete, limits.maxRecordChars);
    const enough = split.records.length >= MIN_SAMPLE_RECORDS;
    if (enough || complete || bytes >= limits.maxSampleBytes) {
      const outcome = planImport({ records: split.records, delimiter, encoding, sepLine: Boolean(declared) }, options);
      if (outcome.ok) return { status: 'plan', plan: outcome.plan };
      if (outcome.error.code === 'no-data-rows') {
        // No data row in the sample: say why when the sample shows it (a quote never closed, rows too long).
        const quote = split.unreadable.find((record) => record.reason === 'unclosed-quote');
        if (quote) return { status: 'error', error: { code: 'unclosed-quote', line: quote.line + (declared ? 1 : 0) } };
        if (!complete || split.unreadable.length > 0) return { status: 'error', error: { code: 'first-rows-too-long' } };
      }
      return { status: 'error', error: outcome.error };
    }
    const more = new Uint8Array(await file.slice(bytes, bytes + SLICE_BYTES).arrayBuffer());
    bytes += more.length;
    complete = bytes >= file.size || more.length === 0;
    text += decoder.decode(more, { stream: !complete });
  }
}

interface RecordVisitor {
  /** A data row (header rows are skipped) and its row number in the file. */
  row(fields: string[], line: number): void;
  unreadable(record: UnreadableRecord): void;
  rowsSoFar(): number;
}

/**
 * One pass over the file's records in slices. Returns 'cancelled', or where reading stopped on an error
 * (`partial`), or nothing when the whole file was read. `progress` maps this pass's bytes to the bar's.
 */
async function visitRecords(
  file: Blob,
  plan: ImportPlan,
  hooks: ReadHooks,
  maxRecordChars: number,
  visitor: RecordVisitor,
  progress: (bytesRead: number) => number,
): Promise<'cancelled' | { partial?: PartialRead }> {
  const sliceBytes = hooks.sliceBytes ?? SLICE_BYTES;
  const progressEvery = hooks.progressEveryMs ?? 100;
  const utf8 = plan.encoding === 'utf-8' || plan.encoding === 'utf-8-bom';
  const decoder = new TextDecoder(decoderLabel(plan.encoding), { fatal: utf8 });
  let line = 0;
  let readable = 0;
  let lastComplete = 0;
  const splitter = new RecordSplitter(
    plan.delimiter,
    {
      record(fields) {
        line++;
        readable++;
        if (readable > plan.headerRows) visitor.row(fields, line);
        lastComplete = line;
      },
      empty() {
        line++;
        lastComplete = line;
      },
      unreadable(span) {
        line++;
        visitor.unreadable({ line, ...span });
        lastComplete = line;
      },
    },
    maxRecordChars,
  );
  let firstText = true;
  const push = (text: string) => {
    if (firstText && text.length > 0) {
      firstText = false;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    if (text.length > 0) splitter.push(text);
  };
  const decode = (bytes?: Uint8Array) => {
    try {
      return bytes ? decoder.decode(bytes, { stream: true }) : decoder.decode();
    } catch {
      throw new NotUtf8();
    }
  };

  let lastProgress = now();
  let start = 0;
  try {
    for (; start < file.size; start += sliceBytes) {
      if (hooks.isCancelled?.()) return 'cancelled';
      const bytes = new Uint8Array(await file.slice(start, start + sliceBytes).arrayBuffer());
      push(decode(bytes));
      const time = now();
      if (hooks.onProgress && time - lastProgress >= progressEvery) {
        lastProgress = time;
        hooks.onProgress(progress(Math.min(file.size, start + sliceBytes)), file.size, visitor.rowsSoFar());
      }
    }
    if (hooks.isCancelled?.()) return 'cancelled';
    push(decode());
    splitter.end();
  } catch (error) {
    if (error instanceof NotUtf8) throw error;
    // Keep what was counted, and say where and why the read stopped.
    return { partial: { line: lastComplete, bytesRead: Math.min(start, file.size), detail: errorText(error) } };
  }
  return {};
}

/**
 * "Keep each respondent's latest answer": a first pass finds each respondent's winning row among the counted
 * answers (src/lib/dedupe-respondents.ts), and the day/month order of the dates, for the counting pass.
 */
async function latestAnswers(
  file: Blob,
  plan: ImportPlan,
  hooks: ReadHooks,
  maxRecordChars: number,
): Promise<{ status: 'done'; winners: Map<string, number>; dateOrder?: 'dmy' | 'mdy' } | ReadOutcome> {
  const latest = new LatestAnswers();
  const { column, dateColumn } = plan;
  const respondentColumn = plan.workbench?.respondentColumn;
  let rows = 0;
  const visited = await visitRecords(
    file,
    plan,
    hooks,
    maxRecordChars,
    {
      row(fields, line) {
        rows++;
        if (typeof parseAnswer(fields[column]) !== 'number') return;
        latest.offer(respondentColumn === undefined ? undefined : fields[respondentColumn], line, dateColumn === undefined ? undefined : dateStamp(fields[dateColumn]));
      },
      unreadable() {},
      rowsSoFar: () => rows,
    },
    (bytes) => Math.round(bytes / 2),
  );
  if (visited === 'cancelled') return { status: 'cancelled' };
  if (visited.partial) return { status: 'error', error: { code: 'read-failed', detail: visited.partial.detail } };
  const order = latest.dateOrder(plan.dateHint);
  return { status: 'done', winners: latest.winners(order), ...(dateColumn !== undefined ? { dateOrder: order } : {}) };
}

async function streamRows(file: Blob, plan: ImportPlan, hooks: ReadHooks, maxRecordChars: number): Promise<ReadOutcome> {
  let winners: Map<string, number> | undefined;
  let halves = false;
  if (plan.workbench?.keepLatest) {
    const first = await latestAnswers(file, plan, hooks, maxRecordChars);
    if (first.status !== 'done') return first;
    winners = first.winners;
    if (first.dateOrder) plan = { ...plan, dateOrder: first.dateOrder };
    halves = true;
  }
  const tally = new Tally(plan, winners);
  const visited = await visitRecords(
    file,
    plan,
    hooks,
    maxRecordChars,
    { row: (fields, line) => tally.add(fields, line), unreadable: (record) => tally.addUnreadable(record), rowsSoFar: () => tally.rowsRead },
    (bytes) => (halves ? Math.round((file.size + bytes) / 2) : bytes),
  );
  if (visited === 'cancelled') return { status: 'cancelled' };
  const { partial } = visited;
  hooks.onProgress?.(partial ? partial.bytesRead : file.size, file.size, tally.rowsRead);
  if (tally.rowsRead === 0 && tally.unreadableCount === 0 && !partial) return { status: 'error', error: { code: 'no-data-rows' } };
  const result = tally.finish(file.size);
  if (partial) result.partial = partial;
  return { status: 'result', result };
}
