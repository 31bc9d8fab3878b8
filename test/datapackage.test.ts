/** The open data package: datapackage.json validates as a Frictionless (tabular) Data Package, with its CSVs. */
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadData } from '../src/data/load-dataset.ts';
import { CSV_TABLES, dataPackageDescriptor, downloads } from '../src/data/publish.ts';
import { atlasCitation, compareSemver, parseSemver, releaseDate, releaseVersion, sourceCitation } from '../src/lib/open-data.ts';
import { TABLES } from '../src/lib/schema.ts';
import { checkData, checkDescriptor } from './support/frictionless.ts';

const real = loadData(resolve(import.meta.dirname, '..'), '2026-12-01');
const files = downloads(real);
const descriptor = JSON.parse(files['datapackage.json']!.body) as Record<string, unknown>;
const bodies = Object.fromEntries(Object.entries(files).map(([name, file]) => [name, file.body]));
const clone = () =>
  JSON.parse(files['datapackage.json']!.body) as { resources: { name: string; path: string; schema: { fields: Record<string, unknown>[]; foreignKeys?: unknown[] } }[] } & Record<
    string,
    unknown
  >;

describe('datapackage.json', () => {
  test('is a valid tabular data package, and every CSV fits its table schema (header, types, constraints, keys)', () => {
    expect(checkDescriptor(descriptor)).toEqual([]);
    expect(checkData(descriptor, bodies)).toEqual([]);
  });
  test('lists one resource per CSV download, with the version, the CC BY 4.0 licence and the sources', () => {
    const resources = descriptor.resources as { name: string; path: string }[];
    expect(resources.map((r) => r.path)).toEqual(CSV_TABLES.map((name) => `${name}.csv`));
    for (const r of resources) expect(files[r.path], r.path).toBeDefined();
    expect(descriptor.version).toBe(releaseVersion(real.changelog));
    expect(descriptor.licenses).toEqual([{ name: 'CC-BY-4.0', title: 'Creative Commons Attribution 4.0 International', path: 'https://creativecommons.org/licenses/by/4.0/' }]);
    expect((descriptor.sources as unknown[]).length).toBe(real.sources.filter((s) => s.url).length);
  });
  test('each table schema names the CSV’s columns, typed from the Zod schema', () => {
    const observations = (descriptor.resources as { name: string; schema: { fields: { name: string; type: string; constraints?: Record<string, unknown> }[] } }[]).find(
      (r) => r.name === 'observations',
    )!;
    expect(observations.schema.fields.map((f) => f.name)).toEqual(Object.keys(TABLES.observations.schema.shape));
    const field = (name: string) => observations.schema.fields.find((f) => f.name === name)!;
    expect(field('nps')).toMatchObject({ type: 'number', constraints: { required: true, minimum: -100, maximum: 100 } });
    expect(field('sample_size')).toMatchObject({ type: 'integer', constraints: { minimum: 1 } });
    expect(field('sample_size').constraints).not.toHaveProperty('maximum');
    expect(field('period_approximate')).toMatchObject({ type: 'boolean', trueValues: ['yes'] });
    expect(field('relation').constraints?.enum).toEqual(['exact', 'below', 'at-most', 'above', 'at-least', 'about']);
    expect(field('id').constraints).toMatchObject({ required: true, unique: true });
  });
});

describe('the checker catches what the specifications forbid', () => {
  test('a descriptor without resources, with a bad name, licence or path', () => {
    expect(checkDescriptor({ name: 'x' })).toEqual(['resources: required, a non-empty array']);
    const bad = clone();
    bad.name = 'NPS Atlas';
    bad.licenses = [{ title: 'no name or path' }];
    bad.resources[0]!.path = '../observations.csv';
    bad.resources[1]!.schema.fields[0]!.type = 'text';
    bad.resources[2]!.schema.foreignKeys = [{ fields: 'sector', reference: { resource: 'nowhere', fields: 'id' } }];
    expect(checkDescriptor(bad)).toEqual([
      'name: "NPS Atlas" must be lower-case letters, digits, ".", "-", "_" or "/"',
      'licenses[0]: needs a name or a path',
      'resources[0].path: "../observations.csv" is not a URL or a relative path inside the package',
      'resources[1].schema.fields[0].type: "text" is not a Table Schema type',
      'resources[2].schema.foreignKeys[0]: resource "nowhere" not in the package',
    ]);
  });
  test('a header that differs, a value of the wrong type, a broken enum, a duplicate key and a dangling reference', () => {
    const csv = 'id,name,sector,country,aliases\r\napple,Apple,consumer-tech,US,\r\napple,Apple 2,nowhere,USA,\r\n';
    const pkg = clone();
    const problems = checkData(pkg, { ...bodies, 'companies.csv': csv, 'sectors.csv': bodies['sectors.csv']!.replace('id,name_en', 'id,name') });
    expect(problems).toEqual(
      expect.arrayContaining([
        'companies.csv line 3 country: "USA" does not match ^[A-Z]{2}$',
        'companies.csv line 3 id: "apple" is not unique',
        'companies.csv line 3: primary key ["apple"] is not unique',
        'companies.csv line 3 sector: ["nowhere"] not found in sectors',
        expect.stringMatching(/^sectors\.csv: header "id,name,name_fr,/),
      ]),
    );
    const typed = checkData(pkg, { ...bodies, 'observations.csv': bodies['observations.csv']!.replace(',exact,', ',precise,').replace(/,(\d+),,,,,,/, ',high,,,,,,') });
    expect(typed).toEqual(expect.arrayContaining([expect.stringMatching(/ relation: "precise" is not in the enum$/), expect.stringMatching(/ nps: "high" is not a number$/)]));
  });
});

describe('version and citation', () => {
  test('semantic versions parse and order numerically', () => {
    expect(parseSemver('2.10.0')).toEqual([2, 10, 0]);
    expect(parseSemver('v2.0')).toBeUndefined();
    expect(compareSemver('2.10.0', '2.9.1')).toBeGreaterThan(0);
    expect(releaseVersion([{ version: '1.0.0' }, { version: '2.10.0' }, { version: '2.9.0' }])).toBe('2.10.0');
    expect(
      releaseDate(
        [
          { version: '2.0.0', date: '2026-11-30' },
          { version: '2.0.0', date: '2026-12-01' },
          { version: '1.0.0', date: '2026-11-23' },
        ],
        '2.0.0',
      ),
    ).toBe('2026-12-01');
  });
  test('the atlas and each source have a citation', () => {
    expect(atlasCitation('2.0.0', '2026-12-01', 'https://example.org/figures/')).toBe(
      'NPS Atlas contributors (2026). NPS Atlas: published Net Promoter Score benchmarks (version 2.0.0) [Data set]. Creative Commons Attribution 4.0 International (CC-BY-4.0). https://example.org/figures/',
    );
    expect(sourceCitation({ publisher: 'Bain & Company', title: 'The Ultimate Question', published: '2011', url: 'https://example.org/q' })).toBe(
      'Bain & Company (2011). The Ultimate Question. https://example.org/q',
    );
    expect(sourceCitation({ title: 'A blog', cites: 'IndexNPS', cites_url: 'https://example.org/i' })).toBe('A blog (n.d.). Reporting IndexNPS (https://example.org/i).');
    expect(dataPackageDescriptor(real).homepage).toMatch(/\/figures\/$/);
  });
});
