/** Words of the score tool's change, CSAT and CES modes, in English and French (French: no-break space before : ; ! ? %). */
import type { Locale } from './i18n.ts';
import type { ChangeVerdictWords } from './nps-change.ts';
import type { MetricError, MetricField } from './metric-modes.ts';

const NBSP = '\u00a0';

export interface MetricModeStrings {
  waveA: string;
  waveB: string;
  promoters: string;
  passives: string;
  detractors: string;
  changeHint: string;
  detectLabel: string;
  detectHint: string;
  changeTitle: string;
  differenceLabel: string;
  intervalLabel: (level: string) => string;
  metricIntervalLabel: (level: string, method: string) => string;
  intervalWords: { before: string; between: string };
  pValueLabel: string;
  waveScore: (wave: string, n: string) => string;
  sampleSizeLabel: (points: string) => string;
  sampleSizeText: (n: string) => string;
  sampleSizeNote: string;
  independentNote: string;
  csatTitle: string;
  csatLegend: string;
  cesTitle: string;
  cesLegend: string;
  cesScaleLabel: string;
  cesScaleOption: (scale: number) => string;
  answerLabel: (answer: number) => string;
  csatLabel: string;
  cesLabel: string;
  respondents: string;
  satisfied: (count: string) => string;
  noInterval: string;
  otherMetricNote: string;
  /** The verdict on a change between two waves. */
  changeVerdict: ChangeVerdictWords;
  emptyResults: string;
  fieldNames: Record<MetricField, string>;
  /** Message for one error, shown beside its field (an entry's error beside that entry's input). */
  error: (error: MetricError, expected: number) => string;
}

const en: MetricModeStrings = {
  waveA: 'Wave A (e.g. this quarter)',
  waveB: 'Wave B (e.g. last quarter)',
  promoters: 'Promoters (9–10)',
  passives: 'Passives (7–8)',
  detractors: 'Detractors (0–6)',
  changeHint: 'Type the counts of each wave; the difference is A − B. The waves must be different respondents.',
  detectLabel: 'Change to plan for (points)',
  detectHint: 'For the sample size needed to detect a change this size.',
  changeTitle: 'Change between the two waves',
  differenceLabel: 'Difference A − B',
  intervalLabel: (level) => `${level}% interval of the difference`,
  metricIntervalLabel: (level, method) => `${level}% interval (${method})`,
  intervalWords: { before: 'between ', between: ' and ' },
  pValueLabel: 'p-value (two-sided)',
  waveScore: (wave, n) => `NPS of wave ${wave} (${n} respondents)`,
  sampleSizeLabel: (points) => `Respondents per wave to detect ${points} points`,
  sampleSizeText: (n) => `${n} per wave`,
  sampleSizeNote: 'At 80% power and the chosen confidence, with the variance of the two waves as typed (adjusted Wald).',
  independentNote: 'The test assumes two independent samples. The same people asked twice need a paired test, which this is not.',
  csatTitle: 'Customer satisfaction (CSAT)',
  csatLegend: 'Count of each answer, 1 (very dissatisfied) to 5 (very satisfied)',
  cesTitle: 'Customer effort (CES)',
  cesLegend: 'Count of each answer on the effort scale',
  cesScaleLabel: 'Scale',
  cesScaleOption: (scale) => `1 to ${scale}`,
  answerLabel: (answer) => `Answer ${answer}`,
  csatLabel: 'CSAT (share answering 4 or 5)',
  cesLabel: 'CES (mean answer)',
  respondents: 'Respondents',
  satisfied: (count) => `${count} answered 4 or 5`,
  noInterval: 'One answer: no interval (there is no spread to measure).',
  otherMetricNote: 'This is another metric than NPS: it is never placed against the NPS benchmarks, and no sourced CSAT or CES benchmark is shown.',
  changeVerdict: {
    none: 'No change between the two groups',
    up: (size) => `Up ${size}`,
    down: (size) => `Down ${size}`,
    real: (move) => `${move}, more than chance would give`,
    noise: (move) => `${move}, but a change this size could be noise at these sample sizes`,
    points: { one: 'point', other: 'points' },
  },
  emptyResults: 'Type the counts to see the result.',
  fieldNames: { a: 'Wave A', b: 'Wave B', detect: 'Change to plan for', csat: 'CSAT answers', ces: 'CES answers' },
  error: (error, expected) => {
    switch (error.code) {
      case 'not-a-number':
        return 'Not a number.';
      case 'not-integer':
        return 'A count must be a whole number.';
      case 'negative':
        return 'A count can’t be negative.';
      case 'out-of-range':
        return 'Type a change above 0 and at most 100 points.';
      case 'empty':
        return error.field === 'a' || error.field === 'b' ? 'This wave has no respondents: type at least one count.' : 'Type at least one answer.';
      case 'wrong-length':
        return error.field === 'ces'
          ? `The link has ${error.count} counts; a CES needs 7 (answers 1 to 7) or 5 (answers 1 to 5).`
          : `The link has ${error.count} counts; ${expected} are needed.`;
    }
  },
};

const fr: MetricModeStrings = {
  waveA: 'Vague A (par ex. ce trimestre)',
  waveB: 'Vague B (par ex. le trimestre dernier)',
  promoters: 'Promoteurs (9–10)',
  passives: 'Passifs (7–8)',
  detractors: 'Détracteurs (0–6)',
  changeHint: `Saisissez les effectifs de chaque vague${NBSP}; l’écart est A − B. Les deux vagues doivent interroger des personnes différentes.`,
  detectLabel: 'Écart à détecter (points)',
  detectHint: 'Pour la taille d’échantillon qui détecte un écart de cette taille.',
  changeTitle: 'Écart entre les deux vagues',
  differenceLabel: 'Écart A − B',
  intervalLabel: (level) => `Intervalle à ${level}${NBSP}% de l’écart`,
  metricIntervalLabel: (level, method) => `Intervalle à ${level}${NBSP}% (${method})`,
  intervalWords: { before: 'entre ', between: ' et ' },
  pValueLabel: 'Valeur p (bilatérale)',
  waveScore: (wave, n) => `NPS de la vague ${wave} (${n} répondants)`,
  sampleSizeLabel: (points) => `Répondants par vague pour détecter ${points}${NBSP}points`,
  sampleSizeText: (n) => `${n} par vague`,
  sampleSizeNote: `Avec une puissance de 80${NBSP}% et la confiance choisie, d’après la variance des deux vagues saisies (Wald ajusté).`,
  independentNote: 'Le test suppose deux échantillons indépendants. Les mêmes personnes interrogées deux fois demandent un test apparié, ce qu’il n’est pas.',
  csatTitle: 'Satisfaction client (CSAT)',
  csatLegend: 'Effectif de chaque réponse, de 1 (très insatisfait) à 5 (très satisfait)',
  cesTitle: 'Effort client (CES)',
  cesLegend: 'Effectif de chaque réponse sur l’échelle d’effort',
  cesScaleLabel: 'Échelle',
  cesScaleOption: (scale) => `de 1 à ${scale}`,
  answerLabel: (answer) => `Réponse ${answer}`,
  csatLabel: 'CSAT (part des réponses 4 ou 5)',
  cesLabel: 'CES (réponse moyenne)',
  respondents: 'Répondants',
  satisfied: (count) => `${count} ont répondu 4 ou 5`,
  noInterval: `Une seule réponse${NBSP}: pas d’intervalle (aucune dispersion à mesurer).`,
  otherMetricNote: `C’est un autre indicateur que le NPS (TNR)${NBSP}: il n’est jamais placé parmi les références NPS, et aucune référence CSAT ou CES sourcée n’est affichée.`,
  changeVerdict: {
    none: 'Pas de changement entre les deux groupes',
    up: (size) => `En hausse de ${size}`,
    down: (size) => `En baisse de ${size}`,
    real: (move) => `${move}, plus que le hasard ne le donnerait`,
    noise: (move) => `${move}, mais un écart de cette taille peut n’être que du bruit avec ces tailles d’échantillon`,
    points: { one: 'point', other: 'points' },
  },
  emptyResults: 'Saisissez les effectifs pour voir le résultat.',
  fieldNames: { a: 'Vague A', b: 'Vague B', detect: 'Écart à détecter', csat: 'Réponses CSAT', ces: 'Réponses CES' },
  error: (error, expected) => {
    switch (error.code) {
      case 'not-a-number':
        return 'Ce n’est pas un nombre.';
      case 'not-integer':
        return 'Un effectif doit être un nombre entier.';
      case 'negative':
        return 'Un effectif ne peut pas être négatif.';
      case 'out-of-range':
        return 'Saisissez un écart supérieur à 0 et d’au plus 100 points.';
      case 'empty':
        return error.field === 'a' || error.field === 'b' ? `Cette vague n’a aucun répondant${NBSP}: saisissez au moins un effectif.` : 'Saisissez au moins une réponse.';
      case 'wrong-length':
        return error.field === 'ces'
          ? `Le lien contient ${error.count} effectifs${NBSP}; un CES en demande 7 (réponses 1 à 7) ou 5 (réponses 1 à 5).`
          : `Le lien contient ${error.count} effectifs${NBSP}; il en faut ${expected}.`;
    }
  },
};

export const metricModeStrings: Record<Locale, MetricModeStrings> = { en, fr };
