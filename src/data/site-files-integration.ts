/**
 * Astro integration: after the build, write `_headers` (the Content-Security-Policy and other security headers,
 * for hosts that read one), `sitemap.xml` and `robots.txt`, all derived from the pages actually built.
 *
 * The CSP in `_headers` is the union of the `<meta http-equiv="content-security-policy">` policies Astro put in
 * each page (security.csp in astro.config.mjs hashes every inline script and style), plus the directives a
 * `<meta>` policy cannot carry (frame-ancestors). A page without that `<meta>` stops the build.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { HEADER_ONLY_DIRECTIVES, SECURITY_HEADERS, headersFile, mergeCsp, pagePathOf, robotsTxt, sitemapXml } from '../lib/site-files.ts';

/** Every `.html` file under `dir`, as paths relative to it. */
export function htmlFiles(dir: string): string[] {
  const found: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.html')) found.push(relative(dir, path));
    }
  };
  walk(dir);
  return found.sort();
}

const decodeAttribute = (value: string) =>
  value.replace(/&(#39|#x27|quot|amp|lt|gt);/g, (_, entity: string) => ({ '#39': "'", '#x27': "'", quot: '"', amp: '&', lt: '<', gt: '>' })[entity] as string);

/** The policy of a page's `<meta http-equiv="content-security-policy">`, or undefined. */
export function metaCsp(html: string): string | undefined {
  for (const [tag] of html.matchAll(/<meta\b[^>]*>/gi)) {
    if (!/http-equiv\s*=\s*["']?content-security-policy["'\s>]/i.test(tag)) continue;
    const content = /\bcontent\s*=\s*(?:"([^"]*)"|'([^']*)')/i.exec(tag);
    if (content) return decodeAttribute(content[1] ?? content[2] ?? '');
  }
  return undefined;
}

export function siteFilesIntegration(): AstroIntegration {
  let site: URL | undefined;
  return {
    name: 'nps-atlas:site-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ? new URL(config.site) : undefined;
      },
      'astro:build:done': ({ dir, logger }) => {
        if (!site) throw new Error('site-files: set `site` in astro.config.mjs (the sitemap and robots.txt need absolute addresses)');
        const root = fileURLToPath(dir);
        const files = htmlFiles(root);
        const policies = files.map((file) => {
          const policy = metaCsp(readFileSync(join(root, file), 'utf8'));
          if (!policy) throw new Error(`site-files: ${file} has no Content-Security-Policy <meta> (is security.csp on in astro.config.mjs?)`);
          return policy;
        });
        const csp = mergeCsp(policies, HEADER_ONLY_DIRECTIVES);
        writeFileSync(
          join(root, '_headers'),
          headersFile([
            { path: '/*', headers: { 'Content-Security-Policy': csp, ...SECURITY_HEADERS } },
            // The open data may be fetched from other sites.
            { path: '/data/*', headers: { 'Access-Control-Allow-Origin': '*' } },
          ]),
        );
        const pages = files.map(pagePathOf).filter((path): path is string => path !== undefined);
        writeFileSync(join(root, 'sitemap.xml'), sitemapXml(site, pages));
        writeFileSync(join(root, 'robots.txt'), robotsTxt(site));
        logger.info(`_headers, sitemap.xml (${pages.length} pages) and robots.txt written`);
      },
    },
  };
}
