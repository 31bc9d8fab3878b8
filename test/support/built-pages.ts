/** The pages of a build, found by walking its output (never a hard-coded list), and their page type. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export interface BuiltPage {
  /** The URL path, with a trailing slash: `/`, `/fr/sectors/banks/`. */
  path: string;
  /** The HTML file, absolute. */
  file: string;
  locale: 'en' | 'fr';
  /** `home`, or the first path segment after the language (`sector` for /sectors/x/ …), see pageType. */
  type: string;
}

/**
 * The type of a page, for budgets and Lighthouse: `home` for / and /fr/, else the first path segment after the
 * language, singular for the collections (`/fr/sectors/banks/` → `sector`, `/companies/x/` → `company`).
 */
export function pageType(path: string): string {
  const segments = path.split('/').filter(Boolean);
  if (segments[0] === 'fr') segments.shift();
  const first = segments[0];
  if (!first) return 'home';
  if (first === 'sectors' && segments.length > 1) return 'sector';
  if (first === 'companies' && segments.length > 1) return 'company';
  return first;
}

/** Every `index.html` page under distDir (404.html and other HTML files excluded), sorted by path. */
export function builtPages(distDir: string): BuiltPage[] {
  const pages: BuiltPage[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const full = join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name === 'index.html') {
        const rel = relative(distDir, folder).split('\\').join('/');
        const path = rel ? `/${rel}/` : '/';
        pages.push({ path, file: full, locale: path === '/fr/' || path.startsWith('/fr/') ? 'fr' : 'en', type: pageType(path) });
      }
    }
  };
  walk(distDir);
  return pages.sort((a, b) => a.path.localeCompare(b.path));
}

/** The HTML of a built page. */
export const readPage = (page: BuiltPage) => readFileSync(page.file, 'utf8');

/**
 * The pages axe checks. Pages of one template built from different rows share their markup, so for a page type
 * with more than `perGroup + 1` pages in a language, axe runs on the `perGroup` largest pages (the most rows, so
 * the most kinds of row: bounds, restatements, badges, segments) and the smallest (the empty states); every other
 * type (home, compare, figures, methodology, sources) is checked whole. Each page still gets every other check.
 */
export function axeSample(pages: BuiltPage[], perGroup = 3): Set<string> {
  const groups = new Map<string, BuiltPage[]>();
  for (const page of pages) {
    const key = `${page.type} ${page.locale}`;
    groups.set(key, [...(groups.get(key) ?? []), page]);
  }
  const sample = new Set<string>();
  for (const group of groups.values()) {
    if (group.length <= perGroup + 1) {
      for (const page of group) sample.add(page.path);
      continue;
    }
    const bySize = group.map((page) => ({ path: page.path, bytes: statSync(page.file).size })).sort((a, b) => b.bytes - a.bytes || a.path.localeCompare(b.path));
    for (const page of [...bySize.slice(0, perGroup), bySize[bySize.length - 1]!]) sample.add(page.path);
  }
  return sample;
}
