/**
 * The score tool's two-wave, CSAT and CES modes in Chromium: links that compute at once (English and French),
 * typed inputs, bad link values with their message beside the field, and the link following the inputs.
 * Expected numbers come from src/lib/nps-change.ts and src/lib/csat-ces.ts (themselves tested against values
 * computed independently in test/nps-change.test.ts and test/csat-ces.test.ts).
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { cesFromCounts, csatFromCounts } from '../../src/lib/csat-ces.ts';
import { npsChange, sampleSizePerGroupForChange } from '../../src/lib/nps-change.ts';
import { axeViolations } from '../support/axe.ts';
import { useChromium } from '../support/chromium.ts';
import { openPage } from '../support/page.ts';

const baseUrl = inject('baseUrl');
const browser = useChromium();

async function waitForHook(page: Page, id: string): Promise<number> {
  const element = page.locator(`[data-testid="${id}"]`).first();
  await element.waitFor({ state: 'attached', timeout: 15_000 });
  const value = await element.getAttribute('data-value');
  if (value === null) throw new Error(`${id} has no data-value`);
  return Number(value);
}

const A = { promoters: 1500, passives: 900, detractors: 600 };
const B = { promoters: 1380, passives: 960, detractors: 660 };
const CHANGE_LINK = '?mode=change&a=1500,900,600&b=1380,960,660';

describe('two-wave mode', () => {
  test('the link computes at once: difference, interval, verdict, sample size (English)', async () => {
    const { page, errors } = await openPage(browser(), `${baseUrl}/compare/${CHANGE_LINK}`);
    const expected = npsChange(A, B);
    expect(await waitForHook(page, 'diff-value')).toBe(expected.difference);
    expect(await waitForHook(page, 'diff-ci-low')).toBe(expected.low);
    expect(await waitForHook(page, 'diff-ci-high')).toBe(expected.high);
    expect(await waitForHook(page, 'diff-sample-size')).toBe(sampleSizePerGroupForChange(5, { kind: 'observed', a: A, b: B }));
    expect(await page.getByTestId('diff-verdict').textContent()).toBe('Up 6\u00a0points, more than chance would give');
    expect(await page.getByTestId('mode-change').isChecked()).toBe(true);
    // No benchmark placement in this mode.
    expect(await page.getByTestId('input-sector').isVisible()).toBe(false);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('French page: same numbers, French verdict; a small sample is called noise', async () => {
    const { page, errors } = await openPage(browser(), `${baseUrl}/fr/compare/?mode=change&a=60,25,15&b=50,30,20&detect=10`);
    const expected = npsChange({ promoters: 60, passives: 25, detractors: 15 }, { promoters: 50, passives: 30, detractors: 20 });
    expect(await waitForHook(page, 'diff-value')).toBe(expected.difference);
    expect(await waitForHook(page, 'diff-ci-low')).toBe(expected.low);
    expect(await waitForHook(page, 'diff-ci-high')).toBe(expected.high);
    expect(await waitForHook(page, 'diff-sample-size')).toBe(912);
    expect(await page.getByTestId('diff-verdict').textContent()).toBe(
      'En hausse de 15\u00a0points, mais un écart de cette taille peut n’être que du bruit avec ces tailles d’échantillon',
    );
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('typing both waves computes and writes the link; leaving the mode takes its parameters out', async () => {
    const { page, errors } = await openPage(browser(), `${baseUrl}/compare/`);
    await page.getByTestId('mode-change').check();
    const values = ['1500', '900', '600', '1380', '960', '660'];
    for (const [i, value] of values.entries()) await page.getByTestId(`input-${i < 3 ? 'a' : 'b'}-${i % 3}`).fill(value);
    expect(await waitForHook(page, 'diff-value')).toBe(npsChange(A, B).difference);
    const query = () => Object.fromEntries(new URL(page.url()).searchParams);
    await expect.poll(query).toEqual({ mode: 'change', a: '1500,900,600', b: '1380,960,660' });
    await page.getByTestId('mode-score').check();
    await expect.poll(() => new URL(page.url()).search).toBe('');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('bad link values: a message beside each field, no result, no NaN (English and French)', async () => {
    const { page, errors } = await openPage(browser(), `${baseUrl}/compare/?mode=change&a=1.5,x,3&b=0,0,0`);
    await page.getByTestId('input-a-0').waitFor();
    expect(await page.locator('#st-change-a-0-error').textContent()).toBe('A count must be a whole number.');
    expect(await page.locator('#st-change-a-1-error').textContent()).toBe('Not a number.');
    expect(await page.locator('#st-change-b-error').textContent()).toBe('This wave has no respondents: type at least one count.');
    expect(await page.getByTestId('input-a-0').getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByTestId('diff-value').count()).toBe(0);
    expect(await page.locator('body').textContent()).not.toContain('NaN');
    await page.context().close();

    const fr = await openPage(browser(), `${baseUrl}/fr/compare/?mode=change&a=10,5&b=1,2,3`);
    await fr.page.getByTestId('input-a-0').waitFor();
    expect(await fr.page.locator('#st-change-a-error').textContent()).toBe('Le lien contient 2 effectifs\u00a0; il en faut 3.');
    expect(errors.concat(fr.errors)).toEqual([]);
    await fr.page.context().close();
  });
});

describe('CSAT and CES modes', () => {
  test('CSAT link computes at once with its Wilson interval, labelled as another metric (English and French)', async () => {
    const expected = csatFromCounts([5, 10, 20, 40, 25]);
    for (const path of ['/compare/', '/fr/compare/']) {
      const { page, errors } = await openPage(browser(), `${baseUrl}${path}?mode=csat&csat=5,10,20,40,25`);
      expect(await waitForHook(page, 'csat-value')).toBe(65);
      expect(await waitForHook(page, 'csat-ci-low')).toBe(expected.interval.low);
      expect(await waitForHook(page, 'csat-ci-high')).toBe(expected.interval.high);
      expect(await page.getByTestId('other-metric-note').textContent()).toContain(
        path === '/compare/' ? 'never placed against the NPS benchmarks' : 'jamais placé parmi les références NPS',
      );
      expect(await page.getByTestId('nps-value').count()).toBe(0);
      expect(errors).toEqual([]);
      await page.context().close();
    }
  });

  test('CES links on 1–7 and 1–5 compute at once with a t interval; a wrong length is reported beside the answers', async () => {
    const seven = cesFromCounts([2, 3, 5, 10, 20, 7, 3]);
    const { page, errors } = await openPage(browser(), `${baseUrl}/compare/?mode=ces&ces=2,3,5,10,20,7,3`);
    expect(await waitForHook(page, 'ces-value')).toBe(seven.mean);
    expect(await waitForHook(page, 'ces-ci-low')).toBe(seven.interval!.low);
    expect(await waitForHook(page, 'ces-ci-high')).toBe(seven.interval!.high);
    expect(await page.getByTestId('input-ces-scale').inputValue()).toBe('7');
    await page.context().close();

    const fr = await openPage(browser(), `${baseUrl}/fr/compare/?mode=ces&ces=0,1,4,3,2`);
    expect(await waitForHook(fr.page, 'ces-value')).toBe(cesFromCounts([0, 1, 4, 3, 2]).mean);
    expect(await fr.page.getByTestId('input-ces-scale').inputValue()).toBe('5');
    await fr.page.context().close();

    const bad = await openPage(browser(), `${baseUrl}/compare/?mode=ces&ces=1,2,3,4,5,6`);
    await bad.page.getByTestId('input-ces-0').waitFor();
    expect(await bad.page.locator('#st-ces-ces-error').textContent()).toBe('The link has 6 counts; a CES needs 7 (answers 1 to 7) or 5 (answers 1 to 5).');
    expect(await bad.page.getByTestId('ces-value').count()).toBe(0);
    expect(errors.concat(fr.errors, bad.errors)).toEqual([]);
    await bad.page.context().close();
  });
});

describe('accessibility of the three modes (axe, WCAG 2.2 AA)', () => {
  test('results and error states in English and French have no violation', async () => {
    const states = [
      `/compare/${CHANGE_LINK}`,
      '/fr/compare/?mode=change&a=1.5,x,3&b=0,0,0',
      '/compare/?mode=csat&csat=5,10,20,40,25',
      '/fr/compare/?mode=ces&ces=2,3,5,10,20,7,3',
      '/compare/?mode=ces&ces=1,2,3,4,5,6',
    ];
    for (const state of states) {
      const { page, errors } = await openPage(browser(), `${baseUrl}${state}`);
      await page.locator('[data-testid^="metric-"]').first().waitFor({ timeout: 15_000 });
      expect(await axeViolations(page), state).toEqual([]);
      expect(errors, state).toEqual([]);
      await page.context().close();
    }
  });
});
