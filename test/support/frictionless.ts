/**
 * A checker for Frictionless Data Package descriptors and their CSV resources, written from the specifications
 * (Data Package v1, Tabular Data Package, Data Resource, Table Schema v1, CSV Dialect: specs.frictionlessdata.io),
 * offline. It covers what our package uses and the rules around it; it returns every problem, never throws.
 */
import Papa from 'papaparse';

type Json = Record<string, unknown>;

const NAME = /^([-a-z0-9._/])+$/;
const LICENSE_NAME = /^([-a-zA-Z0-9._])+$/;
const SEMVER = /^\d+\.\d+\.\d+$/;
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const ROLES = ['publisher', 'author', 'maintainer', 'wrangler', 'contributor'];
const FIELD_TYPES = ['string', 'number', 'integer', 'boolean', 'object', 'array', 'date', 'time', 'datetime', 'year', 'yearmonth', 'duration', 'geopoint', 'geojson', 'any'];
const CONSTRAINTS = ['required', 'unique', 'minLength', 'maxLength', 'minimum', 'maximum', 'pattern', 'enum'];
const NUMBER = /^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$|^[-+]?(NaN|INF)$/;
const INTEGER = /^[-+]?\d+$/;

/** A value from the descriptor as a message shows it: strings quoted, anything else as JSON (never "[object Object]"). */
const shown = (value: unknown): string => (typeof value === 'string' ? `"${value}"` : (JSON.stringify(value) ?? 'undefined'));
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const isStringArray = (value: unknown): value is string[] => Array.isArray(value) && value.every((v) => typeof v === 'string');
const asList = (value: unknown): string[] => (typeof value === 'string' ? [value] : isStringArray(value) ? value : []);

/** A path a Data Resource may use: a URL, or a relative POSIX path that never climbs out of the package. */
function validPath(path: string): boolean {
  if (/^https?:\/\//.test(path)) return true;
  return !path.startsWith('/') && !path.split('/').includes('..') && !path.includes('\\') && path.length > 0;
}

/** Problems with the descriptor itself (Data Package, Data Resource, Table Schema, CSV Dialect). */
export function checkDescriptor(descriptor: unknown): string[] {
  const problems: string[] = [];
  if (!isObject(descriptor)) return ['descriptor: must be a JSON object'];
  if (descriptor.name !== undefined && (typeof descriptor.name !== 'string' || !NAME.test(descriptor.name)))
    problems.push(`name: ${shown(descriptor.name)} must be lower-case letters, digits, ".", "-", "_" or "/"`);
  if (descriptor.version !== undefined && (typeof descriptor.version !== 'string' || !SEMVER.test(descriptor.version)))
    problems.push(`version: ${shown(descriptor.version)} should be a semantic version`);
  if (descriptor.created !== undefined && (typeof descriptor.created !== 'string' || !RFC3339.test(descriptor.created)))
    problems.push(`created: ${shown(descriptor.created)} must be an RFC 3339 date-time`);
  for (const key of ['licenses', 'sources', 'contributors', 'keywords'] as const) {
    if (descriptor[key] !== undefined && !Array.isArray(descriptor[key])) problems.push(`${key}: must be an array`);
  }
  const licenses = (descriptor.licenses as unknown[] | undefined) ?? [];
  licenses.forEach((license, i) => {
    if (!isObject(license) || (license.name === undefined && license.path === undefined)) problems.push(`licenses[${i}]: needs a name or a path`);
    else if (license.name !== undefined && (typeof license.name !== 'string' || !LICENSE_NAME.test(license.name)))
      problems.push(`licenses[${i}].name: ${shown(license.name)} is not an Open Definition licence id`);
  });
  ((descriptor.sources as unknown[] | undefined) ?? []).forEach((source, i) => {
    if (!isObject(source) || typeof source.title !== 'string' || source.title === '') problems.push(`sources[${i}]: needs a title`);
    else if (source.path !== undefined && (typeof source.path !== 'string' || !validPath(source.path)))
      problems.push(`sources[${i}].path: ${shown(source.path)} is not a URL or relative path`);
  });
  ((descriptor.contributors as unknown[] | undefined) ?? []).forEach((contributor, i) => {
    if (!isObject(contributor) || typeof contributor.title !== 'string') problems.push(`contributors[${i}]: needs a title`);
    else if (contributor.role !== undefined && (typeof contributor.role !== 'string' || !ROLES.includes(contributor.role)))
      problems.push(`contributors[${i}].role: ${shown(contributor.role)} is not one of ${ROLES.join(', ')}`);
  });

  if (!Array.isArray(descriptor.resources) || descriptor.resources.length === 0) {
    problems.push('resources: required, a non-empty array');
    return problems;
  }
  const tabular = descriptor.profile === 'tabular-data-package';
  const names = new Set<string>();
  const resources = descriptor.resources as unknown[];
  resources.forEach((resource, i) => {
    const at = `resources[${i}]`;
    if (!isObject(resource)) {
      problems.push(`${at}: must be an object`);
      return;
    }
    if (typeof resource.name !== 'string' || !NAME.test(resource.name)) problems.push(`${at}.name: required, lower-case letters, digits, ".", "-", "_" or "/"`);
    else if (names.has(resource.name)) problems.push(`${at}.name: "${resource.name}" is not unique`);
    else names.add(resource.name);
    const hasPath = resource.path !== undefined;
    if (hasPath === (resource.data !== undefined)) problems.push(`${at}: needs exactly one of path or data`);
    for (const path of asList(resource.path)) if (!validPath(path)) problems.push(`${at}.path: "${path}" is not a URL or a relative path inside the package`);
    if (tabular && resource.profile !== 'tabular-data-resource') problems.push(`${at}.profile: a tabular data package holds tabular-data-resource resources only`);
    if (resource.dialect !== undefined) problems.push(...checkDialect(resource.dialect, `${at}.dialect`));
    if (tabular || resource.profile === 'tabular-data-resource') {
      if (!isObject(resource.schema)) problems.push(`${at}.schema: required for a tabular data resource`);
      else problems.push(...checkSchema(resource.schema, `${at}.schema`));
    }
  });
  // Foreign keys point at resources and fields that exist ('' is the resource itself).
  resources.forEach((resource, i) => {
    if (!isObject(resource) || !isObject(resource.schema)) return;
    const keys = (resource.schema.foreignKeys as unknown[] | undefined) ?? [];
    keys.forEach((key, k) => {
      if (!isObject(key) || !isObject(key.reference)) return;
      const target = key.reference.resource === '' ? resource : resources.find((r) => isObject(r) && r.name === (key.reference as Json).resource);
      if (!isObject(target) || !isObject(target.schema)) {
        problems.push(`resources[${i}].schema.foreignKeys[${k}]: resource ${shown(key.reference.resource)} not in the package`);
        return;
      }
      const targetFields = ((target.schema.fields as Json[] | undefined) ?? []).map((f) => f.name);
      for (const field of asList(key.reference.fields))
        if (!targetFields.includes(field)) problems.push(`resources[${i}].schema.foreignKeys[${k}]: field "${field}" not in resource ${shown(target.name)}`);
      if (asList(key.fields).length !== asList(key.reference.fields).length)
        problems.push(`resources[${i}].schema.foreignKeys[${k}]: fields and reference.fields differ in number`);
    });
  });
  return problems;
}

function checkDialect(dialect: unknown, at: string): string[] {
  if (!isObject(dialect)) return [`${at}: must be an object`];
  const problems: string[] = [];
  if (dialect.delimiter !== undefined && (typeof dialect.delimiter !== 'string' || dialect.delimiter.length !== 1)) problems.push(`${at}.delimiter: one character`);
  if (dialect.quoteChar !== undefined && (typeof dialect.quoteChar !== 'string' || dialect.quoteChar.length !== 1)) problems.push(`${at}.quoteChar: one character`);
  for (const key of ['header', 'doubleQuote', 'skipInitialSpace'] as const) {
    if (dialect[key] !== undefined && typeof dialect[key] !== 'boolean') problems.push(`${at}.${key}: a boolean`);
  }
  if (dialect.lineTerminator !== undefined && typeof dialect.lineTerminator !== 'string') problems.push(`${at}.lineTerminator: a string`);
  return problems;
}

/** Problems with one Table Schema. */
export function checkSchema(schema: Json, at: string): string[] {
  const problems: string[] = [];
  if (!Array.isArray(schema.fields) || schema.fields.length === 0) return [`${at}.fields: required, a non-empty array`];
  const names: string[] = [];
  (schema.fields as unknown[]).forEach((field, i) => {
    const f = `${at}.fields[${i}]`;
    if (!isObject(field) || typeof field.name !== 'string' || field.name === '') {
      problems.push(`${f}.name: required`);
      return;
    }
    if (names.includes(field.name)) problems.push(`${f}.name: "${field.name}" is not unique`);
    names.push(field.name);
    const type = field.type ?? 'string';
    if (typeof type !== 'string' || !FIELD_TYPES.includes(type)) problems.push(`${f}.type: ${shown(type)} is not a Table Schema type`);
    if (type === 'boolean') {
      for (const key of ['trueValues', 'falseValues'] as const) if (field[key] !== undefined && !isStringArray(field[key])) problems.push(`${f}.${key}: an array of strings`);
    }
    if (field.constraints !== undefined) {
      if (!isObject(field.constraints)) problems.push(`${f}.constraints: an object`);
      else {
        for (const key of Object.keys(field.constraints)) if (!CONSTRAINTS.includes(key)) problems.push(`${f}.constraints.${key}: not a Table Schema constraint`);
        const c = field.constraints;
        if (c.enum !== undefined && (!Array.isArray(c.enum) || c.enum.length === 0)) problems.push(`${f}.constraints.enum: a non-empty array`);
        if (c.pattern !== undefined) {
          try {
            if (typeof c.pattern !== 'string') throw new TypeError('not a string');
            new RegExp(c.pattern, 'u');
          } catch {
            problems.push(`${f}.constraints.pattern: not a regular expression`);
          }
        }
        for (const key of ['required', 'unique'] as const) if (c[key] !== undefined && typeof c[key] !== 'boolean') problems.push(`${f}.constraints.${key}: a boolean`);
        for (const key of ['minimum', 'maximum', 'minLength', 'maxLength'] as const)
          if (c[key] !== undefined && typeof c[key] !== 'number') problems.push(`${f}.constraints.${key}: a number for a ${shown(type)} field`);
      }
    }
  });
  if (schema.missingValues !== undefined && !isStringArray(schema.missingValues)) problems.push(`${at}.missingValues: an array of strings`);
  for (const key of asList(schema.primaryKey)) if (!names.includes(key)) problems.push(`${at}.primaryKey: "${key}" is not a field`);
  ((schema.foreignKeys as unknown[] | undefined) ?? []).forEach((key, k) => {
    if (!isObject(key) || !isObject(key.reference) || typeof key.reference.resource !== 'string') {
      problems.push(`${at}.foreignKeys[${k}]: needs fields and a reference { resource, fields }`);
      return;
    }
    for (const field of asList(key.fields)) if (!names.includes(field)) problems.push(`${at}.foreignKeys[${k}].fields: "${field}" is not a field`);
  });
  return problems;
}

/** A value cast to its field's type, or an error. Missing values become null. */
function cast(field: Json, text: string): { value: unknown } | { error: string } {
  switch (field.type ?? 'string') {
    case 'number':
      return NUMBER.test(text) ? { value: Number(text) } : { error: 'not a number' };
    case 'integer':
      return INTEGER.test(text) ? { value: Number(text) } : { error: 'not an integer' };
    case 'boolean': {
      const trueValues = (field.trueValues as string[] | undefined) ?? ['true', 'True', 'TRUE', '1'];
      const falseValues = (field.falseValues as string[] | undefined) ?? ['false', 'False', 'FALSE', '0'];
      if (trueValues.includes(text)) return { value: true };
      if (falseValues.includes(text)) return { value: false };
      return { error: `not one of ${[...trueValues, ...falseValues].join(', ')}` };
    }
    default:
      return { value: text };
  }
}

/**
 * Problems with the data of every CSV resource: the header matches the schema's fields in order, every value
 * casts to its type and meets its constraints, primary keys are unique, foreign keys resolve.
 * `files` maps a resource path to the file's text.
 */
export function checkData(descriptor: Json, files: Record<string, string>): string[] {
  const problems: string[] = [];
  const tables = new Map<string, { fields: Json[]; rows: Record<string, unknown>[] }>();
  for (const resource of descriptor.resources as Json[]) {
    const path = String(resource.path);
    const text = files[path];
    if (text === undefined) {
      problems.push(`${path}: file missing`);
      continue;
    }
    const schema = resource.schema as Json;
    const fields = schema.fields as Json[];
    const missing = (schema.missingValues as string[] | undefined) ?? [''];
    const dialect = (resource.dialect as Json | undefined) ?? {};
    if (text.startsWith('\uFEFF') && resource.encoding === 'utf-8') problems.push(`${path}: starts with a byte-order mark`);
    const parsed = Papa.parse<string[]>(text, {
      delimiter: typeof dialect.delimiter === 'string' ? dialect.delimiter : ',',
      quoteChar: typeof dialect.quoteChar === 'string' ? dialect.quoteChar : '"',
      skipEmptyLines: 'greedy',
    });
    for (const error of parsed.errors) problems.push(`${path} row ${error.row}: ${error.message}`);
    const [header = [], ...records] = parsed.data;
    const names = fields.map((f) => String(f.name));
    if (header.join(',') !== names.join(',')) problems.push(`${path}: header "${header.join(',')}" differs from the schema's fields "${names.join(',')}"`);
    const rows: Record<string, unknown>[] = [];
    const seen = new Map<string, Set<unknown>>();
    records.forEach((record, r) => {
      const line = r + 2;
      if (record.length !== names.length) problems.push(`${path} line ${line}: ${record.length} cells, the schema has ${names.length} fields`);
      const row: Record<string, unknown> = {};
      fields.forEach((field, i) => {
        const name = String(field.name);
        const text = record[i] ?? '';
        const c = (field.constraints as Json | undefined) ?? {};
        if (missing.includes(text)) {
          row[name] = null;
          if (c.required === true) problems.push(`${path} line ${line} ${name}: required, found a missing value`);
          return;
        }
        const result = cast(field, text);
        if ('error' in result) {
          problems.push(`${path} line ${line} ${name}: "${text}" is ${result.error}`);
          return;
        }
        const value = result.value;
        row[name] = value;
        if (Array.isArray(c.enum) && !c.enum.includes(value)) problems.push(`${path} line ${line} ${name}: "${text}" is not in the enum`);
        if (typeof c.pattern === 'string' && !new RegExp(`^(?:${c.pattern})$`, 'u').test(text))
          problems.push(`${path} line ${line} ${name}: "${text}" does not match ${c.pattern}`);
        if (typeof c.minimum === 'number' && typeof value === 'number' && value < c.minimum) problems.push(`${path} line ${line} ${name}: ${text} is below ${c.minimum}`);
        if (typeof c.maximum === 'number' && typeof value === 'number' && value > c.maximum) problems.push(`${path} line ${line} ${name}: ${text} is above ${c.maximum}`);
        if (typeof c.minLength === 'number' && text.length < c.minLength) problems.push(`${path} line ${line} ${name}: shorter than ${c.minLength}`);
        if (typeof c.maxLength === 'number' && text.length > c.maxLength) problems.push(`${path} line ${line} ${name}: longer than ${c.maxLength}`);
        if (c.unique === true) {
          const values = seen.get(name) ?? new Set();
          if (values.has(value)) problems.push(`${path} line ${line} ${name}: "${text}" is not unique`);
          values.add(value);
          seen.set(name, values);
        }
      });
      rows.push(row);
    });
    const primaryKey = asList(schema.primaryKey);
    if (primaryKey.length > 0) {
      const keys = new Set<string>();
      rows.forEach((row, r) => {
        const key = JSON.stringify(primaryKey.map((k) => row[k]));
        if (primaryKey.some((k) => row[k] === null)) problems.push(`${path} line ${r + 2}: primary key is missing`);
        else if (keys.has(key)) problems.push(`${path} line ${r + 2}: primary key ${key} is not unique`);
        keys.add(key);
      });
    }
    tables.set(String(resource.name), { fields, rows });
  }
  for (const resource of descriptor.resources as Json[]) {
    const table = tables.get(String(resource.name));
    if (!table) continue;
    for (const key of ((resource.schema as Json).foreignKeys as Json[] | undefined) ?? []) {
      const reference = key.reference as Json;
      const target = tables.get(reference.resource === '' ? String(resource.name) : String(reference.resource));
      if (!target) continue;
      const from = asList(key.fields);
      const to = asList(reference.fields);
      const present = new Set(target.rows.map((row) => JSON.stringify(to.map((k) => row[k]))));
      table.rows.forEach((row, r) => {
        if (from.some((k) => row[k] === null)) return;
        const value = JSON.stringify(from.map((k) => row[k]));
        if (!present.has(value))
          problems.push(`${String(resource.path)} line ${r + 2} ${from.join(',')}: ${value} not found in ${String(reference.resource) || String(resource.name)}`);
      });
    }
  }
  return problems;
}
