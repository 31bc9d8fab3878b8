import { describe, expect, test } from 'vitest';
import { benchmarkInterval, compareWithBenchmark, npsIntervalFromScore } from '../src/lib/nps-stats.ts';
import type { BenchmarkFigure } from '../src/lib/placement.ts';
import { type RawBenchmarkSettings, RECENT_YEARS, resolveSettings, scoreView } from '../src/lib/score-pipeline.ts';
import { computeResults } from '../src/lib/score-results.ts';

const base = { surveyType: 'unknown', grade: 'B', sourceTitle: 'S' } as const;
const fig = (id: string, company: string, nps: number, market: string, period: string, extra: Partial<BenchmarkFigure> = {}): BenchmarkFigure => ({
  ...base,
  id,
  companyId: company,
  name: company[0]!.toUpperCase() + company.slice(1),
  nps,
  relation: 'exact',
  market,
  period,
  year: Number(period.slice(0, 4)),
  ...extra,
});
// Shaped like the telecom sector: four French operators in 2024, older French and American figures.
const figures: BenchmarkFigure[] = [
  fig('orange-2024', 'orange', 28, 'FR', '2024'),
  fig('free-2024', 'free', 18, 'FR', '2024'),
  fig('bouygues-2024', 'bouygues', 11, 'FR', '2024'),
  fig('sfr-2024', 'sfr', -7, 'FR', '2024'),
  fig('free-2017', 'free', 29, 'FR', '2017'),
  fig('tracfone-2014', 'tracfone', 39, 'US', '2013/2014', { n: 1200, year: 2014 }),
  fig('comcast-2017', 'comcast', -9, 'US', '2017'),
  fig('orange-b2b', 'orange', 50, 'GLOBAL', '2020', { audience: 'business' }),
  { ...base, id: 'avg', name: '', nps: 9, relation: 'exact', market: 'FR', period: '2022', year: 2022, n: 15000 },
];
const raw = (extra: Partial<RawBenchmarkSettings> = {}): RawBenchmarkSettings => ({ minGrade: 'B', market: '', from: '', to: '', peers: [], ...extra });
const results = () => {
  const out = computeResults({ kind: 'score', score: 31, n: 850 }, { confidence: 0.95 });
  if (!out?.ok) throw new Error('expected results');
  return out.results;
};
const view = (settings: RawBenchmarkSettings, locale: 'en' | 'fr' = 'fr') =>
  scoreView({ results: results(), figures, settings: resolveSettings(settings, figures, locale, 2026).settings, confidence: 0.95, label: (f) => f.name, yourLabel: 'You' });

describe('resolveSettings', () => {
  test('on /fr/ the market defaults to France and the years to recent ones, both marked as defaults', () => {
    const r = resolveSettings(raw(), figures, 'fr', 2026);
    expect(r.settings.market).toBe('FR');
    expect(r.settings.from).toBe(2026 - RECENT_YEARS + 1);
    expect(r.settings.to).toBeUndefined();
    expect(r.defaulted).toEqual({ market: true, years: true });
    expect(r.problems).toEqual([]);
    expect(r.available.markets).toEqual(['FR', 'GLOBAL', 'US']);
  });
  test('on English pages every market; too few recent figures keep every year', () => {
    expect(resolveSettings(raw(), figures, 'en', 2026).settings.market).toBeUndefined();
    // in 2040 nothing is recent: every year
    expect(resolveSettings(raw(), figures, 'fr', 2040).settings.from).toBeUndefined();
  });
  test('explicit choices win over the defaults: market=all, from=all, a year range', () => {
    const r = resolveSettings(raw({ market: 'all', from: 'all' }), figures, 'fr', 2026);
    expect([r.settings.market, r.settings.from, r.settings.to]).toEqual([undefined, undefined, undefined]);
    expect(r.defaulted).toEqual({ market: false, years: false });
    expect(resolveSettings(raw({ market: 'us', from: '2017', to: '2013' }), figures, 'fr', 2026).settings).toMatchObject({ market: 'US', from: 2013, to: 2017 });
  });
  test('a market or company the sector lacks is reported, and the default is used', () => {
    const r = resolveSettings(raw({ market: 'XX', peers: ['orange', 'nokia'] }), figures, 'fr', 2026);
    expect(r.problems).toEqual([
      { field: 'peers', code: 'unknown-company', value: 'nokia' },
      { field: 'market', code: 'no-figures', value: 'XX' },
    ]);
    expect(r.settings).toMatchObject({ market: 'FR', peers: ['orange'] });
  });
});

describe('scoreView', () => {
  test('the issue-10 case on /fr/: every exact company benchmark gets a verdict, none "cant-tell"', () => {
    const v = view(raw());
    expect(v.selection.companies.map((f) => f.id)).toEqual(['orange-2024', 'free-2024', 'bouygues-2024', 'sfr-2024']);
    expect(v.verdicts.map((x) => [x.figure.id, x.value])).toEqual([
      ['orange-2024', 'within'],
      ['free-2024', 'above'],
      ['bouygues-2024', 'above'],
      ['sfr-2024', 'above'],
      ['avg', 'above'],
    ]);
    // you lead Orange by 3 points, inside your ±6.4: a tie, not a lead
    expect(v.placement.rank).toBe(1);
    expect(v.headline.leader?.value).toBe('within');
    expect(v.headline.rankRange).toEqual({ best: 1, worst: 2 });
  });

  test('chart rows: each company with id, year, market, grade and verdict; your row at your rank with your interval', () => {
    const v = view(raw({ market: 'all', from: 'all' }), 'en');
    const you = npsIntervalFromScore(31, 850);
    expect(v.chartRows.map((r) => r.label)).toEqual(['Tracfone', 'You', 'Orange', 'Free', 'Bouygues', 'Sfr', 'Comcast']);
    expect(v.chartRows[1]).toEqual({ label: 'You', value: 31, isYou: true, low: you.low, high: you.high });
    const tracfone = benchmarkInterval({ nps: 39, n: 1200 });
    // both n known: the two-sample test (widest mixes assumed) finds 8 points within the combined margins
    const test = compareWithBenchmark({ score: 31, n: 850 }, { nps: 39, n: 1200 });
    expect(test.verdict).toBe('not-significant');
    expect(v.chartRows[0]).toMatchObject({
      companyId: 'tracfone',
      figureId: 'tracfone-2014',
      value: 39,
      year: 2014,
      market: 'US',
      grade: 'B',
      low: tracfone?.low,
      high: tracfone?.high,
      verdict: 'within',
    });
    // a benchmark without n has no interval of its own
    expect(v.chartRows[2]).toMatchObject({ companyId: 'orange', low: undefined, high: undefined, verdict: 'within' });
    // the B2B figure is never ranked against consumers
    expect(v.selection.leftOut.find((l) => l.figure.id === 'orange-b2b')?.reason).toBe('audience');
  });

  test('peers: exactly the companies chosen; a peer without a figure under the settings is named', () => {
    const v = view(raw({ peers: ['orange', 'sfr', 'tracfone'] }));
    expect(v.selection.companies.map((f) => f.companyId)).toEqual(['orange', 'sfr']);
    expect(v.peersWithoutFigure).toEqual([{ id: 'tracfone', name: 'Tracfone' }]);
    expect(v.selection.leftOut.filter((l) => l.reason === 'not-a-peer').map((l) => l.figure.id)).toEqual(['free-2024', 'bouygues-2024']);
    // choosing peers does not move the default years
    expect(v.selection.leftOut.find((l) => l.figure.id === 'free-2017')?.reason).toBe('period');
  });
});
