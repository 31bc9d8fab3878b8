// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import { ChangeKey } from '../src/islands/ChangeKey.tsx';
import { metricModeStrings } from '../src/lib/metric-mode-strings.ts';
import { npsChange } from '../src/lib/nps-change.ts';
import { insightStrings } from '../src/lib/survey-import/insight-strings.ts';

afterEach(cleanup);

// 60/25/15 against 45/30/25: Δ 25, interval 3.0433 to 45.5003, p 0.02503 (test/nps-change.test.ts, by hand).
const change = npsChange({ promoters: 60, passives: 25, detractors: 15 }, { promoters: 45, passives: 30, detractors: 25 }, 0.95);
const hook = (id: string) => screen.getByTestId(id);

describe('ChangeKey: the difference, its interval and p, for both callers', () => {
  test('hooks carry the exact figures; the text is rounded for reading (score tool, English)', () => {
    render(
      <ChangeKey change={change} level="95%" locale="en" words={metricModeStrings.en}>
        <div data-testid="extra" />
      </ChangeKey>,
    );
    expect(Number(hook('diff-value').getAttribute('data-value'))).toBe(change.difference);
    expect(hook('diff-value').textContent).toBe('+25');
    expect(Number(hook('diff-ci-low').getAttribute('data-value'))).toBe(change.low);
    expect(hook('diff-ci-low').textContent).toBe('+3');
    expect(hook('diff-ci-high').textContent).toBe('+45.5');
    expect(hook('diff-p').textContent).toBe('0.025');
    expect(screen.getByText(metricModeStrings.en.intervalLabel('95%'), { selector: 'dt' }).tagName).toBe('DT');
    // The caller's own rows sit inside the same list.
    expect(hook('extra').closest('dl')).toBe(hook('diff-value').closest('dl'));
  });

  test('the import’s words, in French', () => {
    render(<ChangeKey change={change} level="95 %" locale="fr" words={insightStrings.fr} />);
    expect(hook('diff-ci-high').textContent).toBe('+45,5');
    expect(hook('diff-p').textContent).toBe('0,025');
    expect(screen.getByText(insightStrings.fr.differenceLabel, { selector: 'dt' }).tagName).toBe('DT');
  });
});
