/** Rules that span rows and files: ids resolve, no duplicates, shares agree with the score, no future dates. */
import type { DataIssue } from './data-issues.ts';
import { compareSemver } from './open-data.ts';
import type { ChangelogEntry, Company, Exclusion, Observation, Sector, Source } from './schema.ts';

export interface Located<T> {
  row: T;
  line: number;
}

export interface CheckInput {
  sectors: Located<Sector>[];
  companies: Located<Company>[];
  sources: Located<Source>[];
  observations: Located<Observation>[];
  excluded: Located<Exclusion>[];
  /** data/changelog.csv rows (optional: older callers and fixtures pass none). */
  changelog?: Located<ChangelogEntry>[];
  /** Ids and research refs written in the files, including rows that failed validation (already reported). */
  written?: { sectors: Set<string>; companies: Set<string>; sources: Set<string>; researchRefs: Set<string> };
}

const FILES = {
  sectors: 'data/sectors.csv',
  companies: 'data/companies.csv',
  sources: 'data/sources.csv',
  observations: 'data/observations.csv',
  excluded: 'data/excluded.csv',
} as const;

/** Share tolerance in points: published shares are rounded, so sums and differences may be off by one. */
export const SHARE_TOLERANCE = 1;

/** Check every cross-file rule; `today` is an ISO date (YYYY-MM-DD) so the future check is testable. */
export function checkDataset(input: CheckInput, today: string, { reportUnused = true } = {}): DataIssue[] {
  const issues: DataIssue[] = [];
  const valid = {
    sectors: uniqueIds(input.sectors, FILES.sectors, 'id', issues),
    companies: uniqueIds(input.companies, FILES.companies, 'id', issues),
    sources: uniqueIds(input.sources, FILES.sources, 'id', issues),
  };
  const ids = input.written ?? valid;
  uniqueIds(input.observations, FILES.observations, 'id', issues);
  uniqueIds(input.excluded, FILES.excluded, 'research_ref', issues);

  for (const { row, line } of input.companies) {
    if (!ids.sectors.has(row.sector)) {
      issues.push(unknownId(FILES.companies, line, row.id, 'sector', row.sector, FILES.sectors));
    }
  }

  for (const { row, line } of input.sources) {
    for (const column of ['published', 'retrieved'] as const) {
      const value = row[column];
      if (value && periodStart(value) > today) {
        issues.push({ file: FILES.sources, line, rowId: row.id, column, rule: 'future', message: `is after today (${today})`, value });
      }
    }
  }

  issues.push(...checkSamePageGrades(input.sources));

  const usedCompanies = new Set<string>();
  const usedSources = new Set<string>();
  const usedSectors = new Set<string>(input.companies.map(({ row }) => row.sector));
  for (const { row, line } of input.observations) {
    const at = { file: FILES.observations, line, rowId: row.id };
    if (row.company && row.sector) {
      issues.push({ ...at, column: 'sector', rule: 'company-or-sector', message: 'fill either company or sector (for a sector average), not both', value: row.sector });
    } else if (!row.company && !row.sector) {
      issues.push({ ...at, column: 'company', rule: 'company-or-sector', message: 'fill company, or sector for a sector average' });
    }
    if (row.company) {
      usedCompanies.add(row.company);
      if (!ids.companies.has(row.company)) issues.push(unknownId(FILES.observations, line, row.id, 'company', row.company, FILES.companies));
    }
    if (row.sector) {
      usedSectors.add(row.sector);
      if (!ids.sectors.has(row.sector)) issues.push(unknownId(FILES.observations, line, row.id, 'sector', row.sector, FILES.sectors));
    }
    usedSources.add(row.source);
    if (!ids.sources.has(row.source)) issues.push(unknownId(FILES.observations, line, row.id, 'source', row.source, FILES.sources));
    issues.push(...checkShares(row, line));
    issues.push(...checkBound(row, line));
    if (row.period) {
      const [start, end = start] = row.period.split('/') as [string, string?];
      if (end < start) {
        issues.push({ ...at, column: 'period', rule: 'period-order', message: 'the range ends before it starts', value: row.period });
      }
      if (periodStart(start) > today || periodStart(end ?? start) > today) {
        issues.push({ ...at, column: 'period', rule: 'future', message: `is after today (${today})`, value: row.period });
      }
    }
  }

  issues.push(...checkCurationRules(input));
  issues.push(...checkRestatements(input.observations));
  issues.push(...checkChangelog(input.changelog ?? []));

  // After a row-level error, a row is missing here, so "unused" would only echo that error.
  if (reportUnused) issues.push(...unusedRows(input, usedCompanies, usedSources, usedSectors));
  issues.push(...checkResearchCoverage(input, input.written?.researchRefs));
  return issues;
}

/**
 * A page may have two source rows only when it carries claims of different provenance (its own survey, and a
 * figure it relays with no source), each graded for its claim; two rows of one page with the same grade are the
 * same source listed twice.
 */
function checkSamePageGrades(sources: Located<Source>[]): DataIssue[] {
  const firstByPageAndGrade = new Map<string, Located<Source>>();
  const issues: DataIssue[] = [];
  for (const located of sources) {
    const { row, line } = located;
    if (!row.url) continue;
    const key = `${row.grade} ${row.url}`;
    const first = firstByPageAndGrade.get(key);
    if (!first) firstByPageAndGrade.set(key, located);
    else {
      issues.push({
        file: FILES.sources,
        line,
        rowId: row.id,
        column: 'url',
        rule: 'same-page-grade',
        message: `is also the page of ${first.row.id} (line ${first.line}) with the same grade ${row.grade}; a page has a second row only for a claim graded differently`,
        value: row.url,
      });
    }
  }
  return issues;
}

function unusedRows(input: CheckInput, usedCompanies: Set<string>, usedSources: Set<string>, usedSectors: Set<string>): DataIssue[] {
  const issues: DataIssue[] = [];
  for (const { row, line } of input.companies) {
    if (!usedCompanies.has(row.id)) {
      issues.push({ file: FILES.companies, line, rowId: row.id, rule: 'unused', message: 'no observation refers to this company' });
    }
  }
  for (const { row, line } of input.sources) {
    if (!usedSources.has(row.id)) {
      issues.push({ file: FILES.sources, line, rowId: row.id, rule: 'unused', message: 'no observation cites this source' });
    }
  }
  for (const { row, line } of input.sectors) {
    if (!usedSectors.has(row.id)) {
      issues.push({ file: FILES.sectors, line, rowId: row.id, rule: 'unused', message: 'no company or sector average belongs to this sector' });
    }
  }
  return issues;
}

/** All three shares add to 100 ± 1; promoters − detractors agrees with an exact NPS ± 1. */
function checkShares(row: Observation, line: number): DataIssue[] {
  const at = { file: FILES.observations, line, rowId: row.id };
  const { promoters_pct: p, passives_pct: a, detractors_pct: d } = row;
  const issues: DataIssue[] = [];
  if (p !== undefined && a !== undefined && d !== undefined) {
    const sum = p + a + d;
    if (Math.abs(sum - 100) > SHARE_TOLERANCE) {
      issues.push({
        ...at,
        column: 'promoters_pct',
        rule: 'shares-sum',
        message: `promoters, passives and detractors add up to ${sum}, not 100 ± ${SHARE_TOLERANCE}`,
        value: `${p}/${a}/${d}`,
      });
    }
  }
  if (p !== undefined && d !== undefined && row.relation === 'exact' && Math.abs(p - d - row.nps) > SHARE_TOLERANCE) {
    issues.push({
      ...at,
      column: 'nps',
      rule: 'shares-nps',
      message: `promoters − detractors is ${p - d}, which disagrees with the NPS by more than ${SHARE_TOLERANCE}`,
      value: String(row.nps),
    });
  }
  return issues;
}

/**
 * `restates` (a row repeating a figure first published elsewhere) must name another observation that exists,
 * is about the same company (or sector), states the same value (relation and nps), and the chain of restatements
 * must end at an original: no row restates itself, directly or through others.
 */
export function checkRestatements(observations: readonly Located<Observation>[]): DataIssue[] {
  const issues: DataIssue[] = [];
  const byId = new Map<string, Located<Observation>>();
  for (const located of observations) if (!byId.has(located.row.id)) byId.set(located.row.id, located);
  const shown = (o: Observation) => `${o.relation} ${o.nps}`;
  for (const { row, line } of observations) {
    if (!row.restates) continue;
    const at = { file: FILES.observations, line, rowId: row.id };
    if (row.restates === row.id) {
      issues.push({ ...at, column: 'restates', rule: 'restates-self', message: 'a row cannot restate itself: leave restates blank for an original', value: row.restates });
      continue;
    }
    const target = byId.get(row.restates);
    if (!target) {
      issues.push({ ...at, column: 'restates', rule: 'restates-unknown', message: `is not an observation id in ${FILES.observations}`, value: row.restates });
      continue;
    }
    const whose = (o: Observation) => (o.company ? `company ${o.company}` : `sector ${o.sector ?? ''}`);
    if ((row.company ?? '') !== (target.row.company ?? '') || (row.sector ?? '') !== (target.row.sector ?? '')) {
      issues.push({
        ...at,
        column: row.company ? 'company' : 'sector',
        rule: 'restates-company',
        message: `restates ${target.row.id} (line ${target.line}), which is about ${whose(target.row)}, not ${whose(row)}`,
        value: row.company ?? row.sector ?? '',
      });
    }
    if (row.relation !== target.row.relation || row.nps !== target.row.nps) {
      issues.push({
        ...at,
        column: 'nps',
        rule: 'restates-value',
        message: `restates ${target.row.id} (line ${target.line}), which states "${shown(target.row)}", not "${shown(row)}"`,
        value: shown(row),
      });
    }
    // Follow the chain: a loop back to this row is a cycle (rows that only lead into a loop are not reported).
    const chain = [row.id];
    let next: string | undefined = row.restates;
    while (next && byId.has(next) && !chain.includes(next)) {
      chain.push(next);
      next = byId.get(next)?.row.restates;
    }
    if (next === row.id) {
      issues.push({
        ...at,
        column: 'restates',
        rule: 'restates-cycle',
        message: `the restatements loop without reaching an original: ${[...chain, row.id].join(' → ')}`,
        value: row.restates,
      });
    }
  }
  return issues;
}

/**
 * data/changelog.csv lists releases oldest first: versions never go down the file, a later version is never
 * dated before an earlier one. (Each version is checked as semver by its schema.) A release may be dated ahead
 * of the build, so dates are not checked against today.
 */
export function checkChangelog(entries: readonly Located<ChangelogEntry>[]): DataIssue[] {
  const issues: DataIssue[] = [];
  const file = 'data/changelog.csv';
  let previous: Located<ChangelogEntry> | undefined;
  for (const entry of entries) {
    const { row, line } = entry;
    const at = { file, line, rowId: row.version };
    if (previous) {
      const order = compareSemver(row.version, previous.row.version);
      if (order < 0) {
        issues.push({
          ...at,
          column: 'version',
          rule: 'changelog-order',
          message: `comes after version ${previous.row.version} (line ${previous.line}): list versions oldest first`,
          value: row.version,
        });
      } else if (order > 0 && row.date < previous.row.date) {
        issues.push({
          ...at,
          column: 'date',
          rule: 'changelog-date',
          message: `version ${row.version} is dated before version ${previous.row.version} (line ${previous.line}, ${previous.row.date})`,
          value: row.date,
        });
      }
    }
    if (!previous || compareSemver(row.version, previous.row.version) >= 0) previous = entry;
  }
  return issues;
}

/** A bound must leave room for a score: "below -100" or "at least 100"-plus cannot be. */
function checkBound(row: Observation, line: number): DataIssue[] {
  const impossible =
    (row.relation === 'below' && row.nps <= -100) ||
    (row.relation === 'above' && row.nps >= 100) ||
    (row.relation === 'at-most' && row.nps < -100) ||
    (row.relation === 'at-least' && row.nps > 100);
  if (!impossible) return [];
  return [
    { file: FILES.observations, line, rowId: row.id, column: 'relation', rule: 'bound', message: `"${row.relation} ${row.nps}" leaves no possible NPS`, value: row.relation },
  ];
}

/**
 * The curation rules of README.md ("Sourcing and grading rules") that a validator can check. Each is its own small
 * function so that a rule can change without touching the others.
 */
function checkCurationRules(input: CheckInput): DataIssue[] {
  const grades = new Map(input.sources.map(({ row }) => [row.id, row.grade]));
  const issues: DataIssue[] = [];
  for (const { row, line } of input.observations) {
    issues.push(...checkSegmentFrench(row, line), ...checkBusinessScope(row, line), ...checkApproximateSampleSize(row, line));
    issues.push(...checkSelfReportedGrade(row, line, grades.get(row.source)));
  }
  issues.push(...checkDGradeOnlyFigure(input.observations, grades));
  for (const { row, line } of input.sectors) {
    for (const column of ['name_fr', 'description_fr'] as const) issues.push(...checkFrenchSpacing(FILES.sectors, line, row.id, column, row[column]));
  }
  for (const { row, line } of input.observations) issues.push(...checkFrenchSpacing(FILES.observations, line, row.id, 'segment_fr', row.segment_fr));
  return issues;
}

/** French typography: a no-break space (U+00A0 or U+202F), never an ordinary one, before : ; ! ? and %. */
export function checkFrenchSpacing(file: string, line: number, rowId: string, column: string, text: string | undefined): DataIssue[] {
  if (!text || !/ [:;!?%]/.test(text)) return [];
  return [{ file, line, rowId, column, rule: 'french-spacing', message: 'put a no-break space (U+00A0), not an ordinary space, before : ; ! ? and % in French', value: text }];
}

/** A scope shown on English pages needs its French wording, and a French scope needs the English one. */
export function checkSegmentFrench(row: Observation, line: number): DataIssue[] {
  const at = { file: FILES.observations, line, rowId: row.id };
  if (row.segment && !row.segment_fr) return [{ ...at, column: 'segment_fr', rule: 'segment-fr', message: `fill the French wording of the segment "${row.segment}"` }];
  if (row.segment_fr && !row.segment) return [{ ...at, column: 'segment', rule: 'segment-fr', message: 'a French segment needs the English segment', value: row.segment_fr }];
  return [];
}

/** A B2B figure states its scope (who the business customers are), so it is never read as the consumer score. */
export function checkBusinessScope(row: Observation, line: number): DataIssue[] {
  if (row.audience !== 'business' || row.segment) return [];
  return [
    { file: FILES.observations, line, rowId: row.id, column: 'segment', rule: 'business-scope', message: 'a business (B2B) figure must state its scope in segment and segment_fr' },
  ];
}

/** "Approximate" qualifies a stated number: the flag without a sample size says nothing. */
export function checkApproximateSampleSize(row: Observation, line: number): DataIssue[] {
  if (!row.sample_size_approximate || row.sample_size !== undefined) return [];
  return [
    {
      file: FILES.observations,
      line,
      rowId: row.id,
      column: 'sample_size_approximate',
      rule: 'approximate-sample',
      message: 'is yes but sample_size is blank (record the stated n, or leave both blank)',
      value: 'yes',
    },
  ];
}

/** `self-reported` means the company states its own score, which is what grade C means. */
export function checkSelfReportedGrade(row: Observation, line: number, grade: string | undefined): DataIssue[] {
  if (row.survey_type !== 'self-reported' || grade === undefined || grade === 'C') return [];
  return [
    {
      file: FILES.observations,
      line,
      rowId: row.id,
      column: 'survey_type',
      rule: 'self-reported-grade',
      message: `is self-reported but its source is graded ${grade}; a company's own figure comes from a grade C source`,
      value: row.survey_type,
    },
  ];
}

/**
 * D rows (unsourced, estimated, modelled, scraped) are published only where they are a company's only figure: a
 * D-grade company row must have no A–C figure of the same company beside it, and D-grade sector averages are not
 * published. Founding-article (seed) figures and restatements are exempt: the former are kept as the product's
 * origin, the latter are counted at their original.
 */
export function checkDGradeOnlyFigure(observations: Located<Observation>[], grades: Map<string, string>): DataIssue[] {
  const isD = (o: Observation) => grades.get(o.source) === 'D';
  const strongerFigure = new Map<string, string>();
  for (const { row } of observations) {
    if (row.company && !isD(row) && grades.has(row.source) && !strongerFigure.has(row.company)) strongerFigure.set(row.company, row.id);
  }
  const issues: DataIssue[] = [];
  for (const { row, line } of observations) {
    if (!isD(row) || row.research_ref.startsWith('seed-') || row.restates) continue;
    const at = { file: FILES.observations, line, rowId: row.id, column: 'source', rule: 'd-grade', value: row.source };
    if (!row.company) issues.push({ ...at, message: "is a D-grade sector average; D rows are published only as a company's only figure (exclude it with that reason)" });
    else if (strongerFigure.has(row.company)) {
      issues.push({
        ...at,
        message: `is a D-grade figure but ${row.company} also has ${strongerFigure.get(row.company)} graded A–C; D rows are published only as a company's only figure (exclude it with that reason)`,
      });
    }
  }
  return issues;
}

/**
 * The research notes number their rows in blocks (R001–R160, then R401–R494, R501–R599, …). Within a block every
 * row up to the highest one the data mentions must be accounted for; test/data.test.ts checks the real data reaches
 * the end of every block.
 */
export const RESEARCH_BLOCKS: readonly (readonly [number, number])[] = [
  [1, 160],
  [401, 494],
  [501, 599],
  [601, 666],
  [701, 730],
  [801, 820],
];

function expectedResearchRows(written: readonly number[]): number[] {
  const expected: number[] = [];
  for (const [first, last] of RESEARCH_BLOCKS) {
    const highest = Math.max(0, ...written.filter((n) => n >= first && n <= last));
    for (let n = first; n <= highest; n++) expected.push(n);
  }
  return expected;
}

/** Every research row R001…Rmax is either published or excluded with a reason, never both, never neither. */
function checkResearchCoverage(input: CheckInput, written: Set<string> = new Set()): DataIssue[] {
  const issues: DataIssue[] = [];
  const published = new Set(input.observations.map(({ row }) => row.research_ref));
  for (const { row, line } of input.excluded) {
    if (published.has(row.research_ref)) {
      issues.push({
        file: FILES.excluded,
        line,
        rowId: row.research_ref,
        column: 'research_ref',
        rule: 'excluded-and-published',
        message: 'this research row is also an observation',
        value: row.research_ref,
      });
    }
  }
  const refs = [...published, ...input.excluded.map(({ row }) => row.research_ref), ...written];
  const numbers = refs.filter((ref) => /^R\d{3}$/.test(ref)).map((ref) => Number(ref.slice(1)));
  const present = new Set(numbers);
  for (const n of expectedResearchRows(numbers)) {
    if (!present.has(n)) {
      const ref = `R${String(n).padStart(3, '0')}`;
      issues.push({
        file: FILES.excluded,
        rowId: ref,
        column: 'research_ref',
        rule: 'research-coverage',
        message: `research row ${ref} is neither an observation nor excluded with a reason`,
      });
    }
  }
  return issues;
}

function uniqueIds<T>(rows: Located<T>[], file: string, key: keyof T & string, issues: DataIssue[]): Set<string> {
  const firstLine = new Map<string, number>();
  for (const { row, line } of rows) {
    const id = String(row[key]);
    const first = firstLine.get(id);
    if (first !== undefined) {
      issues.push({ file, line, rowId: id, column: key, rule: 'duplicate-id', message: `the same ${key} is already on line ${first}`, value: id });
    } else firstLine.set(id, line);
  }
  return new Set(firstLine.keys());
}

function unknownId(file: string, line: number, rowId: string, column: string, value: string, target: string): DataIssue {
  return { file, line, rowId, column, rule: 'unknown-id', message: `is not an id in ${target}`, value };
}

/** First day a partial date can mean: `2017` → `2017-01-01`. A date is in the future only if even that is after today. */
export function periodStart(partial: string): string {
  if (partial.length === 4) return `${partial}-01-01`;
  if (partial.length === 7) return `${partial}-01`;
  return partial;
}
