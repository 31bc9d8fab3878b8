/** Parse and check the five data files together, so one run reports every problem in every file. */
import { checkDataset } from './checks.ts';
import { parseTable } from './csv.ts';
import { type DataIssue, sortIssues } from './data-issues.ts';
import type { ChangelogEntry, Company, Exclusion, Observation, Sector, Source, TableName } from './schema.ts';
import { TABLES } from './schema.ts';

export interface ValidatedData {
  sectors: Sector[];
  companies: Company[];
  sources: Source[];
  observations: Observation[];
  excluded: Exclusion[];
  changelog: ChangelogEntry[];
}

/**
 * Validate every table, given as file bytes (checked as UTF-8) or decoded text; `today` is YYYY-MM-DD.
 * Never throws.
 */
export function validateData(texts: Record<TableName, string | Uint8Array>, today: string): { data: ValidatedData; issues: DataIssue[] } {
  const sectors = parseTable<Sector>(texts.sectors, TABLES.sectors);
  const companies = parseTable<Company>(texts.companies, TABLES.companies);
  const sources = parseTable<Source>(texts.sources, TABLES.sources);
  const observations = parseTable<Observation>(texts.observations, TABLES.observations);
  const excluded = parseTable<Exclusion>(texts.excluded, TABLES.excluded);
  const changelog = parseTable<ChangelogEntry>(texts.changelog, TABLES.changelog);
  const locate = <T>(table: { rows: T[]; lines: number[] }) => table.rows.map((row, i) => ({ row, line: table.lines[i] ?? 0 }));
  const tables = [sectors, companies, sources, observations, excluded, changelog];
  const rowIssues = tables.flatMap((table) => table.issues);
  // A file that cannot be read as its table (empty, wrong delimiter, broken header) would make every
  // reference to it look unknown: its one message is enough until it is fixed.
  const crossFile = !tables.every((table) => table.readable)
    ? []
    : checkDataset(
        {
          sectors: locate(sectors),
          companies: locate(companies),
          sources: locate(sources),
          observations: locate(observations),
          excluded: locate(excluded),
          changelog: locate(changelog),
          written: {
            sectors: sectors.values.get('id') ?? new Set(),
            companies: companies.values.get('id') ?? new Set(),
            sources: sources.values.get('id') ?? new Set(),
            researchRefs: new Set([...(observations.values.get('research_ref') ?? []), ...(excluded.values.get('research_ref') ?? [])]),
          },
        },
        today,
        { reportUnused: rowIssues.length === 0 },
      );
  return {
    data: {
      sectors: sectors.rows,
      companies: companies.rows,
      sources: sources.rows,
      observations: observations.rows,
      excluded: excluded.rows,
      changelog: changelog.rows,
    },
    issues: sortIssues([...rowIssues, ...crossFile]),
  };
}
