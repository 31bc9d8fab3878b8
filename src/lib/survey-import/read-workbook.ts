/**
 * Reads a workbook (.xlsx, .ods) into an ImportResult through the import's one analysis path: each sheet's
 * rows become rows of text cells (src/lib/survey-import/xlsx.ts, ods.ts), and those go through the same
 * `planImport` (layout, header rows, columns) and `Tally` (counts, skip reasons, months, segments,
 * detractors) as a CSV's records. Loaded by read-survey.ts with `import()` only when a file starts like a
 * ZIP archive, so this module is a chunk of its own that a CSV import never loads. Inflating is the platform's
 * DecompressionStream (native code): no library ships for it.
 *
 * 1. The archive's directory is read from the end of the file; the small parts (workbook, relationships,
 *    styles) whole, the shared strings streamed.
 * 2. Each sheet's first rows are sampled (streaming, stopping after SAMPLE_ROWS + 4 rows) and planned; the
 *    sheet read is the user's choice, else the first visible sheet whose plan finds a recommendation question,
 *    else the first visible sheet with data. The result says which and why (`WorkbookInfo.chosenBy`).
 * 3. The sheet is streamed again from its start, in 256 KB slices of the archive, inflated and scanned as it
 *    comes: memory holds the shared strings and one slice, never the sheet.
 * 4. An error after the plan stops the read and gives the result so far, marked `partial`, as for a CSV.
 */
import { LatestAnswers } from '../dedupe-respondents.ts';
import { parseAnswer } from './answer.ts';
import { compoundFileKind } from './cfb.ts';
import { dateStamp } from './date-time.ts';
import { type ImportPlan, planImport, SAMPLE_ROWS } from './plan.ts';
import { Tally } from './tally.ts';
import type { ImportError, ImportErrorCode, ImportOptions, PartialRead, WorkbookInfo, WorkbookSheet } from './types.ts';
import { parseDateStyles, parseWorkbook, relsPathOf, type RowSink, SharedStringsHandler, type SheetContext, SheetHandler, workbookPathOf } from './xlsx.ts';
import { XmlError, type XmlHandler, XmlScanner } from './xml-scan.ts';
import { canInflate, readZipDirectory, readZipText, streamZipEntry, ZipError, type ZipEntry } from './zip.ts';
import type { ReadHooks, ReadOutcome } from './read-survey.ts';

/** An OLE compound file: an old .xls, or an encrypted (password-protected) workbook. */
export async function readCompoundFile(file: Blob): Promise<ReadOutcome> {
  try {
    const kind = await compoundFileKind(file);
    return fail(kind === 'encrypted' ? 'workbook-encrypted' : kind === 'xls' ? 'xls' : 'binary');
  } catch (error) {
    return fail('read-failed', { detail: errorText(error) });
  }
}

/** Compressed bytes read per slice: about 2 MB of sheet XML, so progress and Cancel come several times a second. */
export const WORKBOOK_SLICE_BYTES = 256 * 1024;

/** Rows sampled per sheet to plan it (as many as the CSV sample splits). */
export const SAMPLE_RECORDS = SAMPLE_ROWS + 4;

/** Stops a stream once the sample is full (not an error). */
class SampleFull extends Error {}

export interface SheetSource {
  name: string;
  hidden: boolean;
  /** The first rows, when opening the workbook already read them (ODS). */
  sample?: string[][];
  /** Stream the sheet's rows; `afterSlice` gets the archive bytes read so far and may stop the read. */
  stream(sink: RowSink, afterSlice?: (bytesRead: number, totalBytes: number) => boolean | Promise<boolean>): Promise<void>;
}

export interface OpenedWorkbook {
  format: WorkbookInfo['format'];
  date1904: boolean;
  sheets: SheetSource[];
}

const errorText = (error: unknown): string => (error instanceof Error ? `${error.name}: ${error.message}` : String(error));
const fail = (code: ImportErrorCode, extra: Partial<ImportError> = {}): ReadOutcome => ({ status: 'error', error: { code, ...extra } });

/** Read a workbook. Never throws: errors come back as `{ status: 'error' }`. */
export async function readWorkbook(file: Blob, options: ImportOptions = {}, hooks: ReadHooks = {}): Promise<ReadOutcome> {
  if (!canInflate()) return fail('workbook-browser');
  let opened: OpenedWorkbook | ImportErrorCode;
  try {
    opened = await openWorkbook(file, hooks.sliceBytes ?? WORKBOOK_SLICE_BYTES);
  } catch (error) {
    if (error instanceof ZipError) return fail(error.code === 'encrypted' ? 'workbook-encrypted' : 'workbook-corrupt', { detail: error.message });
    if (error instanceof XmlError) return fail('workbook-corrupt', { detail: error.message });
    return fail('read-failed', { detail: errorText(error) });
  }
  if (typeof opened === 'string') return fail(opened);
  const workbook = opened;

  // Sample every sheet, then choose.
  const samples: string[][][] = [];
  const info: WorkbookInfo = { format: workbook.format, sheets: [], sheet: 0, chosenBy: 'only', date1904: workbook.date1904 };
  try {
    for (const sheet of workbook.sheets) {
      if (hooks.isCancelled?.()) return { status: 'cancelled' };
      const records = await sampleSheet(sheet);
      samples.push(records);
      const plan = records.length > 0 ? planImport({ records, delimiter: ',', encoding: 'utf-8' }) : undefined;
      const entry: WorkbookSheet = { name: sheet.name, hidden: sheet.hidden, survey: Boolean(plan?.ok && plan.plan.columns.some((c) => c.isLikely)), empty: records.length === 0 };
      info.sheets.push(entry);
    }
  } catch (error) {
    return fail(error instanceof ZipError || error instanceof XmlError ? 'workbook-corrupt' : 'read-failed', { detail: errorText(error) });
  }
  if (info.sheets.length === 0) return fail('sheet-empty', { workbook: info });

  if (options.sheet !== undefined) {
    if (!Number.isInteger(options.sheet) || options.sheet < 0 || options.sheet >= info.sheets.length) return fail('bad-sheet', { workbook: info });
    info.sheet = options.sheet;
    info.chosenBy = 'user';
  } else {
    const visible = info.sheets.map((sheet, index) => ({ sheet, index })).filter(({ sheet }) => !sheet.hidden);
    const survey = visible.find(({ sheet }) => sheet.survey);
    const withData = visible.find(({ index }) => (samples[index]?.length ?? 0) > 0 && planImport({ records: samples[index] as string[][], delimiter: ',', encoding: 'utf-8' }).ok);
    const chosen = survey ?? withData ?? visible[0] ?? { index: 0 };
    info.sheet = chosen.index;
    info.chosenBy = info.sheets.length === 1 ? 'only' : survey ? 'survey' : 'first';
  }

  const sample = samples[info.sheet] as string[][];
  if (sample.length === 0) return fail('sheet-empty', { workbook: info });
  const planned = planImport({ records: sample, delimiter: ',', encoding: 'utf-8' }, options);
  if (!planned.ok) return fail(planned.error.code === 'no-data-rows' ? 'sheet-header-only' : planned.error.code, { workbook: info });
  return streamSheet(file, workbook.sheets[info.sheet] as SheetSource, planned.plan, info, hooks);
}

/** The first SAMPLE_RECORDS rows with a value. */
async function sampleSheet(sheet: SheetSource): Promise<string[][]> {
  if (sheet.sample) return sheet.sample;
  const records: string[][] = [];
  try {
    await sheet.stream({
      row(cells) {
        records.push(cells);
        if (records.length >= SAMPLE_RECORDS) throw new SampleFull();
      },
      empty() {},
    });
  } catch (error) {
    if (!(error instanceof SampleFull)) throw error;
  }
  return records;
}

/**
 * "Keep each respondent's latest answer": a first pass over the sheet finds each respondent's winning row
 * among the counted answers (src/lib/dedupe-respondents.ts), and the day/month order of the dates, exactly
 * as read-survey.ts does for a CSV.
 */
async function latestAnswers(sheet: SheetSource, plan: ImportPlan, hooks: ReadHooks): Promise<{ winners: Map<string, number>; dateOrder?: 'dmy' | 'mdy' } | 'cancelled'> {
  const latest = new LatestAnswers();
  const { column, dateColumn } = plan;
  const respondentColumn = plan.workbench?.respondentColumn;
  let readable = 0;
  let cancelled = false;
  await sheet.stream(
    {
      row(cells, rowNumber) {
        readable++;
        if (readable <= plan.headerRows || typeof parseAnswer(cells[column]) !== 'number') return;
        latest.offer(respondentColumn === undefined ? undefined : cells[respondentColumn], rowNumber, dateColumn === undefined ? undefined : dateStamp(cells[dateColumn]));
      },
      empty() {},
    },
    (read, total) => {
      hooks.onProgress?.(Math.round(read / 2), total, 0);
      cancelled = hooks.isCancelled?.() ?? false;
      return !cancelled;
    },
  );
  if (cancelled) return 'cancelled';
  const order = latest.dateOrder(plan.dateHint);
  return { winners: latest.winners(order), ...(dateColumn !== undefined ? { dateOrder: order } : {}) };
}

async function streamSheet(file: Blob, sheet: SheetSource, plan: ImportPlan, info: WorkbookInfo, hooks: ReadHooks): Promise<ReadOutcome> {
  let winners: Map<string, number> | undefined;
  let halves = false;
  if (plan.workbench?.keepLatest) {
    let first: Awaited<ReturnType<typeof latestAnswers>>;
    try {
      first = await latestAnswers(sheet, plan, hooks);
    } catch (error) {
      return fail(error instanceof ZipError || error instanceof XmlError ? 'workbook-corrupt' : 'read-failed', { detail: errorText(error), workbook: info });
    }
    if (first === 'cancelled') return { status: 'cancelled' };
    winners = first.winners;
    if (first.dateOrder) plan = { ...plan, dateOrder: first.dateOrder };
    halves = true;
  }
  const tally = new Tally(plan, winners);
  const progressEvery = hooks.progressEveryMs ?? 100;
  let readable = 0;
  let lastRow = 0;
  let bytesRead = 0;
  let cancelled = false;
  let lastProgress = now();
  let partial: PartialRead | undefined;
  let totalBytes = file.size;
  try {
    await sheet.stream(
      {
        row(cells, rowNumber) {
          readable++;
          if (readable > plan.headerRows) tally.add(cells, rowNumber);
          lastRow = rowNumber;
        },
        empty(rowNumber) {
          lastRow = rowNumber;
        },
      },
      (read, total) => {
        bytesRead = read;
        totalBytes = total;
        if (hooks.isCancelled?.()) {
          cancelled = true;
          return false;
        }
        const time = now();
        if (hooks.onProgress && time - lastProgress >= progressEvery) {
          lastProgress = time;
          // With a first pass (keep latest), this pass is the bar's second half.
          hooks.onProgress(halves ? Math.round((total + read) / 2) : read, total, tally.rowsRead);
        }
        return true;
      },
    );
  } catch (error) {
    partial = { line: lastRow, bytesRead, detail: errorText(error) };
  }
  if (cancelled) return { status: 'cancelled' };
  hooks.onProgress?.(partial ? bytesRead : totalBytes, totalBytes, tally.rowsRead);
  if (tally.rowsRead === 0 && !partial) return fail('sheet-header-only', { workbook: info });
  const result = tally.finish(file.size);
  if (partial) result.partial = partial;
  result.workbook = info;
  return { status: 'result', result };
}

const now = () => (typeof performance !== 'undefined' ? performance.now() : Date.now());

/** Feed an entry's bytes, decoded as UTF-8, to an XML handler. */
export async function scanEntry(
  file: Blob,
  entry: ZipEntry,
  handler: XmlHandler,
  sliceBytes: number | undefined,
  afterSlice?: (bytesRead: number, totalBytes: number) => boolean | Promise<boolean>,
): Promise<void> {
  const decoder = new TextDecoder('utf-8');
  const scanner = new XmlScanner(handler);
  let first = true;
  await streamZipEntry(
    file,
    entry,
    (bytes) => {
      let text = decoder.decode(bytes, { stream: true });
      if (first && text.length > 0) {
        first = false;
        if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      }
      scanner.push(text);
    },
    {
      ...(sliceBytes ? { sliceBytes } : {}),
      ...(afterSlice ? { afterSlice: (progress) => afterSlice(progress.bytesRead, entry.compressedSize) } : {}),
    },
  );
  scanner.push(decoder.decode());
  scanner.end();
}

/** The archive's kind and sheets, or why it is not a workbook we read. */
async function openWorkbook(file: Blob, sliceBytes: number | undefined): Promise<OpenedWorkbook | ImportErrorCode> {
  const entries = await readZipDirectory(file);
  if ([...entries.values()].some((entry) => entry.encrypted)) return 'workbook-encrypted';
  const text = async (path: string) => {
    const entry = entries.get(path);
    return entry ? readZipText(file, entry) : undefined;
  };
  const mimetype = entries.has('mimetype') ? (await text('mimetype'))?.trim() : undefined;
  if (mimetype === 'application/vnd.oasis.opendocument.spreadsheet' || (!mimetype && entries.has('content.xml') && !entries.has('[Content_Types].xml'))) {
    const { openOds } = await import('./read-ods.ts');
    return openOds(file, entries, sliceBytes);
  }
  if (mimetype || !entries.has('[Content_Types].xml')) return 'not-a-workbook';

  const workbookPath = workbookPathOf(await text('_rels/.rels'));
  const workbookXml = await text(workbookPath);
  if (workbookXml === undefined) return 'not-a-workbook';
  const parts = parseWorkbook(workbookXml, await text(relsPathOf(workbookPath)), workbookPath);
  const stylesEntry = parts.styles ? entries.get(parts.styles) : undefined;
  const dateStyles = parseDateStyles(stylesEntry ? await readZipText(file, stylesEntry) : undefined);
  const stringsEntry = parts.sharedStrings ? entries.get(parts.sharedStrings) : undefined;
  const strings = new SharedStringsHandler();
  if (stringsEntry) await scanEntry(file, stringsEntry, strings, sliceBytes);
  const context: SheetContext = { strings: strings.strings, dateStyles, date1904: parts.date1904 };
  const sheets: SheetSource[] = parts.sheets.map((sheet) => {
    const entry = sheet.path ? entries.get(sheet.path) : undefined;
    return {
      name: sheet.name,
      hidden: sheet.hidden,
      async stream(sink, afterSlice) {
        if (!entry) return; // a chart sheet, or a part that is missing: no rows
        await scanEntry(file, entry, new SheetHandler(context, sink), sliceBytes, afterSlice);
      },
    };
  });
  return { format: 'xlsx', date1904: parts.date1904, sheets };
}
