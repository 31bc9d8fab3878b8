/**
 * axe-core in a page, under the site's Content-Security-Policy.
 *
 * axe is injected with `page.evaluate(source)`: DevTools' Runtime.evaluate is not subject to the page's CSP, so the
 * page keeps its real policy (no bypassCSP) and axe still runs. `page.addScriptTag` would add an inline <script>,
 * which the CSP rightly blocks.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** WCAG 2.2 level AA, as axe tags it. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  /** The first few offending elements (CSS selectors) and axe's summary for the first one. */
  targets: string[];
  summary: string;
}

/** Run axe with the WCAG 2.2 AA rules on the page as it is now; returns the violations (empty when clean). */
export async function axeViolations(page: Page, context: string = 'document'): Promise<AxeViolation[]> {
  const loaded = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe !== 'undefined');
  if (!loaded) await page.evaluate(axeSource);
  return page.evaluate(
    async ({ tags, context }) => {
      type AxeResult = { violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[]; failureSummary?: string }[] }[] };
      const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<AxeResult> } }).axe;
      const target = context === 'document' ? document : context;
      // Content the browser skips (`content-visibility: auto`, off screen) has no layout for axe to measure: its
      // target-size rule then sees links piled up at one point. Render it for the check, as a reader scrolling would.
      const skipping = [...document.querySelectorAll<HTMLElement>('*')].filter((element) => getComputedStyle(element).contentVisibility === 'auto');
      for (const element of skipping) element.style.contentVisibility = 'visible';
      const result = await axe.run(target, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
      for (const element of skipping) element.style.contentVisibility = '';
      return result.violations.map((violation) => ({
        id: violation.id,
        impact: violation.impact,
        help: violation.help,
        targets: violation.nodes.slice(0, 5).map((node) => node.target.map(String).join(' ')),
        summary: (violation.nodes[0]?.failureSummary ?? '').replace(/\s+/g, ' ').slice(0, 300),
      }));
    },
    { tags: WCAG_TAGS, context },
  );
}
