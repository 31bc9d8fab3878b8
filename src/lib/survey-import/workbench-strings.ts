/**
 * Words of the import's analyst tools (several 0–10 questions, one answer per respondent, weights, CSAT and
 * CES from a column), in English and French (French: no-break space before : ; ! ? and %).
 * Numbers arrive formatted (format.ts); nothing here rounds.
 */
import type { Locale } from '../i18n.ts';
import type { ColumnReason, RespondentSummary, ScaleColumnCounts } from './types.ts';

const NBSP = '\u00a0';

export interface WorkbenchStrings {
  questionsTitle: (count: string) => string;
  questionStats: (n: string, nps: string) => string;
  questionNoAnswer: string;
  reason: (reason: ColumnReason, count: string) => string;
  respondentLabel: string;
  respondentFrom: Record<RespondentSummary['detectedBy'], string>;
  respondentsNone: string;
  repeatsFound: (repeats: number, count: string, distinct: string) => string;
  repeatsNone: (distinct: string) => string;
  blankIds: (total: number, count: string) => string;
  keepLatest: (by: RespondentSummary['latestBy']) => string;
  nBeforeAfter: (before: string, after: string) => string;
  repeatsKeptOut: (total: number, count: string) => string;
  skippedRepeat: (count: string) => string;
  weightLabel: string;
  weightedTitle: string;
  weightedLine: (nps: string, low: string, high: string) => string;
  weightedBeside: (unweighted: string) => string;
  effectiveN: (nEff: string, n: string) => string;
  weightedNone: string;
  weightsSkipped: (total: number, count: string) => string;
  weightSkippedReason: Record<'blank' | 'notANumber' | 'negative' | 'zero', (count: string) => string>;
  weightsNote: string;
  otherTitle: string;
  csatLabel: string;
  cesLabel: string;
  cesScaleLabel: string;
  cesScaleAuto: string;
  cesScaleOption: (scale: number) => string;
  csatLine: (value: string, low: string, high: string, n: string) => string;
  cesLine: (value: string, scale: number, n: string) => string;
  cesInterval: (low: string, high: string) => string;
  cesNoInterval: string;
  scaleFrom: (from: ScaleColumnCounts['scaleFrom'], scale: number) => string;
  scaleNoAnswer: string;
  scaleSkipped: (total: number, count: string) => string;
  scaleSkippedReason: Record<'blank' | 'notANumber' | 'outOfScale', (count: string, scale: number) => string>;
  otherMetricNote: string;
  /** The results CSV's section and item names for these figures. */
  csv: {
    section: string;
    question: string;
    repeatsFound: string;
    answersBefore: string;
    answersAfter: string;
    repeatsKeptOut: string;
    weightedNps: string;
    weightedLow: string;
    weightedHigh: string;
    effectiveN: string;
    weightsSkipped: string;
    csat: string;
    csatLow: string;
    csatHigh: string;
    csatN: string;
    ces: (scale: number) => string;
    cesLow: string;
    cesHigh: string;
    cesN: string;
  };
}

const plural = (total: number, one: string, many: string) => (total === 1 ? one : many);

const en: WorkbenchStrings = {
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

const fr: WorkbenchStrings = {
  questionsTitle: (count) => `Ce fichier contient ${count} questions notées de 0 à 10. Choisissez celle à calculer comme NPS (TNR)${NBSP}:`,
  questionStats: (n, nps) => `n = ${n}, NPS ${nps}`,
  questionNoAnswer: 'aucune réponse de 0 à 10',
  reason: (reason, count) =>
    reason.kind === 'chosen'
      ? 'Vous avez choisi cette question.'
      : reason.kind === 'values'
        ? `Aucun en-tête ne parle de recommandation${NBSP}: cette colonne a été choisie d’après ses valeurs (la plus forte part de réponses de 0 à 10). Vérifiez-la.`
        : reason.likelyColumns > 1
          ? `Choisie par défaut${NBSP}: ${count} en-têtes parlent de recommandation (ou de NPS, ou de probabilité), et c’est la première d’entre elles dans le fichier.`
          : `Choisie par défaut${NBSP}: son en-tête parle de recommandation (ou de NPS, ou de probabilité).`,
  respondentLabel: 'Colonne du répondant (identifiant, e-mail, numéro client)',
  respondentFrom: { header: 'trouvée par son en-tête', content: 'trouvée par ses valeurs (adresses e-mail)', chosen: 'votre choix' },
  respondentsNone: `Pas de colonne du répondant${NBSP}: chaque ligne est prise pour un répondant différent.`,
  repeatsFound: (repeats, count, distinct) =>
    `${plural(repeats, '1 réponse est un doublon', `${count} réponses sont des doublons`)}${NBSP}: des réponses antérieures d’un répondant qui a répondu à nouveau (${distinct} répondants identifiés).`,
  repeatsNone: (distinct) => `Aucun répondant ne répond deux fois (${distinct} répondants identifiés).`,
  blankIds: (total, count) => `${plural(total, '1 réponse n’a', `${count} réponses n’ont`)} pas d’identifiant de répondant${NBSP}: chacune est gardée comme un répondant à part.`,
  keepLatest: (by) =>
    by === 'date'
      ? `Ne garder que la dernière réponse de chaque répondant (la plus récente selon la colonne de date${NBSP}; à date égale ou illisible, la dernière ligne)`
      : `Ne garder que la dernière réponse de chaque répondant (le fichier n’a pas de colonne de date${NBSP}: la dernière ligne)`,
  nBeforeAfter: (before, after) => `Réponses${NBSP}: ${before} avant, ${after} avec une seule réponse par répondant.`,
  repeatsKeptOut: (total, count) =>
    `${plural(total, '1 réponse antérieure est écartée', `${count} réponses antérieures sont écartées`)} du score, comptées ci-dessous comme doublons.`,
  skippedRepeat: (count) => `${count} réponses antérieures d’un répondant qui a répondu à nouveau (doublons)`,
  weightLabel: `Colonne de pondération (facultative${NBSP}: chiffre d’affaires, valeur du contrat, poids d’enquête)`,
  weightedTitle: 'NPS pondéré',
  weightedLine: (nps, low, high) => `NPS pondéré ${nps} (intervalle à 95${NBSP}% de ${low} à ${high})`,
  weightedBeside: (unweighted) => `à côté du NPS non pondéré ${unweighted}`,
  effectiveN: (nEff, n) =>
    `Taille d’échantillon effective ${nEff} (Kish) pour ${n} réponses pondérées${NBSP}: l’intervalle est aussi large que pour ${nEff} réponses de même poids.`,
  weightedNone: `Aucune réponse comptée n’a de poids utilisable (supérieur à 0)${NBSP}: pas de NPS pondéré.`,
  weightsSkipped: (total, count) =>
    `${plural(total, '1 réponse comptée est écartée', `${count} réponses comptées sont écartées`)} du NPS pondéré à cause de leur poids (elles restent dans le NPS non pondéré)${NBSP}:`,
  weightSkippedReason: {
    blank: (count) => `${count} sans poids`,
    notANumber: (count) => `${count} dont le poids n’est pas un nombre`,
    negative: (count) => `${count} de poids négatif`,
    zero: (count) => `${count} de poids nul`,
  },
  weightsNote: `Chaque réponse compte selon son poids${NBSP}; l’intervalle utilise la taille d’échantillon effective de Kish (Σw)²/Σw², si bien que des poids inégaux l’élargissent. Un poids «${NBSP}1,234${NBSP}» est lu comme le montrent les autres virgules de la colonne (0,5 → virgule décimale${NBSP}; 1,234.5 → séparateur de milliers), sinon comme des milliers dans un fichier anglais et comme une virgule décimale dans un fichier français.`,
  otherTitle: 'Autres indicateurs tirés de ce fichier',
  csatLabel: 'Colonne CSAT (réponses de 1 à 5)',
  cesLabel: 'Colonne CES (réponses de 1 à 7 ou de 1 à 5)',
  cesScaleLabel: 'Échelle du CES',
  cesScaleAuto: 'Détecter',
  cesScaleOption: (scale) => `de 1 à ${scale}`,
  csatLine: (value, low, high, n) => `CSAT${NBSP}: ${value} de réponses 4 ou 5 (intervalle de Wilson à 95${NBSP}% de ${low} à ${high}), n = ${n}`,
  cesLine: (value, scale, n) => `CES${NBSP}: réponse moyenne ${value} sur une échelle de 1 à ${scale}, n = ${n}`,
  cesInterval: (low, high) => `intervalle t à 95${NBSP}% de ${low} à ${high}`,
  cesNoInterval: `une seule réponse${NBSP}: pas d’intervalle`,
  scaleFrom: (from, scale) =>
    from === 'header'
      ? `Échelle de 1 à ${scale}, comme le dit son en-tête.`
      : from === 'values'
        ? `Échelle lue de 1 à ${scale} d’après les réponses${scale === 5 ? ' (aucune au-dessus de 5)' : ' (certaines au-dessus de 5)'}${NBSP}: changez-la si c’est faux.`
        : `Échelle de 1 à ${scale}.`,
  scaleNoAnswer: 'Aucune ligne de cette colonne ne contient une réponse sur l’échelle.',
  scaleSkipped: (total, count) => `${plural(total, '1 ligne', `${count} lignes`)} sans réponse utilisable dans cette colonne, non comptées${NBSP}:`,
  scaleSkippedReason: {
    blank: (count) => `${count} sans réponse`,
    notANumber: (count) => `${count} qui ne sont pas des nombres`,
    outOfScale: (count, scale) => `${count} hors de 1–${scale} ou non entières`,
  },
  otherMetricNote: `Le CSAT et le CES sont d’autres indicateurs que le NPS (TNR)${NBSP}: ils ne sont jamais placés parmi les références NPS, et aucune référence CSAT ou CES sourcée n’est affichée.`,
  csv: {
    section: 'Tiré du fichier',
    question: 'Question de recommandation',
    repeatsFound: 'Doublons trouvés',
    answersBefore: 'Réponses avant une par répondant',
    answersAfter: 'Réponses avec une par répondant',
    repeatsKeptOut: 'Doublons écartés du score',
    weightedNps: 'NPS pondéré',
    weightedLow: `NPS pondéré, borne basse à 95${NBSP}%`,
    weightedHigh: `NPS pondéré, borne haute à 95${NBSP}%`,
    effectiveN: 'Taille d’échantillon effective (Kish)',
    weightsSkipped: 'Réponses écartées du NPS pondéré à cause de leur poids',
    csat: `CSAT (part des réponses 4 ou 5${NBSP}; autre indicateur)`,
    csatLow: `CSAT, borne basse de Wilson à 95${NBSP}%`,
    csatHigh: `CSAT, borne haute de Wilson à 95${NBSP}%`,
    csatN: 'Réponses CSAT',
    ces: (scale) => `CES (réponse moyenne, échelle de 1 à ${scale}${NBSP}; autre indicateur)`,
    cesLow: `CES, borne basse t à 95${NBSP}%`,
    cesHigh: `CES, borne haute t à 95${NBSP}%`,
    cesN: 'Réponses CES',
  },
};

export const workbenchStrings: Record<Locale, WorkbenchStrings> = { en, fr };
