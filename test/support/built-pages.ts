/** The pages of a build, found by walking its output (never a hard-coded list), and their page type. */
import { readdirSync, readFileSync } from 'node:fs';
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
