import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { allSectorBenchmarks, sectorBenchmarks } from '../src/data/benchmark-views.ts';
import { loadData } from '../src/data/load-dataset.ts';

const fixture = loadData(resolve(import.meta.dirname, 'fixtures/valid'), '2026-11-23');
const real = loadData(resolve(import.meta.dirname, '..'), '2026-11-23');

describe('sectorBenchmarks', () => {
  test('company figures and sector averages of the sector, with grade, n, shares and source', () => {
    const { sector, figures } = sectorBenchmarks(fixture, 'telecom', 'fr');
    expect(sector).toEqual({ id: 'telecom', name: 'Télécoms' });
    const free = figures.find((f) => f.id === 'free-2017');
    expect(free).toMatchObject({ companyId: 'free', nps: 29, relation: 'exact', n: 1000, market: 'FR', year: 2017, surveyType: 'competitive-benchmark' });
    expect(free?.shares).toEqual({ promoters: 45, passives: 39, detractors: 16 });
    expect(free?.sourceTitle).toBe('Fixture telecom survey');
    expect(figures.every((f) => f.id !== 'banks-below-50')).toBe(true);
  });
  test('a sector average keeps its bound and has no company', () => {
    const { figures } = sectorBenchmarks(fixture, 'banking', 'en');
    expect(figures).toEqual([expect.objectContaining({ id: 'banks-below-50', relation: 'below', nps: 50, name: '' })]);
    expect(figures[0]).not.toHaveProperty('companyId');
  });
  test('unknown sector throws at build time', () => {
    expect(() => sectorBenchmarks(fixture, 'nope', 'en')).toThrow(/unknown sector/);
  });
  test('the real data: every observation but a restatement lands in exactly one sector, published values unchanged', () => {
    const all = allSectorBenchmarks(real, 'en');
    const ids = all.flatMap((s) => s.figures.map((f) => f.id));
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.sort()).toEqual(
      real.observations
        .filter((o) => !o.restates)
        .map((o) => o.id)
        .sort(),
    );
    const byId = new Map(real.observations.map((o) => [o.id, o]));
    for (const f of all.flatMap((s) => s.figures)) expect(f.nps).toBe(byId.get(f.id)?.nps);
  });
  test('Apple 72 is in the consumer technology benchmarks once, at its original, though three publications carry it', () => {
    const tech = sectorBenchmarks(real, 'consumer-tech', 'en');
    const apple72 = real.observations.filter((o) => o.company === 'apple' && o.nps === 72 && o.relation === 'exact');
    expect(apple72.length).toBeGreaterThanOrEqual(3);
    const inTool = tech.figures.filter((f) => f.companyId === 'apple' && f.nps === 72);
    expect(inTool.map((f) => f.id)).toEqual(apple72.filter((o) => !o.restates).map((o) => o.id));
    expect(inTool).toHaveLength(1);
  });
});
