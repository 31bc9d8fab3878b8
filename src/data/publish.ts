/**
 * Build-time only: the open-data downloads served under /data/: the CSV files, the changelog, everything as JSON
 * (with version, licence and citations), its JSON Schema, and the Frictionless Data Package descriptor.
 */
import { createHash } from 'node:crypto';
import * as z from 'zod/mini';
import { OPEN_DATA_CSV, writeRecordsCsv } from '../lib/csv-write.ts';
import type { ValidatedData } from '../lib/dataset.ts';
import { atlasCitation, dataPackage, LICENSE, type RecordJsonSchema, releaseDate, releaseVersion, sourceCitation, tableSchema, type TableSchema } from '../lib/open-data.ts';
import { type Dataset, DatasetSchema, TABLES } from '../lib/schema.ts';

/** The public address of the site (as in astro.config.mjs), without a trailing slash. */
export function siteUrl(): string {
  return (process.env.SITE_URL ?? 'http://localhost:4321').replace(/\/+$/, '');
}

/** The dataset's semantic version: the highest in data/changelog.csv. */
export function datasetVersion(data: Pick<ValidatedData, 'changelog'>): string {
  return releaseVersion(data.changelog);
}

/** Content hash of the published records: the same data always gets the same hash, any change a new one. */
export function contentHash(data: ValidatedData): string {
  const { excluded: _excluded, ...published } = data;
  return createHash('sha256').update(JSON.stringify(published)).digest('hex').slice(0, 12);
}

/** The address of the All figures page, which the package and the citation point to. */
export const figuresPageUrl = () => `${siteUrl()}/figures/`;

/** How to cite the atlas, for the page, the JSON and the package. */
export function citeAtlas(data: Pick<ValidatedData, 'changelog'>): string {
  const version = datasetVersion(data);
  return atlasCitation(version, releaseDate(data.changelog, version), figuresPageUrl());
}

const builtAt = new Date().toISOString();

/** The dataset as published in nps-atlas.json. */
export function toDataset(data: ValidatedData, built: string = builtAt): Dataset {
  return {
    version: datasetVersion(data),
    content_hash: contentHash(data),
    built,
    license: { ...LICENSE, attribution: 'Our compilation is under CC BY 4.0; each figure remains its publisher’s: credit the source named on its row.' },
    citation: citeAtlas(data),
    sectors: data.sectors,
    companies: data.companies,
    sources: data.sources.map((source) => ({ ...source, citation: sourceCitation(source) })),
    observations: data.observations,
    changelog: data.changelog,
  };
}

/** The CSV files of the package, in the order listed. */
export const CSV_TABLES = ['observations', 'sources', 'companies', 'sectors', 'changelog'] as const;
type CsvTable = (typeof CSV_TABLES)[number];

const RESOURCE_TEXT: Record<CsvTable, { title: string; description: string }> = {
  observations: { title: 'Observations', description: 'One published NPS figure per row, as its source states it (a blank company means a sector average; restates names the original a row repeats).' },
  sources: { title: 'Sources', description: 'The publications the figures come from, graded A (independent survey with a stated method) to D (unsourced or modelled).' },
  companies: { title: 'Companies', description: 'Companies (brands) and the sector they are benchmarked in.' },
  sectors: { title: 'Sectors', description: 'Sectors, in English and French.' },
  changelog: { title: 'Changelog', description: 'Every change to the dataset with its reason; the highest version is the dataset’s version.' },
};

const KEYS: Record<CsvTable, Pick<TableSchema, 'primaryKey' | 'foreignKeys'>> = {
  observations: {
    primaryKey: 'id',
    foreignKeys: [
      { fields: 'company', reference: { resource: 'companies', fields: 'id' } },
      { fields: 'sector', reference: { resource: 'sectors', fields: 'id' } },
      { fields: 'source', reference: { resource: 'sources', fields: 'id' } },
      { fields: 'restates', reference: { resource: '', fields: 'id' } },
    ],
  },
  sources: { primaryKey: 'id' },
  companies: { primaryKey: 'id', foreignKeys: [{ fields: 'sector', reference: { resource: 'sectors', fields: 'id' } }] },
  sectors: { primaryKey: 'id' },
  changelog: {},
};

const columnsOf = (name: CsvTable) => Object.keys(TABLES[name].schema.shape);

/** The Table Schema of one CSV, generated from the same Zod schema the build validates with. */
export function csvTableSchema(name: CsvTable): TableSchema {
  return tableSchema(columnsOf(name), z.toJSONSchema(TABLES[name].schema) as unknown as RecordJsonSchema, KEYS[name]);
}

/** The Frictionless Data Package descriptor (datapackage.json). */
export function dataPackageDescriptor(data: ValidatedData, built: string = builtAt): Record<string, unknown> {
  return dataPackage({
    version: datasetVersion(data),
    created: built,
    homepage: figuresPageUrl(),
    sources: data.sources,
    resources: CSV_TABLES.map((name) => ({ name, path: `${name}.csv`, ...RESOURCE_TEXT[name], schema: csvTableSchema(name) })),
  });
}

/** Every download file: name → media type and body. */
export function downloads(data: ValidatedData): Record<string, { type: string; body: string }> {
  // For machines: RFC 4180 (`,`, `.`, UTF-8 without BOM), formula-like text neutralised (csv-write.ts).
  const csv = (name: CsvTable) => writeRecordsCsv(columnsOf(name), data[name], OPEN_DATA_CSV);
  return {
    'nps-atlas.json': { type: 'application/json', body: JSON.stringify(toDataset(data), null, 2) },
    'nps-atlas.schema.json': {
      type: 'application/schema+json',
      body: JSON.stringify({ ...z.toJSONSchema(DatasetSchema), title: 'NPS Atlas dataset' }, null, 2),
    },
    'datapackage.json': { type: 'application/json', body: JSON.stringify(dataPackageDescriptor(data), null, 2) },
    ...Object.fromEntries(CSV_TABLES.map((name) => [`${name}.csv`, { type: 'text/csv; charset=utf-8', body: csv(name) }])),
  };
}
