/**
 * UI strings of the score tool (the /compare/ page and the tool embedded on sector pages), English and French.
 * Kept apart from ui-strings.ts so the island ships only its own words. Numbers arrive already formatted.
 * In French the NPS is also called TNR (taux net de recommandation).
 */
import type { Locale } from './i18n.ts';
import type { LeftOutReason } from './placement.ts';
import type { Relation, SurveyType } from './schema.ts';
import type { FieldError, FieldName, ToolMode, UserSurveyType } from './url-state.ts';

const en = {
  // Page
  pageTitle: 'Compare your NPS with your sector',
  pageDescription: 'Where does your Net Promoter Score sit among named companies of your sector, and is the gap real? Type your score or counts, or read your survey export; margin of error, sample size and significance included.',
  pageIntro: 'Type your Net Promoter Score, your counts of promoters, passives and detractors, or the count of each answer from 0 to 10, or read your survey export. The tool gives the margin of error, ranks your score among the named companies of the sector you choose, and says whether each gap is statistically meaningful where the benchmark’s sample size is published.',
  noScript: 'The score tool needs JavaScript to compute. The figures it compares with are listed, with their sources, on each sector page and under All figures.',
  noScriptSectors: 'Sector pages',
  privacy: 'Everything is computed in your browser: nothing you type or read from a file is sent anywhere.',
  embeddedTitle: 'Compare your NPS with this sector',
  embeddedIntro: 'Type your score or counts to see where you sit among these companies, with your margin of error.',
  openFullTool: 'Open in the full score tool',

  // Inputs
  modeLegend: 'Your result',
  modes: {
    score: 'NPS score',
    counts: 'Promoters, passives, detractors',
    answers: 'Each answer 0–10',
    file: 'Survey file',
  } satisfies Record<ToolMode, string>,
  scoreLabel: 'Your NPS (−100 to 100)',
  nLabel: 'Number of respondents (optional)',
  nHint: 'Needed for the margin of error and the significance tests.',
  promotersLabel: 'Promoters (answered 9 or 10)',
  passivesLabel: 'Passives (7 or 8)',
  detractorsLabel: 'Detractors (0 to 6)',
  countsHint: 'A blank count counts as 0.',
  answersLegend: 'How many respondents gave each answer',
  answerLabel: (answer: number) => `Answer ${answer}`,
  answerGroups: 'Detractors 0–6 · passives 7–8 · promoters 9–10',
  loadingImport: 'Loading the file reader…',
  optionsLegend: 'Compare with',
  sectorLabel: 'Sector',
  sectorNone: 'Choose a sector',
  surveyTypeLabel: 'Your survey type',
  surveyTypeNotSaid: 'Not stated',
  userSurveyTypes: {
    relationship: 'Relationship (periodic survey of your customers)',
    transactional: 'Transactional (after a purchase or a contact)',
    'competitive-benchmark': 'Competitive benchmark (independent panel)',
  } satisfies Record<UserSurveyType, string>,
  gradeLabel: 'Benchmarks from sources graded',
  gradeOption: (grade: string) => (grade === 'A' ? 'A only' : grade === 'D' ? 'any grade (A to D)' : `${grade} or better`),
  marketLabel: 'Market of the benchmarks',
  marketAll: 'All markets',
  embeddedFilters: 'Benchmarks follow this page’s filters (market, survey type, period, grade); without a grade filter, sources graded B or better are used.',
  targetLabel: 'Target NPS (optional)',
  confidenceLabel: 'Confidence level',
  confidenceOption: (level: string) => `${level} %`,

  // Errors
  fieldNames: {
    mode: 'Input mode',
    sector: 'Sector',
    score: 'NPS',
    n: 'Number of respondents',
    promoters: 'Promoters',
    passives: 'Passives',
    detractors: 'Detractors',
    counts: 'Counts',
    answers: 'Answers',
    survey: 'Survey type',
    target: 'Target',
    grade: 'Source grade',
    market: 'Market',
    type: 'Survey type of the benchmarks',
    from: 'From',
    to: 'To',
    peers: 'Companies',
    confidence: 'Confidence level',
  } satisfies Record<FieldName, string>,
  error: ({ field, code, index, count, value }: FieldError): string => {
    const where = index !== undefined ? `Answer ${index}: ` : '';
    switch (code) {
      case 'not-a-number':
        return `${where}enter a number${field === 'score' || field === 'target' ? ', such as 32 or −7' : ''}.`;
      case 'not-integer':
        return `${where}enter a whole number, without decimals or thousands separators.`;
      case 'negative':
        return `${where}a count cannot be negative.`;
      case 'out-of-range':
        return 'An NPS lies between −100 and 100.';
      case 'too-small':
        return 'At least 1 respondent.';
      case 'empty':
        return 'Every count is 0: enter at least one response.';
      case 'wrong-length':
        return `The link has ${count ?? 0} answer counts; 11 are expected, one for each answer from 0 to 10.`;
      case 'n-mismatch':
        return 'The number of respondents in the link does not match the sum of the counts.';
      case 'no-figures':
        return `This sector has no company figure for market “${value ?? ''}”: the default market is used instead.`;
      case 'not-a-year':
        return 'Enter a year such as 2020 (or “all”): the default years are used meanwhile.';
      case 'unknown-company':
        return `“${value ?? ''}” is not a company of this sector: it is left out of the comparison.`;
      case 'unknown-value':
        return {
          mode: 'The link names an input mode the tool doesn’t have.',
          sector: 'This sector is not in the atlas.',
          survey: 'Unknown survey type: use relationship, transactional or competitive-benchmark. Your survey type is treated as not stated.',
          grade: 'The grade must be A, B, C or D: sources graded B or better are used meanwhile.',
          market: 'The market must be a two-letter country code (FR, US…), GLOBAL or “all”: the default market is used meanwhile.',
          type: 'Unknown survey type: benchmarks of every type are used meanwhile.',
          confidence: 'The confidence level must be 90, 95 or 99: 95 % is used meanwhile.',
        }[field as string] ?? 'This value is not recognised.';
    }
  },
  errorsTitle: 'Some values need fixing before the results can be shown:',
  fileProblem: (problem: string) => (problem === 'empty' ? 'The file has no answer from 0 to 10 to score.' : `The file’s counts cannot be scored (${problem}).`),

  // Results
  resultsTitle: 'Your results',
  emptyResults: 'Your results appear here as you type.',
  printedFrom: (url: string, date: string) => `NPS Atlas score tool, ${date}: ${url}`,
  npsLabel: 'NPS',
  respondents: 'Respondents',
  sharesLabel: 'Promoters · passives · detractors',
  promoters: 'Promoters',
  passives: 'Passives',
  detractors: 'Detractors',
  intervalLabel: (level: string) => `${level} % interval`,
  /** Words around the interval's two bounds: "+11 to +47". */
  intervalWords: { before: '', between: ' to ' },
  marginPlain: (level: string, n: string, low: string, high: string, margin: string) =>
    `With ${n} responses, your true score is probably (at ${level} % confidence) between ${low} and ${high}: a margin of error of about ±${margin} points.`,
  adjustedNote: (center: string) => `Adjusted Wald method: 0.75 detractors, 1.5 passives and 0.75 promoters are added before computing, so the interval is centred on ${center}, not exactly on your score.`,
  widestMixNote: 'Only the score and the number of respondents are known, so the interval assumes no passives, the widest mix possible for this score. Enter your counts for the exact interval.',
  noN: 'Add the number of respondents to see the margin of error and to test the gaps with benchmarks.',
  sampleSizeTitle: 'How many responses you need',
  sampleSizeAtMix: (margin: string, n: string) => `±${margin} points: ${n} responses`,
  sampleSizeWorst: (n: string) => `(${n} whatever the mix)`,
  sampleSizeNoteCounts: 'At your current mix of promoters, passives and detractors, with the same adjusted Wald interval.',
  sampleSizeNoteScore: 'From the score alone, assuming no passives (the most cautious mix for this score).',
  targetTitle: (target: string) => `Reaching ${target}`,
  targetReached: (target: string) => `Your score already reaches ${target}.`,
  morePromoters: (k: string) => `${k} more promoters, with every other answer unchanged`,
  morePromotersImpossible: 'Adding promoters alone cannot reach this target.',
  detractorsToPassives: (k: string) => `or ${k} detractors won over to passives (same number of respondents)`,
  detractorsToPromoters: (k: string) => `or ${k} detractors turned into promoters`,
  detractorsImpossible: 'Winning over detractors alone cannot reach this target.',
  histogramTitle: 'Answers 0 to 10',
  histogramAnswer: 'Answer',
  histogramCount: 'Respondents',
  histogramShare: 'Share',

  // Placement
  placementTitle: (sector: string) => `Among ${sector} companies`,
  loading: 'Loading the sector’s figures…',
  loadFailed: 'The sector’s figures could not be loaded. Reload the page to try again.',
  chooseSector: 'Choose a sector to see where your score sits among its named companies.',
  rankLabel: 'Rank',
  rank: (rank: string, outOf: string) => `${rank} of ${outOf}`,
  rankNote: '(you included; 1 = highest)',
  aboveBelow: (above: string | null, below: string | null) =>
    above && below ? `Above ${above}, below ${below}.` : above ? `Above ${above}: the highest score here.` : below ? `Below ${below}: the lowest score here.` : '',
  levelWith: (names: string) => `Level with ${names}.`,
  percentile: 'Percentile',
  percentileNote: 'Share of the ranked company figures below your score, counting ties as half.',
  medianGap: (gap: string, median: string, count: string) => `${gap} points from the median of the ${count} ranked company figures (${median}).`,
  leaderGap: (gap: string, leader: string, value: string) => `${gap} points from the leader, ${leader} (${value}).`,
  youLead: (gap: string, leader: string) => `You are ahead of the leader, ${leader}, by ${gap} points.`,
  noRanked: 'No exact company figure to rank your score against with these settings.',
  tableScrollHint: 'Scroll the table sideways for the period, market, method, grade, n and source.',
  peersWithoutFigure: (list: string) => `No figure under these settings for ${list}.`,
  circaN: 'c.',
  benchmarksUsed: (count: string, grade: string, market: string, years: string, type: string | null, peers: string | null) =>
    `Benchmarks used: ${count} companies, the most recent figure of each, from sources graded ${grade}; market: ${market}; years: ${years}${type ? `; survey type: ${type}` : ''}${peers ? `; the companies you chose: ${peers}` : ''}. Sector averages are shown for reference and not ranked. Bounds such as “below 50” are compared only when the answer is certain.`,
  withDefault: (value: string) => `${value} (default)`,
  yearsAll: 'all years',
  yearsFrom: (year: string) => `${year} onward`,
  yearsTo: (year: string) => `up to ${year}`,
  yearsRange: (from: string, to: string) => `${from} to ${to}`,
  recentDefault: (years: string) => `${years} (recent years, by default)`,
  yearsFromLabel: 'Benchmarks from',
  yearsToLabel: 'Benchmarks up to',
  yearsAllOption: 'All years',
  yearsOpen: 'Latest',
  benchmarkTypeLabel: 'Survey type of the benchmarks',
  typeAll: 'All types',
  peersLegend: 'Companies to compare with',
  peersAll: 'All companies of the sector',
  peersHint: 'Tick the companies you compete with; the link keeps your choice.',
  fileLinkNote: 'The link carries your file’s count of each answer 0–10, not its rows: months, segments and comments stay on your computer.',
  leftOut: (count: string) => `${count} other figures of this sector are not used`,
  leftOutReason: {
    audience: 'a B2B customers’ figure (not ranked against consumers)',
    type: 'other survey type',
    period: 'outside the years chosen',
    grade: 'source grade below the minimum',
    market: 'other market',
    'not-a-peer': 'not among the companies you chose',
    older: 'an older or narrower figure of the same company',
  } satisfies Record<LeftOutReason, string>,
  /** The user's survey type inside a sentence ("Your score comes from …"). */
  yourSurveyType: {
    relationship: 'a relationship survey',
    transactional: 'a transactional survey',
    'competitive-benchmark': 'a competitive benchmark',
  } satisfies Record<UserSurveyType, string>,
  typeMismatch: (yours: string, theirs: string) => `Your score comes from ${yours}; these benchmarks come from ${theirs} surveys. Scores from different survey types are not directly comparable: read the gaps with care.`,
  typeNotSaid: 'Say which kind of survey your score comes from to check it against the benchmarks’ methods: transactional, relationship and independent benchmark scores are not directly comparable.',
  unknownMethod: (count: string) => `${count} of these figures come from sources that don’t say how they were measured.`,
  marketsMix: (list: string) => `These figures come from different markets (${list}); scores are not directly comparable across countries.`,
  tableCaption: (sector: string) => `Your score and the ${sector} figures used, with how your score compares with each`,
  colCompany: 'Company',
  colNps: 'NPS',
  colPeriod: 'Period',
  colMarket: 'Market',
  colSurveyType: 'Survey type',
  colGrade: 'Grade',
  colN: 'n',
  colVsYou: 'Your score is',
  colSignificance: 'Is the gap real?',
  colSource: 'Source',
  you: 'You',
  yourScore: 'Your score',
  comparison: { above: 'above', below: 'below', level: 'level', 'not-comparable': 'not comparable (a bound or an approximation)' } as Record<string, string>,
  verdict: {
    twoSampleAbove: (p: string) => `Above: a real gap (significant, p = ${p})`,
    twoSampleBelow: (p: string) => `Below: a real gap (significant, p = ${p})`,
    twoSampleWithin: (p: string) => `Within the margins of error: no real gap (p = ${p})`,
    intervalAbove: (margin: string) => `Above, by more than your margin of error (±${margin})`,
    intervalBelow: (margin: string) => `Below, by more than your margin of error (±${margin})`,
    intervalWithin: (margin: string) => `Within your margin of error (±${margin}): a tie at this sample size`,
    boundAbove: 'Above the bound, by more than your margin of error',
    boundBelow: 'Below the bound, by more than your margin of error',
    cantTellYours: 'Can’t tell: give your number of respondents',
    cantTellYoursWith: (n: string, gap: string) => `Can’t tell: give your number of respondents (with about ${n} or more, a gap of ${gap} would exceed your margin of error)`,
    cantTellApproximate: 'Can’t tell: the source gives this figure only approximately',
    cantTellBound: 'Can’t tell: your margin of error reaches past this bound',
  },
  /** On what each verdict rests, under it. */
  verdictBasis: {
    twoSample: (n: string) => `Two-sample test on both sample sizes (benchmark n = ${n}).`,
    twoSampleApproximate: (n: string) => `Two-sample test; the benchmark’s n is approximate (about ${n}), and so is the test.`,
    assumedMix: 'Its shares are not published: the widest mix for its score is assumed.',
    yourInterval: 'Its own margin of error is not published: this holds only if that figure is precise.',
    bound: 'A bound, compared with your whole interval.',
  },
  verdictRules: (level: string) =>
    `How “Is the gap real?” is decided, at ${level} % confidence: where a benchmark’s sample size is published, a two-sample test on both samples; where it is not (most published figures), the benchmark’s value against your own interval. The benchmark’s own margin of error is then unknown, so such a verdict holds only if that figure is precise.`,
  multipleComparisons: (count: string, level: string, chance: string) =>
    `Each verdict is tested on its own at ${level} % confidence, with no correction for making ${count} comparisons at once: even if every one were a tie, about ${chance} would show a gap by chance.`,
  noNVerdicts: 'Give your number of respondents: with it your score has a margin of error, and each benchmark gets a verdict (above, below, or a tie within your margin). Each row says about how many respondents would make its gap count.',
  rankRange: (best: string, worst: string) => `Given the margins of error, your rank could be anywhere from ${best} to ${worst}.`,
  rankSure: 'Your rank holds within the margins of error.',
  leadTie: (gap: string, leader: string) => `You are ${gap} above the leader, ${leader}: within the margin of error, so a tie, not a lead.`,
  leadReal: (gap: string, leader: string) => `You are ahead of the leader, ${leader}, by ${gap}: more than the margin of error.`,
  leaderTie: 'Within the margin of error: a tie at this sample size.',
  leaderReal: 'More than the margin of error: a real gap.',
  medianWithin: 'Within your margin of error.',
  medianOutside: 'More than your margin of error.',
  averagesTitle: 'Sector averages (reference, not ranked)',
  notStated: 'not stated',
  circa: 'c.',
  sectorAverage: 'Sector average',
  relation: { exact: '', below: 'below', 'at-most': 'at most', above: 'above', 'at-least': 'at least', about: 'about' } satisfies Record<Relation, string>,
  surveyType: {
    'competitive-benchmark': 'competitive benchmark',
    relationship: 'relationship',
    transactional: 'transactional',
    inferred: 'inferred (reviews, signals)',
    'self-reported': 'self-reported',
    unknown: 'unknown method',
  } satisfies Record<SurveyType, string>,
  marketNames: { GLOBAL: 'Global', EU: 'Europe' } as Record<string, string>,

  // Chart
  chartTitle: (sector: string) => `Your NPS among ${sector} companies`,
  chartSubtitle: (level: string, grade: string) => `Bar line: your ${level} % interval. Figures from sources graded ${grade}; sources on the site. NPS Atlas`,
  chartLabel: (sector: string) => `Bar chart of your NPS and the ${sector} company figures; the same numbers are in the table below.`,
  chartBoundsNote: 'Bounds (such as “below 50”) are not drawn as bars; they are in the table.',
  axisLabel: 'NPS (−100 to 100)',

  // Actions
  actionsTitle: 'Share and export',
  copyLink: 'Copy link',
  linkCopied: 'Link copied.',
  copyFailed: 'Copying is blocked here: copy the address from the address bar.',
  downloadPng: 'Download the chart (PNG)',
  downloadCsv: 'Download the results (CSV)',
  print: 'Print',
  printNote: 'Printing gives a clean page of results, chart and sources for a deck.',

  // CSV
  csv: {
    yours: 'Your score',
    benchmark: 'Benchmark',
    average: 'Sector average',
    nps: 'NPS',
    n: 'Respondents',
    promoters: 'Promoters',
    passives: 'Passives',
    detractors: 'Detractors',
    promotersShare: 'Promoters share',
    passivesShare: 'Passives share',
    detractorsShare: 'Detractors share',
    intervalLow: (level: string) => `${level} % interval low (adjusted Wald)`,
    intervalHigh: (level: string) => `${level} % interval high (adjusted Wald)`,
    intervalCenter: 'Adjusted score (interval centre)',
    margin: 'Margin of error (half-width)',
    sampleSize: (margin: string) => `Responses needed for ±${margin} points at your mix`,
    sampleSizeWorst: (margin: string) => `Responses needed for ±${margin} points, any mix`,
    target: 'Target NPS',
    morePromoters: 'More promoters needed',
    detractorsToPassives: 'Detractors to win over to passive',
    rank: 'Rank among company figures (1 = highest)',
    percentile: 'Percentile among company figures',
    medianGap: 'Gap to the median of company figures',
    leaderGap: 'Gap to the leader',
    answer: (answer: number) => `Answer ${answer}`,
    rowsSkipped: 'Rows skipped from the file',
    sector: 'Sector',
    points: 'points (−100 to 100)',
    percent: 'percent',
    respondents: 'respondents',
    position: 'position',
  },
};

export type ScoreToolStrings = typeof en;

const fr: ScoreToolStrings = {
  pageTitle: 'Comparer votre NPS à votre secteur',
  pageDescription: 'Où se situe votre Net Promoter Score (NPS, ou TNR) parmi les entreprises nommées de votre secteur, et l’écart est-il réel ? Saisissez votre score ou vos effectifs, ou lisez l’export de votre enquête ; marge d’erreur, taille d’échantillon et significativité comprises.',
  pageIntro: 'Saisissez votre Net Promoter Score (NPS, ou taux net de recommandation, TNR), vos nombres de promoteurs, passifs et détracteurs, ou le nombre de réponses pour chaque note de 0 à 10, ou lisez l’export de votre enquête. L’outil donne la marge d’erreur, classe votre score parmi les entreprises nommées du secteur choisi et indique si chaque écart est statistiquement significatif lorsque la taille d’échantillon de la référence est publiée.',
  noScript: 'L’outil de score a besoin de JavaScript pour calculer. Les chiffres auxquels il compare sont listés, avec leurs sources, sur chaque page de secteur et dans Tous les chiffres.',
  noScriptSectors: 'Pages des secteurs',
  privacy: 'Tout est calculé dans votre navigateur : rien de ce que vous saisissez ou lisez dans un fichier n’est envoyé.',
  embeddedTitle: 'Comparer votre NPS à ce secteur',
  embeddedIntro: 'Saisissez votre score ou vos effectifs pour voir votre place parmi ces entreprises, avec votre marge d’erreur.',
  openFullTool: 'Ouvrir dans l’outil de score complet',

  modeLegend: 'Votre résultat',
  modes: {
    score: 'Score NPS',
    counts: 'Promoteurs, passifs, détracteurs',
    answers: 'Chaque note de 0 à 10',
    file: 'Fichier d’enquête',
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
  embeddedFilters: 'Les références suivent les filtres de cette page (marché, type d’enquête, période, note) ; sans filtre de note, les sources notées B ou mieux sont utilisées.',
  targetLabel: 'NPS visé (facultatif)',
  confidenceLabel: 'Niveau de confiance',
  confidenceOption: (level: string) => `${level} %`,

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
        return 'Tous les effectifs sont à 0 : saisissez au moins une réponse.';
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
        return {
          mode: 'Le lien indique un mode de saisie que l’outil ne connaît pas.',
          sector: 'Ce secteur ne figure pas dans l’atlas.',
          survey: 'Type d’enquête inconnu : relationship, transactional ou competitive-benchmark. Votre type d’enquête est considéré comme non précisé.',
          grade: 'La note doit être A, B, C ou D : les sources notées B ou mieux sont utilisées en attendant.',
          market: 'Le marché doit être un code pays à deux lettres (FR, US…), GLOBAL ou « all » : le marché par défaut est utilisé en attendant.',
          type: 'Type d’enquête inconnu : les références de tous types sont utilisées en attendant.',
          confidence: 'Le niveau de confiance doit être 90, 95 ou 99 : 95 % est utilisé en attendant.',
        }[field as string] ?? 'Cette valeur n’est pas reconnue.';
    }
  },
  errorsTitle: 'Certaines valeurs sont à corriger avant d’afficher les résultats :',
  fileProblem: (problem: string) => (problem === 'empty' ? 'Le fichier ne contient aucune note de 0 à 10 à compter.' : `Les effectifs du fichier ne peuvent pas être calculés (${problem}).`),

  resultsTitle: 'Vos résultats',
  emptyResults: 'Vos résultats s’affichent ici au fil de la saisie.',
  printedFrom: (url: string, date: string) => `Outil de score NPS Atlas, ${date} : ${url}`,
  npsLabel: 'NPS',
  respondents: 'Répondants',
  sharesLabel: 'Promoteurs · passifs · détracteurs',
  promoters: 'Promoteurs',
  passives: 'Passifs',
  detractors: 'Détracteurs',
  intervalLabel: (level: string) => `Intervalle à ${level} %`,
  intervalWords: { before: 'de ', between: ' à ' },
  marginPlain: (level: string, n: string, low: string, high: string, margin: string) =>
    `Avec ${n} réponses, votre score réel se situe probablement (avec ${level} % de confiance) entre ${low} et ${high} : une marge d’erreur d’environ ±${margin} points.`,
  adjustedNote: (center: string) => `Méthode de Wald ajustée : on ajoute 0,75 détracteur, 1,5 passif et 0,75 promoteur avant le calcul ; l’intervalle est donc centré sur ${center}, pas exactement sur votre score.`,
  widestMixNote: 'Seuls le score et le nombre de répondants sont connus : l’intervalle suppose qu’il n’y a aucun passif, la répartition la plus large possible pour ce score. Saisissez vos effectifs pour l’intervalle exact.',
  noN: 'Ajoutez le nombre de répondants pour voir la marge d’erreur et tester les écarts avec les références.',
  sampleSizeTitle: 'Combien de réponses il vous faut',
  sampleSizeAtMix: (margin: string, n: string) => `±${margin} points : ${n} réponses`,
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
  rankNote: '(vous compris ; 1 = le plus haut)',
  aboveBelow: (above: string | null, below: string | null) =>
    above && below ? `Au-dessus de ${above}, en dessous de ${below}.` : above ? `Au-dessus de ${above} : le score le plus haut ici.` : below ? `En dessous de ${below} : le score le plus bas ici.` : '',
  levelWith: (names: string) => `À égalité avec ${names}.`,
  percentile: 'Centile',
  percentileNote: 'Part des chiffres d’entreprises classés qui sont sous votre score, les égalités comptant pour moitié.',
  medianGap: (gap: string, median: string, count: string) => `${gap} points par rapport à la médiane des ${count} chiffres d’entreprises classés (${median}).`,
  leaderGap: (gap: string, leader: string, value: string) => `${gap} points par rapport au leader, ${leader} (${value}).`,
  youLead: (gap: string, leader: string) => `Vous devancez le leader, ${leader}, de ${gap} points.`,
  noRanked: 'Aucun chiffre exact d’entreprise auquel comparer votre score avec ces réglages.',
  tableScrollHint: 'Faites défiler le tableau latéralement pour la période, le marché, la méthode, la note, le n et la source.',
  peersWithoutFigure: (list: string) => `Aucun chiffre avec ces réglages pour ${list}.`,
  circaN: 'env.',
  benchmarksUsed: (count: string, grade: string, market: string, years: string, type: string | null, peers: string | null) =>
    `Références utilisées : ${count} entreprises, le chiffre le plus récent de chacune, issu de sources notées ${grade} ; marché : ${market} ; années : ${years}${type ? ` ; type d’enquête : ${type}` : ''}${peers ? ` ; les entreprises choisies : ${peers}` : ''}. Les moyennes sectorielles sont données pour information, sans classement. Les bornes comme « moins de 50 » ne sont comparées que lorsque la réponse est certaine.`,
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
  typeMismatch: (yours: string, theirs: string) => `Votre score vient ${yours} ; ces références viennent d’enquêtes de type ${theirs}. Des scores issus de types d’enquête différents ne se comparent pas directement : lisez les écarts avec prudence.`,
  typeNotSaid: 'Indiquez de quel type d’enquête vient votre score pour le rapprocher de la méthode des références : les scores transactionnels, relationnels et d’études indépendantes ne se comparent pas directement.',
  unknownMethod: (count: string) => `${count} de ces chiffres viennent de sources qui ne disent pas comment ils ont été mesurés.`,
  marketsMix: (list: string) => `Ces chiffres viennent de marchés différents (${list}) ; les scores ne se comparent pas directement d’un pays à l’autre.`,
  tableCaption: (sector: string) => `Votre score et les chiffres du secteur ${sector} utilisés, avec la comparaison pour chacun`,
  colCompany: 'Entreprise',
  colNps: 'NPS',
  colPeriod: 'Période',
  colMarket: 'Marché',
  colSurveyType: 'Type d’enquête',
  colGrade: 'Note',
  colN: 'n',
  colVsYou: 'Votre score est',
  colSignificance: 'L’écart est-il réel ?',
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
    cantTellYoursWith: (n: string, gap: string) => `Impossible à dire : indiquez votre nombre de répondants (à partir d’environ ${n}, un écart de ${gap} dépasserait votre marge d’erreur)`,
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
    `Comment « L’écart est-il réel ? » est tranché, avec ${level} % de confiance : quand la taille d’échantillon d’une référence est publiée, un test à deux échantillons ; quand elle ne l’est pas (la plupart des chiffres publiés), la valeur de la référence face à votre propre intervalle. La marge d’erreur de la référence est alors inconnue : ce verdict ne tient que si ce chiffre est précis.`,
  multipleComparisons: (count: string, level: string, chance: string) =>
    `Chaque verdict est testé isolément avec ${level} % de confiance, sans correction pour les ${count} comparaisons faites à la fois : même si toutes étaient des égalités, environ ${chance} montreraient un écart par hasard.`,
  noNVerdicts: 'Indiquez votre nombre de répondants : votre score aura alors une marge d’erreur, et chaque référence un verdict (au-dessus, en dessous, ou égalité dans votre marge). Chaque ligne indique à partir de combien de répondants son écart compterait.',
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
  chartSubtitle: (level: string, grade: string) => `Trait : votre intervalle à ${level} %. Chiffres de sources notées ${grade} ; sources sur le site. NPS Atlas`,
  chartLabel: (sector: string) => `Graphique en barres de votre NPS et des chiffres des entreprises du secteur ${sector} ; les mêmes nombres figurent dans le tableau ci-dessous.`,
  chartBoundsNote: 'Les bornes (comme « moins de 50 ») ne sont pas tracées en barres ; elles figurent dans le tableau.',
  axisLabel: 'NPS (de −100 à 100)',

  actionsTitle: 'Partager et exporter',
  copyLink: 'Copier le lien',
  linkCopied: 'Lien copié.',
  copyFailed: 'La copie est bloquée ici : copiez l’adresse depuis la barre d’adresse.',
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
    intervalLow: (level: string) => `Borne basse de l’intervalle à ${level} % (Wald ajusté)`,
    intervalHigh: (level: string) => `Borne haute de l’intervalle à ${level} % (Wald ajusté)`,
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
  },
};

export const scoreToolStrings: Record<Locale, ScoreToolStrings> = { en, fr };
