import { describe, expect, test } from 'vitest';
import { metaCsp } from '../src/data/site-files-integration.ts';
import {
  CSP_DIRECTIVES,
  HEADER_ONLY_DIRECTIVES,
  formatCsp,
  headersFile,
  headersForPath,
  mergeCsp,
  pagePathOf,
  parseCsp,
  parseHeadersFile,
  robotsTxt,
  sitemapXml,
} from '../src/lib/site-files.ts';

describe('parseCsp / formatCsp', () => {
  test('splits directives and sources, lower-cases names, keeps the first of a repeated directive', () => {
    const policy = parseCsp("default-src 'self';  Script-Src 'self' 'sha256-abc=' ; script-src *; ;");
    expect([...policy]).toEqual([
      ['default-src', ["'self'"]],
      ['script-src', ["'self'", "'sha256-abc='"]],
    ]);
    expect(formatCsp(policy)).toBe("default-src 'self'; script-src 'self' 'sha256-abc='");
  });
});

describe('mergeCsp', () => {
  test('unions the sources of each directive across pages and appends header-only directives', () => {
    const merged = mergeCsp(
      ["default-src 'self'; script-src 'self' 'sha256-a'; style-src 'self'", "default-src 'self'; script-src 'self' 'sha256-b'; style-src 'self' 'sha256-c'"],
      HEADER_ONLY_DIRECTIVES,
    );
    expect(merged).toBe("default-src 'self'; script-src 'self' 'sha256-a' 'sha256-b'; style-src 'self' 'sha256-c'; frame-ancestors 'none'");
  });

  test('refuses to merge when one page lacks a directive (the union would loosen it)', () => {
    expect(() => mergeCsp(["default-src 'self'; script-src 'self'", "default-src 'self'"])).toThrow(/script-src/);
  });

  test('refuses an extra directive that a page already sets', () => {
    expect(() => mergeCsp(["default-src 'self'"], ['default-src *'])).toThrow(/default-src/);
  });

  test('the shared directives keep everything to our own origin', () => {
    expect(CSP_DIRECTIVES).toContain("default-src 'self'");
    expect(CSP_DIRECTIVES.join(' ')).not.toMatch(/unsafe-inline|unsafe-eval|\*|https?:/);
  });
});

describe('metaCsp', () => {
  test('reads the policy of the http-equiv meta, decoding entities', () => {
    const html = `<head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="default-src &#39;self&#39;; script-src 'self'"></head>`;
    expect(metaCsp(html)).toBe("default-src 'self'; script-src 'self'");
  });
  test('is undefined without one', () => {
    expect(metaCsp('<meta name="description" content="x">')).toBeUndefined();
  });
});

describe('parseHeadersFile and headersForPath', () => {
  const blocks: Array<{ path: string; headers: Record<string, string> }> = [
    { path: '/*', headers: { 'Content-Security-Policy': "default-src 'self'; frame-ancestors 'none'", 'X-A': '1' } },
    { path: '/data/*', headers: { 'Access-Control-Allow-Origin': '*' } },
  ];
  test('read back what headersFile writes', () => {
    expect(parseHeadersFile(headersFile(blocks))).toEqual(blocks);
  });
  test('every matching block applies, in order', () => {
    expect(headersForPath(blocks, '/compare/')).toEqual(blocks[0]!.headers);
    expect(headersForPath(blocks, '/data/observations.csv')).toEqual({ ...blocks[0]!.headers, 'Access-Control-Allow-Origin': '*' });
    expect(headersForPath([{ path: '/data.json', headers: { 'X-B': '2' } }], '/dataXjson')).toEqual({});
  });
});

describe('headersFile', () => {
  test('writes path blocks with indented headers', () => {
    expect(
      headersFile([
        { path: '/*', headers: { 'X-A': '1', 'X-B': 'two words' } },
        { path: '/data/*', headers: { 'X-C': '3' } },
      ])
        .split('\n')
        .slice(1),
    ).toEqual(['/*', '  X-A: 1', '  X-B: two words', '/data/*', '  X-C: 3', '']);
  });
  test('rejects a value with a line break', () => {
    expect(() => headersFile([{ path: '/*', headers: { 'X-A': 'a\nb' } }])).toThrow(/line break/);
  });
});

describe('sitemapXml', () => {
  test('lists each page once, sorted, with hreflang twins when both languages exist', () => {
    const xml = sitemapXml('https://example.org', ['/fr/', '/', '/x/', '/fr/y/', '/x/']);
    const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]);
    expect(locs).toEqual(['https://example.org/', 'https://example.org/fr/', 'https://example.org/fr/y/', 'https://example.org/x/']);
    expect(xml).toContain('<xhtml:link rel="alternate" hreflang="fr" href="https://example.org/fr/"/>');
    // /x/ has no French twin and /fr/y/ no English one: no alternates for them.
    expect(xml.match(/<xhtml:link/g)).toHaveLength(4);
  });
  test('escapes XML characters', () => {
    expect(sitemapXml('https://example.org', ["/a&b'/"])).toContain('<loc>https://example.org/a&amp;b&apos;/</loc>');
  });
});

describe('robotsTxt', () => {
  test('allows everything and points to the absolute sitemap', () => {
    expect(robotsTxt('https://example.org/')).toBe('User-agent: *\nAllow: /\n\nSitemap: https://example.org/sitemap.xml\n');
  });
});

describe('pagePathOf', () => {
  test('maps index.html files to their path and ignores other HTML files', () => {
    expect(pagePathOf('index.html')).toBe('/');
    expect(pagePathOf('fr/sectors/banks/index.html')).toBe('/fr/sectors/banks/');
    expect(pagePathOf('404.html')).toBeUndefined();
  });
});
