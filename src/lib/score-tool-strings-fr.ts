/**
 * The score tool's French strings (see score-tool-strings-en.ts). In French the NPS is also called TNR
 * (taux net de recommandation). French typography: a no-break space before : ; ! ? and %.
 */
import { de } from './french-words.ts';
import type { ScoreToolStrings } from './score-tool-strings-en.ts';
import type { FieldError } from './url-state.ts';

export const scoreToolStringsFr: ScoreToolStrings = {
  pageTitle: 'Comparer votre NPS à votre secteur',
  pageDescription:
    'Où se situe votre Net Promoter Score (NPS, ou TNR) parmi les entreprises nommées de votre secteur, et l’écart est-il réel ? Saisissez votre score ou vos effectifs, ou lisez l’export de votre enquête ; marge d’erreur, taille d’échantillon et significativité comprises.',
  pageIntro:
    'Saisissez votre Net Promoter Score (NPS, ou taux net de recommandation, TNR), vos nombres de promoteurs, passifs et détracteurs, ou le nombre de réponses pour chaque note de 0 à 10, ou lisez l’export de votre enquête. L’outil donne la marge d’erreur, classe votre score parmi les entreprises nommées du secteur choisi et indique pour chacune si l’écart est réel ou dans la marge d’erreur, et sur quoi repose ce verdict.',
  noScript:
    'L’outil de score a besoin de JavaScript pour calculer. Les chiffres auxquels il compare sont listés, avec leurs sources, sur chaque page de secteur et dans Tous les chiffres.',
  noScriptSectors: 'Pages des secteurs',
  privacy: 'Tout est calculé dans votre navigateur : rien de ce que vous saisissez ou lisez dans un fichier n’est envoyé.',
  embeddedTitle: 'Comparer votre NPS à ce secteur',
  embeddedIntro: 'Saisissez votre score ou vos effectifs pour voir votre place parmi ces entreprises, avec votre marge d’erreur.',
  openFullTool: 'Ouvrir dans l’outil de score complet',

  modeLegend: 'Votre résultat',
  modes: {
    score: 'Score NPS',
    counts: 'Promoteurs, passifs, détracteurs',
    answers: 'Chaque note de 0 à 10',
    file: 'Fichier d’enquête',
    change: 'Deux vagues (l’écart est-il réel\u00a0?)',
    csat: 'CSAT (autre indicateur)',
    ces: 'CES (autre indicateur)',
  },
  scoreLabel: 'Votre NPS (de −100 à 100)',
  nLabel: 'Nombre de répondants (facultatif)',
  nHint: 'Nécessaire pour la marge d’erreur et les tests de significativité.',
  promotersLabel: 'Promoteurs (notes 9 ou 10)',
  passivesLabel: 'Passifs (7 ou 8)',
  detractorsLabel: 'Détracteurs (0 à 6)',
  countsHint: 'Un champ vide compte pour 0.',
  answersLegend: 'Nombre de répondants ayant donné chaque note',
  answerLabel: (answer: number) => `Note ${answer}`,
  answerGroups: 'Détracteurs 0–6 · passifs 7–8 · promoteurs 9–10',
  loadingImport: 'Chargement du lecteur de fichiers…',
  optionsLegend: 'Comparer avec',
  sectorLabel: 'Secteur',
  sectorNone: 'Choisissez un secteur',
  surveyTypeLabel: 'Type de votre enquête',
  surveyTypeNotSaid: 'Non précisé',
  userSurveyTypes: {
    relationship: 'Relationnelle (enquête périodique auprès de vos clients)',
    transactional: 'Transactionnelle (après un achat ou un contact)',
    'competitive-benchmark': 'Étude comparative (panel indépendant)',
  },
  gradeLabel: 'Références issues de sources notées',
  gradeOption: (grade: string) => (grade === 'A' ? 'A uniquement' : grade === 'D' ? 'toutes notes (A à D)' : `${grade} ou mieux`),
  marketLabel: 'Marché des références',
  marketAll: 'Tous les marchés',
  embeddedFilters: 'Les références suivent les filtres de cette page (marché, type d’enquête, période, note) ; sans filtre de note, les sources notées B ou mieux sont utilisées.',
  targetLabel: 'NPS visé (facultatif)',
  confidenceLabel: 'Niveau de confiance',
  confidenceOption: (level: string) => `${level} %`,

  fieldNames: {
    mode: 'Mode de saisie',
    sector: 'Secteur',
    score: 'NPS',
    n: 'Nombre de répondants',
    promoters: 'Promoteurs',
    passives: 'Passifs',
    detractors: 'Détracteurs',
    counts: 'Effectifs',
    answers: 'Notes',
    survey: 'Type d’enquête',
    target: 'Objectif',
    grade: 'Note des sources',
    market: 'Marché',
    type: 'Type d’enquête des références',
    from: 'De',
    to: 'À',
    peers: 'Entreprises',
    confidence: 'Niveau de confiance',
  },
  error: ({ field, code, index, count, value }: FieldError): string => {
    const where = index !== undefined ? `Note ${index} : ` : '';
    switch (code) {
      case 'not-a-number':
        return `${where}saisissez un nombre${field === 'score' || field === 'target' ? ', par exemple 32 ou −7' : ''}.`;
      case 'not-integer':
        return `${where}saisissez un nombre entier, sans décimale ni séparateur de milliers.`;
      case 'negative':
        return `${where}un effectif ne peut pas être négatif.`;
      case 'out-of-range':
        return 'Un NPS est compris entre −100 et 100.';
      case 'too-small':
        return 'Au moins 1 répondant.';
      case 'empty':
        return 'Tous les effectifs sont à 0 : saisissez au moins une réponse.';
      case 'wrong-length':
        return `Le lien contient ${count ?? 0} effectifs de notes ; il en faut 11, un pour chaque note de 0 à 10.`;
      case 'n-mismatch':
        return 'Le nombre de répondants du lien ne correspond pas à la somme des effectifs.';
      case 'no-figures':
        return `Ce secteur n’a aucun chiffre d’entreprise pour le marché « ${value ?? ''} » : le marché par défaut est utilisé.`;
      case 'not-a-year':
        return 'Saisissez une année comme 2020 (ou « all ») : les années par défaut sont utilisées en attendant.';
      case 'unknown-company':
        return `« ${value ?? ''} » n’est pas une entreprise de ce secteur : elle est laissée hors de la comparaison.`;
      case 'unknown-value':
        return (
          {
            mode: 'Le lien indique un mode de saisie que l’outil ne connaît pas.',
            sector: 'Ce secteur ne figure pas dans l’atlas.',
            survey: 'Type d’enquête inconnu : relationship, transactional ou competitive-benchmark. Votre type d’enquête est considéré comme non précisé.',
            grade: 'La note doit être A, B, C ou D : les sources notées B ou mieux sont utilisées en attendant.',
            market: 'Le marché doit être un code pays à deux lettres (FR, US…), GLOBAL ou « all » : le marché par défaut est utilisé en attendant.',
            type: 'Type d’enquête inconnu : les références de tous types sont utilisées en attendant.',
            confidence: 'Le niveau de confiance doit être 90, 95 ou 99 : 95 % est utilisé en attendant.',
          }[field as string] ?? 'Cette valeur n’est pas reconnue.'
        );
    }
  },
  errorsTitle: 'Certaines valeurs sont à corriger avant d’afficher les résultats :',
  fileProblem: (problem: string) =>
    problem === 'empty' ? 'Le fichier ne contient aucune note de 0 à 10 à compter.' : `Les effectifs du fichier ne peuvent pas être calculés (${problem}).`,

  resultsTitle: 'Vos résultats',
  emptyResults: 'Vos résultats s’affichent ici au fil de la saisie.',
  printedFrom: (url: string, date: string) => `Outil de score NPS Atlas, ${date} : ${url}`,
  npsLabel: 'NPS',
  respondents: 'Répondants',
  sharesLabel: 'Promoteurs · passifs · détracteurs',
  promoters: 'Promoteurs',
  passives: 'Passifs',
  detractors: 'Détracteurs',
  labelColon: '\u00a0: ',
  /** The unit of a gap or margin, by plural form (Intl.PluralRules): "1 point", "6.4 points". */
  points: { one: 'point', other: 'points' },
  intervalLabel: (level: string) => `Intervalle à ${level} %`,
  intervalWords: { before: 'de ', between: ' à ' },
  marginPlain: (level: string, n: string, low: string, high: string, margin: string) =>
    `Avec ${n} réponses, votre score réel se situe probablement (avec ${level} % de confiance) entre ${low} et ${high} : une marge d’erreur d’environ ±${margin} points.`,
  adjustedNote: (center: string) =>
    `Méthode de Wald ajustée : on ajoute 0,75 détracteur, 1,5 passif et 0,75 promoteur avant le calcul ; l’intervalle est donc centré sur ${center}, pas exactement sur votre score.`,
  widestMixNote:
    'Seuls le score et le nombre de répondants sont connus : l’intervalle suppose qu’il n’y a aucun passif, la répartition la plus large possible pour ce score. Saisissez vos effectifs pour l’intervalle exact.',
  noN: 'Ajoutez le nombre de répondants pour voir la marge d’erreur et tester les écarts avec les références.',
  sampleSizeTitle: 'Combien de réponses il vous faut',
  sampleSizeAtMix: (margin: string, n: string) => `±${margin} points : ${n} réponses`,
  sampleSizeWorst: (n: string) => `(${n} quelle que soit la répartition)`,
  sampleSizeNoteCounts: 'Avec votre répartition actuelle de promoteurs, passifs et détracteurs, et le même intervalle de Wald ajusté.',
  sampleSizeNoteScore: 'D’après le seul score, en supposant aucun passif (la répartition la plus prudente pour ce score).',
  targetTitle: (target: string) => `Atteindre ${target}`,
  targetReached: (target: string) => `Votre score atteint déjà ${target}.`,
  morePromoters: (k: string) => `${k} promoteurs de plus, toutes les autres réponses inchangées`,
  morePromotersImpossible: 'Ajouter des promoteurs ne suffit pas à atteindre cet objectif.',
  detractorsToPassives: (k: string) => `ou ${k} détracteurs devenus passifs (même nombre de répondants)`,
  detractorsToPromoters: (k: string) => `ou ${k} détracteurs devenus promoteurs`,
  detractorsImpossible: 'Convaincre des détracteurs ne suffit pas à atteindre cet objectif.',
  histogramTitle: 'Notes de 0 à 10',
  histogramAnswer: 'Note',
  histogramCount: 'Répondants',
  histogramShare: 'Part',

  placementTitle: (sector: string) => `Parmi les entreprises du secteur ${sector}`,
  loading: 'Chargement des chiffres du secteur…',
  loadFailed: 'Les chiffres du secteur n’ont pas pu être chargés. Rechargez la page pour réessayer.',
  chooseSector: 'Choisissez un secteur pour voir la place de votre score parmi ses entreprises nommées.',
  rankLabel: 'Rang',
  rank: (rank: string, outOf: string) => `${rank} sur ${outOf}`,
  rankNote: '(vous compris ; 1 = le plus haut)',
  aboveBelow: (above: string | null, below: string | null) =>
    above && below
      ? `Au-dessus ${de(above)}, en dessous ${de(below)}.`
      : above
        ? `Au-dessus ${de(above)} : le score le plus haut ici.`
        : below
          ? `En dessous ${de(below)} : le score le plus bas ici.`
          : '',
  levelWith: (names: string) => `À égalité avec ${names}.`,
  percentile: 'Centile',
  percentileNote: 'Part des chiffres d’entreprises classés qui sont sous votre score, les égalités comptant pour moitié.',
  medianGap: (gap: string, median: string, count: string) => `${gap} points par rapport à la médiane des ${count} chiffres d’entreprises classés (${median}).`,
  leaderGap: (gap: string, leader: string, value: string) => `${gap} points par rapport au leader, ${leader} (${value}).`,
  youLead: (gap: string, leader: string) => `Vous devancez le leader, ${leader}, de ${gap} points.`,
  noRanked: 'Aucun chiffre exact d’entreprise auquel comparer votre score avec ces réglages.',
  tableScrollHint: 'Faites défiler le tableau latéralement pour le terrain, le marché, la méthode, la note, le n et la source.',
  peersWithoutFigure: (list: string) => `Aucun chiffre avec ces réglages pour ${list}.`,
  circaN: 'env.',
  benchmarksUsed: (count: string, grade: string, market: string, years: string, type: string | null, peers: string | null) =>
    `Références utilisées : ${count} entreprises, un chiffre chacune (l’entreprise entière avant un produit ou un segment, puis le plus récent), issu de sources notées ${grade} ; marché : ${market} ; années : ${years}${type ? ` ; type d’enquête : ${type}` : ''}${peers ? ` ; les entreprises choisies : ${peers}` : ''}. Les moyennes sectorielles sont données pour information, sans classement. Les bornes comme « moins de 50 » ne sont comparées que lorsque la réponse est certaine.`,
  withDefault: (value: string) => `${value} (par défaut)`,
  yearsAll: 'toutes les années',
  yearsFrom: (year: string) => `depuis ${year}`,
  yearsTo: (year: string) => `jusqu’à ${year}`,
  yearsRange: (from: string, to: string) => `de ${from} à ${to}`,
  recentDefault: (years: string) => `${years} (années récentes, par défaut)`,
  yearsFromLabel: 'Références à partir de',
  yearsToLabel: 'Références jusqu’à',
  yearsAllOption: 'Toutes les années',
  yearsOpen: 'Les plus récentes',
  benchmarkTypeLabel: 'Type d’enquête des références',
  typeAll: 'Tous les types',
  peersLegend: 'Entreprises à comparer',
  peersAll: 'Toutes les entreprises du secteur',
  peersHint: 'Cochez les entreprises concurrentes ; le lien garde votre choix.',
  fileLinkNote: 'Le lien contient le nombre de réponses à chaque note de 0 à 10 de votre fichier, pas ses lignes : mois, segments et commentaires restent sur votre ordinateur.',
  leftOut: (count: string) => `${count} autres chiffres de ce secteur ne sont pas utilisés`,
  leftOutReason: {
    restatement: 'reprise d’un chiffre publié ailleurs',
    audience: 'un chiffre de clients professionnels (non classé avec les particuliers)',
    type: 'autre type d’enquête',
    period: 'hors des années choisies',
    grade: 'note de source sous le minimum',
    market: 'autre marché',
    'not-a-peer': 'hors des entreprises choisies',
    older: 'un chiffre plus ancien ou plus étroit de la même entreprise',
  },
  yourSurveyType: {
    relationship: 'd’une enquête relationnelle',
    transactional: 'd’une enquête transactionnelle',
    'competitive-benchmark': 'd’une étude comparative',
  },
  typeMismatch: (yours: string, theirs: string) =>
    `Votre score vient ${yours} ; ces références viennent d’enquêtes de type ${theirs}. Des scores issus de types d’enquête différents ne se comparent pas directement : lisez les écarts avec prudence.`,
  typeNotSaid:
    'Indiquez de quel type d’enquête vient votre score pour le rapprocher de la méthode des références : les scores transactionnels, relationnels et d’études indépendantes ne se comparent pas directement.',
  unknownMethod: (count: string) => `${count} de ces chiffres viennent de sources qui ne disent pas comment ils ont été mesurés.`,
  marketsMix: (list: string) => `Ces chiffres viennent de marchés différents (${list}) ; les scores ne se comparent pas directement d’un pays à l’autre.`,
  tableCaption: (sector: string) => `Votre score et les chiffres du secteur ${sector} utilisés, avec la comparaison pour chacun`,
  colCompany: 'Entreprise',
  colNps: 'NPS',
  colPeriod: 'Terrain',
  colMarket: 'Marché',
  colSurveyType: 'Type d’enquête',
  colGrade: 'Note',
  colN: 'n',
  colVsYou: 'Votre score est',
  colSignificance: 'L’écart est-il réel ?',
  colSource: 'Source',
  you: 'Vous',
  yourScore: 'Votre score',
  comparison: { above: 'au-dessus', below: 'en dessous', level: 'à égalité', 'not-comparable': 'non comparable (une borne ou une approximation)' },
  verdict: {
    twoSampleAbove: (p: string) => `Au-dessus : écart réel (significatif, p = ${p})`,
    twoSampleBelow: (p: string) => `En dessous : écart réel (significatif, p = ${p})`,
    twoSampleWithin: (p: string) => `Dans les marges d’erreur : pas d’écart réel (p = ${p})`,
    intervalAbove: (margin: string) => `Au-dessus, de plus que votre marge d’erreur (±${margin})`,
    intervalBelow: (margin: string) => `En dessous, de plus que votre marge d’erreur (±${margin})`,
    intervalWithin: (margin: string) => `Dans votre marge d’erreur (±${margin}) : égalité à cette taille d’échantillon`,
    boundAbove: 'Au-dessus de la borne, de plus que votre marge d’erreur',
    boundBelow: 'En dessous de la borne, de plus que votre marge d’erreur',
    cantTellYours: 'Impossible à dire : indiquez votre nombre de répondants',
    cantTellYoursWith: (n: string, gap: string) =>
      `Impossible à dire : indiquez votre nombre de répondants (à partir d’environ ${n}, un écart de ${gap} dépasserait votre marge d’erreur)`,
    cantTellApproximate: 'Impossible à dire : la source ne donne ce chiffre qu’approximativement',
    cantTellBound: 'Impossible à dire : votre marge d’erreur dépasse cette borne',
  },
  verdictBasis: {
    twoSample: (n: string) => `Test à deux échantillons sur les deux tailles d’échantillon (n de la référence = ${n}).`,
    twoSampleApproximate: (n: string) => `Test à deux échantillons ; le n de la référence est approximatif (environ ${n}), le test aussi.`,
    assumedMix: 'Ses parts ne sont pas publiées : la répartition la plus large pour son score est supposée.',
    yourInterval: 'Sa propre marge d’erreur n’est pas publiée : ce verdict ne tient que si ce chiffre est précis.',
    bound: 'Une borne, comparée à tout votre intervalle.',
  },
  verdictRules: (level: string) =>
    `Comment « L’écart est-il réel ? » est tranché, avec ${level} % de confiance : quand la taille d’échantillon d’une référence est publiée, un test à deux échantillons ; quand elle ne l’est pas (la plupart des chiffres publiés), la valeur de la référence face à votre propre intervalle. La marge d’erreur de la référence est alors inconnue : ce verdict ne tient que si ce chiffre est précis.`,
  multipleComparisons: (count: string, level: string, chance: string) =>
    `Chaque verdict est testé isolément avec ${level} % de confiance, sans correction pour les ${count} comparaisons faites à la fois : même si toutes étaient des égalités, environ ${chance} montreraient un écart par hasard.`,
  noNVerdicts:
    'Indiquez votre nombre de répondants : votre score aura alors une marge d’erreur, et chaque référence un verdict (au-dessus, en dessous, ou égalité dans votre marge). Chaque ligne indique à partir de combien de répondants son écart compterait.',
  rankRange: (best: string, worst: string) => `Compte tenu des marges d’erreur, votre rang peut aller de ${best} à ${worst}.`,
  rankSure: 'Votre rang tient compte tenu des marges d’erreur.',
  leadTie: (gap: string, leader: string) => `Vous êtes ${gap} au-dessus du leader, ${leader} : dans la marge d’erreur, donc une égalité, pas une avance.`,
  leadReal: (gap: string, leader: string) => `Vous devancez le leader, ${leader}, de ${gap} : plus que la marge d’erreur.`,
  leaderTie: 'Dans la marge d’erreur : égalité à cette taille d’échantillon.',
  leaderReal: 'Plus que la marge d’erreur : un écart réel.',
  medianWithin: 'Dans votre marge d’erreur.',
  medianOutside: 'Plus que votre marge d’erreur.',
  averagesTitle: 'Moyennes du secteur (pour information, sans classement)',
  notStated: 'non précisé',
  circa: 'vers',
  sectorAverage: 'Moyenne du secteur',
  relation: { exact: '', below: 'moins de', 'at-most': 'au plus', above: 'plus de', 'at-least': 'au moins', about: 'environ' },
  surveyType: {
    'competitive-benchmark': 'étude comparative',
    relationship: 'relationnel',
    transactional: 'transactionnel',
    inferred: 'déduit (avis, signaux)',
    'self-reported': 'déclaré par l’entreprise',
    unknown: 'méthode inconnue',
  },
  marketNames: { GLOBAL: 'Monde', EU: 'Europe' },

  chartTitle: (sector: string) => `Votre NPS parmi les entreprises du secteur ${sector}`,
  chartSubtitle: (level: string, grade: string) => `Trait : votre intervalle à ${level} %. Chiffres de sources notées ${grade} ; sources sur le site. NPS Atlas`,
  chartLabel: (sector: string) => `Graphique en barres de votre NPS et des chiffres des entreprises du secteur ${sector} ; les mêmes nombres figurent dans le tableau ci-dessous.`,
  chartBoundsNote: 'Les bornes (comme « moins de 50 ») ne sont pas tracées en barres ; elles figurent dans le tableau.',
  axisLabel: 'NPS (de −100 à 100)',

  actionsTitle: 'Partager et exporter',
  copyLink: 'Copier le lien',
  linkCopied: 'Lien copié.',
  copyFailed: 'La copie est bloquée ici : copiez l’adresse depuis la barre d’adresse.',
  downloadPng: 'Télécharger le graphique (PNG)',
  downloadCsv: 'Télécharger les résultats (CSV)',
  print: 'Imprimer',
  printNote: 'L’impression donne une page propre de résultats, graphique et sources, prête pour une présentation.',

  csv: {
    yours: 'Votre score',
    benchmark: 'Référence',
    average: 'Moyenne du secteur',
    nps: 'NPS',
    n: 'Répondants',
    promoters: 'Promoteurs',
    passives: 'Passifs',
    detractors: 'Détracteurs',
    promotersShare: 'Part de promoteurs',
    passivesShare: 'Part de passifs',
    detractorsShare: 'Part de détracteurs',
    intervalLow: (level: string) => `Borne basse de l’intervalle à ${level} % (Wald ajusté)`,
    intervalHigh: (level: string) => `Borne haute de l’intervalle à ${level} % (Wald ajusté)`,
    intervalCenter: 'Score ajusté (centre de l’intervalle)',
    margin: 'Marge d’erreur (demi-largeur)',
    sampleSize: (margin: string) => `Réponses nécessaires pour ±${margin} points à votre répartition`,
    sampleSizeWorst: (margin: string) => `Réponses nécessaires pour ±${margin} points, toute répartition`,
    target: 'NPS visé',
    morePromoters: 'Promoteurs supplémentaires nécessaires',
    detractorsToPassives: 'Détracteurs à faire passer passifs',
    rank: 'Rang parmi les chiffres d’entreprises (1 = le plus haut)',
    percentile: 'Centile parmi les chiffres d’entreprises',
    medianGap: 'Écart à la médiane des chiffres d’entreprises',
    leaderGap: 'Écart au leader',
    answer: (answer: number) => `Note ${answer}`,
    rowsSkipped: 'Lignes du fichier écartées',
    sector: 'Secteur',
    points: 'points (de −100 à 100)',
    percent: 'pour cent',
    respondents: 'répondants',
    position: 'position',
    byMonth: 'Par mois (d’après le fichier)',
    bySegment: 'Par segment (d’après le fichier)',
    blankSegment: '(sans segment)',
    otherSegments: '(autres segments)',
  },
};
