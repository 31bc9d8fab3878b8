/**
 * The site pages carry the data: every figure of a sector on its page, every figure of a company on
 * its page, each with its source one click away, in English and in French. Pages are rendered with
 * Astro's Container API from the real dataset (read-only), then parsed with jsdom's DOMParser.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import reactRenderer from '@astrojs/react/server.js';
import { JSDOM } from 'jsdom';
import { beforeAll, describe, expect, test } from 'vitest';
import CompanyPage from '../src/components/pages/CompanyPage.astro';
import HomePage from '../src/components/pages/HomePage.astro';
import MethodologyPage from '../src/components/pages/MethodologyPage.astro';
import { cesFromCounts, csatFromCounts } from '../src/lib/csat-ces.ts';
import { formatNps, formatPercent } from '../src/lib/format.ts';
import { npsChange } from '../src/lib/nps-change.ts';
import SectorPage from '../src/components/pages/SectorPage.astro';
import SourcesPage from '../src/components/pages/SourcesPage.astro';
import { getData } from '../src/data/load-dataset.ts';
import type { Locale } from '../src/lib/i18n.ts';

const data = getData();
const LOCALES: Locale[] = ['en', 'fr'];
const prefix = (locale: Locale) => (locale === 'fr' ? '/fr' : '');
const sourceById = new Map(data.sources.map((s) => [s.id, s]));
const companyById = new Map(data.companies.map((c) => [c.id, c]));
const sectorOf = (o: (typeof data.observations)[number]) => (o.company ? companyById.get(o.company)?.sector : o.sector);

let container: AstroContainer;
// One jsdom window and its DOMParser for every page (the Astro container needs the node environment).
const parser = new new JSDOM('').window.DOMParser();
beforeAll(async () => {
  // The site's own `client:interaction` (astro.config.mjs) must be known to the container too; the directives'
  // browser scripts don't run here, so each is a comment.
  const clientDirectives = new Map(['idle', 'load', 'media', 'only', 'visible', 'interaction'].map((name) => [name, '/* not run in tests */']));
  container = await AstroContainer.create({ manifest: { clientDirectives } as unknown as NonNullable<Parameters<typeof AstroContainer.create>[0]>['manifest'] });
  container.addServerRenderer({ renderer: reactRenderer });
  container.addClientRenderer({ name: '@astrojs/react', entrypoint: '@astrojs/react/client.js' });
});

async function render(component: Parameters<AstroContainer['renderToString']>[0], props: Record<string, unknown>, path: string): Promise<Document> {
  const html = await container.renderToString(component, { props, request: new Request(`http://localhost${path}`) });
  return parser.parseFromString(html, 'text/html');
}

/** The href a figure's source link must have: the source's own URL, or its entry on the Sources page. */
const expectedSourceHref = (sourceId: string, locale: Locale) => sourceById.get(sourceId)?.url ?? `${prefix(locale)}/sources/#source-${sourceId}`;

/** The busiest pages (banking: 100+ figures) take seconds to render on a loaded 2-core machine; nothing here is timed. */
const RENDER_TIMEOUT = 30_000;

/** Links with exactly this href; jsdom's selector engine misreads some URLs (a `:` inside the query) in `a[href="…"]`. */
const linksTo = (root: ParentNode | null | undefined, href: string) => [...(root?.querySelectorAll('a') ?? [])].filter((a) => a.getAttribute('href') === href);

describe.each(LOCALES)('sector pages (%s)', (locale) => {
  test.each(data.sectors.map((s) => s.id))(
    '%s lists every figure of the sector with its source link, and links every company',
    async (sectorId) => {
      const doc = await render(SectorPage, { locale, sectorId }, `${prefix(locale)}/sectors/${sectorId}/`);
      expect(doc.documentElement.lang).toBe(locale);
      const figures = data.observations.filter((o) => sectorOf(o) === sectorId);
      const rows = [...doc.querySelectorAll('[data-testid="sector-table"] tr[data-figure]')];
      expect(rows.map((r) => r.getAttribute('data-figure')).sort()).toEqual(figures.map((o) => o.id).sort());
      const rowById = new Map(rows.map((r) => [r.getAttribute('data-figure'), r]));
      for (const o of figures) {
        const row = rowById.get(o.id);
        expect(row?.querySelector('a.source-link')?.getAttribute('href'), o.id).toBe(expectedSourceHref(o.source, locale));
        expect(row?.querySelector('[data-value]')?.getAttribute('data-value'), o.id).toBe(String(o.nps));
        expect(row?.querySelector('[data-value]')?.getAttribute('data-relation'), o.id).toBe(o.relation);
        if (o.company) expect(row?.querySelector(`a[href="${prefix(locale)}/companies/${o.company}/"]`), o.id).not.toBeNull();
      }
      for (const company of data.companies.filter((c) => c.sector === sectorId)) {
        expect(doc.querySelector(`main a[href="${prefix(locale)}/companies/${company.id}/"]`)?.textContent, company.id).toBe(company.name);
      }
    },
    RENDER_TIMEOUT,
  );
});

describe.each(LOCALES)('company pages (%s)', (locale) => {
  test.each(data.companies.map((c) => c.id))('%s lists every figure of the company with its source link', async (companyId) => {
    const doc = await render(CompanyPage, { locale, companyId }, `${prefix(locale)}/companies/${companyId}/`);
    const company = companyById.get(companyId);
    expect(doc.querySelector('h1')?.textContent).toContain(company?.name);
    const figures = data.observations.filter((o) => o.company === companyId);
    const rows = [...doc.querySelectorAll('[data-testid="company-table"] tr[data-figure]')];
    expect(rows.map((r) => r.getAttribute('data-figure')).sort()).toEqual(figures.map((o) => o.id).sort());
    for (const o of figures) {
      expect(doc.querySelector(`tr[data-figure="${o.id}"] a.source-link`)?.getAttribute('href'), o.id).toBe(expectedSourceHref(o.source, locale));
    }
    const peers = data.companies.filter((c) => c.sector === company?.sector && c.id !== companyId);
    for (const peer of peers) expect(doc.querySelector(`a[href="${prefix(locale)}/companies/${peer.id}/"]`), peer.id).not.toBeNull();
  });
});

describe('seed figures of the founding articles', () => {
  const seeds = [
    { company: 'tesla', values: ['97', '96'] },
    { company: 'apple', values: ['72'] },
    { company: 'amazon', values: ['69'] },
    { company: 'netflix', values: ['68'] },
    { company: 'orange', values: ['35'] },
    { company: 'free', values: ['29'] },
    { company: 'sequra', values: ['89'] },
  ];
  test.each(LOCALES.flatMap((locale) => seeds.map((seed) => ({ locale, ...seed }))))(
    '$company ($locale): each seed value is on the sector page and the company page, with a source link',
    async ({ locale, company, values }) => {
      const sector = companyById.get(company)?.sector as string;
      const sectorDoc = await render(SectorPage, { locale, sectorId: sector }, `${prefix(locale)}/sectors/${sector}/`);
      const companyDoc = await render(CompanyPage, { locale, companyId: company }, `${prefix(locale)}/companies/${company}/`);
      for (const doc of [sectorDoc, companyDoc]) {
        for (const value of values) {
          const seedRows = [...doc.querySelectorAll('tr[data-figure]')].filter(
            (row) =>
              row.querySelector('[data-value]')?.getAttribute('data-value') === value &&
              data.observations.find((o) => o.id === row.getAttribute('data-figure'))?.research_ref.startsWith('seed-'),
          );
          expect(seedRows.length, `${company} ${value}`).toBeGreaterThan(0);
          for (const row of seedRows) expect(row.querySelector('a.source-link')?.getAttribute('href')).toBeTruthy();
        }
      }
    },
  );

  test.each(LOCALES)('the banks bound (%s) shows as a bound, never as a value', async (locale) => {
    const doc = await render(SectorPage, { locale, sectorId: 'banking' }, `${prefix(locale)}/sectors/banking/`);
    const row = doc.querySelector('tr[data-figure="banking-seed-fr-below-50"]');
    expect(row?.querySelector('[data-relation]')?.getAttribute('data-relation')).toBe('below');
    expect(row?.querySelector('.figure')?.textContent).toBe(locale === 'fr' ? 'moins de +50' : 'below +50');
    expect(row?.querySelector('[data-badge="bound"]')).not.toBeNull();
    // The audit (../shared/research/nps-data-2.md) traced "banks below 50" to the seQura article.
    expect(row?.querySelector('a.source-link')?.getAttribute('href')).toBe(expectedSourceHref('seed-fr-sequra-interview', locale));
  });
});

describe('Tesla’s conflicting figures are explained from the data', () => {
  test.each(LOCALES)('%s', async (locale) => {
    const doc = await render(CompanyPage, { locale, companyId: 'tesla' }, `${prefix(locale)}/companies/tesla/`);
    const conflict = doc.querySelector('[data-testid="conflict"]');
    const text = conflict?.textContent ?? '';
    expect(text).toContain('+97');
    expect(text).toContain('+96');
    // Every Tesla measurement in the group is listed with its publisher; a repeat of one is neither agreement nor disagreement.
    const tesla = data.observations.filter((x) => x.company === 'tesla');
    for (const o of tesla.filter((x) => !x.restates)) {
      const publisher = sourceById.get(o.source)?.publisher as string;
      expect(text).toContain(publisher);
      expect(conflict?.querySelector(`a[href="#figure-${o.id}"]`), o.id).not.toBeNull();
    }
    for (const o of tesla.filter((x) => x.restates)) expect(conflict?.querySelector(`a[href="#figure-${o.id}"]`), o.id).toBeNull();
    expect(doc.querySelectorAll('[data-badge="conflict"]').length).toBe(tesla.filter((x) => !x.restates).length);
    expect(doc.querySelectorAll('[data-badge="repeat"]').length).toBe(tesla.filter((x) => x.restates).length);
  });
});

describe.each(LOCALES)('Apple 72 is one measurement (%s)', (locale) => {
  test('the consumer technology page counts it once and names the publications that repeated it', async () => {
    const doc = await render(SectorPage, { locale, sectorId: 'consumer-tech' }, `${prefix(locale)}/sectors/consumer-tech/`);
    const apple72 = data.observations.filter((o) => o.company === 'apple' && o.nps === 72 && o.relation === 'exact');
    const [original, ...others] = [apple72.filter((o) => !o.restates), apple72.filter((o) => o.restates)];
    expect(original).toHaveLength(1);
    expect(others.flat().length).toBeGreaterThanOrEqual(2);
    const originalRow = doc.querySelector(`tr[data-figure="${original[0]!.id}"]`);
    const also = originalRow?.querySelector('[data-testid="also-reported"]');
    for (const o of others.flat()) {
      const source = sourceById.get(o.source)!;
      expect(also?.textContent, o.id).toContain(source.publisher ?? source.title);
      expect(also?.querySelector(`a[href="${expectedSourceHref(source.id, locale)}"]`), o.id).not.toBeNull();
      const repeat = doc.querySelector(`tr[data-figure="${o.id}"] [data-testid="repeat-of"] a`);
      expect(repeat?.getAttribute('href')).toBe(`${prefix(locale)}/companies/apple/#figure-${original[0]!.id}`);
    }
    // The headline counts every exact consumer B-or-better measurement of the sector once: no repeat among them.
    const counted = data.observations.filter(
      (o) =>
        o.company && sectorOf(o) === 'consumer-tech' && o.relation === 'exact' && !o.restates && o.audience !== 'business' && ['A', 'B'].includes(sourceById.get(o.source)!.grade),
    );
    const note = doc.querySelector('[data-testid="sector-headline-note"]')?.textContent ?? '';
    expect(note).toContain(locale === 'fr' ? `de ${counted.length} chiffres exacts` : `of ${counted.length} exact company figures`);
    expect(note).toContain(locale === 'fr' ? 'reprises de chiffres publiés ailleurs' : 'repeats of figures published elsewhere');
  });
});

describe.each(LOCALES)('home page (%s)', (locale) => {
  test('links every sector and every company, and shows each sector’s range from its exact consumer company figures graded B or better, repeats counted once', async () => {
    const doc = await render(HomePage, { locale }, `${prefix(locale)}/`);
    for (const sector of data.sectors) {
      const card = doc.querySelector(`[data-sector="${sector.id}"]`);
      expect(card?.querySelector(`a[href="${prefix(locale)}/sectors/${sector.id}/"]`)?.textContent).toBe(locale === 'fr' ? sector.name_fr : sector.name_en);
      const companyRows = data.observations.filter((o) => o.company && companyById.get(o.company)?.sector === sector.id);
      const graded = (o: (typeof data.observations)[number]) => ['A', 'B'].includes(sourceById.get(o.source)?.grade ?? '');
      const exact = companyRows.filter((o) => o.relation === 'exact' && !o.restates && o.audience !== 'business' && graded(o)).map((o) => o.nps);
      const note = card?.querySelector('[data-testid="card-headline-note"]')?.textContent ?? '';
      if (exact.length > 0) {
        const text = card?.querySelector('.facts dd')?.textContent ?? '';
        const number = (v: number) => new Intl.NumberFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', { maximumFractionDigits: 1 }).format(Math.abs(v));
        expect(text).toContain(number(Math.min(...exact)));
        expect(text).toContain(number(Math.max(...exact)));
        expect(note).toContain(locale === 'fr' ? (exact.length === 1 ? 'noté B ou mieux' : 'notés B ou mieux') : 'graded B or better');
        // One figure counted: that figure and its company, never a range or a median of one number.
        const single = card?.querySelector('[data-testid="card-single"]');
        expect(card?.querySelector('[data-testid="card-median"]') === null, sector.id).toBe(exact.length === 1);
        expect(single === null, sector.id).toBe(exact.length !== 1);
        if (exact.length === 1) {
          const only = companyRows.find((o) => o.relation === 'exact' && !o.restates && o.audience !== 'business' && graded(o))!;
          expect(single?.textContent, sector.id).toContain(companyById.get(only.company!)!.name);
          expect(single?.textContent, sector.id).toContain(`${locale === 'fr' ? 'note' : 'grade'} ${sourceById.get(only.source)!.grade}`);
        }
      } else {
        expect(card?.querySelector('.facts dd'), sector.id).toBeNull();
        // Only C or D figures: the card says so instead of giving a median.
        if (companyRows.some((o) => o.relation === 'exact' && !o.restates && o.audience !== 'business'))
          expect(note, sector.id).toContain(locale === 'fr' ? 'Seulement des chiffres notés' : 'Only figures graded');
      }
    }
    const listed = [...doc.querySelectorAll('[data-testid="company-list"] a')].map((a) => a.getAttribute('href'));
    expect(listed.sort()).toEqual(data.companies.map((c) => `${prefix(locale)}/companies/${c.id}/`).sort());
    expect(doc.querySelector(`a[href="${prefix(locale)}/compare/"][data-testid="compare-link"]`)).not.toBeNull();
  });
});

describe.each(LOCALES)('sources page (%s)', (locale) => {
  test(
    'lists every source with its grade and links each figure it supports',
    async () => {
      const doc = await render(SourcesPage, { locale }, `${prefix(locale)}/sources/`);
      for (const source of data.sources) {
        const entry = doc.getElementById(`source-${source.id}`);
        expect(entry, source.id).not.toBeNull();
        expect(entry?.querySelector('.grade')?.textContent).toBe(source.grade);
        if (source.url) expect(linksTo(entry, source.url).length, source.id).toBeGreaterThan(0);
        if (source.cites) expect(entry?.textContent).toContain(source.cites);
        const figures = data.observations.filter((o) => o.source === source.id);
        expect(entry?.querySelectorAll('.source-figures a').length, source.id).toBe(figures.length);
        for (const o of figures) expect(entry?.querySelector(`.source-figures a[href$="#figure-${o.id}"]`), o.id).not.toBeNull();
      }
    },
    RENDER_TIMEOUT,
  );
});

describe.each(LOCALES)('methodology page (%s)', (locale) => {
  test('explains the computation with passives in the denominator, TNR, the kinds of NPS, CSAT/CES and the grades', async () => {
    const doc = await render(MethodologyPage, { locale }, `${prefix(locale)}/methodology/`);
    const text = doc.querySelector('main')?.textContent ?? '';
    expect(text).toContain('TNR');
    expect(text).toContain('CSAT');
    expect(text).toContain('CES');
    // 50 promoters, 30 passives, 20 detractors: +30, not +42.9 (passives dropped).
    expect(text).toContain('+30');
    expect(text).toContain(locale === 'fr' ? '+42,9' : '+42.9');
    for (const id of ['computing', 'kinds', 'self', 'margin', 'csat-ces', 'grades', 'types']) expect(doc.getElementById(id), id).not.toBeNull();
    expect(doc.querySelectorAll('.grade-list .grade').length).toBe(4);
  });

  test('worked examples of a change, CSAT and CES come from the score tool’s modules (nps-change, csat-ces)', async () => {
    const doc = await render(MethodologyPage, { locale }, `${prefix(locale)}/methodology/`);
    // Spaces of every kind (French no-break spaces included) compared as one space.
    const spaced = (value: string) => value.replace(/\s+/g, ' ');
    const text = spaced(doc.querySelector('main')?.textContent ?? '');
    const change = npsChange({ promoters: 1500, passives: 900, detractors: 600 }, { promoters: 1380, passives: 960, detractors: 660 });
    expect(text).toContain(spaced(`${formatNps(change.low, locale)} ${locale === 'fr' ? 'à' : 'to'} ${formatNps(change.high, locale)}`));
    const csat = csatFromCounts([5, 10, 20, 40, 25]);
    expect(text).toContain(spaced(`${formatPercent(csat.interval.low, locale)} ${locale === 'fr' ? 'à' : 'to'} ${formatPercent(csat.interval.high, locale)}`));
    const ces = cesFromCounts([2, 3, 5, 10, 20, 7, 3]);
    expect(text).toContain(locale === 'fr' ? `moyenne ${String(ces.mean).replace('.', ',')}` : `mean ${ces.mean}`);
    expect(doc.getElementById('change')).not.toBeNull();
  });
});
