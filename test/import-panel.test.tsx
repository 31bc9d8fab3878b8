// @vitest-environment jsdom
/**
 * ImportPanel and ImportDetails in jsdom. jsdom has no Web Worker, so a stand-in Worker runs the real
 * reader (read-survey.ts, the code the worker runs) in-process and answers with the same messages.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import './support/preload-strings.ts';
import ImportDetails from '../src/islands/import/ImportDetails.tsx';
import ImportPanel from '../src/islands/import/ImportPanel.tsx';
import { type ReadOutcome, readSurvey } from '../src/lib/survey-import/read-survey.ts';
import type { ImportRequest, ImportResponse, ImportResult } from '../src/lib/survey-import/types.ts';

const fixtures = join(import.meta.dirname, 'fixtures/exports');

// jsdom has no canvas: stand in for the chart with a plain canvas carrying the same accessible name.
vi.mock('react-chartjs-2', () => ({
  Chart: (props: { role?: string; 'aria-label'?: string; 'data-testid'?: string }) => (
    <canvas role={props.role} aria-label={props['aria-label']} data-testid={props['data-testid']} />
  ),
}));

/** Stand-in for the import worker: same protocol, same reader, no thread. */
class FakeWorker {
  static created = 0;
  static gate: Promise<void> | undefined;
  /** When set, every read answers this outcome (to show states a small fixture can't produce). */
  static outcome: ReadOutcome | undefined;
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
    const fixed = FakeWorker.outcome;
    await (
      fixed
        ? Promise.resolve(fixed)
        : readSurvey(request.file, request.options ?? {}, {
            isCancelled: () => this.cancelled.has(id),
            progressEveryMs: 0,
            onProgress: (bytesRead, totalBytes, rowsRead) => send({ type: 'progress', id, bytesRead, totalBytes, rowsRead }),
          })
    ).then((outcome) => {
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
  FakeWorker.outcome = undefined;
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function fixtureFile(name: string): File {
  return new File([readFileSync(join(fixtures, name))], name, { type: 'text/csv' });
}

async function choose(name: string) {
  const input = screen.getByTestId<HTMLInputElement>('responses-file');
  await act(async () => {
    fireEvent.change(input, { target: { files: [fixtureFile(name)] } });
  });
}

describe('ImportPanel', () => {
  test('a labelled file input that accepts CSV/TSV and workbooks, and the statement that nothing is uploaded', () => {
    render(<ImportPanel locale="en" onResult={() => {}} />);
    const input = screen.getByLabelText('Survey export (CSV, TSV or Excel workbook)');
    expect(input.getAttribute('type')).toBe('file');
    expect(input.getAttribute('data-testid')).toBe('responses-file');
    expect(input.getAttribute('accept')).toBe(
      '.csv,.tsv,.txt,.xlsx,.ods,text/csv,text/tab-separated-values,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.oasis.opendocument.spreadsheet',
    );
    expect(screen.getByText(/never uploaded/).textContent).toBe('Your file stays on this device: it is read by your browser and never uploaded.');
    // The worker starts only when a file is chosen.
    expect(FakeWorker.created).toBe(0);
  });

  test('reports the result, what was detected and the skipped rows by reason', async () => {
    const onResult = vi.fn();
    render(<ImportPanel locale="en" onResult={onResult} />);
    await choose('messy.csv');
    await waitFor(() => expect(screen.getByTestId('rows-skipped').getAttribute('data-value')).toBe('11'));
    const result = onResult.mock.calls.at(-1)?.[0] as ImportResult;
    expect(result.counts.reduce((a, b) => a + b, 0)).toBe(16);
    const skipped = screen.getByTestId('rows-skipped');
    expect(skipped.getAttribute('data-value')).toBe('11');
    expect(skipped.querySelector('[data-reason="blank"]')?.getAttribute('data-value')).toBe('2');
    expect(skipped.querySelector('[data-reason="notANumber"]')?.getAttribute('data-value')).toBe('5');
    expect(skipped.querySelector('[data-reason="outOfRange"]')?.getAttribute('data-value')).toBe('4');
    expect(screen.getByTestId('import-layout').getAttribute('data-value')).toBe('plain');
    expect(screen.getByText(/27 rows read, 16 answers counted/).textContent).toMatch(/^27 rows read, 16 answers counted/);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  test('a quote that never closes is pointed out beside the result', async () => {
    render(<ImportPanel locale="en" onResult={() => {}} />);
    const input = screen.getByTestId<HTMLInputElement>('responses-file');
    const file = new File(['id,nps,comment\n1,9,ok\n2,3,"never closed\n3,10,x\n'], 'broken.csv', { type: 'text/csv' });
    await act(async () => {
      fireEvent.change(input, { target: { files: [file] } });
    });
    const warning = await screen.findByTestId('rows-unreadable');
    expect(warning.getAttribute('data-value')).toBe('1');
    expect(warning.querySelector('li')?.getAttribute('data-line')).toBe('3');
    expect(warning.textContent).toMatch(
      /^1 row could not be read.*Row 3: a quote \("\) opens there and is never closed, so the rest of the file \(25 characters, 2 more lines of text\)/,
    );
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

  test('a damaged workbook gets a plain message in an alert, and no result', async () => {
    const onResult = vi.fn();
    render(<ImportPanel locale="en" onResult={onResult} />);
    await choose('workbook.xlsx');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/workbook is damaged.*Save as › CSV UTF-8/);
    expect(onResult).toHaveBeenLastCalledWith(null);
  });

  test('French strings', async () => {
    render(<ImportPanel locale="fr" onResult={() => {}} />);
    expect(screen.getByLabelText('Export d’enquête (CSV, TSV ou classeur Excel)').getAttribute('type')).toBe('file');
    expect(screen.getByText(/n’est jamais envoyé/).textContent).toBe('Votre fichier reste sur cet appareil\u00a0: il est lu par votre navigateur et n’est jamais envoyé.');
    await choose('empty.csv');
    expect((await screen.findByRole('alert')).textContent).toBe('Ce fichier est vide.');
  });

  test('choosing another column re-reads the file; a column without answers says so and gives no result', async () => {
    const onResult = vi.fn();
    render(<ImportPanel locale="en" onResult={onResult} />);
    await choose('plain.csv');
    const select = await screen.findByTestId<HTMLSelectElement>('import-column');
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
    const segment = await screen.findByTestId<HTMLSelectElement>('import-segment-column');
    expect(segment.value).toBe('3');
    await act(async () => {
      fireEvent.change(segment, { target: { value: '' } });
    });
    await waitFor(() => expect(onResult.mock.calls.at(-1)?.[0]).toMatchObject({ column: 1 }));
    expect((onResult.mock.calls.at(-1)?.[0] as ImportResult).bySegment).toBeUndefined();
  });
});

/**
 * A browser's file input, as Chromium behaves: choosing the file that is already selected (same name)
 * fires no change event. The panel must clear the selection after each pick, or a re-pick is lost.
 */
function browserInput(input: HTMLInputElement) {
  let selected: string | undefined;
  Object.defineProperty(input, 'value', {
    configurable: true,
    get: () => (selected ? `C:\\fakepath\\${selected}` : ''),
    set: (value: string) => {
      if (value === '') selected = undefined;
    },
  });
  return async (file: File) => {
    if (selected === file.name) return false; // no change event: the browser thinks nothing changed
    selected = file.name;
    await act(async () => {
      fireEvent.change(input, { target: { files: [file] } });
    });
    return true;
  };
}

describe('ImportPanel: picking again', () => {
  test('the same file picked again after Cancel is read anew', async () => {
    let open = () => {};
    FakeWorker.gate = new Promise<void>((resolve) => (open = resolve));
    const onResult = vi.fn();
    render(<ImportPanel locale="en" onResult={onResult} />);
    const pick = browserInput(screen.getByTestId<HTMLInputElement>('responses-file'));
    const file = fixtureFile('qualtrics.csv');
    await pick(file);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
      open();
    });
    await screen.findByText(/Import cancelled/);
    FakeWorker.gate = undefined;
    expect(await pick(file)).toBe(true);
    await waitFor(() => expect(screen.getByTestId('rows-read').getAttribute('data-value')).toBe('15'));
    expect(screen.queryByText(/Import cancelled/)).toBeNull();
  });

  test('any sequence of picks of one file name, its content changing between them, always shows the last content', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 1, maxLength: 8 }), { minLength: 2, maxLength: 5 }), async (versions) => {
        cleanup();
        const onResult = vi.fn();
        render(<ImportPanel locale="en" onResult={onResult} />);
        const pick = browserInput(screen.getByTestId<HTMLInputElement>('responses-file'));
        for (const answers of versions) {
          const file = new File([`How likely are you to recommend us?\n${answers.join('\n')}\n`], 'responses.csv', { type: 'text/csv' });
          const before = onResult.mock.calls.length;
          expect(await pick(file)).toBe(true);
          // A result of this pick (not the previous one): a call after the pick that holds a result.
          await waitFor(() => expect(onResult.mock.calls.slice(before).some(([result]) => result !== null)).toBe(true), { timeout: 5000 });
          const result = onResult.mock.calls.at(-1)?.[0] as ImportResult;
          expect(result.rowsRead).toBe(answers.length);
          const counts = result.counts;
          expect(counts.reduce((a, b) => a + b, 0)).toBe(answers.length);
          for (const answer of answers) expect(counts[answer]).toBeGreaterThan(0);
        }
      }),
      { numRuns: 12 },
    );
  }, 60_000);
});

describe('ImportPanel: partial and unreadable results', () => {
  async function partialOutcome(): Promise<ReadOutcome> {
    const real = new Blob([`id,nps\n${Array.from({ length: 5000 }, (_, i) => `${i},${i % 11}`).join('\n')}\n`]);
    const failing = {
      size: real.size,
      slice: (start: number, end: number) =>
        start >= 20_000 ? { arrayBuffer: () => Promise.reject(new DOMException('The file changed on disk.', 'NotReadableError')) } : real.slice(start, end),
    } as unknown as Blob;
    return readSurvey(failing, {}, { sliceBytes: 10_000 });
  }

  test.each([
    [
      'en',
      /^Partial result: reading stopped at 58% of the file, after row 2,\d{3}, on an error \(NotReadableError: The file changed on disk\.\)\. The figures cover only the rows before that point\./,
    ],
    [
      'fr',
      /^Résultat partiel\u00a0: la lecture s’est arrêtée à 58\u00a0% du fichier, après la ligne 2\u202f?\d{3}, sur une erreur \(NotReadableError: The file changed on disk\.\)\./,
    ],
  ] as const)('%s: a partial read is labelled beside the result, and the score still shows what was counted', async (locale, message) => {
    FakeWorker.outcome = await partialOutcome();
    const onResult = vi.fn();
    render(<ImportPanel locale={locale} onResult={onResult} />);
    await choose('plain.csv');
    const partial = await screen.findByTestId('import-partial');
    expect(partial.textContent).toMatch(message);
    // The browser's own error text is marked as English, on a French page too.
    expect(partial.querySelector('[lang="en"]')?.textContent).toBe('NotReadableError: The file changed on disk.');
    expect(Number(partial.getAttribute('data-value'))).toBeGreaterThan(2000);
    expect((onResult.mock.calls.at(-1)?.[0] as ImportResult).partial?.bytesRead).toBe(20_000);
  });

  test('fr: unreadable rows are listed in French', async () => {
    render(<ImportPanel locale="fr" onResult={() => {}} />);
    const input = screen.getByTestId<HTMLInputElement>('responses-file');
    const file = new File(['id,nps,comment\n1,9,ok\n2,3,"jamais fermé\n3,10,x\n'], 'casse.csv', { type: 'text/csv' });
    await act(async () => {
      fireEvent.change(input, { target: { files: [file] } });
    });
    const warning = await screen.findByTestId('rows-unreadable');
    expect(warning.textContent).toMatch(/^1 ligne n’a pas pu être lue\u00a0: elle n’est ni comptée ni écartée\.Ligne 3\u00a0: un guillemet \("\) s’y ouvre et n’est jamais fermé/);
  });

  test('an unclosed quote in the first data row: an error naming the row, in both languages', async () => {
    const text = `id,nps\n1,"oops\n${'2,9\n'.repeat(20)}`;
    for (const [locale, message] of [
      ['en', 'Row 2 opens a quote (") that is never closed, so the rest of the file is one cell and no response can be read. Check the file around that row.'],
      [
        'fr',
        'La ligne 2 ouvre un guillemet (") qui n’est jamais fermé\u00a0: le reste du fichier forme une seule cellule et aucune réponse ne peut être lue. Vérifiez le fichier autour de cette ligne.',
      ],
    ] as const) {
      cleanup();
      render(<ImportPanel locale={locale} onResult={() => {}} />);
      await act(async () => {
        fireEvent.change(screen.getByTestId('responses-file'), { target: { files: [new File([text], 'a.csv')] } });
      });
      expect((await screen.findByRole('alert')).textContent).toBe(message);
    }
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

  test.each([
    ['en', 'The download could not be made: RangeError: Invalid string length.'],
    ['fr', 'Le téléchargement n’a pas pu être créé\u00a0: RangeError: Invalid string length.'],
  ] as const)('%s: a download that fails says why beside the button', async (locale, message) => {
    const result = await resultOf('plain-numbers.txt');
    // Still a constructor (the details load their insight panel with import(), which builds URLs); only the blob URL fails.
    class FailingUrl extends URL {
      static override createObjectURL(): string {
        throw new RangeError('Invalid string length');
      }
      static override revokeObjectURL(): void {}
    }
    vi.stubGlobal('URL', FailingUrl);
    render(<ImportDetails locale={locale} result={result} />);
    fireEvent.click(screen.getByTestId('download-detractors'));
    const alert = await screen.findByTestId('download-error');
    expect(alert.textContent).toBe(message);
    expect(screen.getByTestId('download-detractors').getAttribute('aria-describedby')).toBe(alert.id);
  });

  test('cut comments are said beside the download, in both languages', async () => {
    const long = 'z'.repeat(3000);
    const outcome = await readSurvey(new Blob([`id,How likely are you to recommend us?,Comment\n1,2,${long}\n2,3,${long}\n3,9,ok\n`]));
    if (outcome.status !== 'result') throw new Error('read');
    render(<ImportDetails locale="en" result={outcome.result} />);
    expect(screen.getByTestId('comments-cut').textContent).toBe(
      '2 comments are longer than 2,000 characters: the download keeps their first 2,000 characters and says so in each.',
    );
    cleanup();
    render(<ImportDetails locale="fr" result={outcome.result} />);
    expect(screen.getByTestId('comments-cut').textContent).toMatch(/^2 commentaires dépassent 2\u202f000 caractères\u00a0: /);
  });

  test('without dates or segments, only the detractors section shows', async () => {
    const result = await resultOf('plain-numbers.txt');
    render(<ImportDetails locale="fr" result={result} />);
    expect(screen.queryByTestId('nps-by-month')).toBeNull();
    expect(screen.queryByTestId('nps-by-segment')).toBeNull();
    screen.getByText('4 détracteurs (réponses de 0 à 6).'); // throws unless this exact sentence is shown
    expect(screen.getByRole('button', { name: 'Télécharger les détracteurs et leurs commentaires (CSV)' }).hasAttribute('disabled')).toBe(false);
  });
});

describe('ImportPanel: workbooks', () => {
  const workbooks = join(import.meta.dirname, 'fixtures/workbooks');
  // The machine running the tests may be busy: give the in-process reader time.
  const SLOW = { timeout: 10_000 };
  function chooseWorkbook(name: string) {
    const input = screen.getByTestId<HTMLInputElement>('responses-file');
    act(() => {
      fireEvent.change(input, { target: { files: [new File([readFileSync(join(workbooks, name))], name)] } });
    });
  }

  test('several sheets: says which sheet was read and why, and another sheet is read when chosen', async () => {
    const onResult = vi.fn();
    render(<ImportPanel locale="en" onResult={onResult} />);
    chooseWorkbook('several-sheets.xlsx');
    const picker = await screen.findByTestId<HTMLSelectElement>('import-sheet', {}, SLOW);
    expect(screen.getByLabelText('Sheet')).toBe(picker);
    expect([...picker.options].map((option) => option.textContent)).toEqual([
      'Read me',
      'Old answers (hidden, recommendation question)',
      'Responses (recommendation question)',
      'Summary',
    ]);
    expect(picker.value).toBe('2');
    expect(screen.getByTestId('import-sheet-chosen').textContent).toBe('Read “Responses”: the first sheet with a recommendation question. Choose another sheet if needed.');
    expect(screen.getByTestId('import-format').textContent).toBe('Excel workbook (.xlsx)');
    expect(screen.queryByTestId('import-encoding')).toBeNull();
    expect((onResult.mock.calls.at(-1)?.[0] as ImportResult).counts).toEqual([1, 0, 0, 1, 0, 0, 1, 1, 1, 2, 3]);
    act(() => {
      fireEvent.change(picker, { target: { value: '3' } });
    });
    await waitFor(() => expect((onResult.mock.calls.at(-1)?.[0] as ImportResult | null)?.workbook?.sheet).toBe(3), SLOW);
    expect(screen.getByTestId('import-sheet-chosen').textContent).toBe('Read the sheet “Summary”, as chosen.');
    // The note sheet has no answers: the message, and the picker to choose again.
    act(() => {
      fireEvent.change(screen.getByTestId('import-sheet'), { target: { value: '0' } });
    });
    expect((await screen.findByRole('alert', {}, SLOW)).textContent).toMatch(/No column holds answers from 0 to 10/);
    expect(screen.getByTestId<HTMLSelectElement>('import-sheet').value).toBe('0');
    expect(onResult).toHaveBeenLastCalledWith(null);
  });

  test('choosing another column keeps the sheet', async () => {
    const onResult = vi.fn();
    render(<ImportPanel locale="en" onResult={onResult} />);
    chooseWorkbook('several-sheets.xlsx');
    await screen.findByTestId('import-sheet', {}, SLOW);
    act(() => {
      fireEvent.change(screen.getByTestId('import-sheet'), { target: { value: '3' } });
    });
    await waitFor(() => expect((onResult.mock.calls.at(-1)?.[0] as ImportResult | null)?.workbook?.sheet).toBe(3), SLOW);
    // Summary: column 1 holds the counts 1..11; as the answer, 11 is out of range.
    act(() => {
      fireEvent.change(screen.getByTestId('import-column'), { target: { value: '1' } });
    });
    await waitFor(() => expect((onResult.mock.calls.at(-1)?.[0] as ImportResult | null)?.column).toBe(1), SLOW);
    const last = onResult.mock.calls.at(-1)?.[0] as ImportResult;
    expect(last.workbook?.sheet).toBe(3);
    expect(last.skipped.outOfRange).toBe(1);
  });

  test.each([
    ['en', 'encrypted.xlsx', /protected by a password/],
    ['en', 'old.xls', /old Excel workbook \(\.xls\)/],
    ['en', 'corrupt.xlsx', /workbook is damaged/],
    ['en', 'empty-sheet.xlsx', /^This sheet is empty/],
    ['en', 'header-only.xlsx', /^This sheet has a header but no responses/],
    ['fr', 'encrypted.xlsx', /protégé par un mot de passe/],
    ['fr', 'old.xls', /ancien classeur Excel \(\.xls\)/],
    ['fr', 'corrupt.xlsx', /classeur est endommagé/],
    ['fr', 'empty-sheet.xlsx', /^Cette feuille est vide/],
    ['fr', 'header-only.xlsx', /^Cette feuille a un en-tête mais aucune réponse/],
  ] as const)('%s %s: a message beside the field, no result', async (locale, name, message) => {
    const onResult = vi.fn();
    render(<ImportPanel locale={locale} onResult={onResult} />);
    chooseWorkbook(name);
    const alert = await screen.findByRole('alert', {}, SLOW);
    expect(alert.textContent).toMatch(message);
    expect(alert.textContent).not.toMatch(/NaN|undefined/);
    expect(onResult).toHaveBeenLastCalledWith(null);
  });

  test('French: the sheet line and the 1904 date system', async () => {
    render(<ImportPanel locale="fr" onResult={() => {}} />);
    chooseWorkbook('dates-1904.xlsx');
    const line = await screen.findByTestId('import-sheet-chosen', {}, SLOW);
    expect(line.textContent).toBe('Lecture de la seule feuille, «\u00a0Sheet1\u00a0». Les dates suivent le calendrier 1904 (ancien Excel pour Mac).');
    expect(screen.queryByTestId('import-sheet')).toBeNull();
    expect(screen.getByTestId('import-format').textContent).toBe('Classeur Excel (.xlsx)');
  });
});
