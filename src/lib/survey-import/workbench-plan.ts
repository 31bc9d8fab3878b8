/**
 * The analyst's columns of an import plan (issue 11 items 2, 3, 4, 7), decided from the sample like the rest
 * of plan.ts: which columns are 0–10 questions, the respondent column, and the weight, CSAT and CES columns
 * the user chose (these three are never guessed: a wrong weight or scale would change the figures silently).
 *
 * - **0–10 questions:** the columns plan.ts lists as candidates (half their sampled values whole numbers 0–10)
 *   whose header mentions recommending, or whose sampled answers reach above 7 (a 1–5 or 1–7 scale never does),
 *   metadata columns aside; the chosen column always; at most MAX_QUESTIONS, in file order.
 * - **Respondent column:** by header, first a customer's own id (customer/client id or number, e-mail,
 *   account, contact or user id, Qualtrics' recipient e-mail or external reference), then a column whose
 *   values are e-mail addresses, then a response id (`Respondent ID`, `Response ID`, `#`, `id`); a column
 *   blank throughout the sample is passed over. The user's choice (or None) overrides.
 * - **CES scale:** the user's choice; else the header (`1–5`, `1 à 5`, `/5`, `sur 5`, `out of 5`, same with 7);
 *   else the answers decide at the end of the file (any 6 or 7 → 7 points, else 5).
 */
import { fold } from './answer.ts';
import type { AnswerColumn, ColumnReason, ImportOptions } from './types.ts';

/** At most this many 0–10 questions are tallied one by one (and paired two by two). */
export const MAX_QUESTIONS = 12;

export interface WorkbenchPlan {
  columnReason: ColumnReason;
  /** Column indices of the 0–10 questions, in file order (the chosen one included). */
  questionColumns: number[];
  respondentColumn?: number;
  respondentFrom?: 'header' | 'content' | 'chosen';
  keepLatest: boolean;
  weightColumn?: number;
  csatColumn?: number;
  cesColumn?: number;
  /** Set when the user or the header says; otherwise the answers decide. */
  cesScale?: { scale: 5 | 7; from: 'chosen' | 'header' };
}

export interface WorkbenchPlanInput {
  /** Human header of each column. */
  headers: readonly string[];
  /** Qualtrics' ids row. */
  ids?: readonly string[] | undefined;
  /** Sampled data rows. */
  data: readonly (readonly string[])[];
  /** The candidates plan.ts found, and its choice. */
  columns: readonly AnswerColumn[];
  column: number;
  /** The user picked the column. */
  columnChosen: boolean;
  /** Metadata column test of plan.ts (ids, progress, duration…). */
  isMetadata: (index: number) => boolean;
  /** Largest whole 0–10 answer sampled in a column. */
  maxAnswer: (index: number) => number;
}

const CUSTOMER_ID =
  /^(customer|client|account|contact|user|member|subscriber|recipient|compte|abonne|adherent|utilisateur)[ _-]?(id|ids|no|nr|n°|number|num|code|ref|e-?mail|email address)$|^(id|numero|n°|no|code|ref|identifiant|reference)[ _-]?(du |de |d')?(client|compte|abonne|adherent|contact|utilisateur|customer)$|^e-?mail( address)?$|^adresse (e-?mail|electronique|mail|courriel)$|^courriel$|^mail$|^recipientemail$|^externalreference$|^external ?(data )?reference$|^external ?ref$/;
const RESPONSE_ID = /^(respondent id|id du repondant|response ?id|responseid|id de reponse|#|id|identifiant|token|n° de reponse)$/;
const EMAIL = /^[^@\s,;]+@[^@\s,;]+\.[^@\s,;]+$/;
// Headers are folded (accents removed): `1 à 5` reads `1 a 5`.
const FIVE_POINT = /\b1 ?(?:[-–/]|a|to) ?5\b|\/ ?5\b|\bsur 5\b|\bout of 5\b|\b5[- ]points?\b/;
const SEVEN_POINT = /\b1 ?(?:[-–/]|a|to) ?7\b|\/ ?7\b|\bsur 7\b|\bout of 7\b|\b7[- ]points?\b/;

function nonBlank(data: WorkbenchPlanInput['data'], index: number): string[] {
  const values: string[] = [];
  for (const row of data) {
    const value = (row[index] ?? '').trim();
    if (value !== '') values.push(value);
  }
  return values;
}

/** Respondent column by header (customer ids first, then response ids) and by content (e-mail addresses). */
export function detectRespondentColumn(
  input: Pick<WorkbenchPlanInput, 'headers' | 'ids' | 'data'>,
  exclude: ReadonlySet<number>,
): { index: number; from: 'header' | 'content' } | undefined {
  const width = input.headers.length;
  const names = (index: number) => [fold(input.headers[index] ?? ''), fold(input.ids?.[index] ?? '')].filter((name) => name !== '');
  const usable = (index: number) => !exclude.has(index) && nonBlank(input.data, index).length > 0;
  for (let index = 0; index < width; index++) {
    if (usable(index) && names(index).some((name) => CUSTOMER_ID.test(name))) return { index, from: 'header' };
  }
  for (let index = 0; index < width; index++) {
    if (!usable(index)) continue;
    const values = nonBlank(input.data, index);
    if (values.filter((value) => EMAIL.test(value)).length >= 0.8 * values.length) return { index, from: 'content' };
  }
  for (let index = 0; index < width; index++) {
    if (usable(index) && names(index).some((name) => RESPONSE_ID.test(name))) return { index, from: 'header' };
  }
  return undefined;
}

/** The CES scale the header states, if any. */
export function scaleFromHeader(header: string): 5 | 7 | undefined {
  const text = fold(header);
  const five = FIVE_POINT.test(text);
  const seven = SEVEN_POINT.test(text);
  return five === seven ? undefined : five ? 5 : 7;
}

export function planWorkbench(input: WorkbenchPlanInput, options: ImportOptions): WorkbenchPlan {
  const likelyColumns = input.columns.filter((c) => c.isLikely).length;
  const columnReason: ColumnReason = input.columnChosen ? { kind: 'chosen' } : likelyColumns > 0 ? { kind: 'header', likelyColumns } : { kind: 'values' };

  const listed = input.columns.filter((c) => c.index === input.column || c.isLikely || (!input.isMetadata(c.index) && input.maxAnswer(c.index) > 7)).map((c) => c.index);
  if (!listed.includes(input.column)) listed.push(input.column);
  listed.sort((a, b) => a - b);
  // Over the cap: the chosen one stays, then the others in file order.
  const questionColumns = listed.length <= MAX_QUESTIONS ? listed : [input.column, ...listed.filter((i) => i !== input.column).slice(0, MAX_QUESTIONS - 1)].sort((a, b) => a - b);

  const plan: WorkbenchPlan = { columnReason, questionColumns, keepLatest: false };
  if (options.respondentColumn !== undefined) {
    if (options.respondentColumn !== null) {
      plan.respondentColumn = options.respondentColumn;
      plan.respondentFrom = 'chosen';
    }
  } else {
    const found = detectRespondentColumn(input, new Set([input.column]));
    if (found) {
      plan.respondentColumn = found.index;
      plan.respondentFrom = found.from;
    }
  }
  plan.keepLatest = Boolean(options.keepLatest) && plan.respondentColumn !== undefined;
  if (typeof options.weightColumn === 'number') plan.weightColumn = options.weightColumn;
  if (typeof options.csatColumn === 'number') plan.csatColumn = options.csatColumn;
  if (typeof options.cesColumn === 'number') {
    plan.cesColumn = options.cesColumn;
    if (options.cesScale !== undefined) plan.cesScale = { scale: options.cesScale, from: 'chosen' };
    else {
      const stated = scaleFromHeader(input.headers[options.cesColumn] ?? '');
      if (stated) plan.cesScale = { scale: stated, from: 'header' };
    }
  }
  return plan;
}
