/**
 * The open dataset as a versioned, citable publication: its semantic version (from data/changelog.csv), a
 * Frictionless Data Package descriptor (datapackage.json: a Table Schema per CSV, licence, sources), schema.org
 * `Dataset` markup, and "how to cite" texts for the atlas and for each source. Pure: the caller passes the JSON
 * Schemas of the records (from Zod) and the site address.
 *
 * Versions (the README's rule): major = schema change, minor = rows added, patch = corrections. The dataset's
 * version is the highest in the changelog.
 */
import type { ChangelogEntry, Source } from './schema.ts';

const SEMVER = /^(\d+)\.(\d+)\.(\d+)$/;

/** [major, minor, patch], or undefined when the text is not a plain semantic version. */
export function parseSemver(text: string): [number, number, number] | undefined {
  const match = SEMVER.exec(text);
  return match ? [Number(match[1]), Number(match[2]), Number(match[3])] : undefined;
}

/** Negative when `a` is an earlier version than `b`, 0 when equal. Invalid versions sort first. */
export function compareSemver(a: string, b: string): number {
  const pa = parseSemver(a) ?? [-1, -1, -1];
  const pb = parseSemver(b) ?? [-1, -1, -1];
  return pa[0] - pb[0] || pa[1] - pb[1] || pa[2] - pb[2];
}

/** The dataset's version: the highest in the changelog (`0.0.0` for an empty one). */
export function releaseVersion(changelog: readonly Pick<ChangelogEntry, 'version'>[]): string {
  return changelog.map((e) => e.version).reduce((best, v) => (compareSemver(v, best) > 0 ? v : best), '0.0.0');
}

/** The date of the release `version` (the latest date among its entries). */
export function releaseDate(changelog: readonly Pick<ChangelogEntry, 'version' | 'date'>[], version: string): string | undefined {
  return changelog
    .filter((e) => e.version === version)
    .map((e) => e.date)
    .sort()
    .at(-1);
}

/** The licence of our compilation; each figure stays credited to its publisher. */
export const LICENSE = {
  name: 'CC-BY-4.0',
  title: 'Creative Commons Attribution 4.0 International',
  path: 'https://creativecommons.org/licenses/by/4.0/',
} as const;

export const DATASET_TITLE = 'NPS Atlas: published Net Promoter Score benchmarks';
export const DATASET_AUTHOR = 'NPS Atlas contributors';

/** "How to cite" the atlas: author, year, title, version, licence and address. */
export function atlasCitation(version: string, date: string | undefined, url: string): string {
  const year = date?.slice(0, 4) ?? 'n.d.';
  return `${DATASET_AUTHOR} (${year}). ${DATASET_TITLE} (version ${version}) [Data set]. ${LICENSE.title} (${LICENSE.name}). ${url}`;
}

/** "How to cite" a figure's original source: publisher, publication date, title, address; a second-hand source names what it reports. */
export function sourceCitation(source: Pick<Source, 'publisher' | 'title' | 'published' | 'url' | 'cites' | 'cites_url'>): string {
  const who = source.publisher ?? source.title;
  const parts = [`${who} (${source.published ?? 'n.d.'}).`, source.publisher ? `${source.title}.` : '', source.url ?? ''].filter(Boolean);
  let text = parts.join(' ');
  if (source.cites) text += ` Reporting ${source.cites}${source.cites_url ? ` (${source.cites_url})` : ''}.`;
  return text;
}

/** The part of a JSON Schema (as Zod writes it for one record) that a Table Schema is built from. */
export interface RecordJsonSchema {
  properties: Record<string, { type?: string; pattern?: string; enum?: readonly string[]; minimum?: number; maximum?: number; minLength?: number; description?: string }>;
  required?: readonly string[];
}

/** A Table Schema field (Frictionless Table Schema v1). */
export interface TableField {
  name: string;
  type: 'string' | 'number' | 'integer' | 'boolean';
  description?: string;
  trueValues?: string[];
  falseValues?: string[];
  constraints?: { required?: boolean; unique?: boolean; enum?: string[]; pattern?: string; minimum?: number; maximum?: number; minLength?: number };
}

export interface TableSchema {
  fields: TableField[];
  missingValues: string[];
  primaryKey?: string | string[];
  foreignKeys?: { fields: string | string[]; reference: { resource: string; fields: string | string[] } }[];
}

// JavaScript's largest safe integer is what Zod writes as an int's maximum: not a real constraint.
const NO_LIMIT = Number.MAX_SAFE_INTEGER;

/**
 * A Table Schema from a record's JSON Schema, field by field in `columns` order (the CSV header). A blank cell
 * is a missing value; flags are `yes` or blank (blank = no), so they are never required.
 */
export function tableSchema(
  columns: readonly string[],
  json: RecordJsonSchema,
  keys: Pick<TableSchema, 'primaryKey' | 'foreignKeys'> = {},
  descriptions: Record<string, string> = {},
): TableSchema {
  const required = new Set(json.required ?? []);
  const fields = columns.map((name): TableField => {
    const property = json.properties[name];
    if (!property) throw new Error(`tableSchema: no JSON Schema property for column ${name}`);
    const constraints: NonNullable<TableField['constraints']> = {};
    const description = descriptions[name] ?? property.description;
    if (property.type === 'boolean') {
      return {
        name,
        type: 'boolean',
        trueValues: ['yes'],
        falseValues: ['no'],
        ...(description ? { description: `${description} Blank means no.` } : { description: 'yes, or blank for no.' }),
      };
    }
    const type = property.type === 'integer' ? 'integer' : property.type === 'number' ? 'number' : 'string';
    if (required.has(name)) constraints.required = true;
    if (keys.primaryKey === name) constraints.unique = true;
    if (property.enum) constraints.enum = [...property.enum];
    if (property.pattern) constraints.pattern = property.pattern;
    if (property.minimum !== undefined) constraints.minimum = property.minimum;
    if (property.maximum !== undefined && property.maximum !== NO_LIMIT) constraints.maximum = property.maximum;
    if (property.minLength !== undefined && property.minLength > 1) constraints.minLength = property.minLength;
    return { name, type, ...(description ? { description } : {}), ...(Object.keys(constraints).length > 0 ? { constraints } : {}) };
  });
  return { fields, missingValues: [''], ...keys };
}

export interface PackageInput {
  version: string;
  /** ISO date-time of the build. */
  created: string;
  /** The All figures page's address. */
  homepage: string;
  sources: readonly Source[];
  resources: { name: string; path: string; title: string; description: string; schema: TableSchema }[];
}

/** The Frictionless (tabular) Data Package descriptor. */
export function dataPackage(input: PackageInput): Record<string, unknown> {
  return {
    profile: 'tabular-data-package',
    name: 'nps-atlas',
    id: input.homepage,
    title: DATASET_TITLE,
    description:
      'Net Promoter Scores of named companies as their publishers state them, each with its source, fieldwork period, market, survey type and a reliability grade (A–D). A figure repeated by several publications is one row marked as the original, the others point to it (restates). Compiled by the NPS Atlas; each figure remains the work of its publisher, who should be credited.',
    version: input.version,
    created: input.created,
    homepage: input.homepage,
    keywords: ['Net Promoter Score', 'NPS', 'benchmark', 'customer experience', 'TNR'],
    licenses: [{ ...LICENSE }],
    contributors: [{ title: DATASET_AUTHOR, role: 'author', path: input.homepage }],
    sources: input.sources.filter((s) => s.url).map((s) => ({ title: `${s.publisher ? `${s.publisher}: ` : ''}${s.title}`, path: s.url })),
    resources: input.resources.map((r) => ({
      name: r.name,
      path: r.path,
      title: r.title,
      description: r.description,
      profile: 'tabular-data-resource',
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      dialect: { delimiter: ',', doubleQuote: true, lineTerminator: '\r\n', quoteChar: '"', header: true },
      licenses: [{ ...LICENSE }],
      schema: r.schema,
    })),
  };
}

/** schema.org `Dataset` markup (JSON-LD) for the All figures page. */
export function datasetJsonLd(input: {
  version: string;
  dateModified: string | undefined;
  url: string;
  downloads: { url: string; format: string }[];
  description: string;
  citation: string;
  inLanguage: string;
}): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: DATASET_TITLE,
    description: input.description,
    url: input.url,
    version: input.version,
    ...(input.dateModified ? { dateModified: input.dateModified } : {}),
    inLanguage: input.inLanguage,
    isAccessibleForFree: true,
    license: LICENSE.path,
    creator: { '@type': 'Organization', name: DATASET_AUTHOR, url: input.url },
    citation: input.citation,
    keywords: ['Net Promoter Score', 'NPS', 'benchmark', 'customer experience'],
    variableMeasured: 'Net Promoter Score (−100 to 100)',
    distribution: input.downloads.map((d) => ({ '@type': 'DataDownload', encodingFormat: d.format, contentUrl: d.url })),
  };
}
