/**
 * The import worker's protocol in one hook: it starts the worker on the first read, sends `start` and
 * `cancel` requests, drops late messages from an earlier read, and turns the worker's messages into state.
 * Reports each finished read through `onResult` (null while reading, after an error or a cancel, and when
 * the chosen column holds no answer at all). Leaves an `nps-import` performance measure (input to result)
 * for the benchmarks.
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { ImportError, ImportOptions, ImportRequest, ImportResponse, ImportResult } from '../../lib/survey-import/types.ts';

export type ImportStatus = 'idle' | 'reading' | 'done' | 'error' | 'cancelled';

export interface ImportProgress {
  bytesRead: number;
  totalBytes: number;
  rowsRead: number;
}

export interface ImportWorker {
  status: ImportStatus;
  progress: ImportProgress | null;
  result: ImportResult | null;
  error: ImportError | null;
  /** The worker could not start or crashed: the page says so instead of an import error. */
  workerFailed: boolean;
  start: (file: File, options: ImportOptions) => void;
  cancel: () => void;
  clearResult: () => void;
}

export const answeredCount = (result: ImportResult) => result.counts.reduce((total, count) => total + count, 0);

export function useImportWorker(onResult: (result: ImportResult | null) => void): ImportWorker {
  const workerRef = useRef<Worker | null>(null);
  const runRef = useRef(0);
  // The newest callback, for the worker's messages; updated after each render.
  const onResultRef = useRef(onResult);
  useLayoutEffect(() => {
    onResultRef.current = onResult;
  });
  const [status, setStatus] = useState<ImportStatus>('idle');
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [error, setError] = useState<ImportError | null>(null);
  const [workerFailed, setWorkerFailed] = useState(false);

  const handleMessage = useCallback((event: MessageEvent<ImportResponse>) => {
    const message = event.data;
    if (message.id !== runRef.current) return; // a late message from an earlier read
    switch (message.type) {
      case 'progress':
        setProgress({ bytesRead: message.bytesRead, totalBytes: message.totalBytes, rowsRead: message.rowsRead });
        break;
      case 'result': {
        performance.mark('nps-import-end');
        try {
          performance.measure('nps-import', 'nps-import-start', 'nps-import-end');
        } catch {
          // The start mark can be missing if the page cleared its marks; the measure is only for benchmarks.
        }
        setResult(message.result);
        setStatus('done');
        onResultRef.current(answeredCount(message.result) > 0 ? message.result : null);
        break;
      }
      case 'error':
        setError(message.error);
        setResult(null);
        setStatus('error');
        onResultRef.current(null);
        break;
      case 'cancelled':
        setResult(null);
        setStatus('cancelled');
        onResultRef.current(null);
        break;
    }
  }, []);

  const worker = useCallback((): Worker | null => {
    if (workerRef.current) return workerRef.current;
    try {
      const created = new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' });
      created.onmessage = handleMessage;
      created.onerror = () => {
        setWorkerFailed(true);
        setStatus('error');
        onResultRef.current(null);
        created.terminate();
        workerRef.current = null;
      };
      workerRef.current = created;
      return created;
    } catch {
      setWorkerFailed(true);
      setStatus('error');
      return null;
    }
  }, [handleMessage]);

  useEffect(() => () => workerRef.current?.terminate(), []);

  const start = (file: File, options: ImportOptions) => {
    const runner = worker();
    if (!runner) return;
    const run = ++runRef.current;
    setStatus('reading');
    setError(null);
    setWorkerFailed(false);
    setProgress({ bytesRead: 0, totalBytes: file.size, rowsRead: 0 });
    onResultRef.current(null);
    performance.clearMarks('nps-import-start');
    performance.clearMarks('nps-import-end');
    performance.mark('nps-import-start');
    const request: ImportRequest = { type: 'start', id: run, file, options };
    runner.postMessage(request);
  };

  const cancel = () => {
    const request: ImportRequest = { type: 'cancel', id: runRef.current };
    workerRef.current?.postMessage(request);
  };

  return { status, progress, result, error, workerFailed, start, cancel, clearResult: () => setResult(null) };
}
