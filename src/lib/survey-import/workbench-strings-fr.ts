/** The French words of the import's analyst tools (what each one is: workbench-strings.ts). */
import { plural as pluralForm } from '../i18n.ts';
import type { WorkbenchStrings } from './workbench-strings.ts';

const NBSP = '\u00a0';
/** The form for a count (Intl.PluralRules through src/lib/i18n.ts). */
const plural = (total: number, one: string, other: string) => pluralForm('fr', total, { one, other });

export const workbenchStringsFr: WorkbenchStrings = {
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
