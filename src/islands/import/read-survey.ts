/**
 * Reads a survey export (a File or Blob) into an ImportResult, streaming: PapaParse is fed decoded
 * text one slice at a time, so memory stays flat on a file of any size and the whole file is never
 * held as one string. Runs inside the import worker in the browser, and in Node for tests.
 *
 * 1. The first 256 KB decide the kind of file (encoding.ts), the delimiter, the layout and the columns.
 * 2. The file is read in 1 MB slices, decoded with a streaming TextDecoder (UTF-8 is decoded with
 *    `fatal: true`: an invalid byte past the sample restarts the read as Windows-1252), and pushed into
 *    PapaParse through a minimal stream object (PapaParse's documented stream input), rows by `chunk`.
 * 3. Header rows are skipped, every other non-empty record goes through the Tally.
 */
import Papa from 'papaparse';
import { splitRecords, detectDelimiter, sepLine } from '../../lib/survey-import/delimiter.ts';
import { decoderLabel, sniffBytes } from '../../lib/survey-import/encoding.ts';
import { type ImportPlan, planImport, SAMPLE_ROWS } from '../../lib/survey-import/plan.ts';
import { Tally } from '../../lib/survey-import/tally.ts';
import type { ImportError, ImportOptions, ImportResult, SurveyEncoding } from '../../lib/survey-import/types.ts';

export const SAMPLE_BYTES = 256 * 1024;
export const SLICE_BYTES = 1024 * 1024;

export interface ReadHooks {
  /** Called at most every `progressEveryMs` with bytes read so far. */
  onProgress?: (bytesRead: number, totalBytes: number, rowsRead: number) => void;
  progressEveryMs?: number;
  /** Checked between slices; true stops the read. */
  isCancelled?: () => boolean;
  sliceBytes?: number;
}

export type ReadOutcome = { status: 'result'; result: ImportResult } | { status: 'error'; error: ImportError } | { status: 'cancelled' };

/** Thrown inside the stream when UTF-8 decoding meets an invalid byte. */
class NotUtf8 extends Error {}

/** The smallest object PapaParse accepts as a readable stream (it checks readable, read and on). */
class PushStream {
  readonly readable = true;
  private readonly listeners = new Map<string, Array<(value?: unknown) => void>>();
  read(): void {}
  pause(): void {}
  resume(): void {}
  on(event: string, listener: (value?: unknown) => void): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }
  removeListener(event: string, listener: (value?: unknown) => void): this {
    this.listeners.set(event, (this.listeners.get(event) ?? []).filter((l) => l !== listener));
    return this;
  }
  emit(event: string, value?: unknown): void {
    for (const listener of this.listeners.get(event) ?? []) listener(value);
  }
}

const now = () => (typeof performance !== 'undefined' ? performance.now() : Date.now());

/** Read a whole survey export. Never throws: errors come back as `{ status: 'error' }`. */
export async function readSurvey(file: Blob, options: ImportOptions = {}, hooks: ReadHooks = {}): Promise<ReadOutcome> {
  try {
    const head = new Uint8Array(await file.slice(0, SAMPLE_BYTES).arrayBuffer());
    const sniffed = sniffBytes(head);
    if (sniffed.kind === 'error') return { status: 'error', error: { code: sniffed.code } };
    const complete = file.size <= SAMPLE_BYTES;
    const planned = planFromSample(head, sniffed.encoding, complete, options);
    if (planned.status !== 'plan') return planned;
    try {
      return await streamRows(file, planned.plan, hooks);
    } catch (error) {
      if (!(error instanceof NotUtf8)) throw error;
      // An invalid UTF-8 byte after the sample: the file is Windows-1252 after all. Read it again.
      const again = planFromSample(head, 'windows-1252', complete, options);
      if (again.status !== 'plan') return again;
      return await streamRows(file, again.plan, hooks);
    }
  } catch (error) {
    return { status: 'error', error: { code: 'read-failed', detail: error instanceof Error ? error.message : String(error) } };
  }
}

function planFromSample(
  head: Uint8Array,
  encoding: SurveyEncoding,
  complete: boolean,
  options: ImportOptions,
): { status: 'plan'; plan: ImportPlan } | { status: 'error'; error: ImportError } {
  let text = new TextDecoder(decoderLabel(encoding)).decode(head, { stream: !complete });
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') return { status: 'error', error: { code: complete ? 'empty' : 'binary' } };
  const declared = sepLine(text);
  if (declared) text = text.slice(text.indexOf('\n') + 1);
  const delimiter = declared ?? detectDelimiter(text, complete);
  const { records } = splitRecords(text, delimiter, SAMPLE_ROWS + 4, complete);
  const outcome = planImport({ records, delimiter, encoding, sepLine: Boolean(declared) }, options);
  return outcome.ok ? { status: 'plan', plan: outcome.plan } : { status: 'error', error: outcome.error };
}

async function streamRows(file: Blob, plan: ImportPlan, hooks: ReadHooks): Promise<ReadOutcome> {
  const tally = new Tally(plan);
  const sliceBytes = hooks.sliceBytes ?? SLICE_BYTES;
  const progressEvery = hooks.progressEveryMs ?? 100;
  const utf8 = plan.encoding === 'utf-8' || plan.encoding === 'utf-8-bom';
  const decoder = new TextDecoder(decoderLabel(plan.encoding), { fatal: utf8 });
  const stream = new PushStream();
  let line = 0;
  let records = 0;
  let parser: Papa.Parser | undefined;
  let unclosedQuoteLine: number | undefined;
  let firstText = true;

  // `chunk` (one callback per slice with its rows) costs less than `step` (one callback and result object per row).
  Papa.parse<string[]>(stream as unknown as NodeJS.ReadableStream, {
    delimiter: plan.delimiter,
    quoteChar: '"',
    skipEmptyLines: false,
    chunk: (results, handle) => {
      parser = handle;
      const rows = results.data;
      const firstLine = line;
      for (let index = 0; index < rows.length; index++) {
        line++;
        const row = rows[index] as string[];
        if (row.length === 1 && row[0] === '') continue; // an empty line: not a row
        records++;
        if (records <= plan.headerRows) continue;
        tally.add(row, line);
      }
      for (const error of results.errors) {
        // A quote never closed swallows the rest of the file into one cell: say where, never hide it.
        if (error.code === 'MissingQuotes' && unclosedQuoteLine === undefined) unclosedQuoteLine = firstLine + (error.row ?? 0) + 1;
      }
    },
    // Nothing to do at the end: the loop below knows when it has pushed the last slice.
    complete: () => undefined,
  });

  const push = (text: string) => {
    if (firstText && text.length > 0) {
      firstText = false;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    if (text.length > 0) stream.emit('data', text);
  };

  let lastProgress = now();
  for (let start = 0; start < file.size; start += sliceBytes) {
    if (hooks.isCancelled?.()) {
      parser?.abort();
      return { status: 'cancelled' };
    }
    const bytes = new Uint8Array(await file.slice(start, start + sliceBytes).arrayBuffer());
    let text: string;
    try {
      text = decoder.decode(bytes, { stream: true });
    } catch {
      throw new NotUtf8();
    }
    push(text);
    const time = now();
    if (hooks.onProgress && time - lastProgress >= progressEvery) {
      lastProgress = time;
      hooks.onProgress(Math.min(file.size, start + sliceBytes), file.size, tally.rowsRead);
    }
  }
  if (hooks.isCancelled?.()) {
    parser?.abort();
    return { status: 'cancelled' };
  }
  try {
    push(decoder.decode());
  } catch {
    throw new NotUtf8();
  }
  stream.emit('end');
  hooks.onProgress?.(file.size, file.size, tally.rowsRead);
  if (tally.rowsRead === 0) return { status: 'error', error: { code: 'no-data-rows' } };
  const result = tally.finish(file.size);
  if (unclosedQuoteLine !== undefined) result.unclosedQuoteLine = unclosedQuoteLine;
  return { status: 'result', result };
}
