// @vitest-environment jsdom
/**
 * The import's analyst tools in the panel (jsdom): the question list with the reason for the default, repeats
 * with "keep the latest", the weighted NPS and CSAT / CES from columns, in English and French. A stand-in
 * Worker runs the real reader (read-survey.ts) in-process with the worker's messages.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import './support/preload-strings.ts';
import ImportPanel from '../src/islands/import/ImportPanel.tsx';
import { readSurvey } from '../src/lib/survey-import/read-survey.ts';
import type { ImportRequest, ImportResponse, ImportResult } from '../src/lib/survey-import/types.ts';

class FakeWorker {
  onmessage: ((event: MessageEvent<ImportResponse>) => void) | null = null;
  onerror: (() => void) | null = null;
  postMessage(request: ImportRequest): void {
    if (request.type !== 'start') return;
    const send = (message: ImportResponse) => this.onmessage?.({ data: message } as MessageEvent<ImportResponse>);
    void readSurvey(request.file, request.options ?? {}).then((outcome) => {
      if (outcome.status === 'result') send({ type: 'result', id: request.id, result: outcome.result });
      else if (outcome.status === 'error') send({ type: 'error', id: request.id, error: outcome.error });
      else send({ type: 'cancelled', id: request.id });
    });
  }
  terminate(): void {}
}

beforeEach(() => vi.stubGlobal('Worker', FakeWorker));
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const fixture = () => new File([readFileSync(join(import.meta.dirname, 'fixtures/exports/workbench.csv'))], 'workbench.csv', { type: 'text/csv' });
const value = (testId: string) => Number(screen.getByTestId(testId).getAttribute('data-value'));

async function open(locale: 'en' | 'fr', onResult = vi.fn()) {
  render(<ImportPanel locale={locale} onResult={onResult} />);
  await act(async () => {
    await Promise.resolve();
    fireEvent.change(screen.getByTestId('responses-file'), { target: { files: [fixture()] } });
  });
  await screen.findByTestId('question-list');
  return onResult;
}

async function change(testId: string, to: string) {
  const select = screen.getByTestId<HTMLSelectElement>(testId);
  await act(async () => {
    await Promise.resolve();
    fireEvent.change(select, { target: { value: to } });
  });
}

describe('analyst tools in the import panel', () => {
  test('two questions listed with the reason; choosing the second one scores it', async () => {
    const onResult = await open('en');
    expect(value('question-list')).toBe(2);
    expect(screen.getByTestId('question-2').getAttribute('data-n')).toBe('11');
    expect(screen.getByTestId('question-3').getAttribute('data-value')).toBe('10');
    expect(screen.getByTestId('question-reason').textContent).toContain('2 headers mention recommending');
    await act(async () => {
      await Promise.resolve();
      fireEvent.click(screen.getByTestId('question-3').querySelector('input')!);
    });
    await waitFor(() => expect((onResult.mock.calls.at(-1)?.[0] as ImportResult | null)?.column).toBe(3));
    await waitFor(() => expect(screen.getByTestId('question-reason').getAttribute('data-value')).toBe('chosen'));
  });

  test('repeats found, keep the latest, n before and after, the repeats shown among the skipped rows', async () => {
    const onResult = await open('en');
    expect(value('duplicates-found')).toBe(3);
    expect(value('blank-ids')).toBe(1);
    expect(screen.getByTestId('respondents-n').getAttribute('data-before')).toBe('11');
    expect(screen.getByTestId('respondents-n').getAttribute('data-after')).toBe('8');
    await act(async () => {
      await Promise.resolve();
      fireEvent.click(screen.getByTestId('keep-latest'));
    });
    await waitFor(() => expect(screen.getByTestId<HTMLInputElement>('keep-latest').checked).toBe(true));
    const result = onResult.mock.calls.at(-1)?.[0] as ImportResult;
    expect(result.counts.reduce((a, b) => a + b, 0)).toBe(8);
    expect(value('rows-skipped')).toBe(4);
    expect(screen.getByTestId('rows-skipped').querySelector('[data-reason="repeat"]')?.getAttribute('data-value')).toBe('3');
    expect(screen.getByText(/earlier answers are kept out of the score/).textContent).toBe('3 earlier answers are kept out of the score, counted below as repeats.');
  });

  test('weighted NPS, CSAT and CES from chosen columns, labelled as other metrics (French)', async () => {
    await open('fr');
    await change('import-weight-column', '5');
    await screen.findByTestId('weighted-nps-value');
    // Every row counted (no repeat kept out): P 1200 + 5000 + 1500, A 800, D 300 + 1000 + 300.
    expect(value('weighted-nps-value')).toBeCloseTo((100 * (7700 - 1600)) / 10100, 10);
    expect(value('unweighted-nps-value')).toBe(0);
    expect(value('weights-skipped')).toBe(4);
    expect(screen.getByText(/NPS pondéré/, { selector: 'h3' }).textContent).toBe('NPS pondéré');
    await change('import-csat-column', '6');
    await screen.findByTestId('csat-value');
    expect(value('csat-value')).toBeCloseTo((100 * 5) / 9, 10);
    // The weight column stays in use across the re-read.
    expect(value('weighted-nps-value')).toBeCloseTo((100 * 6100) / 10100, 10);
    await change('import-ces-column', '7');
    await screen.findByTestId('ces-value');
    // 6 2 7 4 5 5 1 3 7 6 2 → 48 / 11.
    expect(value('ces-value')).toBeCloseTo(48 / 11, 12);
    // In French, with the no-break space before the colon.
    expect(screen.getByText(/ne sont jamais placés parmi les références NPS/).textContent).toMatch(
      /^Le CSAT et le CES sont d’autres indicateurs que le NPS \(TNR\)\u00a0: ils ne sont jamais placés/,
    );
  });
});
