import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { chartKitStrings } from '../src/lib/chart-kit/strings.ts';
import { formatQuantity } from '../src/lib/format.ts';
import { de } from '../src/lib/french-words.ts';
import {
  countPhrase,
  DEFAULT_LOCALE,
  LANGUAGES,
  type Locale,
  LOCALES,
  LOCALE_TAGS,
  localeFromPath,
  localeOf,
  localePath,
  plural,
  pluralCategory,
  switchLocalePath,
  unprefixedPath,
} from '../src/lib/i18n.ts';
import { metricModeStrings } from '../src/lib/metric-mode-strings.ts';
import { ObservationSchema, SectorSchema } from '../src/lib/schema.ts';
import { scoreToolStrings } from '../src/lib/score-tool-strings.ts';
import { insightStrings } from '../src/lib/survey-import/insight-strings.ts';
import { importStrings } from '../src/lib/survey-import/strings.ts';
import { workbenchStrings } from '../src/lib/survey-import/workbench-strings.ts';
import { type UiStrings, ui } from '../src/lib/ui-strings.ts';

/** Every strings table of the site: each must hold every language of the table in src/lib/i18n.ts. */
const TABLES: Record<string, Record<Locale, object>> = { ui, scoreToolStrings, importStrings, workbenchStrings, insightStrings, metricModeStrings, chartKitStrings };

const ROOT = join(import.meta.dirname, '..');

/** Every text a strings object can produce: plain strings, and functions called with sample arguments. */
function texts(value: unknown, path: string, out: [string, string][] = []): [string, string][] {
  if (typeof value === 'string') out.push([path, value]);
  else if (typeof value === 'function') {
    const fn = value as (...args: unknown[]) => unknown;
    // Sample arguments that read as text, and as a list where a function joins its argument.
    const arg = (text: string) => Object.assign(new String(text), { join: () => text, map: () => [text] });
    const sample = path.endsWith('.error') ? [{ field: 'grade', code: 'unknown-value', count: 3, index: 2, value: 'X' }, 7] : ['A', 'B', 'C', 'D', 'E', 'F'].map(arg);
    let result: unknown;
    try {
      result = fn(...sample);
    } catch (error) {
      result = `(cannot be called with sample arguments: ${String(error)})`;
    }
    texts(result, `${path}()`, out);
  } else if (Array.isArray(value)) value.forEach((item, i) => texts(item, `${path}[${i}]`, out));
  else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) texts(item, `${path}.${key}`, out);
  return out;
}

/** Page routes of a folder (relative, `.astro` and `.ts` files), other languages' folders left out. */
function routes(folder: string, skip: readonly string[]): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!skip.includes(relative(folder, full))) walk(full);
      } else if (/\.astro$/.test(entry.name)) out.push(relative(folder, full));
    }
  };
  walk(folder);
  return out.sort();
}

describe('the language table', () => {
  test('the default language comes first, has no prefix; every other has /<code>', () => {
    expect(LOCALES[0]).toBe(DEFAULT_LOCALE);
    for (const locale of LOCALES) expect(LANGUAGES[locale].prefix).toBe(locale === DEFAULT_LOCALE ? '' : `/${locale}`);
  });

  test('every language has a BCP 47 tag of its own language that Intl supports, an Open Graph locale and a name', () => {
    for (const locale of LOCALES) {
      const { tag, ogLocale, name } = LANGUAGES[locale];
      expect(Intl.getCanonicalLocales(tag)).toEqual([tag]);
      expect(new Intl.Locale(tag).language).toBe(locale);
      expect(Intl.NumberFormat.supportedLocalesOf([tag])).toEqual([tag]);
      expect(Intl.PluralRules.supportedLocalesOf([tag])).toEqual([tag]);
      expect(ogLocale).toBe(tag.replace('-', '_'));
      expect(name.length).toBeGreaterThan(1);
      expect(LOCALE_TAGS[locale]).toBe(tag);
    }
  });

  test('every strings table holds every language, with the same keys and texts as the default language', () => {
    for (const [name, table] of Object.entries(TABLES)) {
      expect(Object.keys(table).sort(), name).toEqual([...LOCALES].sort());
      const reference = texts(table[DEFAULT_LOCALE], name).map(([path]) => path);
      for (const locale of LOCALES)
        expect(
          texts(table[locale], name).map(([path]) => path),
          `${name}.${locale}`,
        ).toEqual(reference);
    }
  });

  test('no long text of another language is left in the default language', () => {
    for (const [name, table] of Object.entries(TABLES)) {
      const reference = new Map(texts(table[DEFAULT_LOCALE], name));
      for (const locale of LOCALES.filter((l) => l !== DEFAULT_LOCALE)) {
        const same = texts(table[locale], name).filter(([path, text]) => text.length > 30 && reference.get(path) === text);
        expect(
          same.map(([path]) => path),
          `${name}.${locale}`,
        ).toEqual([]);
      }
    }
  });

  test('French strings: a no-break space, never an ordinary one, before : ; ! ? and %, and inside « »', () => {
    for (const [name, table] of Object.entries(TABLES)) {
      const bad = texts(table.fr, name).filter(([, text]) => /[ \t\n][:;!?%]|«[ \t\n]|[ \t\n]»/.test(text));
      expect(bad, name).toEqual([]);
    }
  });

  test('every language has a route for each page, its island wrapper and its data columns', () => {
    const pages = join(ROOT, 'src/pages');
    const prefixed = LOCALES.filter((l) => l !== DEFAULT_LOCALE).map((l) => LANGUAGES[l].prefix.slice(1));
    const defaultRoutes = routes(pages, prefixed).filter((route) => route !== '404.astro');
    expect(defaultRoutes.length).toBeGreaterThan(5);
    for (const locale of LOCALES) {
      const folder = join(pages, LANGUAGES[locale].prefix);
      expect(routes(folder, prefixed), locale).toEqual(expect.arrayContaining(defaultRoutes));
      const wrapper = `ScoreTool${locale[0]!.toUpperCase()}${locale.slice(1)}.tsx`;
      expect(existsSync(join(ROOT, 'src/islands', wrapper)), wrapper).toBe(true);
      const sectorColumns = Object.keys(SectorSchema.shape);
      expect(sectorColumns).toEqual(expect.arrayContaining([`name_${locale}`, `description_${locale}`]));
      if (locale !== DEFAULT_LOCALE) expect(Object.keys(ObservationSchema.shape)).toContain(`segment_${locale}`);
    }
  });
});

describe('paths', () => {
  test('a page in each language, and back', () => {
    expect(localePath('en', '/sectors/telecom/')).toBe('/sectors/telecom/');
    expect(localePath('fr', '/sectors/telecom/')).toBe('/fr/sectors/telecom/');
    expect(localePath('fr', '/')).toBe('/fr/');
    expect(localePath('fr', 'compare/')).toBe('/fr/compare/');
    expect(switchLocalePath('/fr/sectors/telecom/', 'en')).toBe('/sectors/telecom/');
    expect(switchLocalePath('/sectors/telecom/', 'fr')).toBe('/fr/sectors/telecom/');
    expect(switchLocalePath('/fr/', 'en')).toBe('/');
    expect(switchLocalePath('/', 'fr')).toBe('/fr/');
    expect(unprefixedPath('/fr')).toBe('/');
  });

  test('the language of a path is read from its prefix only', () => {
    expect(localeFromPath('/fr/')).toBe('fr');
    expect(localeFromPath('/fr')).toBe('fr');
    expect(localeFromPath('/fr/x/')).toBe('fr');
    expect(localeFromPath('/france/')).toBe('en');
    expect(localeFromPath('/')).toBe('en');
  });

  test('the language of a lang attribute', () => {
    expect(localeOf('fr')).toBe('fr');
    expect(localeOf('fr-FR')).toBe('fr');
    expect(localeOf('EN')).toBe('en');
    expect(localeOf('xx')).toBe(DEFAULT_LOCALE);
    expect(localeOf(null)).toBe(DEFAULT_LOCALE);
  });
});

describe('plurals (Intl.PluralRules)', () => {
  test('French: singular from 0 to below 2, plural from 2; English: singular for exactly 1', () => {
    expect([0, 0.2, 1, 1.5, 1.9, 2, 2.5, 43].map((n) => pluralCategory('fr', n))).toEqual(['one', 'one', 'one', 'one', 'one', 'other', 'other', 'other']);
    expect([0, 0.2, 1, 1.5, 2].map((n) => pluralCategory('en', n))).toEqual(['other', 'other', 'one', 'other', 'other']);
  });

  test('a category the table does not give falls back to other (French "many" for a million)', () => {
    expect(pluralCategory('fr', 1_000_000)).toBe('many');
    expect(plural('fr', 1_000_000, { one: 'entreprise', other: 'entreprises' })).toBe('entreprises');
    expect(plural('fr', 1, { one: 'entreprise', other: 'entreprises' })).toBe('entreprise');
  });

  test('points agree with the number as shown', () => {
    const points = { one: 'point', other: 'points' };
    expect(formatQuantity(0.2, 'fr', points)).toBe('0,2\u00a0point');
    expect(formatQuantity(1.5, 'fr', points)).toBe('1,5\u00a0point');
    expect(formatQuantity(1.96, 'fr', points)).toBe('2\u00a0points');
    expect(formatQuantity(2, 'fr', points)).toBe('2\u00a0points');
    expect(formatQuantity(0.2, 'en', points)).toBe('0.2\u00a0points');
    expect(formatQuantity(1, 'en', points)).toBe('1\u00a0point');
    expect(formatQuantity(1.04, 'en', points)).toBe('1\u00a0point');
  });
});

// Type-level proof that a new language cannot ship half-translated: the tables are typed Record<Locale, …>, so
// a language added to LANGUAGES but missing from a table fails `npm run check`. Here a stand-in for the new
// language must fail to type-check (tsc reports an unused @ts-expect-error otherwise).
type WithNewLanguage = Locale | 'de';
// @ts-expect-error: the ui table has no 'de' entry.
export const uiWithNewLanguage: Record<WithNewLanguage, UiStrings> = ui;
// @ts-expect-error: nor has the score tool's.
export const toolWithNewLanguage: Record<WithNewLanguage, (typeof scoreToolStrings)['en']> = scoreToolStrings;

describe('French grammar', () => {
  test('"de" elides before a vowel, also an accented one, and not before a consonant or an h', () => {
    expect(de('Orange')).toBe('d’Orange');
    expect(de('IndexNPS')).toBe('d’IndexNPS');
    expect(de('Électricité de France')).toBe('d’Électricité de France');
    expect(de('Apple, Orange et Free')).toBe('d’Apple, Orange et Free');
    expect(de('Free')).toBe('de Free');
    expect(de('Honda')).toBe('de Honda');
  });

  test('the score tool names its neighbours with the elision: "Au-dessus d’Orange"', () => {
    expect(scoreToolStrings.fr.aboveBelow('Orange', 'Free')).toBe('Au-dessus d’Orange, en dessous de Free.');
  });

  test('a counted phrase agrees with its number: "1 entreprise sur 43", "0 entreprise", "2 entreprises"', () => {
    const slots = (n: number) => ({ n: String(n), total: '43' });
    expect(countPhrase('fr', 1, ui.fr.searchShowing, slots(1))).toBe('1 entreprise sur 43');
    expect(countPhrase('fr', 0, ui.fr.searchShowing, slots(0))).toBe('0 entreprise sur 43');
    expect(countPhrase('fr', 2, ui.fr.searchShowing, slots(2))).toBe('2 entreprises sur 43');
    expect(countPhrase('en', 1, ui.en.searchShowing, slots(1))).toBe('1 of 43 companies');
    expect(countPhrase('fr', 1, ui.fr.showing, slots(1))).toBe('1 chiffre affiché sur 43.');
  });
});
