/** The English words of the import's analyst tools (what each one is: workbench-strings.ts). */
import { plural as pluralForm } from '../i18n.ts';
import type { WorkbenchStrings } from './workbench-strings.ts';

/** The form for a count (Intl.PluralRules through src/lib/i18n.ts). */
const plural = (total: number, one: string, other: string) => pluralForm('en', total, { one, other });

export const workbenchStringsEn: WorkbenchStrings = {
  questionsTitle: (count) => `This file has ${count} questions on a 0–10 scale. Choose the one to score as the NPS:`,
  questionStats: (n, nps) => `n = ${n}, NPS ${nps}`,
  questionNoAnswer: 'no answer 0–10',
  reason: (reason, count) =>
    reason.kind === 'chosen'
      ? 'You chose this question.'
      : reason.kind === 'values'
        ? 'No header mentions recommending: this column was chosen from its values (the largest share of answers 0–10). Check it.'
        : reason.likelyColumns > 1
          ? `Chosen by default: ${count} headers mention recommending (or NPS, or how likely), and this is the first of them in the file.`
          : 'Chosen by default: its header mentions recommending (or NPS, or how likely).',
  respondentLabel: 'Respondent column (id, e-mail, customer number)',
  respondentFrom: { header: 'found by its header', content: 'found by its values (e-mail addresses)', chosen: 'your choice' },
  respondentsNone: 'No respondent column: each row is taken as a different respondent.',
  repeatsFound: (repeats, count, distinct) =>
    `${plural(repeats, '1 answer is a repeat', `${count} answers are repeats`)}: earlier answers of a respondent who answered again (${distinct} respondents with an id).`,
  repeatsNone: (distinct) => `No respondent answers twice (${distinct} respondents with an id).`,
  blankIds: (total, count) => `${plural(total, '1 answer has', `${count} answers have`)} no respondent id: each is kept as a respondent of its own.`,
  keepLatest: (by) =>
    by === 'date'
      ? 'Keep each respondent’s latest answer only (latest by the date column; on equal or unreadable dates, the later row)'
      : 'Keep each respondent’s latest answer only (the file has no date column: the later row)',
  nBeforeAfter: (before, after) => `Answers: ${before} before, ${after} with one answer per respondent.`,
  repeatsKeptOut: (total, count) => `${plural(total, '1 earlier answer is', `${count} earlier answers are`)} kept out of the score, counted below as repeats.`,
  skippedRepeat: (count) => `${count} earlier answers of a respondent who answered again (repeats)`,
  weightLabel: 'Weight column (optional: revenue, contract value, survey weight)',
  weightedTitle: 'Weighted NPS',
  weightedLine: (nps, low, high) => `Weighted NPS ${nps} (95% interval ${low} to ${high})`,
  weightedBeside: (unweighted) => `beside the unweighted NPS ${unweighted}`,
  effectiveN: (nEff, n) => `Effective sample size ${nEff} (Kish) for ${n} weighted answers: the interval is as wide as for ${nEff} equally weighted answers.`,
  weightedNone: 'No counted answer has a usable weight (above 0), so there is no weighted NPS.',
  weightsSkipped: (total, count) =>
    `${plural(total, '1 counted answer is', `${count} counted answers are`)} left out of the weighted NPS for their weight (they stay in the unweighted one):`,
  weightSkippedReason: {
    blank: (count) => `${count} with no weight`,
    notANumber: (count) => `${count} with a weight that is not a number`,
    negative: (count) => `${count} with a negative weight`,
    zero: (count) => `${count} with a weight of zero`,
  },
  weightsNote:
    'Each answer counts with its weight; the interval uses Kish’s effective sample size (Σw)²/Σw², so uneven weights widen it. A weight of “1,234” is read as the column’s other commas show (0,5 → decimal comma; 1,234.5 → thousands), else as thousands in an English file and as a decimal comma in a French one.',
  otherTitle: 'Other metrics from this file',
  csatLabel: 'CSAT column (answers 1–5)',
  cesLabel: 'CES column (answers 1–7 or 1–5)',
  cesScaleLabel: 'CES scale',
  cesScaleAuto: 'Detect',
  cesScaleOption: (scale) => `1 to ${scale}`,
  csatLine: (value, low, high, n) => `CSAT ${value} answer 4 or 5 (95% Wilson interval ${low} to ${high}), n = ${n}`,
  cesLine: (value, scale, n) => `CES: mean answer ${value} on a scale of 1 to ${scale}, n = ${n}`,
  cesInterval: (low, high) => `95% t interval ${low} to ${high}`,
  cesNoInterval: 'one answer: no interval',
  scaleFrom: (from, scale) =>
    from === 'header'
      ? `Scale 1 to ${scale}, as its header says.`
      : from === 'values'
        ? `Scale read as 1 to ${scale} from the answers${scale === 5 ? ' (none above 5)' : ' (some above 5)'}: change it if that is wrong.`
        : `Scale 1 to ${scale}.`,
  scaleNoAnswer: 'No row of this column holds an answer on the scale.',
  scaleSkipped: (total, count) => `${plural(total, '1 row', `${count} rows`)} with no usable answer in this column, not counted:`,
  scaleSkippedReason: {
    blank: (count) => `${count} with no answer`,
    notANumber: (count) => `${count} not a number`,
    outOfScale: (count, scale) => `${count} outside 1–${scale} or not a whole number`,
  },
  otherMetricNote: 'CSAT and CES are other metrics than NPS: they are never placed against the NPS benchmarks, and no sourced CSAT or CES benchmark is shown.',
  csv: {
    section: 'From the file',
    question: 'Recommendation question',
    repeatsFound: 'Repeated answers found',
    answersBefore: 'Answers before one per respondent',
    answersAfter: 'Answers with one per respondent',
    repeatsKeptOut: 'Repeats kept out of the score',
    weightedNps: 'Weighted NPS',
    weightedLow: 'Weighted NPS, 95% interval low',
    weightedHigh: 'Weighted NPS, 95% interval high',
    effectiveN: 'Effective sample size (Kish)',
    weightsSkipped: 'Answers left out of the weighted NPS for their weight',
    csat: 'CSAT (share answering 4 or 5; other metric)',
    csatLow: 'CSAT, 95% Wilson interval low',
    csatHigh: 'CSAT, 95% Wilson interval high',
    csatN: 'CSAT answers',
    ces: (scale) => `CES (mean answer, scale 1 to ${scale}; other metric)`,
    cesLow: 'CES, 95% t interval low',
    cesHigh: 'CES, 95% t interval high',
    cesN: 'CES answers',
  },
};
