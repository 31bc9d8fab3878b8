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

/** Validate the CSV texts of every table; `today` is YYYY-MM-DD. Never throws. */
export function validateData(texts: Record<TableName, string>, today: string): { data: ValidatedData; issues: DataIssue[] } {
  const sectors = parseTable<Sector>(texts.sectors, TABLES.sectors);
  const companies = parseTable<Company>(texts.companies, TABLES.companies);
  const sources = parseTable<Source>(texts.sources, TABLES.sources);
  const observations = parseTable<Observation>(texts.observations, TABLES.observations);
  const excluded = parseTable<Exclusion>(texts.excluded, TABLES.excluded);
  const changelog = parseTable<ChangelogEntry>(texts.changelog, TABLES.changelog);
  const locate = <T,>(table: { rows: T[]; lines: number[] }) => table.rows.map((row, i) => ({ row, line: table.lines[i] ?? 0 }));
  const rowIssues = [...sectors.issues, ...companies.issues, ...sources.issues, ...observations.issues, ...excluded.issues, ...changelog.issues];
  const crossFile = checkDataset(
    {
      sectors: locate(sectors),
      companies: locate(companies),
      sources: locate(sources),
      observations: locate(observations),
      excluded: locate(excluded),
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
