/**
 * A small streaming XML scanner for spreadsheet parts (sheet XML, shared strings, ODS content): text goes in
 * one piece at a time, cut anywhere; tags and text come out through a handler. It knows only what those
 * parts use: elements, attributes, text, comments, CDATA, processing instructions and the five entities plus
 * character references. No DTD, no namespaces beyond stripping a prefix (`x:row` is `row`).
 *
 * Memory stays bounded: a single tag, comment or CDATA section longer than MAX_PENDING_CHARS is an error
 * (a broken file), never a string that grows with the file.
 */

export interface XmlHandler {
  /** `name` without its prefix; `tag` is the whole tag text between `<` and `>` (for attributes). */
  open(name: string, tag: string, selfClosing: boolean): void;
  close(name: string): void;
  /** Raw text (entities not decoded yet) between tags, only while `wantsText` is true. */
  text(raw: string): void;
  readonly wantsText: boolean;
}

export const MAX_PENDING_CHARS = 4 * 1024 * 1024;

export class XmlError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'XmlError';
  }
}

/** Local name (prefix stripped) of the tag whose name starts at `from`, ending before `end` at the latest. */
function nameAt(text: string, from: number, end: number): string {
  let stop = from;
  let colon = -1;
  while (stop < end) {
    const code = text.charCodeAt(stop);
    if (code === 32 || code === 47 || code === 9 || code === 10 || code === 13) break;
    if (code === 58) colon = stop;
    stop++;
  }
  return text.slice(colon === -1 ? from : colon + 1, stop);
}

/** True when `text[gt]` lies inside a quoted attribute value of the tag opened at `lt` (a loop over the tag only). */
function insideQuotes(text: string, lt: number, gt: number): boolean {
  let quote = 0;
  for (let at = lt + 1; at < gt; at++) {
    const code = text.charCodeAt(at);
    if (quote === 0) {
      if (code === 34 || code === 39) quote = code;
    } else if (code === quote) quote = 0;
  }
  return quote !== 0;
}

export class XmlScanner {
  private rest = '';
  private readonly handler: XmlHandler;

  constructor(handler: XmlHandler) {
    this.handler = handler;
  }

  push(chunk: string): void {
    const text = this.rest.length > 0 ? this.rest + chunk : chunk;
    this.rest = '';
    const handler = this.handler;
    const length = text.length;
    let pos = 0;
    while (pos < length) {
      const lt = text.indexOf('<', pos);
      if (lt === -1) {
        if (handler.wantsText) handler.text(text.slice(pos));
        return;
      }
      if (lt > pos && handler.wantsText) handler.text(text.slice(pos, lt));
      const next = text.charCodeAt(lt + 1);
      if (next === 33 /* ! */) {
        if (text.startsWith('<!--', lt)) {
          const end = text.indexOf('-->', lt + 4);
          if (end === -1) return this.keep(text.slice(lt));
          pos = end + 3;
          continue;
        }
        if (text.startsWith('<![CDATA[', lt)) {
          const end = text.indexOf(']]>', lt + 9);
          if (end === -1) return this.keep(text.slice(lt));
          // CDATA is literal text: escape what the handler will decode.
          if (handler.wantsText)
            handler.text(
              text
                .slice(lt + 9, end)
                .replace(/&/g, '&amp;')
                .replace(/</g, '&lt;'),
            );
          pos = end + 3;
          continue;
        }
        if (lt + 9 > length) return this.keep(text.slice(lt));
      }
      if (next === 47 /* / */) {
        const gt = text.indexOf('>', lt + 2);
        if (gt === -1) return this.keep(text.slice(lt));
        handler.close(nameAt(text, lt + 2, gt));
        pos = gt + 1;
        continue;
      }
      let gt = text.indexOf('>', lt + 1);
      if (gt === -1) return this.keep(text.slice(lt));
      // A `>` inside a quoted attribute value does not end the tag.
      while (insideQuotes(text, lt, gt)) {
        gt = text.indexOf('>', gt + 1);
        if (gt === -1) return this.keep(text.slice(lt));
      }
      pos = gt + 1;
      if (next === 63 /* ? */ || next === 33 /* ! (DOCTYPE) */) continue;
      const selfClosing = text.charCodeAt(gt - 1) === 47;
      const name = nameAt(text, lt + 1, gt);
      handler.open(name, text.slice(lt + 1, selfClosing ? gt - 1 : gt), selfClosing);
      if (selfClosing) handler.close(name);
    }
  }

  /** The text has ended. Throws when it ends inside a tag. */
  end(): void {
    if (this.rest.trim() !== '') throw new XmlError('the XML ends inside a tag');
  }

  private keep(pending: string): void {
    if (pending.length > MAX_PENDING_CHARS) throw new XmlError(`a tag longer than ${MAX_PENDING_CHARS} characters`);
    this.rest = pending;
  }
}

/** An attribute's raw value in a tag's text (entities decoded), or undefined. Matches the whole name, prefix included. */
export function attribute(tag: string, name: string): string | undefined {
  let from = 0;
  for (;;) {
    const at = tag.indexOf(name, from);
    if (at === -1) return undefined;
    from = at + name.length;
    const before = tag.charCodeAt(at - 1);
    if (before !== 32 && before !== 9 && before !== 10 && before !== 13) continue;
    let index = at + name.length;
    while (tag.charCodeAt(index) === 32) index++;
    if (tag.charCodeAt(index) !== 61 /* = */) continue;
    index++;
    while (tag.charCodeAt(index) === 32) index++;
    const quote = tag[index];
    if (quote !== '"' && quote !== "'") return undefined;
    const end = tag.indexOf(quote, index + 1);
    if (end === -1) return undefined;
    const value = tag.slice(index + 1, end);
    return value.includes('&') ? decodeEntities(value) : value;
  }
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** XML entities and character references. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-z]+);/g, (whole, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[body] ?? whole;
  });
}
