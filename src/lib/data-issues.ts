/** A problem found in a data file, located the way a spreadsheet user finds it. */
export interface DataIssue {
  /** Path from the project root, e.g. `data/observations.csv`. */
  file: string;
  /** Spreadsheet row number: the header is line 1, the first record line 2. */
  line?: number;
  /** The record's `id` (or first cell) when it has one. */
  rowId?: string;
  /** CSV header of the offending cell. */
  column?: string;
  /** Short name of the rule broken, e.g. `range`, `unknown-id`. */
  rule: string;
  /** What is wrong, in plain words. */
  message: string;
  /** The value found, as written in the file. */
  value?: string;
}

/** Spreadsheet column letter for a zero-based index: 0 → A, 26 → AA. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** One line per issue: `data/x.csv line 14 (tesla-97) column nps [range]: must be … got "197"`. */
export function formatIssue(issue: DataIssue): string {
  const where = [issue.file];
  if (issue.line !== undefined) where.push(`line ${issue.line}`);
  if (issue.rowId) where.push(`(${issue.rowId})`);
  if (issue.column) where.push(`column ${issue.column}`);
  const value = issue.value === undefined ? '' : `, found ${JSON.stringify(issue.value)}`;
  return `${where.join(' ')} [${issue.rule}]: ${issue.message}${value}`;
}

/** Issues in reading order: by file, then line, then column. */
export function sortIssues(issues: readonly DataIssue[]): DataIssue[] {
  return [...issues].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? '').localeCompare(b.column ?? ''));
}

/** The whole report: a count, then every issue sorted by file and line. */
export function formatIssues(issues: readonly DataIssue[]): string {
  const sorted = sortIssues(issues);
  const files = new Set(sorted.map((issue) => issue.file));
  const heading = `The dataset has ${issues.length} problem${issues.length === 1 ? '' : 's'} in ${files.size} file${files.size === 1 ? '' : 's'}:`;
  return [heading, ...sorted.map((issue) => `  ${formatIssue(issue)}`)].join('\n');
}

/** Thrown at build time when any data file breaks a rule; its message lists every problem. */
export class DataError extends Error {
  readonly issues: readonly DataIssue[];
  constructor(issues: readonly DataIssue[]) {
    super(formatIssues(issues));
    this.name = 'DataError';
    this.issues = issues;
  }
}
