// @vitest-environment jsdom
/**
 * ImportPanel and ImportDetails in jsdom. jsdom has no Web Worker, so a stand-in Worker runs the real
 * reader (read-survey.ts, the code the worker runs) in-process and answers with the same messages.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import ImportDetails from '../src/islands/import/ImportDetails.tsx';
import ImportPanel from '../src/islands/import/ImportPanel.tsx';
import { readSurvey } from '../src/islands/import/read-survey.ts';
import type { ImportRequest, ImportResponse, ImportResult } from '../src/lib/survey-import/types.ts';

const fixtures = join(import.meta.dirname, 'fixtures/exports');

// jsdom has no canvas: stand in for the chart with a plain canvas carrying the same accessible name.
vi.mock('react-chartjs-2', () => ({
  Chart: (props: { role?: string; 'aria-label'?: string; 'data-testid'?: string }) => <canvas role={props.role} aria-label={props['aria-label']} data-testid={props['data-testid']} />,
}));

/** Stand-in for the import worker: same protocol, same reader, no thread. */
class FakeWorker {
  static created = 0;
  static gate: Promise<void> | undefined;
  onmessage: ((event: MessageEvent<ImportResponse>) => void) | null = null;
  onerror: (() => void) | null = null;
  private readonly cancelled = new Set<number>();
  constructor() {
    FakeWorker.created++;
  }
  postMessage(request: ImportRequest): void {
    if (request.type === 'cancel') {
      this.cancelled.add(request.id);
      return;
    }
    const { id } = request;
    const send = (message: ImportResponse) => this.onmessage?.({ data: message } as MessageEvent<ImportResponse>);
    void this.run(request, send);
  }
  private async run(request: Extract<ImportRequest, { type: 'start' }>, send: (message: ImportResponse) => void): Promise<void> {
    const { id } = request;
    if (FakeWorker.gate) {
      // Hold the read after a first progress message, until the test opens the gate.
      send({ type: 'progress', id, bytesRead: 0, totalBytes: request.file.size, rowsRead: 0 });
      await FakeWorker.gate;
    }
    await readSurvey(request.file, request.options ?? {}, {
      isCancelled: () => this.cancelled.has(id),
      progressEveryMs: 0,
      onProgress: (bytesRead, totalBytes, rowsRead) => send({ type: 'progress', id, bytesRead, totalBytes, rowsRead }),
    }).then((outcome) => {
      if (outcome.status === 'cancelled') send({ type: 'cancelled', id });
      else if (outcome.status === 'result') send({ type: 'result', id, result: outcome.result });
      else send({ type: 'error', id, error: outcome.error });
    });
  }
  terminate(): void {}
}

beforeEach(() => {
  vi.stubGlobal('Worker', FakeWorker);
  FakeWorker.created = 0;
  FakeWorker.gate = undefined;
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function fixtureFile(name: string): File {
  return new File([readFileSync(join(fixtures, name))], name, { type: 'text/csv' });
}

async function choose(name: string) {
  const input = screen.getByTestId('responses-file') as HTMLInputElement;
  await act(async () => {
    fireEvent.change(input, { target: { files: [fixtureFile(name)] } });
  });
}

describe('ImportPanel', () => {
  test('a labelled file input that accepts CSV/TSV, and the statement that nothing is uploaded', () => {
    render(<ImportPanel locale="en" onResult={() => {}} />);
    const input = screen.getByLabelText('Survey export (CSV or TSV)');
    expect(input.getAttribute('type')).toBe('file');
    expect(input.getAttribute('data-testid')).toBe('responses-file');
    expect(input.getAttribute('accept')).toBe('.csv,.tsv,.txt,text/csv,text/tab-separated-values');
    expect(screen.getByText(/never uploaded/)).toBeTruthy();
    // The worker starts only when a file is chosen.
    expect(FakeWorker.created).toBe(0);
  });

  test('reports the result, what was detected and the skipped rows by reason', async () => {
    const onResult = vi.fn();
    render(<ImportPanel locale="en" onResult={onResult} />);
    await choose('messy.csv');
    await waitFor(() => expect(screen.getByTestId('rows-skipped')).toBeTruthy());
    const result = onResult.mock.calls.at(-1)?.[0] as ImportResult;
    expect(result.counts.reduce((a, b) => a + b, 0)).toBe(16);
    const skipped = screen.getByTestId('rows-skipped');
    expect(skipped.getAttribute('data-value')).toBe('11');
    expect(skipped.querySelector('[data-reason="blank"]')?.getAttribute('data-value')).toBe('2');
    expect(skipped.querySelector('[data-reason="notANumber"]')?.getAttribute('data-value')).toBe('5');
    expect(skipped.querySelector('[data-reason="outOfRange"]')?.getAttribute('data-value')).toBe('4');
    expect(screen.getByTestId('import-layout').getAttribute('data-value')).toBe('plain');
    expect(screen.getByText(/27 rows read, 16 answers counted/)).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  test('a quote that never closes is pointed out beside the result', async () => {
    render(<ImportPanel locale="en" onResult={() => {}} />);
    const input = screen.getByTestId('responses-file') as HTMLInputElement;
    const file = new File(['id,nps,comment\n1,9,ok\n2,3,"never closed\n3,10,x\n'], 'broken.csv', { type: 'text/csv' });
    await act(async () => {
      fireEvent.change(input, { target: { files: [file] } });
    });
    const warning = await screen.findByTestId('rows-unreadable');
    expect(warning.getAttribute('data-value')).toBe('1');
    expect(warning.querySelector('li')?.getAttribute('data-line')).toBe('3');
    expect(warning.textContent).toMatch(/^1 row could not be read.*Row 3: a quote \("\) opens there and is never closed, so the rest of the file \(25 characters, 2 more lines of text\)/);
  });

  test('a labelled progress bar while reading, and Cancel stops the read without a result', async () => {
    let open = () => {};
    FakeWorker.gate = new Promise<void>((resolve) => (open = resolve));
    const onResult = vi.fn();
    render(<ImportPanel locale="en" onResult={onResult} />);
    await choose('qualtrics.csv');
    const bar = await screen.findByLabelText('Reading the file');
    expect(bar.tagName).toBe('PROGRESS');
    expect(screen.getByTestId('import-progress').textContent).toMatch(/0%, 0 rows so far/);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
      open();
    });
    await screen.findByText(/Import cancelled/);
    expect(screen.queryByLabelText('Reading the file')).toBeNull();
    expect(onResult.mock.calls.length).toBeGreaterThan(0);
    expect(onResult.mock.calls.every(([result]) => result === null)).toBe(true);
  });

  test('a workbook gets a plain message in an alert, and no result', async () => {
    const onResult = vi.fn();
    render(<ImportPanel locale="en" onResult={onResult} />);
    await choose('workbook.xlsx');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/Excel.*Save as › CSV UTF-8/);
    expect(onResult).toHaveBeenLastCalledWith(null);
  });

  test('French strings', async () => {
    render(<ImportPanel locale="fr" onResult={() => {}} />);
    expect(screen.getByLabelText('Export d’enquête (CSV ou TSV)')).toBeTruthy();
    expect(screen.getByText(/n’est jamais envoyé/)).toBeTruthy();
    await choose('empty.csv');
    expect((await screen.findByRole('alert')).textContent).toBe('Ce fichier est vide.');
  });

  test('choosing another column re-reads the file; a column without answers says so and gives no result', async () => {
    const onResult = vi.fn();
    render(<ImportPanel locale="en" onResult={onResult} />);
    await choose('plain.csv');
    const select = (await screen.findByTestId('import-column')) as HTMLSelectElement;
    expect(select.value).toBe('1');
    expect(screen.getByLabelText('Recommendation question (0–10)')).toBe(select);
    await act(async () => {
      fireEvent.change(select, { target: { value: '0' } });
    });
    await waitFor(() => expect((onResult.mock.calls.at(-1)?.[0] as ImportResult | null)?.column).toBe(0));
    // Column 2 holds comments only: every row is skipped, so there is no score to show.
    await act(async () => {
      fireEvent.change(screen.getByTestId('import-column'), { target: { value: '2' } });
    });
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/No row of this column/));
    expect(onResult).toHaveBeenLastCalledWith(null);
    expect(screen.getByTestId('rows-skipped').getAttribute('data-value')).toBe('10');
  });

  test('the segment column can be switched off', async () => {
    const onResult = vi.fn();
    render(<ImportPanel locale="en" onResult={onResult} />);
    await choose('plain.csv');
    const segment = (await screen.findByTestId('import-segment-column')) as HTMLSelectElement;
    expect(segment.value).toBe('3');
    await act(async () => {
      fireEvent.change(segment, { target: { value: '' } });
    });
    await waitFor(() => expect(onResult.mock.calls.at(-1)?.[0]).toMatchObject({ column: 1 }));
    expect((onResult.mock.calls.at(-1)?.[0] as ImportResult).bySegment).toBeUndefined();
  });
});

describe('ImportDetails', () => {
  async function resultOf(name: string): Promise<ImportResult> {
    const outcome = await readSurvey(new Blob([readFileSync(join(fixtures, name))]));
    if (outcome.status !== 'result') throw new Error(name);
    return outcome.result;
  }

  test('tables of NPS by month and by segment with their intervals', async () => {
    const result = await resultOf('qualtrics.csv');
    render(<ImportDetails locale="en" result={result} />);
    const months = screen.getByTestId('nps-by-month').querySelectorAll('tbody tr');
    expect([...months].map((row) => row.getAttribute('data-key'))).toEqual(['2024-01', '2024-02', '2024-03']);
    // January: 9 10 7 2 8 → P 2, A 2, D 1 → NPS 20; adjusted Wald centre (2 − 1)/(5 + 3) = 12.5 points.
    const january = months[0] as HTMLElement;
    expect(Number(january.getAttribute('data-value'))).toBeCloseTo(20, 9);
    expect(Number(january.getAttribute('data-n'))).toBe(5);
    const low = Number(january.getAttribute('data-low'));
    const high = Number(january.getAttribute('data-high'));
    expect((low + high) / 2).toBeCloseTo(12.5, 9);
    expect(high - low).toBeGreaterThan(0);
    const segments = screen.getByTestId('nps-by-segment').querySelectorAll('tbody tr');
    expect([...segments].map((row) => row.querySelector('th')?.textContent)).toEqual(['Business', 'Retail']);
    expect(screen.getByTestId('detractors-count').getAttribute('data-value')).toBe('4');
    // Each chart has a text alternative pointing to its table.
    expect(screen.getByTestId('import-month-chart').getAttribute('aria-label')).toMatch(/3 months, from Jan 2024 to Mar 2024/);
    expect(screen.getByTestId('import-segment-chart').getAttribute('aria-label')).toMatch(/2 segments/);
  });

  test('without dates or segments, only the detractors section shows', async () => {
    const result = await resultOf('plain-numbers.txt');
    render(<ImportDetails locale="fr" result={result} />);
    expect(screen.queryByTestId('nps-by-month')).toBeNull();
    expect(screen.queryByTestId('nps-by-segment')).toBeNull();
    expect(screen.getByText('4 détracteurs (réponses de 0 à 6).')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Télécharger les détracteurs et leurs commentaires (CSV)' })).toBeTruthy();
  });
});
