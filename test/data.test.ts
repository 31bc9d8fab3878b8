/** The real dataset: it validates, it holds every seed figure as stated, and its downloads round-trip. */
import { describe, expect, test } from 'vitest';
import Papa from 'papaparse';
import { loadData } from '../src/data/load-dataset.ts';
import { downloads, toDataset } from '../src/data/publish.ts';
import { parseTable } from '../src/lib/csv.ts';
import { RESEARCH_BLOCKS } from '../src/lib/checks.ts';
import { isExact, isRestatement } from '../src/lib/figures.ts';
import { DatasetSchema, type Observation, TABLES } from '../src/lib/schema.ts';

const data = loadData(process.cwd());
const byCompany = (company: string) => data.observations.filter((o) => o.company === company);
const sourceOf = (o: Observation) => data.sources.find((s) => s.id === o.source);

describe('the curated dataset', () => {
  test('passes every rule', () => {
    // loadData throws a DataError listing every problem; reaching here means none.
    expect(data.observations.length).toBeGreaterThan(100);
    expect(data.sectors.length).toBeGreaterThanOrEqual(7);
  });

  test('covers the sectors the product promises', () => {
    const ids = data.sectors.map((s) => s.id);
    for (const id of ['automotive', 'consumer-tech', 'ecommerce-retail', 'streaming-media', 'telecom', 'banking', 'fintech-payments']) {
      expect(ids).toContain(id);
    }
  });

  test.each([
    ['tesla', 97],
    ['tesla', 96],
    ['apple', 72],
    ['amazon', 69],
    ['netflix', 68],
    ['orange', 35],
    ['free', 29],
    ['sequra', 89],
  ])('seed figure %s %d is recorded exactly, from a seed source', (company, nps) => {
    const seeds = byCompany(company).filter((o) => o.research_ref.startsWith('seed-') && o.nps === nps);
    expect(seeds).toHaveLength(1);
    expect(seeds[0]?.relation).toBe('exact');
    expect(sourceOf(seeds[0]!)).toBeDefined();
  });

  test('Tesla keeps both conflicting seed figures from one source', () => {
    const seeds = byCompany('tesla').filter((o) => o.research_ref.startsWith('seed-'));
    expect(seeds.map((o) => o.nps).sort()).toEqual([96, 97]);
    expect(new Set(seeds.map((o) => o.source)).size).toBe(1);
  });

  test('the IndexNPS seed figures are marked second-hand, citing IndexNPS', () => {
    for (const company of ['apple', 'amazon', 'netflix']) {
      const seed = byCompany(company).find((o) => o.research_ref.startsWith('seed-'));
      expect(sourceOf(seed!)?.cites).toMatch(/IndexNPS/);
    }
  });

  test('banks are an upper bound of 50, not a value', () => {
    const banks = data.observations.find((o) => o.research_ref === 'seed-banks-below-50' || (o.sector === 'banking' && o.research_ref.startsWith('seed-')));
    expect(banks).toMatchObject({ sector: 'banking', relation: 'below', nps: 50 });
    expect(banks?.company).toBeUndefined();
  });

  test('a blank sample size is unknown, never zero', () => {
    expect(data.observations.some((o) => o.sample_size === 0)).toBe(false);
  });
});

describe('the audit of the published data (../shared/research/nps-data-2.md)', () => {
  const byId = (id: string) => data.observations.find((o) => o.id === id);

  test.each([
    ['apple', 72, 'apple-indexnps-72'],
    ['amazon', 69, 'amazon-indexnps-69'],
    ['netflix', 68, 'netflix-indexnps-68'],
    ['tesla', 97, 'tesla-customergauge-consumer-brands-97'],
    ['tesla', 96, 'tesla-retently-96'],
  ])('%s %d is one measurement: every other row giving it restates %s', (company, nps, original) => {
    const rows = byCompany(company).filter((o) => o.nps === nps && o.relation === 'exact');
    expect(rows.length).toBeGreaterThan(1);
    const originals = rows.filter((o) => !o.restates);
    expect(originals.map((o) => o.id)).toEqual([original]);
    for (const row of rows.filter((o) => o.restates)) expect(row.restates).toBe(original);
  });

  test("the founding article's Free 29 is not linked to Analysys Mason's 29 (a coincidence)", () => {
    const seed = byCompany('free').find((o) => o.research_ref === 'seed-free-29');
    expect(seed?.restates).toBeUndefined();
    expect(seed?.source).toBe('seed-fr-tesla');
  });

  test('XM Institute report rows carry the fieldwork year, and the 2022 and 2023 ratings are counted once', () => {
    expect(byId('streaming-xmi-2023')?.period).toBe('2022');
    expect(byId('retail-xmi-2024')?.period).toBe('2023');
    expect(byId('retail-xmi-2023')).toBeUndefined();
    expect(data.observations.filter((o) => o.sector === 'ecommerce-retail' && o.segment === 'retail' && o.period === '2022').map((o) => o.nps)).toEqual([28.4]);
    // The 2023 survey's grocery and payments ratings: once, at XM Institute's own unrounded figures (R586/R587);
    // the Economics of NPS 2024 report's rounded 30 and -6 (R049/R134) are excluded as duplicates.
    const ofSegment = (segment: string) => data.observations.filter((o) => o.segment === segment && o.period === '2023' && o.market === 'US').map((o) => o.nps);
    expect(ofSegment('grocery')).toEqual([30.1]);
    expect(ofSegment('consumer payments')).toEqual([-6.1]);
    expect(byId('grocery-xmi-2024')).toBeUndefined();
  });

  test('no market or company country uses UK: the United Kingdom is GB', () => {
    expect(data.observations.filter((o) => o.market === 'UK')).toEqual([]);
    expect(data.companies.filter((c) => c.country === 'UK')).toEqual([]);
    expect(byId('apple-iphone-satmetrix-eu-2011')?.market).toBe('GB');
  });

  test('the Orange Business +50 is a B2B figure with its scope, in both languages', () => {
    expect(byId('orange-business-b2b-2020')).toMatchObject({ audience: 'business', segment: 'international business customers', segment_fr: 'clients entreprises internationaux' });
  });

  test('the SurveyMonkey upper-quartile threshold is not published as a score', () => {
    expect(data.observations.filter((o) => o.research_ref === 'R157').map((o) => o.nps)).toEqual([36]);
  });

  test('a company relaying a third party’s figure about itself is graded B (JetBlue/Satmetrix, USAA/NPSBenchmarks)', () => {
    expect(sourceOf(byId('jetblue-satmetrix-2011')!)?.grade).toBe('B');
    expect(sourceOf(byId('usaa-banking-self-reported-76')!)?.grade).toBe('B');
  });

  test('the carmakers known only from estimates are published as D; those with stronger figures are not', () => {
    for (const company of ['audi', 'bmw', 'volkswagen']) {
      const rows = byCompany(company);
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.every((o) => sourceOf(o)?.grade === 'D')).toBe(true);
    }
    expect(data.observations.some((o) => o.research_ref === 'R013' || o.research_ref === 'R016')).toBe(false);
  });
});

describe('research coverage and size (issue 8)', () => {
  const refs = new Set<string>([...data.observations.map((o) => o.research_ref), ...data.excluded.map((e) => e.research_ref)]);

  test.each(RESEARCH_BLOCKS.map(([first, last]) => [`R${String(first).padStart(3, '0')}`, `R${String(last).padStart(3, '0')}`, first, last] as const))(
    'every research row from %s to the end of its block (%s) is published or excluded',
    (_from, _to, first, last) => {
      const missing: string[] = [];
      for (let n = first; n <= last; n++) {
        const ref = `R${String(n).padStart(3, '0')}`;
        if (!refs.has(ref)) missing.push(ref);
      }
      expect(missing).toEqual([]);
    },
  );

  test('reaches the round-2 size targets: at least 350 observations and 100 companies', () => {
    expect(data.observations.length).toBeGreaterThanOrEqual(350);
    expect(data.companies.length).toBeGreaterThanOrEqual(100);
  });

  test('at least 15 sectors each have two or more companies with an exact figure of their own (restatements not counted)', () => {
    const sectorOf = new Map(data.companies.map((c) => [c.id, c.sector]));
    const companiesBySector = new Map<string, Set<string>>();
    for (const o of data.observations) {
      if (!o.company || !isExact(o) || isRestatement(o)) continue;
      const sector = sectorOf.get(o.company)!;
      companiesBySector.set(sector, (companiesBySector.get(sector) ?? new Set()).add(o.company));
    }
    const sectorsWithTwo = [...companiesBySector].filter(([, companies]) => companies.size >= 2).map(([sector]) => sector);
    expect(sectorsWithTwo.length, sectorsWithTwo.join(' ')).toBeGreaterThanOrEqual(15);
  });
});

describe('open-data downloads', () => {
  const files = downloads(data);

  test('the JSON download validates against the dataset schema and holds every row', () => {
    const json: unknown = JSON.parse(files['nps-atlas.json']!.body);
    const parsed = DatasetSchema.parse(json);
    expect(parsed.observations).toEqual(data.observations);
    expect(parsed.sources.map(({ citation: _citation, ...source }) => source)).toEqual(data.sources);
    expect(parsed.companies).toEqual(data.companies);
    expect(parsed.sectors).toEqual(data.sectors);
    expect(parsed.changelog).toEqual(data.changelog);
    expect(parsed.version).toBe('3.1.0');
    expect(parsed.content_hash).toMatch(/^[0-9a-f]{12}$/);
    expect(parsed.license.name).toBe('CC-BY-4.0');
    expect(parsed.citation).toContain('NPS Atlas contributors (2026)');
    expect(parsed.citation).toContain('version 3.1.0');
    // Each source says how to cite it, publisher and title first.
    for (const source of parsed.sources) expect(source.citation.startsWith(`${source.publisher ?? source.title} (`), source.id).toBe(true);
    expect(Number.isNaN(Date.parse(parsed.built))).toBe(false);
  });

  test.each(['observations', 'sources', 'companies', 'sectors', 'changelog'] as const)('%s.csv parses back to the same records', (name) => {
    const { rows, issues } = parseTable(files[`${name}.csv`]!.body, TABLES[name]);
    expect(issues).toEqual([]);
    expect(rows).toEqual(data[name]);
  });

  test('the JSON Schema is generated from the Zod schema and names every observation column', () => {
    const schema = JSON.parse(files['nps-atlas.schema.json']!.body) as { properties: { observations: { items: { properties: Record<string, { enum?: string[] }> } } } };
    const observation = schema.properties.observations.items;
    expect(Object.keys(observation.properties)).toEqual(Object.keys(TABLES.observations.schema.shape));
    expect(observation.properties.survey_type?.enum).toContain('competitive-benchmark');
  });

  test('the dataset version is the changelog’s highest; the content hash changes when a figure changes', () => {
    const changed = { ...data, observations: data.observations.map((o, i) => (i === 0 ? { ...o, nps: o.nps - 1 } : o)) };
    expect(toDataset(changed).content_hash).not.toBe(toDataset(data).content_hash);
    expect(toDataset(data).version).toBe('3.1.0');
    expect(toDataset({ ...data, changelog: [...data.changelog, { version: '3.2.0', date: '2026-12-03', kind: 'added', change: 'x', reason: 'y' }] }).version).toBe('3.2.0');
  });

  test('the open-data CSVs are RFC 4180 (commas, no BOM, CRLF) and neutralise formula-like text', () => {
    const hostile = { ...data, companies: data.companies.map((c, i) => (i === 0 ? { ...c, name: '=HYPERLINK("http://x","y")' } : c)) };
    const body = downloads(hostile)['companies.csv']!.body;
    expect(body.startsWith('id,name,')).toBe(true);
    expect(body).toContain(`,"'=HYPERLINK(""http://x"",""y"")",`);
    expect(body.split('\r\n')).toHaveLength(data.companies.length + 2);
  });

  test('the observations CSV has one line per observation plus the header', () => {
    const parsed = Papa.parse(files['observations.csv']!.body, { header: true, skipEmptyLines: true });
    expect(parsed.data).toHaveLength(data.observations.length);
  });
});
