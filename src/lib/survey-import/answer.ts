/**
 * Reading one 0–10 answer cell. Every cell gets exactly one outcome: an answer, or a reason to skip it.
 *
 * Accepted: `9`, ` 9 `, `09`, `+9`, `9.0` / `9,0` (a whole number written with decimals),
 * labelled answers `10 - Extremely likely`, `0 – Pas du tout probable`, `10 (Extremely likely)`, `7: ok`,
 * and the bare end labels `Extremely likely` / `Not at all likely` / `Extrêmement probable` /
 * `Pas du tout probable` (SurveyMonkey/Qualtrics text exports label only the two ends of the scale).
 * Skipped: blank → `blank`; `8.5`, `-1`, `11`, `42` → `outOfRange` (a number, but not one of the 11 answers);
 * anything else (`n/a`, `Yes`, `10 points`, `5-6`, `1,000`) → `notANumber`.
 */

export type AnswerOutcome = number | 'blank' | 'notANumber' | 'outOfRange';

/** Lower-case, accents removed, whitespace collapsed: for comparing headers and labels. */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .trim();
}

// A number, then optionally a separator and a label that starts with something other than a digit.
// A comma decimal has one or two digits, so `1,000` (a thousands separator) is not read as 1.
const LABELLED = /^([+-]?\d+(?:\.\d+|,\d{1,2})?)(?:\s*[-–—:=(]\s*(?:[^\d\s].*)?)?$/s;

const END_LABELS: ReadonlyMap<string, number> = new Map([
  ['extremely likely', 10],
  ['not at all likely', 0],
  ['extremement probable', 10],
  ['tres probable', 10],
  ['pas du tout probable', 0],
  ['tres improbable', 0],
]);

/** Classify one cell (undefined = the row has no such column). */
export function parseAnswer(cell: string | undefined): AnswerOutcome {
  if (cell === undefined) return 'blank';
  const text = cell.trim();
  if (text === '') return 'blank';
  const first = text.charCodeAt(0);
  // Fast path for the usual cell: one or two digits.
  if (text.length <= 2 && first >= 48 && first <= 57) {
    const second = text.length === 2 ? text.charCodeAt(1) : 48;
    if (second >= 48 && second <= 57) {
      const value = Number(text);
      return value <= 10 ? value : 'outOfRange';
    }
  }
  const match = LABELLED.exec(text);
  if (match) {
    const value = Number((match[1] as string).replace(',', '.'));
    if (!Number.isFinite(value)) return 'notANumber';
    if (!Number.isInteger(value) || value < 0 || value > 10) return 'outOfRange';
    return value;
  }
  const label = END_LABELS.get(fold(text));
  return label ?? 'notANumber';
}
