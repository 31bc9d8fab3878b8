/**
 * The key figures of a change between two groups (two waves of the score tool, two groups of an imported file):
 * the difference, its interval at the chosen level and the p-value, with their e2e hooks (`diff-value`,
 * `diff-ci-low`, `diff-ci-high`, `diff-p`). What differs between the two callers (group scores, sample size)
 * comes in as children, inside the same list.
 */
import type { ReactNode } from 'react';
import { formatNps, formatPValue } from '../lib/format.ts';
import type { Locale } from '../lib/i18n.ts';
import type { NpsChange } from '../lib/nps-change.ts';

export interface ChangeKeyWords {
  differenceLabel: string;
  intervalLabel: (level: string) => string;
  intervalWords: { before: string; between: string };
  pValueLabel: string;
}

export interface ChangeKeyProps {
  change: Pick<NpsChange, 'difference' | 'low' | 'high' | 'pValue'>;
  /** The confidence level as shown ("95 %"). */
  level: string;
  locale: Locale;
  words: ChangeKeyWords;
  children?: ReactNode;
}

export function ChangeKey({ change, level, locale, words, children }: ChangeKeyProps) {
  const nps = (value: number) => formatNps(value, locale);
  return (
    <dl className="st-key">
      <div className="st-key-main">
        <dt>{words.differenceLabel}</dt>
        <dd>
          <strong data-testid="diff-value" data-value={String(change.difference)}>
            {nps(change.difference)}
          </strong>
        </dd>
      </div>
      <div>
        <dt>{words.intervalLabel(level)}</dt>
        <dd>
          {words.intervalWords.before}
          <span data-testid="diff-ci-low" data-value={String(change.low)}>
            {nps(change.low)}
          </span>
          {words.intervalWords.between}
          <span data-testid="diff-ci-high" data-value={String(change.high)}>
            {nps(change.high)}
          </span>
        </dd>
      </div>
      <div>
        <dt>{words.pValueLabel}</dt>
        <dd data-testid="diff-p" data-value={String(change.pValue)}>
          {formatPValue(change.pValue, locale)}
        </dd>
      </div>
      {children}
    </dl>
  );
}
