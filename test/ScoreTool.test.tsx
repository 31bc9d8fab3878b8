// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import ScoreTool from '../src/islands/ScoreTool.tsx';
import { npsInterval, npsIntervalFromScore } from '../src/lib/nps-stats.ts';
import type { BenchmarkFigure } from '../src/lib/placement.ts';
import { scoreToolStrings } from '../src/lib/score-tool-strings.ts';

// Chart.js needs a real canvas; the chart is covered by the browser tests.
vi.mock('../src/islands/score-tool/ScoreChart.tsx', () => ({ default: () => <div data-testid="score-chart-stub" /> }));

const figures: BenchmarkFigure[] = [
  {
    id: 'orange-2024',
    companyId: 'orange',
    name: 'Orange',
    nps: 28,
    relation: 'exact',
    surveyType: 'unknown',
    grade: 'B',
    market: 'FR',
    period: '2024',
    year: 2024,
    sourceTitle: 'Le Monde',
  },
  {
    id: 'free-2024',
    companyId: 'free',
    name: 'Free',
    nps: 18,
    relation: 'exact',
    surveyType: 'unknown',
    grade: 'B',
    market: 'FR',
    period: '2024',
    year: 2024,
    sourceTitle: 'Le Monde',
  },
  {
    id: 'sfr-2024',
    companyId: 'sfr',
    name: 'SFR',
    nps: -7,
    relation: 'exact',
    surveyType: 'unknown',
    grade: 'B',
    market: 'FR',
    period: '2024',
    year: 2024,
    sourceTitle: 'Le Monde',
  },
  { id: 'avg-fr', name: '', nps: 9, relation: 'exact', n: 15000, surveyType: 'competitive-benchmark', grade: 'A', market: 'FR', period: '2022', year: 2022, sourceTitle: 'Survey' },
];
const sectors = [
  { id: 'telecom', name: 'Telecoms' },
  { id: 'banking', name: 'Banking' },
];

function setUrl(search: string) {
  window.history.replaceState(null, '', `/compare/${search}`);
}
// The placement view and its pipeline load with the figures (dynamic imports): on a loaded machine the first
// load takes longer than waitFor's default second.
const PLACEMENT_WAIT = { timeout: 15_000 };

/** The full tool in `locale`, opened at the address `search` (a shared link, or '' for a blank form). */
function openTool(search: string, locale: 'en' | 'fr' = 'en') {
  setUrl(search);
  return render(<ScoreTool locale={locale} t={scoreToolStrings[locale]} sectors={sectors} />);
}
const value = (id: string) => screen.queryByTestId(id)?.getAttribute('data-value') ?? null;

beforeEach(() => {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) =>
      String(url).includes('/compare/benchmarks/telecom.json') ? new Response(JSON.stringify({ sector: 'telecom', figures })) : new Response('Not found', { status: 404 }),
    ),
  );
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  setUrl('');
});

describe('ScoreTool', () => {
  test('typing a score and n shows the score, n and the widest interval, and updates the URL', async () => {
    openTool('');
    expect(screen.queryByTestId('nps-value')).toBeNull();
    fireEvent.change(screen.getByLabelText('Your NPS (−100 to 100)'), { target: { value: '30' } });
    expect(value('nps-value')).toBe('30');
    expect(screen.queryByTestId('nps-ci-low')).toBeNull();
    fireEvent.change(screen.getByLabelText('Number of respondents (optional)'), { target: { value: '100' } });
    const interval = npsIntervalFromScore(30, 100);
    expect(value('nps-n')).toBe('100');
    expect(Number(value('nps-ci-low'))).toBe(interval.low);
    expect(Number(value('nps-ci-high'))).toBe(interval.high);
    expect(window.location.search).toBe('?score=30&n=100');
  });

  test('counts typed by hand give the NPS and the adjusted Wald interval', () => {
    openTool('');
    fireEvent.click(screen.getByLabelText('Promoters, passives, detractors'));
    fireEvent.change(screen.getByLabelText('Promoters (answered 9 or 10)'), { target: { value: '50' } });
    fireEvent.change(screen.getByLabelText('Passives (7 or 8)'), { target: { value: '30' } });
    fireEvent.change(screen.getByLabelText('Detractors (0 to 6)'), { target: { value: '20' } });
    const interval = npsInterval({ promoters: 50, passives: 30, detractors: 20 });
    expect(Number(value('nps-value'))).toBeCloseTo(30, 12);
    expect(Number(value('nps-ci-low'))).toBe(interval.low);
    expect(Number(value('nps-ci-high'))).toBe(interval.high);
    expect(window.location.search).toBe('?promoters=50&passives=30&detractors=20');
  });

  test('the shares read "Promoters: 50 %" in English and "Promoteurs\u00a0: 50 %" in French (no-break space before the colon)', () => {
    openTool('?promoters=50&passives=30&detractors=20');
    expect(screen.getByTestId('share-promoters').textContent).toMatch(/^Promoters: 50/);
    cleanup();
    openTool('?promoters=50&passives=30&detractors=20', 'fr');
    expect(screen.getByTestId('share-promoters').textContent).toMatch(/^Promoteurs\u00a0: 50/);
    expect(screen.getByTestId('share-detractors').textContent).toMatch(/^Détracteurs\u00a0: 20/);
  });

  test('each answer 0–10: the histogram and the score', () => {
    openTool('');
    fireEvent.click(screen.getByLabelText('Each answer 0–10'));
    fireEvent.change(screen.getByLabelText('Answer 0'), { target: { value: '2' } });
    fireEvent.change(screen.getByLabelText('Answer 10'), { target: { value: '6' } });
    expect(Number(value('nps-value'))).toBeCloseTo(50, 12);
    expect(value('histogram-10')).toBe('6');
    expect(value('nps-n')).toBe('8');
  });

  test('a bad value shows role="alert" beside the field and hides nps-value', () => {
    openTool('');
    const input = screen.getByLabelText('Your NPS (−100 to 100)');
    fireEvent.change(input, { target: { value: '30' } });
    expect(screen.queryByTestId('nps-value')).not.toBeNull();
    fireEvent.change(input, { target: { value: '130' } });
    expect(screen.getByRole('alert').textContent).toContain('between −100 and 100');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(screen.queryByTestId('nps-value')).toBeNull();
    fireEvent.change(input, { target: { value: 'abc' } });
    expect(screen.getByRole('alert').textContent).toContain('enter a number');
    expect(screen.queryByTestId('nps-value')).toBeNull();
  });

  test('a link is read on load: counts computed at once, placed in the sector', async () => {
    openTool('?sector=telecom&promoters=50&passives=30&detractors=20');
    await waitFor(() => expect(value('nps-value')).not.toBeNull());
    expect(Number(value('nps-value'))).toBeCloseTo(30, 12);
    await waitFor(() => expect(value('sector-rank')).toBe('1'), PLACEMENT_WAIT);
    // 30 is above all three companies
    expect(value('sector-percentile')).toBe('100');
    expect(screen.getByTestId('neighbours').textContent).toContain('Above Orange');
    // companies without n: their value against your interval (n = 100: about ±16); the average has n: a two-sample test
    const verdicts = screen.getAllByTestId('verdict').map((cell) => [cell.getAttribute('data-value'), cell.getAttribute('data-basis')]);
    expect(verdicts).toEqual([
      ['within', 'your-interval'],
      ['within', 'your-interval'],
      ['above', 'your-interval'],
      ['above', 'two-sample'],
    ]);
    expect(screen.getAllByText(/Its own margin of error is not published/)).toHaveLength(3);
  });

  test('a bad link gives messages, not a crash, and no score', async () => {
    openTool('?score=abc&n=-5', 'fr');
    await waitFor(() => expect(screen.getAllByRole('alert')).toHaveLength(2));
    expect(screen.queryByTestId('nps-value')).toBeNull();
    expect(screen.getByTestId('errors-summary').textContent).toContain('saisissez un nombre');
    expect(document.body.textContent).not.toContain('NaN');
  });

  test("the embedded tool keeps the page's own parameters and never writes the sector", async () => {
    setUrl('?type=competitive-benchmark&from=2020');
    render(<ScoreTool locale="en" t={scoreToolStrings.en} sectors={[sectors[0]!]} fixedSector="telecom" fullToolHref="/compare/" />);
    await act(async () => {});
    fireEvent.change(screen.getByLabelText('Your NPS (−100 to 100)'), { target: { value: '12' } });
    expect(window.location.search).toBe('?type=competitive-benchmark&from=2020&score=12');
    // the full tool gets the page's filters, every market and year included explicitly, so its rank is the same
    expect(screen.getByTestId('open-full-tool').getAttribute('href')).toBe('/compare/?sector=telecom&score=12&market=all&type=competitive-benchmark&from=2020');
  });

  test('score mode then counts mode: the n typed in score mode is not checked against the counts (and comes back)', async () => {
    openTool('');
    fireEvent.change(screen.getByLabelText('Your NPS (−100 to 100)'), { target: { value: '30' } });
    fireEvent.change(screen.getByLabelText('Number of respondents (optional)'), { target: { value: '850' } });
    fireEvent.click(screen.getByLabelText('Promoters, passives, detractors'));
    fireEvent.change(screen.getByLabelText('Promoters (answered 9 or 10)'), { target: { value: '50' } });
    fireEvent.change(screen.getByLabelText('Passives (7 or 8)'), { target: { value: '30' } });
    fireEvent.change(screen.getByLabelText('Detractors (0 to 6)'), { target: { value: '20' } });
    expect(screen.queryByRole('alert')).toBeNull();
    expect(value('nps-n')).toBe('100');
    expect(window.location.search).toBe('?promoters=50&passives=30&detractors=20');
    fireEvent.click(screen.getByLabelText('NPS score'));
    expect(screen.getByLabelText<HTMLInputElement>('Number of respondents (optional)').value).toBe('850');
  });

  test('grade=Z, confidence=80 and market=XX: a message beside each field, the results still shown with the defaults', async () => {
    openTool('?sector=telecom&score=31&n=850&grade=Z&confidence=80&market=XX');
    await waitFor(() => expect(value('sector-rank')).not.toBeNull(), PLACEMENT_WAIT);
    expect(value('nps-value')).toBe('31');
    const interval = npsIntervalFromScore(31, 850, 0.95);
    expect(Number(value('nps-ci-low'))).toBe(interval.low);
    const alerts = screen.getAllByRole('alert').map((a) => a.textContent);
    expect(alerts).toEqual([
      expect.stringContaining('B or better are used meanwhile'),
      expect.stringContaining('no company figure for market “XX”'),
      expect.stringContaining('95 % is used meanwhile'),
    ]);
    expect(screen.getByTestId<HTMLSelectElement>('input-grade').value).toBe('B');
    expect(screen.getByTestId<HTMLSelectElement>('input-confidence').value).toBe('95');
    expect(screen.queryByTestId('errors-summary')).toBeNull();
  });

  test('answers=1,2,3: "11 expected" beside the answers, no score', async () => {
    openTool('?answers=1,2,3');
    await waitFor(() => expect(screen.getAllByRole('alert').length).toBeGreaterThan(0));
    expect(screen.getByRole('alert').textContent).toContain('The link has 3 answer counts; 11 are expected');
    expect(screen.queryByTestId('nps-value')).toBeNull();
    // fixing one answer gives the full list of 11 and the score
    fireEvent.change(screen.getByLabelText('Answer 10'), { target: { value: '4' } });
    expect(screen.queryByRole('alert')).toBeNull();
    expect(value('nps-n')).toBe('10');
  });

  test('peers: ticking companies keeps only them, in the link as peers=', async () => {
    openTool('?sector=telecom&score=31&n=850');
    await waitFor(() => expect(value('sector-rank')).not.toBeNull(), PLACEMENT_WAIT);
    fireEvent.click(screen.getByTestId('peer-sfr'));
    fireEvent.click(screen.getByTestId('peer-orange'));
    expect(new URLSearchParams(window.location.search).get('peers')).toBe('orange,sfr');
    const companies = [...document.querySelectorAll('[data-testid="placement-table"] tr[data-company]')].map((row) => row.getAttribute('data-company'));
    expect(companies).toEqual(['orange', 'sfr']);
    expect(value('sector-rank')).toBe('1');
  });
});
