/**
 * From the first records of a file to an import plan: layout, header rows, and which columns hold
 * the 0–10 answer, the date, the segment, the comment and the respondent. The user's choices
 * (ImportOptions) override what is detected.
 *
 * The recommendation column: its header (question text; Qualtrics ids too) mentions recommend /
 * recommander / recommandation / NPS / TNR / likely / probable / probabilité (case- and
 * accent-insensitive) AND at least half of its non-blank sampled values (first 500 data rows) are
 * whole numbers 0–10 (labelled answers such as `10 - Extremely likely` included).
 * Qualtrics' `_NPS_GROUP` companion (values 1–3) is never chosen. Without such a header, the column
 * with the highest share of 0–10 values (then the most distinct values) is chosen and flagged as a guess.
 */
import { fold, parseAnswer } from './answer.ts';
import { parseDateCell } from './dates.ts';
import { type DetectedLayout, detectLayout } from './layout.ts';
import type { AnswerColumn, ColumnInfo, Delimiter, ImportError, ImportOptions, SurveyEncoding, SurveyLayout } from './types.ts';
import { planWorkbench, type WorkbenchPlan } from './workbench-plan.ts';

export interface ImportPlan {
  layout: SurveyLayout;
  delimiter: Delimiter;
  encoding: SurveyEncoding;
  /** Records to skip before the data, counting an Excel `sep=` line. */
  headerRows: number;
  columns: AnswerColumn[];
  allColumns: ColumnInfo[];
  column: number;
  columnGuessed: boolean;
  dateColumn?: number;
  /** Order used for ambiguous day/month dates when the file never settles it. */
  dateHint: 'dmy' | 'mdy';
  segmentColumn?: number;
  commentColumn?: number;
  respondentColumn?: number;
  /** The analyst's columns: 0–10 questions, repeats, weights, CSAT and CES (workbench-plan.ts). */
  workbench?: WorkbenchPlan;
  /** Day/month order decided beforehand (the first pass of "keep the latest answer"), instead of by the counted rows. */
  dateOrder?: 'dmy' | 'mdy';
}

export interface PlanInput {
  /** First records of the file, header rows included, without any `sep=` line. */
  records: string[][];
  delimiter: Delimiter;
  encoding: SurveyEncoding;
  /** The file began with an Excel `sep=X` line. */
  sepLine?: boolean;
}

interface ColumnStats {
  nonBlank: number;
  valid: number;
  distinctValid: Set<number>;
  maxValid: number;
  distinctText: Set<string>;
  dates: number;
  numeric: number;
  totalLength: number;
}

const RECOMMEND = /recommand|recommend|\bnps\b|\btnr\b|net promoter|likely|probabilit|probable/;
const NPS_GROUP = /_nps_group$|nps[ _]group|\(group\)/;
const METADATA =
  /^(#|id|respondent id|collector id|response ?id|progress|finished|status|duration.*|recipient.*|location.*|ip address|external ?reference|distribution ?channel|user ?language|network id)$/;
const DATE_PREFERRED = /submit|end ?date|enddate|date de fin|recorded|completed|horodateur|timestamp|date de soumission|date de reponse|date d'envoi/;
const DATE_ANY = /date|time|horodat|jour|created|cree le|submitted|soumis/;
const COMMENT =
  /commentaire|pourquoi|\bwhy\b|raison|reason|feedback|explain|expliqu|verbatim|suggestion|remarque|tell us more|dites-nous|en quelques mots|in a few words|open-ended/;
const COMMENT_WORD = /(^|\s)comments?(\s*[:?.!]?\s*$|\s*\()/;
const SEGMENT_WORDS = new Set([
  'segment',
  'segments',
  'customer segment',
  'segment client',
  'country',
  'pays',
  'plan',
  'plan type',
  'region',
  'market',
  'marche',
  'offer',
  'offre',
  'formule',
  'tier',
  'channel',
  'canal',
  'customer type',
  'client type',
  'type de client',
  'subscription',
  'abonnement',
  'product',
  'produit',
  'store',
  'magasin',
  'agence',
  'branch',
]);

/** Sample records read per column to choose columns. */
export const SAMPLE_ROWS = 500;

function statsOf(rows: readonly (readonly string[])[], width: number): ColumnStats[] {
  const stats: ColumnStats[] = Array.from({ length: width }, () => ({
    nonBlank: 0,
    valid: 0,
    distinctValid: new Set<number>(),
    maxValid: -1,
    distinctText: new Set<string>(),
    dates: 0,
    numeric: 0,
    totalLength: 0,
  }));
  for (const row of rows) {
    for (let index = 0; index < width; index++) {
      const value = (row[index] ?? '').trim();
      if (value === '') continue;
      const s = stats[index] as ColumnStats;
      s.nonBlank++;
      s.totalLength += value.length;
      const answer = parseAnswer(value);
      if (typeof answer === 'number') {
        s.valid++;
        s.distinctValid.add(answer);
        if (answer > s.maxValid) s.maxValid = answer;
      }
      if (/^[+-]?\d+(?:[.,]\d+)?$/.test(value)) s.numeric++;
      if (parseDateCell(value)) s.dates++;
      if (s.distinctText.size <= 100) s.distinctText.add(value);
    }
  }
  return stats;
}

/** Header text searched by the keyword rules: question text, plus the Qualtrics id. */
function searchable(layout: DetectedLayout, index: number): string {
  return fold(`${layout.headers[index] ?? ''} ${layout.ids?.[index] ?? ''}`);
}

function checkIndex(value: number | null | undefined, width: number): boolean {
  return value === undefined || value === null || (Number.isInteger(value) && value >= 0 && value < width);
}

export type PlanOutcome = { ok: true; plan: ImportPlan } | { ok: false; error: ImportError };

/** Decide how to read a file from its first records. Never throws. */
export function planImport(input: PlanInput, options: ImportOptions = {}): PlanOutcome {
  const detected = detectLayout(input.records);
  const data = input.records.slice(detected.headerRows, detected.headerRows + SAMPLE_ROWS);
  if (data.length === 0) return { ok: false, error: { code: 'no-data-rows' } };
  const width = Math.max(detected.headers.length, ...data.map((row) => row.length));
  const headers = Array.from({ length: width }, (_, index) => detected.headers[index] ?? '');
  const layout: DetectedLayout = { ...detected, headers };
  const stats = statsOf(data, width);
  const text = headers.map((_, index) => searchable(layout, index));
  const isGroup = text.map((h) => NPS_GROUP.test(h));

  const allColumns: ColumnInfo[] = headers.map((header, index) => ({ index, header }));
  const columns: AnswerColumn[] = [];
  stats.forEach((s, index) => {
    if (isGroup[index] || s.valid === 0 || s.valid < 0.5 * s.nonBlank) return;
    columns.push({ index, header: headers[index] as string, isLikely: RECOMMEND.test(text[index] as string) });
  });

  for (const choice of [
    options.column,
    options.dateColumn,
    options.segmentColumn,
    options.commentColumn,
    options.respondentColumn,
    options.weightColumn,
    options.csatColumn,
    options.cesColumn,
  ]) {
    if (!checkIndex(choice, width)) return { ok: false, error: { code: 'bad-column' } };
  }

  let column: number;
  let columnGuessed = false;
  if (options.column !== undefined) {
    column = options.column;
    columnGuessed = !columns.some((c) => c.index === column && c.isLikely);
  } else {
    const likely = columns.find((c) => c.isLikely);
    if (likely) column = likely.index;
    else {
      const fallback = columns
        .filter((c) => !METADATA.test(fold(headers[c.index] as string)) && !METADATA.test(fold(layout.ids?.[c.index] ?? '')))
        .map((c) => ({ c, s: stats[c.index] as ColumnStats }))
        .sort((a, b) => b.s.valid / b.s.nonBlank - a.s.valid / a.s.nonBlank || b.s.distinctValid.size - a.s.distinctValid.size || a.c.index - b.c.index)[0];
      if (!fallback) return { ok: false, error: { code: 'no-answer-column' } };
      column = fallback.c.index;
      columnGuessed = true;
    }
  }

  const mostlyDates = (index: number) => {
    const s = stats[index] as ColumnStats;
    return s.nonBlank > 0 && s.dates >= 0.8 * s.nonBlank;
  };
  const firstWhere = (test: (index: number) => boolean, from = 0): number | undefined => {
    for (let index = from; index < width; index++) if (test(index)) return index;
    return undefined;
  };

  let dateColumn: number | undefined;
  if (options.dateColumn !== undefined) dateColumn = options.dateColumn ?? undefined;
  else {
    dateColumn =
      firstWhere((i) => i !== column && DATE_PREFERRED.test(text[i] as string) && mostlyDates(i)) ??
      firstWhere((i) => i !== column && DATE_ANY.test(text[i] as string) && mostlyDates(i));
  }

  const isTextColumn = (index: number) => {
    const s = stats[index] as ColumnStats;
    return index !== column && index !== dateColumn && s.nonBlank > 0 && s.numeric < 0.5 * s.nonBlank && !mostlyDates(index);
  };

  let commentColumn: number | undefined;
  if (options.commentColumn !== undefined) commentColumn = options.commentColumn ?? undefined;
  else {
    const named = (i: number) => {
      const h = fold(headers[i] as string);
      return i !== column && i !== dateColumn && !isGroup[i] && (COMMENT.test(h) || COMMENT_WORD.test(h));
    };
    commentColumn = firstWhere(named, column + 1) ?? firstWhere(named);
    if (commentColumn === undefined) {
      // No header says so: the column right after the answer, when it holds free text.
      const next = column + 1;
      const s = stats[next];
      if (s && isTextColumn(next) && s.totalLength / s.nonBlank >= 15) commentColumn = next;
    }
  }

  let segmentColumn: number | undefined;
  if (options.segmentColumn !== undefined) segmentColumn = options.segmentColumn ?? undefined;
  else {
    segmentColumn = firstWhere((i) => {
      if (i === column || i === dateColumn || i === commentColumn || !isTextColumn(i)) return false;
      const parts = fold(headers[i] as string)
        .split(/[/|(),:;]/)
        .map((part) => part.replace(/[?.!*]/g, '').trim());
      if (!parts.some((part) => SEGMENT_WORDS.has(part))) return false;
      const s = stats[i] as ColumnStats;
      return s.distinctText.size >= 1 && s.distinctText.size <= 20 && s.distinctText.size <= Math.max(2, s.nonBlank / 2);
    });
  }

  const isMetadata = (i: number) => METADATA.test(fold(headers[i] as string)) || METADATA.test(fold(layout.ids?.[i] ?? ''));
  const workbench = planWorkbench(
    { headers, ids: layout.ids, data, columns, column, columnChosen: options.column !== undefined, isMetadata, maxAnswer: (i) => (stats[i] as ColumnStats).maxValid },
    options,
  );
  const respondentColumn = workbench.respondentColumn;

  const headerWords = fold(headers.join(' '));
  const french = input.delimiter === ';' || input.encoding === 'windows-1252' || /horodateur|recommand|probabilit|pays|date de|reponse|commentaire/.test(headerWords);
  const dateHint: 'dmy' | 'mdy' = french ? 'dmy' : 'mdy';

  return {
    ok: true,
    plan: {
      layout: detected.layout,
      delimiter: input.delimiter,
      encoding: input.encoding,
      headerRows: detected.headerRows + (input.sepLine ? 1 : 0),
      columns,
      allColumns,
      column,
      columnGuessed,
      ...(dateColumn !== undefined ? { dateColumn } : {}),
      dateHint,
      ...(segmentColumn !== undefined ? { segmentColumn } : {}),
      ...(commentColumn !== undefined ? { commentColumn } : {}),
      ...(respondentColumn !== undefined ? { respondentColumn } : {}),
      workbench,
    },
  };
}
