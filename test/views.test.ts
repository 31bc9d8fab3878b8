import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadData } from '../src/data/load-dataset.ts';
import { companyChartData, sectorChartData } from '../src/data/chart-views.ts';
import { publishedInterval } from '../src/data/site.ts';
import { companyView, publishedCounts, sectorView, siteModel, sourceViews } from '../src/data/views.ts';
import { formatNps } from '../src/lib/format.ts';
import { npsInterval } from '../src/lib/nps-stats.ts';
import { NPS_TICK_VALUES } from '../src/lib/ranking.ts';
import type { Observation } from '../src/lib/schema.ts';

const fixture = loadData(join(import.meta.dirname, 'fixtures/valid'), '2026-11-23');

const obs = (over: Partial<Observation>): Observation => ({
  id: 'x',
  relation: 'exact',
  nps: 29,
  sample_size_approximate: false,
  period_approximate: false,
  survey_type: 'competitive-benchmark',
  source: 's',
  research_ref: 'R001',
  ...over,
});

describe('publishedCounts', () => {
  test('rebuilds whole respondents from published shares and n', () => {
    expect(publishedCounts(obs({ promoters_pct: 45, passives_pct: 39, detractors_pct: 16, sample_size: 1000 }))).toEqual({ promoters: 450, passives: 390, detractors: 160 });
    expect(publishedCounts(obs({ promoters_pct: 59, detractors_pct: 11, sample_size: 333 }))).toEqual({ promoters: 196, passives: 100, detractors: 37 });
  });
  test('is undefined unless both shares and n are published, and for bounds: no interval is invented', () => {
    expect(publishedCounts(obs({ promoters_pct: 59, detractors_pct: 11 }))).toBeUndefined();
    expect(publishedCounts(obs({ sample_size: 15000 }))).toBeUndefined();
    expect(publishedCounts(obs({ relation: 'below', promoters_pct: 40, detractors_pct: 10, sample_size: 100 }))).toBeUndefined();
  });
});

describe('siteModel', () => {
  const model = siteModel(fixture, publishedInterval);
  test('attaches the adjusted-Wald interval only to figures with published shares and n', () => {
    const free = model.byId.get('free-2017');
    const { low, high } = npsInterval({ promoters: 450, passives: 390, detractors: 160 });
    expect(free?.interval).toEqual([low, high]);
    expect(model.byId.get('orange-seed')?.interval).toBeUndefined();
    expect(model.byId.get('banks-below-50')?.interval).toBeUndefined();
  });
  test('marks second-hand figures from the source’s cites', () => {
    for (const figure of model.figures) expect(figure.secondHand).toBe(Boolean(figure.source.cites));
  });
});

describe('sectorView and companyView', () => {
  const model = siteModel(fixture);
  test('a sector ranks its company figures and keeps averages apart', () => {
    const telecom = sectorView(model, 'telecom', 'en', 'Sector average');
    // B or better first: the D-graded Orange 35 ranks after Free 29 (graded A), never above it as if it led.
    expect(telecom.companyFigures.map((f) => [f.id, f.grade])).toEqual([
      ['free-2017', 'A'],
      ['orange-seed', 'D'],
    ]);
    expect(telecom.averages).toEqual([]);
    // The headline counts figures graded B or better: the D-graded Orange 35 is left out and counted apart.
    expect(telecom.summary).toMatchObject({ countedCount: 1, belowGradeCount: 1, belowGrades: ['D'], min: 29, max: 29, median: 29 });
    expect(telecom.summary.single?.id).toBe('free-2017');
    expect(telecom.chartFigures.map((f) => f.id)).toEqual(['free-2017', 'orange-seed']);
    const banking = sectorView(model, 'banking', 'fr', 'Moyenne du secteur');
    expect(banking.companyFigures).toEqual([]);
    expect(banking.averages.map((f) => f.id)).toEqual(['banks-below-50']);
    expect(banking.summary).toMatchObject({ countedCount: 0, excludedCount: 0, belowGradeCount: 0 });
  });
  test('a company lists its figures dated first and its peers', () => {
    const free = companyView(model, 'free', 'en');
    expect(free.figures.map((f) => f.id)).toEqual(['free-2017']);
    expect(free.peers.map((c) => c.id)).toEqual(['orange']);
    expect(() => companyView(model, 'nope', 'en')).toThrow(/unknown company/);
  });
  test('the charts carry their NPS axis labels, formatted at build time in the page language, one per possible tick', () => {
    const sector = sectorChartData(sectorView(model, 'telecom', 'fr', 'Moyenne du secteur'), 'fr');
    const company = companyChartData(companyView(model, 'free', 'en'), 'en', 'alt');
    expect(Object.keys(sector.axisLabels).sort()).toEqual(NPS_TICK_VALUES.map(String).sort());
    expect(sector.axisLabels['-50']).toBe('\u221250');
    expect(sector.axisLabels['0']).toBe('0');
    expect(company.axisLabels['25']).toBe('+25');
    for (const value of NPS_TICK_VALUES) expect(company.axisLabels[String(value)]).toBe(formatNps(value, 'en'));
  });
  test('every source lists the figures it supports', () => {
    const views = sourceViews(model, 'en');
    expect(views.flatMap((v) => v.figures.map((f) => f.id)).sort()).toEqual(fixture.observations.map((o) => o.id).sort());
  });
});

describe('restatements in the real data', () => {
  const real = siteModel(loadData(join(import.meta.dirname, '..'), '2026-11-23'));
  test('Apple 72 is drawn once in the consumer technology chart and counted once in its headline', () => {
    const tech = sectorView(real, 'consumer-tech', 'en', 'Sector average');
    const drawn = tech.chartFigures.filter((f) => f.companyId === 'apple' && f.nps === 72);
    expect(drawn).toHaveLength(1);
    expect(drawn[0]?.restatedBy.length).toBeGreaterThanOrEqual(2);
    expect(tech.companyFigures.filter((f) => f.companyId === 'apple' && f.nps === 72).length).toBe(1 + (drawn[0]?.restatedBy.length ?? 0));
    expect(tech.summary.notCounted.restatement).toBe(tech.companyFigures.filter((f) => f.restates).length);
    for (const repeat of drawn[0]?.restatedBy ?? []) expect(repeat.original).toBe(drawn[0]);
  });
  test('a repeat is never a member of a conflict group', () => {
    const repeats = new Set(real.figures.filter((f) => f.restates).map((f) => f.id));
    for (const group of real.conflictGroups) for (const id of group.ids) expect(repeats.has(id), id).toBe(false);
    for (const f of real.figures) for (const id of f.conflictsWith) expect(repeats.has(id), id).toBe(false);
  });
});

describe('sector rankings in the real data: B or better first, then the lower grades', () => {
  const real = siteModel(loadData(join(import.meta.dirname, '..'), '2026-11-23'));
  test('restaurants: Chick-fil-A (A) and the McDonald’s bound (A) rank above the unsourced Starbucks 77 (D); nothing is dropped', () => {
    const view = sectorView(real, 'restaurants', 'en', 'Sector average');
    expect(view.chartFigures.map((f) => [f.company?.name, f.relation, f.nps, f.grade])).toEqual([
      ['Chick-fil-A', 'exact', 58, 'A'],
      ["McDonald's", 'below', 0, 'A'],
      ['Starbucks', 'exact', 77, 'D'],
    ]);
    const chart = sectorChartData(view, 'en');
    expect(chart.bars.map((b) => b.group)).toEqual(['meets', 'meets', 'below']);
    expect(chart.belowDivider).toBe('Graded C or D, below the headline’s standard: ranked after');
    expect(sectorChartData(sectorView(real, 'restaurants', 'fr', 'Moyenne du secteur'), 'fr').belowDivider).toBe(
      'Notés C ou D, sous le niveau requis pour le résumé\u00a0: classés ensuite',
    );
  });
  test('in every sector and language: no figure graded C or D above one graded B or better, in the table or on the chart, and every figure kept', () => {
    for (const sector of real.sectors) {
      for (const [locale, word] of [
        ['en', 'Sector average'],
        ['fr', 'Moyenne du secteur'],
      ] as const) {
        const view = sectorView(real, sector.id, locale, word);
        for (const list of [view.companyFigures, view.chartFigures]) {
          const grades = list.map((f) => (f.grade === 'A' || f.grade === 'B' ? 0 : 1));
          expect(grades, sector.id).toEqual([...grades].sort((a, b) => a - b));
        }
        expect(view.companyFigures.length + view.averages.length, sector.id).toBe(real.figures.filter((f) => f.sector.id === sector.id).length);
      }
    }
  });
});
