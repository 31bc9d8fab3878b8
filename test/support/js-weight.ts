/**
 * How much JavaScript each built page loads, gzip-compressed, measured from the build output.
 *
 * For a page: its inline scripts, every `<script src>` and `<link rel="modulepreload">`, and each island's
 * component and renderer (the `component-url`, `renderer-url` and `before-hydration-url` attributes of
 * `<astro-island>`), then their static imports recursively: that is `eager` JS, loaded as the page starts.
 * Dynamic `import()` targets not already eager are `lazy` (loaded on use), and so are the islands that hydrate on
 * the reader's interaction (`client:interaction`, `<astro-island client="interaction">`) with what they import: nothing
 * of theirs loads until the reader reaches for them. `client:visible` islands stay eager (scrolling is not a request). Workers (`new Worker(new URL(…))`)
 * and their own static imports are `worker`; what a worker loads with `import()` (the workbook reader, only for a
 * workbook) is `workerLazy`. A worker's URL is not also counted as a lazy import of the page. Each file is counted
 * once per page.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { LOCALES, type Locale } from '../../src/lib/i18n.ts';
import { type BuiltPage, builtPages, readPage } from './built-pages.ts';

export interface PageWeight {
  path: string;
  type: string;
  /** How many <astro-island> elements the page has. */
  islands: number;
  /** How many <script> elements (inline or src, JSON data excluded) the page has. */
  scripts: number;
  /** The islands' renderer entry points (`renderer-url`), site paths. */
  renderers: string[];
  /** gzip bytes, by how the JS is loaded. */
  eager: number;
  lazy: number;
  worker: number;
  workerLazy: number;
  /** Site paths of the JS files counted, by kind (inline scripts show as `inline#n`). */
  files: { eager: string[]; lazy: string[]; worker: string[]; workerLazy: string[] };
}

/**
 * A built module holding another language's words only (`strings-fr.<hash>.js` seen from an English page): the
 * `<name>-<lang>.ts` modules of src/lib/lazy-strings.ts, which a page loads for its own language only.
 */
export function isOtherLanguageModule(path: string, locale: Locale): boolean {
  const name = posix.basename(path);
  return LOCALES.some((other) => other !== locale && new RegExp(`-${other}\\.[\\w-]+\\.js$`).test(name));
}

const gzipCache = new Map<string, number>();
export const gzipBytes = (content: string | Buffer) => gzipSync(content, { level: 9 }).length;

/** gzip size of a file of the build, by its site path (`/_astro/x.js`). */
function fileGzip(distDir: string, sitePath: string): number {
  const key = `${distDir}\0${sitePath}`;
  let size = gzipCache.get(key);
  if (size === undefined) {
    size = gzipBytes(readFileSync(join(distDir, sitePath)));
    gzipCache.set(key, size);
  }
  return size;
}

const QUOTED = String.raw`(?:"([^"\n]+)"|'([^'\n]+)'|\x60([^\x60\n$]+)\x60)`;
const STATIC_IMPORT = new RegExp(String.raw`(?:^|[^\w$.])(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?` + QUOTED, 'g');
const DYNAMIC_IMPORT = new RegExp(String.raw`(?:^|[^\w$.])import\(\s*` + QUOTED + String.raw`\s*\)`, 'g');
const WORKER = new RegExp(String.raw`new\s+(?:Shared)?Worker\(\s*new\s+URL\(\s*` + QUOTED, 'g');
// Vite's preload helper lists a dynamic import's dependencies as strings in an array.
const PRELOAD_DEPS = new RegExp(String.raw`["'\x60]((?:/|\./|\.\./)?_astro/[^"'\x60\s]+\.m?js)["'\x60]`, 'g');

const specifiers = (code: string, pattern: RegExp) => [...code.matchAll(pattern)].map((match) => match[1] ?? match[2] ?? match[3] ?? '');

/** Resolve an import specifier found in `fromPath` (a site path) to a site path of an existing build file, or undefined. */
function resolveSpecifier(distDir: string, fromPath: string, specifier: string): string | undefined {
  if (/^(https?:|data:|blob:)/.test(specifier) || !/\.m?js(\?.*)?$/.test(specifier)) return undefined;
  const clean = specifier.replace(/[?#].*$/, '');
  let resolved: string;
  if (clean.startsWith('/')) resolved = posix.normalize(clean);
  else if (clean.startsWith('./') || clean.startsWith('../')) resolved = posix.normalize(posix.join(posix.dirname(fromPath), clean));
  else if (clean.startsWith('_astro/')) resolved = `/${clean}`;
  else return undefined;
  return existsSync(join(distDir, resolved)) ? resolved : undefined;
}

interface Graph {
  eager: Set<string>;
  dynamic: Set<string>;
  workers: Set<string>;
}

/** Follow static imports from `roots`; collect dynamic import and worker entry points on the way. */
function walkStatic(distDir: string, roots: Iterable<string>, graph: Graph, sources: Map<string, string> = new Map()) {
  const queue = [...roots];
  while (queue.length > 0) {
    const path = queue.pop() as string;
    if (graph.eager.has(path)) continue;
    graph.eager.add(path);
    const code = sources.get(path) ?? readFileSync(join(distDir, path), 'utf8');
    for (const specifier of specifiers(code, STATIC_IMPORT)) {
      const target = resolveSpecifier(distDir, path, specifier);
      if (target) queue.push(target);
    }
    const workers = new Set<string>();
    for (const specifier of specifiers(code, WORKER)) {
      const target = resolveSpecifier(distDir, path, specifier);
      if (target) workers.add(target);
    }
    for (const target of workers) graph.workers.add(target);
    for (const specifier of [...specifiers(code, DYNAMIC_IMPORT), ...specifiers(code, PRELOAD_DEPS)]) {
      const target = resolveSpecifier(distDir, path, specifier);
      // A worker's URL string also looks like a preload dependency; it is a worker, not an import of this file.
      if (target && !workers.has(target)) graph.dynamic.add(target);
    }
  }
}

const decodeAttribute = (value: string) =>
  value
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

/** Weigh the JS of one built page. */
export function pageWeight(distDir: string, page: BuiltPage): PageWeight {
  const html = readPage(page);
  const roots = new Set<string>();
  const inline = new Map<string, string>();
  let inlineCount = 0;
  let scripts = 0;
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const [, attributes = '', body = ''] = match;
    if (/type\s*=\s*["']?application\/(ld\+)?json/i.test(attributes)) continue;
    scripts++;
    const src = /\ssrc\s*=\s*["']?([^"'\s>]+)/i.exec(attributes)?.[1];
    if (src) {
      const target = resolveSpecifier(distDir, page.path, decodeAttribute(src));
      if (target) roots.add(target);
      else throw new Error(`${page.path}: <script src="${src}"> does not resolve to a file of the build`);
    } else if (body.trim()) {
      // Inline scripts count too; their imports are followed like a file's (they resolve against the page).
      inline.set(`inline#${++inlineCount}@${page.path}`, body);
    }
  }
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    if (!/rel\s*=\s*["']?modulepreload/i.test(tag)) continue;
    const href = /\shref\s*=\s*["']?([^"'\s>]+)/i.exec(tag)?.[1];
    const target = href && resolveSpecifier(distDir, page.path, decodeAttribute(href));
    if (target) roots.add(target);
  }
  let islands = 0;
  const renderers = new Set<string>();
  const onDemand = new Set<string>();
  for (const [tag] of html.matchAll(/<astro-island\b[^>]*>/gi)) {
    islands++;
    const onInteraction = /\sclient\s*=\s*"interaction"/i.test(tag);
    for (const name of ['component-url', 'renderer-url', 'before-hydration-url']) {
      const value = new RegExp(`\\s${name}\\s*=\\s*"([^"]*)"`, 'i').exec(tag)?.[1];
      if (!value) continue;
      const target = resolveSpecifier(distDir, page.path, decodeAttribute(value));
      if (!target) throw new Error(`${page.path}: <astro-island ${name}="${value}"> does not resolve to a file of the build`);
      (onInteraction ? onDemand : roots).add(target);
      if (name === 'renderer-url') renderers.add(target);
    }
  }

  const graph: Graph = { eager: new Set(), dynamic: new Set(), workers: new Set() };
  // Inline scripts: walk their imports with the page as the base.
  for (const body of inline.values()) {
    for (const specifier of specifiers(body, STATIC_IMPORT)) {
      const target = resolveSpecifier(distDir, page.path, specifier);
      if (target) roots.add(target);
    }
    for (const specifier of specifiers(body, DYNAMIC_IMPORT)) {
      const target = resolveSpecifier(distDir, page.path, specifier);
      if (target) graph.dynamic.add(target);
    }
  }
  walkStatic(distDir, roots, graph);
  for (const target of onDemand) graph.dynamic.add(target);

  // Lazy: dynamic imports (and what they import) not already loaded eagerly. Another language's words are import()
  // targets of src/lib/lazy-strings.ts that this page never loads (it picks the page's language): not counted.
  const lazyGraph: Graph = { eager: new Set(), dynamic: new Set(), workers: new Set() };
  const loads = (path: string) => !isOtherLanguageModule(path, page.locale);
  let pending = [...graph.dynamic].filter((path) => !graph.eager.has(path) && loads(path));
  while (pending.length > 0) {
    walkStatic(distDir, pending, lazyGraph);
    pending = [...lazyGraph.dynamic].filter((path) => !graph.eager.has(path) && !lazyGraph.eager.has(path) && loads(path));
  }
  const lazy = [...lazyGraph.eager].filter((path) => !graph.eager.has(path));

  // Workers: their own graph (a worker shares no module instances with the page; its chunks load again).
  const workerGraph: Graph = { eager: new Set(), dynamic: new Set(), workers: new Set() };
  let workerRoots = [...graph.workers, ...lazyGraph.workers];
  while (workerRoots.length > 0) {
    walkStatic(distDir, workerRoots, workerGraph);
    workerRoots = [...workerGraph.workers].filter((path) => !workerGraph.eager.has(path));
  }
  // What the workers load with import(), and what that imports.
  const workerLazyGraph: Graph = { eager: new Set(), dynamic: new Set(), workers: new Set() };
  let workerPending = [...workerGraph.dynamic].filter((path) => !workerGraph.eager.has(path));
  while (workerPending.length > 0) {
    walkStatic(distDir, workerPending, workerLazyGraph);
    workerPending = [...workerLazyGraph.dynamic].filter((path) => !workerGraph.eager.has(path) && !workerLazyGraph.eager.has(path));
  }
  const workerLazy = [...workerLazyGraph.eager].filter((path) => !workerGraph.eager.has(path));

  const inlineBytes = [...inline.values()].reduce((sum, body) => sum + gzipBytes(body), 0);
  const sum = (paths: Iterable<string>) => [...paths].reduce((total, path) => total + fileGzip(distDir, path), 0);
  return {
    path: page.path,
    type: page.type,
    islands,
    scripts,
    renderers: [...renderers].sort(),
    eager: inlineBytes + sum(graph.eager),
    lazy: sum(lazy),
    worker: sum(workerGraph.eager),
    workerLazy: sum(workerLazy),
    files: { eager: [...inline.keys(), ...[...graph.eager].sort()], lazy: lazy.sort(), worker: [...workerGraph.eager].sort(), workerLazy: workerLazy.sort() },
  };
}

/** The files a set of entry points loads statically (themselves included), site paths. */
export function staticFiles(distDir: string, roots: Iterable<string>): Set<string> {
  const graph: Graph = { eager: new Set(), dynamic: new Set(), workers: new Set() };
  walkStatic(distDir, roots, graph);
  return graph.eager;
}

/** Weigh every page of a build. */
export function buildWeights(distDir: string): PageWeight[] {
  return builtPages(distDir).map((page) => pageWeight(distDir, page));
}

export interface TypeWeight {
  type: string;
  pages: number;
  /** The heaviest page of the type, per kind (gzip bytes). */
  eager: number;
  lazy: number;
  worker: number;
  workerLazy: number;
  heaviest: string;
}

/** Per page type, the largest weight of any of its pages, for each kind. */
export function weightsByType(weights: readonly PageWeight[]): TypeWeight[] {
  const byType = new Map<string, TypeWeight>();
  for (const weight of weights) {
    const current = byType.get(weight.type) ?? { type: weight.type, pages: 0, eager: 0, lazy: 0, worker: 0, workerLazy: 0, heaviest: weight.path };
    current.pages++;
    if (weight.eager > current.eager) current.heaviest = weight.path;
    current.eager = Math.max(current.eager, weight.eager);
    current.lazy = Math.max(current.lazy, weight.lazy);
    current.worker = Math.max(current.worker, weight.worker);
    current.workerLazy = Math.max(current.workerLazy, weight.workerLazy);
    byType.set(weight.type, current);
  }
  return [...byType.values()].sort((a, b) => a.type.localeCompare(b.type));
}

export interface Budget {
  eager: number;
  lazy: number;
  worker: number;
  workerLazy: number;
}

export interface BudgetFile {
  /** The rule, for whoever opens the file. */
  rule: string;
  /** How bytes are measured. */
  measure: string;
  /** Budgets in gzip bytes, per page type. */
  gzipBytes: Record<string, Budget>;
}

/** A measured size rounded up to the next whole KB (1,024 bytes): the starting budget. */
export const roundUpKb = (bytes: number) => Math.ceil(bytes / 1024) * 1024;

/** Format bytes as KB with one decimal. */
export const kb = (bytes: number) => (bytes === 0 ? '0' : (bytes / 1024).toFixed(1));
