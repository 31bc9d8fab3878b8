/**
 * Survey-export import: file picker and drop zone, progress with Cancel, what was detected, column
 * pickers, and skipped rows by reason. The file is read in a Web Worker (import-worker.ts, through
 * use-import-worker.ts), never uploaded.
 */
import { type ChangeEvent, type DragEvent, useId, useState } from 'react';
import { formatBytes, formatCount, formatPercent } from '../../lib/format.ts';
import type { Locale } from '../../lib/i18n.ts';
import { IMPORT_STRINGS, stringsOf, WORKBENCH_STRINGS } from '../../lib/lazy-strings.ts';
import type { ImportOptions, ImportResult } from '../../lib/survey-import/types.ts';
import { pinnedOptions } from '../../lib/survey-import/workbench-view.ts';
import WorkbenchPanel from './WorkbenchPanel.tsx';
import SheetPicker from './SheetPicker.tsx';
import { answeredCount, useImportWorker } from './use-import-worker.ts';
import './import.css';

export interface ImportPanelProps {
  locale: Locale;
  onResult: (result: ImportResult | null) => void;
}

export default function ImportPanel({ locale, onResult }: ImportPanelProps) {
  const [t, workbenchWords] = stringsOf(locale, IMPORT_STRINGS, WORKBENCH_STRINGS);
  const id = useId();
  const [file, setFile] = useState<File | null>(null);
  const [dragging, setDragging] = useState(false);

  const { status, progress, result, error, workerFailed, start, cancel, clearResult } = useImportWorker(onResult);

  const pick = (chosen: File | undefined) => {
    if (!chosen) return;
    setFile(chosen);
    clearResult();
    start(chosen, {});
  };

  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const chosen = input.files?.[0];
    // Forget the selection, so choosing the same file again (after Cancel, or after it changed on disk)
    // fires a new change and reads it anew: browsers fire none for the file already selected.
    input.value = '';
    pick(chosen);
  };

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    pick(event.dataTransfer.files[0]);
  };

  const rerun = (change: ImportOptions) => {
    if (!file || !result) return;
    // Pin the columns in use, so one change doesn't re-detect the others; a column can't play two parts.
    // A workbook's sheet stays the one read.
    start(file, { ...(result.workbook ? { sheet: result.workbook.sheet } : {}), ...pinnedOptions(result, change) });
  };

  // A workbook's sheet: another sheet is read with its columns detected afresh.
  const workbook = result?.workbook ?? error?.workbook;
  const pickSheet = (sheet: number) => {
    if (file) start(file, { sheet });
  };

  const optionalColumn = (value: string): number | null => (value === '' ? null : Number(value));
  const columnName = (index: number) => result?.allColumns[index]?.header || t.columnN(index + 1);
  const count = (value: number) => formatCount(value, locale);
  const percent = progress && progress.totalBytes > 0 ? formatPercent((progress.bytesRead / progress.totalBytes) * 100, locale, 0) : formatPercent(0, locale, 0);
  const counted = result ? answeredCount(result) : 0;
  const candidates = new Set(result?.columns.map((c) => c.index));
  const [partialBefore, partialAfter] = result?.partial
    ? t.partial(formatPercent(result.bytes > 0 ? (result.partial.bytesRead / result.bytes) * 100 : 0, locale, 0), count(result.partial.line))
    : ['', ''];

  return (
    <div className="import-panel">
      <div
        className={`import-drop${dragging ? ' import-drop--active' : ''}`}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <label htmlFor={`${id}-file`} className="import-label">
          {t.fileLabel}
        </label>
        <input
          id={`${id}-file`}
          type="file"
          data-testid="responses-file"
          accept=".csv,.tsv,.txt,.xlsx,.ods,text/csv,text/tab-separated-values,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.oasis.opendocument.spreadsheet"
          aria-describedby={`${id}-privacy ${id}-hint`}
          onChange={onChange}
        />
        <p id={`${id}-hint`} className="hint">
          {dragging ? t.dropActive : t.dropHint}
        </p>
        <p id={`${id}-privacy`} className="import-privacy">
          {t.privacy}
        </p>
        <p className="hint">{t.supported}</p>
      </div>

      {status === 'reading' && progress && (
        <div className="import-progress">
          <label htmlFor={`${id}-progress`}>{t.progressLabel}</label>
          <progress id={`${id}-progress`} max={progress.totalBytes || 1} value={progress.bytesRead} />
          <span className="import-progress-text" data-testid="import-progress" data-value={progress.bytesRead}>
            {t.reading(percent, count(progress.rowsRead))}
          </span>
          <button type="button" onClick={cancel}>
            {t.cancel}
          </button>
        </div>
      )}

      {status === 'cancelled' && (
        <p className="notice" role="status">
          {t.cancelled}
        </p>
      )}

      {status === 'error' && (
        <p className="field-error" role="alert" data-testid="import-error" data-code={workerFailed ? 'worker' : error?.code}>
          {workerFailed
            ? t.workerFailed
            : error
              ? error.code === 'unclosed-quote' && error.line !== undefined
                ? t.unclosedQuoteAt(count(error.line))
                : [
                    t.errors[error.code],
                    // The browser's own error text, in its language (English in Chromium): marked so, on a French page too.
                    error.detail && (
                      <span key="detail">
                        {' ('}
                        <span lang="en">{error.detail}</span>)
                      </span>
                    ),
                  ]
              : t.errors['read-failed']}
        </p>
      )}
      {status === 'error' && workbook && file && <SheetPicker workbook={workbook} t={t} onPick={pickSheet} />}

      {status === 'done' && result && file && (
        <div className="import-result">
          <p role="status">
            <strong>{t.fileSummary(file.name, formatBytes(result.bytes, locale, t.byteUnits))}</strong>{' '}
            <span data-testid="import-layout" data-value={result.layout}>
              {t.detected} {t.layouts[result.layout]}
            </span>
            {' · '}
            {result.workbook ? (
              <span data-testid="import-format" data-value={result.workbook.format}>
                {t.workbookFormats[result.workbook.format]}
              </span>
            ) : (
              <>
                <span data-testid="import-encoding" data-value={result.encoding}>
                  {t.encodings[result.encoding]}
                </span>
                {' · '}
                <span data-testid="import-delimiter" data-value={result.delimiter}>
                  {t.delimiters[result.delimiter]}
                </span>
              </>
            )}
            {' · '}
            {t.headerRows(result.headerRows)}
          </p>
          {result.workbook && <SheetPicker workbook={result.workbook} t={t} onPick={pickSheet} />}
          <p data-testid="rows-read" data-value={result.rowsRead}>
            {t.rowsSummary(count(result.rowsRead), count(counted))}
          </p>
          <div data-testid="rows-skipped" data-value={result.skipped.total}>
            {result.skipped.total === 0 ? (
              <p>{t.skippedNone}</p>
            ) : (
              <>
                <p>{t.skippedTotal(count(result.skipped.total))}</p>
                <ul className="import-skipped">
                  {result.skipped.blank > 0 && (
                    <li data-reason="blank" data-value={result.skipped.blank}>
                      {t.skippedBlank(count(result.skipped.blank))}
                    </li>
                  )}
                  {result.skipped.notANumber > 0 && (
                    <li data-reason="notANumber" data-value={result.skipped.notANumber}>
                      {t.skippedNotANumber(count(result.skipped.notANumber))}
                    </li>
                  )}
                  {result.skipped.outOfRange > 0 && (
                    <li data-reason="outOfRange" data-value={result.skipped.outOfRange}>
                      {t.skippedOutOfRange(count(result.skipped.outOfRange))}
                    </li>
                  )}
                  {(result.skipped.repeat ?? 0) > 0 && (
                    <li data-reason="repeat" data-value={result.skipped.repeat}>
                      {workbenchWords.skippedRepeat(count(result.skipped.repeat ?? 0))}
                    </li>
                  )}
                </ul>
              </>
            )}
          </div>
          {counted === 0 && (
            <p className="field-error" role="alert" data-testid="import-error" data-code="no-answers">
              {t.noAnswers}
            </p>
          )}
          {result.partial && (
            <p className="warning" data-testid="import-partial" data-value={result.partial.line} data-bytes={result.partial.bytesRead}>
              {partialBefore}
              <span lang="en">{result.partial.detail}</span>
              {partialAfter}
            </p>
          )}
          {result.unreadable.total > 0 && (
            <div className="warning" data-testid="rows-unreadable" data-value={result.unreadable.total}>
              <p>{t.unreadableTotal(result.unreadable.total, count(result.unreadable.total))}</p>
              <ul>
                {result.unreadable.records.slice(0, 5).map((record) => (
                  <li key={record.line} data-line={record.line} data-reason={record.reason}>
                    {t.unreadableRecord(count(record.line), record.reason, count(record.chars), count(record.lineBreaks))}
                  </li>
                ))}
              </ul>
              {result.unreadable.total > 5 && <p>{t.unreadableMore(count(result.unreadable.total - 5))}</p>}
            </div>
          )}
          {result.dateOrder && result.dateOrder !== 'ymd' && <p className="hint">{t.dateOrder[result.dateOrder]}</p>}
          {result.undated > 0 && <p className="hint">{t.undated(count(result.undated))}</p>}
        </div>
      )}

      {result && file && status !== 'reading' && status !== 'cancelled' && (
        <div className="import-columns">
          <label>
            <span>{t.columnLabel}</span>
            <select data-testid="import-column" value={result.column} onChange={(event) => rerun({ column: Number(event.target.value) })}>
              {result.allColumns.map((column) => (
                <option key={column.index} value={column.index}>
                  {columnName(column.index)}
                  {candidates.has(column.index) ? ` (${t.columnValues})` : ''}
                </option>
              ))}
            </select>
          </label>
          {result.columnGuessed && <p className="hint import-guessed">{t.columnGuessed}</p>}
          {(
            [
              ['segmentColumn', t.segmentLabel, result.segmentColumn, 'import-segment-column'],
              ['dateColumn', t.dateLabel, result.dateColumn, 'import-date-column'],
              ['commentColumn', t.commentLabel, result.commentColumn, 'import-comment-column'],
            ] as const
          ).map(([key, label, value, testId]) => (
            <label key={key}>
              <span>{label}</span>
              <select data-testid={testId} value={value ?? ''} onChange={(event) => rerun({ [key]: optionalColumn(event.target.value) })}>
                <option value="">{t.none}</option>
                {result.allColumns
                  .filter((column) => column.index !== result.column)
                  .map((column) => (
                    <option key={column.index} value={column.index}>
                      {columnName(column.index)}
                    </option>
                  ))}
              </select>
            </label>
          ))}
        </div>
      )}

      {result && file && status === 'done' && <WorkbenchPanel locale={locale} result={result} rerun={rerun} columnName={columnName} none={t.none} />}
    </div>
  );
}
