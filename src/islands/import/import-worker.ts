/**
 * The import Web Worker: reads a survey export off the main thread and posts progress (at most every
 * 100 ms), then the result, an error code, or 'cancelled'. One read at a time: a new 'start' supersedes
 * the previous one, which stops at its next slice. Loaded by ImportPanel with
 * `new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' })`, so PapaParse ships in
 * this worker's chunk only, never in the page's bundle.
 */
import type { ImportRequest, ImportResponse } from '../../lib/survey-import/types.ts';
import { readSurvey } from '../../lib/survey-import/read-survey.ts';

interface WorkerScope {
  onmessage: ((event: MessageEvent<ImportRequest>) => void) | null;
  postMessage(message: ImportResponse): void;
}

const scope = self as unknown as WorkerScope;
let current = -1;
const cancelled = new Set<number>();

scope.onmessage = (event) => {
  const request = event.data;
  if (request.type === 'cancel') {
    cancelled.add(request.id);
    return;
  }
  current = request.id;
  const id = request.id;
  const stopped = () => cancelled.has(id) || current !== id;
  void readSurvey(request.file, request.options ?? {}, {
    progressEveryMs: 100,
    isCancelled: stopped,
    onProgress: (bytesRead, totalBytes, rowsRead) => {
      if (!stopped()) scope.postMessage({ type: 'progress', id, bytesRead, totalBytes, rowsRead });
    },
  }).then((outcome) => {
    const wasCancelled = cancelled.delete(id);
    if (outcome.status === 'cancelled' || wasCancelled) {
      scope.postMessage({ type: 'cancelled', id });
      return;
    }
    if (current !== id) return; // superseded by a newer read
    if (outcome.status === 'result') scope.postMessage({ type: 'result', id, result: outcome.result });
    else scope.postMessage({ type: 'error', id, error: outcome.error });
  });
};
