/** The English words of the score tool's change, CSAT and CES modes (what each one is: metric-mode-strings.ts). */
import type { MetricModeStrings } from './metric-mode-strings.ts';

export const metricModeStringsEn: MetricModeStrings = {
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
