/**
 * Hardening, checked on the build itself: every page has its title, description, Open Graph tags and CSP;
 * every inline script and style is allowed by its hash; the served headers carry the CSP;
 * sitemap.xml lists exactly the built pages; robots.txt and the favicon are there.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { parseCsp } from '../../src/lib/site-files.ts';
import { metaCsp } from '../../src/data/site-files-integration.ts';
import { builtPages, readPage } from '../support/built-pages.ts';

const distDir = inject('distDir');
const baseUrl = inject('baseUrl');
const pages = builtPages(distDir);

const decode = (text: string) =>
  text
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
const attr = (tag: string, name: string) => {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  return match ? decode(match[1] ?? match[2] ?? match[3] ?? '') : undefined;
};
const metas = (html: string) => [...html.matchAll(/<meta\b[^>]*>/gi)].map((m) => m[0]);
const metaContent = (html: string, key: 'name' | 'property', value: string) =>
  metas(html)
    .filter((tag) => attr(tag, key) === value)
    .map((tag) => attr(tag, 'content'))[0];
const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

describe('every built page', () => {
  test('the build has pages in both languages', () => {
    expect(pages.filter((page) => page.locale === 'en').length).toBeGreaterThan(0);
    expect(pages.filter((page) => page.locale === 'fr').length).toBeGreaterThan(0);
  });

  test('has a title, a description and Open Graph tags, unique within its language', () => {
    const problems: string[] = [];
    const seen = new Map<string, string>();
    for (const page of pages) {
      const html = readPage(page);
      const title = decode(/<title>([^<]*)<\/title>/i.exec(html)?.[1] ?? '').trim();
      const description = metaContent(html, 'name', 'description')?.trim() ?? '';
      if (!title) problems.push(`${page.path}: no <title>`);
      if (description.length < 20) problems.push(`${page.path}: description missing or too short: "${description}"`);
      for (const property of ['og:title', 'og:description', 'og:type', 'og:url', 'og:locale']) {
        if (!metaContent(html, 'property', property)) problems.push(`${page.path}: no ${property}`);
      }
      if (attr(/<html\b[^>]*>/i.exec(html)?.[0] ?? '', 'lang') !== page.locale) problems.push(`${page.path}: <html lang> is not ${page.locale}`);
      if (!/<link\b[^>]*rel="canonical"/i.test(html)) problems.push(`${page.path}: no canonical link`);
      for (const [kind, value] of [
        ['title', title],
        ['description', description],
      ] as const) {
        const key = `${page.locale} ${kind} ${value}`;
        const other = seen.get(key);
        if (other) problems.push(`${page.path}: same ${kind} as ${other}: "${value}"`);
        else seen.set(key, page.path);
      }
    }
    expect(problems).toEqual([]);
  });

  test('has a CSP meta that keeps scripts to our origin, and every inline script and style matches one of its hashes', () => {
    const problems: string[] = [];
    for (const page of pages) {
      const html = readPage(page);
      const policyText = metaCsp(html);
      if (!policyText) {
        problems.push(`${page.path}: no CSP meta`);
        continue;
      }
      const policy = parseCsp(policyText);
      expect(policy.get('default-src'), page.path).toEqual(["'self'"]);
      const scriptSources = policy.get('script-src') ?? [];
      const styleSources = policy.get('style-src') ?? [];
      if (scriptSources.some((source) => /unsafe-inline|unsafe-eval|^\*$|^https?:|^data:/.test(source)))
        problems.push(`${page.path}: script-src too open: ${scriptSources.join(' ')}`);
      if (styleSources.some((source) => /unsafe-inline|^\*$|^https?:/.test(source))) problems.push(`${page.path}: style-src too open: ${styleSources.join(' ')}`);
      for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
        const [, attributes = '', body = ''] = match;
        if (/\ssrc\s*=/.test(attributes) || /type\s*=\s*"?application\/(ld\+)?json/i.test(attributes)) continue;
        if (!scriptSources.includes(sha256(body))) problems.push(`${page.path}: inline script not allowed by a hash: ${body.slice(0, 80)}`);
      }
      for (const match of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) {
        if (!styleSources.includes(sha256(match[1] ?? ''))) problems.push(`${page.path}: inline style not allowed by a hash: ${(match[1] ?? '').slice(0, 80)}`);
      }
      for (const match of html.matchAll(/<[a-z][^>]*\s(on[a-z]+)\s*=/gi)) problems.push(`${page.path}: inline event handler ${match[1]}`);
      if (/\shref\s*=\s*["']?\s*javascript:/i.test(html)) problems.push(`${page.path}: javascript: link`);
    }
    expect(problems).toEqual([]);
  });
});

describe('no page or stylesheet loads anything from another site', () => {
  // The sweep records the requests a page makes; this catches the ones a browser might only make later
  // (print stylesheets, lazy images, other viewports) by reading the HTML and CSS themselves.
  const external = /^(https?:)?\/\//i;
  test('HTML resource attributes are all local', () => {
    const problems: string[] = [];
    for (const page of pages) {
      const html = readPage(page);
      for (const [tag] of html.matchAll(/<(script|link|img|iframe|source|video|audio|embed|object|image|use|track|input)\b[^>]*>/gi)) {
        const rel = attr(tag, 'rel') ?? '';
        // canonical/alternate links are addresses, not loads.
        if (/^link/i.test(tag.slice(1)) && /\b(canonical|alternate)\b/i.test(rel)) continue;
        for (const name of ['src', 'href', 'data', 'poster', 'xlink:href']) {
          const value = attr(tag, name);
          if (value && external.test(value.trim())) problems.push(`${page.path}: ${tag.slice(0, 120)}`);
        }
        const srcset = attr(tag, 'srcset');
        if (srcset && srcset.split(',').some((candidate) => external.test(candidate.trim()))) problems.push(`${page.path}: ${tag.slice(0, 120)}`);
      }
      for (const match of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) {
        if (/url\(\s*["']?(https?:)?\/\/|@import\s+["'](https?:)?\/\//i.test(match[1] ?? '')) problems.push(`${page.path}: inline style loads from another site`);
      }
    }
    expect(problems).toEqual([]);
  });

  test('CSS files load nothing from another site', () => {
    const problems: string[] = [];
    const astroDir = join(distDir, '_astro');
    const cssFiles = existsSync(astroDir) ? readdirSync(astroDir).filter((name) => name.endsWith('.css')) : [];
    for (const name of cssFiles) {
      const css = readFileSync(join(astroDir, name), 'utf8');
      if (/url\(\s*["']?(https?:)?\/\/|@import\s+(url\()?["']?(https?:)?\/\//i.test(css)) problems.push(name);
    }
    expect(problems).toEqual([]);
  });
});

describe('served files', () => {
  test("the server sends the CSP of dist/_headers, which allows each page's inline hashes and forbids framing", async () => {
    const headers = readFileSync(join(distDir, '_headers'), 'utf8');
    const fromFile = /^\s+Content-Security-Policy:\s*(.+)$/m.exec(headers)?.[1];
    expect(fromFile).toBeTruthy();
    const response = await fetch(`${baseUrl}/`);
    const served = response.headers.get('content-security-policy');
    expect(served).toBe(fromFile);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    const header = parseCsp(served ?? '');
    expect(header.get('frame-ancestors')).toEqual(["'none'"]);
    for (const page of pages) {
      const meta = parseCsp(metaCsp(readPage(page)) ?? '');
      for (const [name, sources] of meta) {
        for (const source of sources) expect(header.get(name), `${page.path} ${name} ${source}`).toContain(source);
      }
    }
  });

  test('sitemap.xml lists exactly the built pages, at absolute addresses', async () => {
    const xml = await (await fetch(`${baseUrl}/sitemap.xml`)).text();
    const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1] ?? '').pathname);
    expect(locs.sort()).toEqual(pages.map((page) => page.path).sort());
  });

  test('robots.txt points to the sitemap, and the favicon is served', async () => {
    const robots = await (await fetch(`${baseUrl}/robots.txt`)).text();
    expect(robots).toMatch(/^Sitemap: https?:\/\/\S+\/sitemap\.xml$/m);
    expect(robots).toMatch(/^User-agent: \*$/m);
    const favicon = await fetch(`${baseUrl}/favicon.svg`);
    expect(favicon.status).toBe(200);
    expect(favicon.headers.get('content-type')).toBe('image/svg+xml');
    expect(existsSync(join(distDir, 'favicon.svg'))).toBe(true);
  });
});
