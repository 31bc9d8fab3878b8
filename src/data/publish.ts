/** Build-time only: the open-data downloads (CSV, JSON and JSON Schema) served under /data/. */
import { createHash } from 'node:crypto';
import * as z from 'zod/mini';
import { OPEN_DATA_CSV, writeRecordsCsv } from '../lib/csv-write.ts';
import type { ValidatedData } from '../lib/dataset.ts';
import { type Dataset, DatasetSchema, TABLES } from '../lib/schema.ts';

/** Content hash of the published records: the same data always gets the same version. */
export function datasetVersion(data: ValidatedData): string {
  const { excluded: _excluded, ...published } = data;
  return createHash('sha256').update(JSON.stringify(published)).digest('hex').slice(0, 12);
}

const builtAt = new Date().toISOString();

/** The dataset as published in nps-atlas.json. */
export function toDataset(data: ValidatedData, built: string = builtAt): Dataset {
  return {
    version: datasetVersion(data),
    built,
    sectors: data.sectors,
    companies: data.companies,
    sources: data.sources,
    observations: data.observations,
  };
}

/** Every download file: name → media type and body. */
export function downloads(data: ValidatedData): Record<string, { type: string; body: string }> {
  // For machines: RFC 4180 (`,`, `.`, UTF-8 without BOM), formula-like text neutralised (csv-write.ts).
  const csv = (name: 'sectors' | 'companies' | 'sources' | 'observations') =>
    writeRecordsCsv(Object.keys(TABLES[name].schema.shape), data[name] as unknown as Record<string, unknown>[], OPEN_DATA_CSV);
  return {
    'nps-atlas.json': { type: 'application/json', body: JSON.stringify(toDataset(data), null, 2) },
    'nps-atlas.schema.json': {
      type: 'application/schema+json',
      body: JSON.stringify({ ...z.toJSONSchema(DatasetSchema), title: 'NPS Atlas dataset' }, null, 2),
    },
    'observations.csv': { type: 'text/csv; charset=utf-8', body: csv('observations') },
    'sources.csv': { type: 'text/csv; charset=utf-8', body: csv('sources') },
    'companies.csv': { type: 'text/csv; charset=utf-8', body: csv('companies') },
    'sectors.csv': { type: 'text/csv; charset=utf-8', body: csv('sectors') },
  };
}
