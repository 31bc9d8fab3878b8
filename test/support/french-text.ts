/**
 * How French text is checked, for the built pages (test/e2e/french-text.test.ts) and the pages after use
 * (test/e2e/french-text-after-use.test.ts): French typography (a no-break space before : ; ! ? and %, and inside
 * « »), and no English UI word outside an element marked `lang="en"`. Company names, aliases, publishers, source
 * titles and the publications a source cites are quoted as published: they are taken out of the text before both
 * checks. The text is every text node (noscript included, scripts and styles left out) and the attributes a
 * reader or a screen reader gets (title, alt, aria-label, placeholder, the description meta tags).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import Papa from 'papaparse';

const READ_ATTRIBUTES = ['title', 'alt', 'aria-label', 'placeholder'];
const SKIP_ELEMENTS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE']);
// jsdom parses as a browser with scripting off: <noscript> content is read as elements.
const parser = new new JSDOM('').window.DOMParser();

/** The French texts of a page: text nodes and readable attributes, outside any element in another language. */
export function frenchTexts(html: string): string[] {
  const out: string[] = [];
  const walk = (node: Node, lang: string) => {
    if (node.nodeType === 3) {
      const text = node.nodeValue ?? '';
      if (text.trim() && lang.startsWith('fr')) out.push(text);
      return;
    }
    let here = lang;
    if (node.nodeType === 1) {
      const element = node as Element;
      if (SKIP_ELEMENTS.has(element.tagName)) return;
      here = element.getAttribute('lang') ?? lang;
      if (here.startsWith('fr')) {
        for (const name of READ_ATTRIBUTES) {
          const value = element.getAttribute(name);
          if (value?.trim()) out.push(value);
        }
        const meta = element.tagName === 'META' ? (element.getAttribute('name') ?? element.getAttribute('property')) : null;
        if (meta && /description|og:title/.test(meta)) out.push(element.getAttribute('content') ?? '');
      }
    }
    for (const child of node.childNodes) walk(child, here);
  };
  walk(parser.parseFromString(html, 'text/html'), '');
  return out;
}

/** Typography faults in one text: an ordinary space (or none) where French puts a no-break space. */
export function typographyFaults(text: string): string[] {
  const faults: string[] = [];
  const around = (i: number) => JSON.stringify(text.slice(Math.max(0, i - 25), i + 10));
  // An ordinary space, tab or line break before : ; ! ? % or after « / before ».
  for (const m of text.matchAll(/[ \t\r\n]+[:;!?%]|«[ \t\r\n]|[ \t\r\n]»/g)) faults.push(`breaking space: ${around(m.index)}`);
  // No space at all: a word or figure glued to ; ! ? or a figure glued to % (a colon glued to a word is left
  // alone: times, URLs, and `n = 300`-like notation are not prose).
  for (const m of text.matchAll(/[\p{L}\d)»][;!?](?=\s|$)|\d%/gu)) faults.push(`no space: ${around(m.index)}`);
  for (const m of text.matchAll(/«[^\s\u00a0\u202f]|[^\s\u00a0\u202f]»/g)) faults.push(`no space in « »: ${around(m.index)}`);
  return faults;
}

/** Words of the English interface and data that have no place in French prose. */
export const ENGLISH =
  /\b(?:the|and|of|with|from|figures?|companies|company|sector average|not stated|undated|download|filters?|showing|survey type|fieldwork|respondents|customers|business|international|providers|pay-TV|TV\/ISP|ISP|below|above|about|at least|at most|grade [A-D]|interval|published|retrieved|source address|per brand)\b/gi;

/** Names (companies, aliases, publishers, source titles, the publications a source cites), longest first: quoted as published, so taken out of the text before both checks. */
function names(): string[] {
  const rows = (file: string) =>
    Papa.parse<Record<string, string>>(readFileSync(join(import.meta.dirname, '../../data', file), 'utf8'), { header: true, skipEmptyLines: true }).data;
  const list = [
    ...rows('companies.csv').flatMap((c) => [c.name ?? '', ...(c.aliases ?? '').split(';')]),
    ...rows('sources.csv').flatMap((s) => [s.publisher ?? '', s.title ?? '', s.cites ?? '']),
    'Net Promoter Score',
    'Net Promoter',
    'NPS Atlas',
    'Data Package',
    'Creative Commons Attribution',
  ];
  return [...new Set(list.map((n) => n.trim()).filter((n) => n.length > 1))].sort((a, b) => b.length - a.length);
}

const nameList = names();

const replaceAll = (text: string, quoted: readonly string[]) => quoted.reduce((t, name) => (t.includes(name) ? t.split(name).join('X') : t), text);

/** A text with every quoted name replaced by X. */
export const withoutNames = (text: string) => replaceAll(text, nameList);

/**
 * Every typography fault and English word in a French page's HTML, each with `where` in front. `quoted` are
 * texts the page shows as the user wrote them (a survey file's headers, comments, segments): left aside too.
 */
export function frenchFaults(html: string, where: string, quoted: readonly string[] = []): { typography: string[]; english: string[] } {
  const longestFirst = [...quoted].sort((a, b) => b.length - a.length);
  const texts = frenchTexts(html).map((text) => replaceAll(withoutNames(text), longestFirst));
  return {
    typography: texts.flatMap((text) => typographyFaults(text).map((f) => `${where} ${f}`)),
    english: texts.flatMap((text) => [...text.matchAll(ENGLISH)].map((m) => `${where} ${JSON.stringify(m[0])} in ${JSON.stringify(text.trim().slice(0, 90))}`)),
  };
}
