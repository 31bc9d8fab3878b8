/**
 * Words of the import's "is the change real?" and "what detractors say" panels (ImportInsight.tsx), and of
 * the monthly trend's text alternative, in English and French (French: no-break space before : ; ! ? and %).
 */
import type { Locale } from '../i18n.ts';
import type { CompareKind } from './insight-view.ts';

const NBSP = '\u00a0';

export interface InsightStrings {
  compareTitle: string;
  compareIntro: string;
  compareKind: string;
  kinds: Record<CompareKind, string>;
  /** The file has only one month, quarter, day, segment or question. */
  onlyOne: Record<CompareKind, string>;
  quarterLabel: (year: string, quarter: string) => string;
  rangeLabel: (from: string, to: string) => string;
  groupA: string;
  groupB: string;
  from: string;
  to: string;
  detectLabel: string;
  detectError: string;
  differenceLabel: string;
  intervalLabel: (level: string) => string;
  intervalWords: { before: string; between: string };
  pValueLabel: string;
  groupScore: (group: string, label: string, n: string) => string;
  sampleSizeLabel: (points: string) => string;
  sampleSizeText: (n: string) => string;
  sampleSizeNote: (level: string) => string;
  independentNote: string;
  pairedNote: string;
  pairsLabel: (points: string) => string;
  pairsText: (n: string) => string;
  noSpread: (difference: string, n: string) => string;
  emptyGroup: (group: string, label: string) => string;
  tinyGroup: (group: string, n: string) => string;
  same: string;
  overlap: string;
  badRange: (group: string) => string;
  noGroups: string;
  noDays: string;
  keyTitle: string;
  keyIntro: (detractors: string, promoters: string) => string;
  keyCapped: (kept: string, total: string) => string;
  keyNoDetractors: string;
  keyNoPromoters: string;
  keyNone: string;
  colTerm: string;
  colDetractors: string;
  colPromoters: string;
  colExpected: string;
  colG2: string;
  colExamples: string;
  keyMethod: string;
  filterOn: (term: string, count: string) => string;
  filterOff: string;
  commentsTitle: string;
  commentsAll: (count: string) => string;
  commentsShown: (shown: string, total: string) => string;
  commentsNone: string;
  noComment: string;
  answerLine: (answer: number, line: string) => string;
  /** The monthly chart's text alternative (insight-view.ts builds the figures). */
  trendAlt: (p: {
    count: number;
    first: string;
    last: string;
    level: string;
    firstNps: string;
    lastNps: string;
    high: string;
    highMonth: string;
    low: string;
    lowMonth: string;
  }) => string;
  trendAltOne: (p: { month: string; nps: string; lowEnd: string; highEnd: string; level: string }) => string;
}

const en: InsightStrings = {
  compareTitle: 'Is the change real?',
  compareIntro: 'Compare two periods or two segments of this file: the difference A − B, its interval and whether it is more than chance.',
  compareKind: 'Compare',
  kinds: { month: 'Two months', quarter: 'Two quarters', range: 'Two date ranges', segment: 'Two segments', question: 'Two questions' },
  onlyOne: {
    month: 'This file has only one month: there is no second one to compare with.',
    quarter: 'This file has only one quarter: there is no second one to compare with.',
    range: 'This file has answers on one day only: there is no second date range to compare with.',
    segment: 'This file has only one segment: there is no second one to compare with.',
    question: 'This file has only one 0–10 question: there is no second one to compare with.',
  },
  quarterLabel: (year, quarter) => `Q${quarter} ${year}`,
  rangeLabel: (from, to) => (from === to ? from : `${from} to ${to}`),
  groupA: 'Group A',
  groupB: 'Group B',
  from: 'From',
  to: 'To (included)',
  detectLabel: 'Change to plan for (points)',
  detectError: 'Type a number of points above 0 and at most 200.',
  differenceLabel: 'Difference A − B',
  intervalLabel: (level) => `${level}% interval of the difference`,
  intervalWords: { before: 'between ', between: ' and ' },
  pValueLabel: 'p-value (two-sided)',
  groupScore: (group, label, n) => `NPS of ${group} (${label}, ${n} answers)`,
  sampleSizeLabel: (points) => `Answers per group to detect ${points} points`,
  sampleSizeText: (n) => `${n} per group`,
  sampleSizeNote: (level) => `At 80% power and ${level}% confidence, with the two groups' variances as observed (adjusted Wald).`,
  independentNote: 'The test assumes the two groups are different respondents. The same people asked twice need a paired test, which this is not.',
  pairedNote:
    'Two questions are answered by the same people, so they are compared by a paired test on the respondents who answered both: each one’s difference between the two answers (promoter +1, passive 0, detractor −1), Wald interval, no pseudo-observations.',
  pairsLabel: (points) => `Respondents answering both, to detect ${points} points`,
  pairsText: (n) => `${n} respondents`,
  noSpread: (difference, n) => `All ${n} respondents who answered both differ by the same amount (${difference} points): there is no spread, so no test.`,
  emptyGroup: (group, label) => `${group} (${label}) has no answer in this file: there is nothing to compare.`,
  tinyGroup: (group, n) => `${group} has only ${n} answers: its interval is wide and the verdict rests on few people.`,
  same: 'Choose two different groups: a group compared with itself shows no change.',
  overlap: 'The two date ranges share days, so some answers would be in both groups. Choose ranges that do not overlap.',
  badRange: (group) => `${group}: choose a start and an end date, the start on or before the end.`,
  noGroups: 'Choose a date or a segment column above to compare periods or segments.',
  noDays: 'This file’s dates span too many different days to keep them all: compare months or quarters instead.',
  keyTitle: 'What detractors say',
  keyIntro: (detractors, promoters) => `The words and two-word phrases that set detractors’ comments (${detractors}) apart from promoters’ (${promoters}).`,
  keyCapped: (kept, total) => `Promoters’ comments: the first ${kept} of ${total} are compared.`,
  keyNoDetractors: 'No detractor left a comment (beyond common words): nothing to analyse.',
  keyNoPromoters: 'No promoter left a comment, so there is nothing to set detractors’ words against.',
  keyNone: 'No word or phrase sets detractors apart from promoters at these numbers of comments (none reaches G² 3.84).',
  colTerm: 'Word or phrase',
  colDetractors: 'Detractors (times used)',
  colPromoters: 'Promoters (times used)',
  colExpected: 'Detractors, expected',
  colG2: 'G²',
  colExamples: 'Examples',
  keyMethod:
    'Method: Dunning’s log-likelihood G² (Rayson & Garside 2000) on the times each word or phrase is used in each group, against what the sizes of the two groups’ comments would give. Listed: terms used more than expected by detractors, in at least two of their comments, with G² of 3.84 or more (p < 0.05 for one term, no correction for testing many). Common English and French words (the stopword package’s lists) are left out. Computed in your browser; nothing is uploaded.',
  filterOn: (term, count) => `Comments with “${term}”: ${count}`,
  filterOff: 'Show every comment',
  commentsTitle: 'Detractors’ comments',
  commentsAll: (count) => `${count} comments.`,
  commentsShown: (shown, total) => `The first ${shown} of ${total} are shown; the detractors download holds them all.`,
  commentsNone: 'No detractor left a comment.',
  noComment: '(no comment)',
  answerLine: (answer, line) => `answer ${answer}, row ${line}`,
  trendAlt: (p) =>
    `Bar chart of the NPS for ${p.count} months, from ${p.first} to ${p.last}, each with its ${p.level}% interval as a whisker. It goes from ${p.firstNps} in ${p.first} to ${p.lastNps} in ${p.last}; highest ${p.high} (${p.highMonth}), lowest ${p.low} (${p.lowMonth}). The table below gives every month.`,
  trendAltOne: (p) => `Bar chart of the NPS for one month, ${p.month}: ${p.nps}, ${p.level}% interval ${p.lowEnd} to ${p.highEnd}. The table below gives the figures.`,
};

const fr: InsightStrings = {
  compareTitle: `L’écart est-il réel${NBSP}?`,
  compareIntro: `Comparez deux périodes ou deux segments de ce fichier${NBSP}: l’écart A − B, son intervalle et s’il dépasse le hasard.`,
  compareKind: 'Comparer',
  kinds: { month: 'Deux mois', quarter: 'Deux trimestres', range: 'Deux périodes (dates)', segment: 'Deux segments', question: 'Deux questions' },
  onlyOne: {
    month: `Ce fichier n’a qu’un seul mois${NBSP}: il n’y en a pas de second à comparer.`,
    quarter: `Ce fichier n’a qu’un seul trimestre${NBSP}: il n’y en a pas de second à comparer.`,
    range: `Ce fichier n’a de réponses que sur un seul jour${NBSP}: il n’y a pas de seconde période à comparer.`,
    segment: `Ce fichier n’a qu’un seul segment${NBSP}: il n’y en a pas de second à comparer.`,
    question: `Ce fichier n’a qu’une seule question de 0 à 10${NBSP}: il n’y en a pas de seconde à comparer.`,
  },
  quarterLabel: (year, quarter) => `T${quarter} ${year}`,
  rangeLabel: (from, to) => (from === to ? from : `du ${from} au ${to}`),
  groupA: 'Groupe A',
  groupB: 'Groupe B',
  from: 'Du',
  to: 'Au (inclus)',
  detectLabel: 'Écart à prévoir (points)',
  detectError: 'Saisissez un nombre de points supérieur à 0 et au plus égal à 200.',
  differenceLabel: 'Écart A − B',
  intervalLabel: (level) => `Intervalle à ${level}${NBSP}% de l’écart`,
  intervalWords: { before: 'entre ', between: ' et ' },
  pValueLabel: 'Valeur p (bilatérale)',
  groupScore: (group, label, n) => `TNR (NPS) du ${group.toLowerCase()} (${label}, ${n} réponses)`,
  sampleSizeLabel: (points) => `Réponses par groupe pour détecter ${points}${NBSP}points`,
  sampleSizeText: (n) => `${n} par groupe`,
  sampleSizeNote: (level) => `Avec une puissance de 80${NBSP}% et une confiance de ${level}${NBSP}%, d’après les variances observées des deux groupes (Wald ajusté).`,
  independentNote:
    'Le test suppose que les deux groupes sont des répondants différents. Les mêmes personnes interrogées deux fois demandent un test apparié, ce que ce test n’est pas.',
  pairedNote: `Deux questions reçoivent les réponses des mêmes personnes${NBSP}: elles sont comparées par un test apparié sur les répondants qui ont répondu aux deux, à partir de l’écart de chacun entre ses deux réponses (promoteur +1, passif 0, détracteur −1), intervalle de Wald, sans pseudo-observations.`,
  pairsLabel: (points) => `Répondants aux deux questions pour détecter ${points}${NBSP}points`,
  pairsText: (n) => `${n}${NBSP}répondants`,
  noSpread: (difference, n) => `Les ${n}${NBSP}répondants aux deux questions ont tous le même écart (${difference}${NBSP}points)${NBSP}: sans dispersion, pas de test.`,
  emptyGroup: (group, label) => `Le ${group.toLowerCase()} (${label}) n’a aucune réponse dans ce fichier${NBSP}: il n’y a rien à comparer.`,
  tinyGroup: (group, n) => `Le ${group.toLowerCase()} n’a que ${n}${NBSP}réponses${NBSP}: son intervalle est large et le verdict repose sur peu de personnes.`,
  same: `Choisissez deux groupes différents${NBSP}: un groupe comparé à lui-même ne montre aucun écart.`,
  overlap: 'Les deux périodes ont des jours en commun, donc des réponses seraient dans les deux groupes. Choisissez des périodes qui ne se chevauchent pas.',
  badRange: (group) => `${group}${NBSP}: choisissez une date de début et une date de fin, le début au plus tard le jour de la fin.`,
  noGroups: 'Choisissez une colonne de date ou de segment ci-dessus pour comparer des périodes ou des segments.',
  noDays: `Les dates de ce fichier couvrent trop de jours différents pour les garder tous${NBSP}: comparez plutôt des mois ou des trimestres.`,
  keyTitle: 'Ce que disent les détracteurs',
  keyIntro: (detractors, promoters) =>
    `Les mots et expressions de deux mots qui distinguent les commentaires des détracteurs (${detractors}) de ceux des promoteurs (${promoters}).`,
  keyCapped: (kept, total) => `Commentaires des promoteurs${NBSP}: les ${kept} premiers sur ${total} sont comparés.`,
  keyNoDetractors: `Aucun détracteur n’a laissé de commentaire (hors mots courants)${NBSP}: rien à analyser.`,
  keyNoPromoters: 'Aucun promoteur n’a laissé de commentaire, donc rien à quoi opposer les mots des détracteurs.',
  keyNone: `Aucun mot ni expression ne distingue les détracteurs des promoteurs avec ce nombre de commentaires (aucun n’atteint un G² de 3,84).`,
  colTerm: 'Mot ou expression',
  colDetractors: 'Détracteurs (occurrences)',
  colPromoters: 'Promoteurs (occurrences)',
  colExpected: 'Détracteurs, attendu',
  colG2: 'G²',
  colExamples: 'Exemples',
  keyMethod: `Méthode${NBSP}: log-vraisemblance G² de Dunning (Rayson et Garside 2000) sur le nombre d’occurrences de chaque mot ou expression dans chaque groupe, comparé à ce que donnerait la taille des commentaires des deux groupes. Sont listés les termes que les détracteurs emploient plus qu’attendu, dans au moins deux de leurs commentaires, avec un G² d’au moins 3,84 (p < 0,05 pour un terme, sans correction pour les tests multiples). Les mots courants anglais et français (listes du paquet stopword) sont écartés. Calculé dans votre navigateur${NBSP}; rien n’est envoyé.`,
  filterOn: (term, count) => `Commentaires avec «${NBSP}${term}${NBSP}»${NBSP}: ${count}`,
  filterOff: 'Afficher tous les commentaires',
  commentsTitle: 'Commentaires des détracteurs',
  commentsAll: (count) => `${count}${NBSP}commentaires.`,
  commentsShown: (shown, total) => `Les ${shown} premiers sur ${total} sont affichés${NBSP}; le téléchargement des détracteurs les contient tous.`,
  commentsNone: 'Aucun détracteur n’a laissé de commentaire.',
  noComment: '(sans commentaire)',
  answerLine: (answer, line) => `note ${answer}, ligne ${line}`,
  trendAlt: (p) =>
    `Graphique en barres du NPS sur ${p.count}${NBSP}mois, de ${p.first} à ${p.last}, chacun avec son intervalle à ${p.level}${NBSP}% en moustache. Il passe de ${p.firstNps} en ${p.first} à ${p.lastNps} en ${p.last}${NBSP}; au plus haut ${p.high} (${p.highMonth}), au plus bas ${p.low} (${p.lowMonth}). Le tableau ci-dessous donne chaque mois.`,
  trendAltOne: (p) =>
    `Graphique en barres du NPS sur un mois, ${p.month}${NBSP}: ${p.nps}, intervalle à ${p.level}${NBSP}% de ${p.lowEnd} à ${p.highEnd}. Le tableau ci-dessous donne les chiffres.`,
};

export const insightStrings: Record<Locale, InsightStrings> = { en, fr };
