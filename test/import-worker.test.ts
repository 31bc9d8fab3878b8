/**
 * The import worker's own protocol (src/islands/import/import-worker.ts), run in Node with `self` standing in for
 * the worker scope: a 'start' gets a 'result' carrying its id and the file's counts; a 'cancel' gets 'cancelled'
 * and no result; a newer 'start' supersedes an older one, whose result is never posted. The panel's tests use a
 * fake worker; this one runs the real module.
 */
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import type { ImportRequest, ImportResponse } from '../src/lib/survey-import/types.ts';
import { surveyCsvBlob } from './support/make-survey-csv.ts';

const posted: ImportResponse[] = [];
const scope: { onmessage: ((event: MessageEvent<ImportRequest>) => void) | null; postMessage(message: ImportResponse): void } = {
  onmessage: null,
  postMessage: (message) => posted.push(message),
};

beforeAll(async () => {
  vi.stubGlobal('self', scope);
  await import('../src/islands/import/import-worker.ts');
});
afterAll(() => {
  vi.unstubAllGlobals();
});

function send(request: ImportRequest): void {
  if (!scope.onmessage) throw new Error('the worker module did not set onmessage');
  scope.onmessage({ data: request } as MessageEvent<ImportRequest>);
}

/** The first message of `type` for `id`, once it has been posted. */
const waitForMessage = (id: number, type: ImportResponse['type']) =>
  vi.waitFor(
    () => {
      const message = posted.find((m) => m.id === id && m.type === type);
      if (!message) throw new Error(`no ${type} for request ${id} yet`);
      return message;
    },
    { timeout: 20_000, interval: 20 },
  );

const file = (text: string) => new Blob([text], { type: 'text/csv' });

describe('import worker protocol', () => {
  test('a start is answered with a result carrying its id and the counts of the file', async () => {
    send({ type: 'start', id: 1, file: file('How likely are you to recommend us?\n10\n9\n3\n\n') });
    const message = await waitForMessage(1, 'result');
    if (message.type !== 'result') throw new Error('not a result');
    expect(message.result.counts).toEqual([0, 0, 0, 1, 0, 0, 0, 0, 0, 1, 1]);
    expect(posted.filter((m) => m.id === 1).map((m) => m.type)).not.toContain('error');
  });

  test('a cancel right after its start is answered with cancelled, and no result', async () => {
    send({ type: 'start', id: 2, file: file('score\n8\n7\n') });
    send({ type: 'cancel', id: 2 });
    await waitForMessage(2, 'cancelled');
    expect(posted.filter((m) => m.id === 2 && m.type === 'result')).toEqual([]);
  });

  test('a newer start supersedes the read in progress: only the newer one gets a result', async () => {
    const { blob } = surveyCsvBlob({ rows: 50_000, seed: 3 });
    send({ type: 'start', id: 3, file: blob });
    send({ type: 'start', id: 4, file: file('score\n0\n10\n') });
    const message = await waitForMessage(4, 'result');
    if (message.type !== 'result') throw new Error('not a result');
    expect(message.result.counts).toEqual([1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1]);
    // The superseded read stops at its next slice and says so; it never posts a result.
    await waitForMessage(3, 'cancelled');
    expect(posted.filter((m) => m.id === 3 && m.type === 'result')).toEqual([]);
  });
});
