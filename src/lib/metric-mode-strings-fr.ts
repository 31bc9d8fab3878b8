/** The French words of the score tool's change, CSAT and CES modes (what each one is: metric-mode-strings.ts). */
import type { MetricModeStrings } from './metric-mode-strings.ts';

const NBSP = '\u00a0';

export const metricModeStringsFr: MetricModeStrings = {
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
