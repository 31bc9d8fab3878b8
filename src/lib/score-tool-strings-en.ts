/**
 * The score tool's English strings (the /compare/ page and the tool embedded on sector pages). Each language is a
 * module of its own, so an island ships only its page's language (ScoreToolEn.tsx / ScoreToolFr.tsx); pages take
 * both from score-tool-strings.ts. Numbers arrive already formatted.
 */
import type { LeftOutReason } from './placement.ts';
import type { Relation, SurveyType } from './schema.ts';
import type { FieldError, FieldName, ToolMode, UserSurveyType } from './url-state.ts';

export const scoreToolStringsEn = {
  // Page
  pageTitle: 'Compare your NPS with your sector',
  pageDescription:
    'Where does your Net Promoter Score sit among named companies of your sector, and is the gap real? Type your score or counts, or read your survey export; margin of error, sample size and significance included.',
  pageIntro:
    'Type your Net Promoter Score, your counts of promoters, passives and detractors, or the count of each answer from 0 to 10, or read your survey export. The tool gives the margin of error, ranks your score among the named companies of the sector you choose, and says for each one whether the gap is real or within the margin of error, and on what that verdict rests.',
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
    change: 'Two waves (is the change real?)',
    csat: 'CSAT (other metric)',
    ces: 'CES (other metric)',
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
        return (
          {
            mode: 'The link names an input mode the tool doesn’t have.',
            sector: 'This sector is not in the atlas.',
            survey: 'Unknown survey type: use relationship, transactional or competitive-benchmark. Your survey type is treated as not stated.',
            grade: 'The grade must be A, B, C or D: sources graded B or better are used meanwhile.',
            market: 'The market must be a two-letter country code (FR, US…), GLOBAL or “all”: the default market is used meanwhile.',
            type: 'Unknown survey type: benchmarks of every type are used meanwhile.',
            confidence: 'The confidence level must be 90, 95 or 99: 95 % is used meanwhile.',
          }[field as string] ?? 'This value is not recognised.'
        );
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
  /** Between a label and its value: "Promoters: 50 %" (French puts a no-break space before the colon). */
  labelColon: ': ',
  /** The unit of a gap or margin, by plural form (Intl.PluralRules): "1 point", "6.4 points". */
  points: { one: 'point', other: 'points' },
  intervalLabel: (level: string) => `${level} % interval`,
  /** Words around the interval's two bounds: "+11 to +47". */
  intervalWords: { before: '', between: ' to ' },
  marginPlain: (level: string, n: string, low: string, high: string, margin: string) =>
    `With ${n} responses, your true score is probably (at ${level} % confidence) between ${low} and ${high}: a margin of error of about ±${margin} points.`,
  adjustedNote: (center: string) =>
    `Adjusted Wald method: 0.75 detractors, 1.5 passives and 0.75 promoters are added before computing, so the interval is centred on ${center}, not exactly on your score.`,
  widestMixNote:
    'Only the score and the number of respondents are known, so the interval assumes no passives, the widest mix possible for this score. Enter your counts for the exact interval.',
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
  tableScrollHint: 'Scroll the table sideways for the fieldwork, market, method, grade, n and source.',
  peersWithoutFigure: (list: string) => `No figure under these settings for ${list}.`,
  circaN: 'c.',
  benchmarksUsed: (count: string, grade: string, market: string, years: string, type: string | null, peers: string | null) =>
    `Benchmarks used: ${count} companies, one figure each (the whole company before a product or segment, then the most recent), from sources graded ${grade}; market: ${market}; years: ${years}${type ? `; survey type: ${type}` : ''}${peers ? `; the companies you chose: ${peers}` : ''}. Sector averages are shown for reference and not ranked. Bounds such as “below 50” are compared only when the answer is certain.`,
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
    restatement: 'a repeat of a figure published elsewhere',
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
  typeMismatch: (yours: string, theirs: string) =>
    `Your score comes from ${yours}; these benchmarks come from ${theirs} surveys. Scores from different survey types are not directly comparable: read the gaps with care.`,
  typeNotSaid:
    'Say which kind of survey your score comes from to check it against the benchmarks’ methods: transactional, relationship and independent benchmark scores are not directly comparable.',
  unknownMethod: (count: string) => `${count} of these figures come from sources that don’t say how they were measured.`,
  marketsMix: (list: string) => `These figures come from different markets (${list}); scores are not directly comparable across countries.`,
  tableCaption: (sector: string) => `Your score and the ${sector} figures used, with how your score compares with each`,
  colCompany: 'Company',
  colNps: 'NPS',
  colPeriod: 'Fieldwork',
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
  noNVerdicts:
    'Give your number of respondents: with it your score has a margin of error, and each benchmark gets a verdict (above, below, or a tie within your margin). Each row says about how many respondents would make its gap count.',
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
  marketNames: { GLOBAL: 'Global', EU: 'Europe' },

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
    byMonth: 'By month (from the file)',
    bySegment: 'By segment (from the file)',
    blankSegment: '(no segment)',
    otherSegments: '(other segments)',
  },
};

export type ScoreToolStrings = typeof scoreToolStringsEn;
