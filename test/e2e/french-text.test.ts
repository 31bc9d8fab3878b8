/**
 * Every built French page, read as text: French typography and no English UI word outside `lang="en"` (the rules
 * and the names left aside are in test/support/french-text.ts).
 */
import { describe, expect, inject, test } from 'vitest';
import { builtPages, readPage } from '../support/built-pages.ts';
import { ENGLISH, frenchFaults, frenchTexts, typographyFaults, withoutNames } from '../support/french-text.ts';

const distDir = inject('distDir');
const frenchPages = builtPages(distDir).filter((p) => p.locale === 'fr');

describe('French pages: typography and language', () => {
  // Read once for both checks: 180-odd pages.
  const faults = new Map<string, ReturnType<typeof frenchFaults>>();
  const faultsOf = (page: (typeof frenchPages)[number]) => {
    if (!faults.has(page.path)) faults.set(page.path, frenchFaults(readPage(page), page.path));
    return faults.get(page.path)!;
  };

  test('the build has French pages of every type', () => {
    expect(new Set(frenchPages.map((p) => p.type))).toEqual(new Set(['home', 'sector', 'company', 'compare', 'figures', 'methodology', 'sources']));
  });

  test('no breaking space (and no missing space) before : ; ! ? % or inside « » on any French page', () => {
    const found = frenchPages.flatMap((page) => faultsOf(page).typography);
    expect(found.slice(0, 100), `${found.length} faults`).toEqual([]);
  });

  test('no English word outside lang="en" on any French page (names and source titles aside)', () => {
    const found = frenchPages.flatMap((page) => faultsOf(page).english);
    expect(found.slice(0, 100), `${found.length} English words`).toEqual([]);
  });

  test('the checks catch what they are for', () => {
    expect(typographyFaults('Note : A')).toHaveLength(1);
    expect(typographyFaults('95 %')).toHaveLength(1);
    expect(typographyFaults('95%')).toHaveLength(1);
    expect(typographyFaults('« borne »')).toHaveLength(2);
    expect(typographyFaults('Note\u00a0: A\u00a0; 95\u202f% «\u00a0x\u00a0» https://x.fr/a?b=1 12:30')).toEqual([]);
    expect(frenchTexts('<html lang="fr"><body><p>Voir <span lang="en">the report</span></p><script>a : b</script></body></html>')).toEqual(['Voir ']);
    expect([...withoutNames('Chiffres de Bank of America').matchAll(ENGLISH)]).toEqual([]);
  });
});
