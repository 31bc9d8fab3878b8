/**
 * An independent record splitter, the oracle for the import's property tests. It shares no code with
 * src/lib/survey-import/records.ts and is written the plain way: one pass over the whole text, one
 * character at a time, records found first by their spans, then sorted into readable, empty and unreadable.
 * The rules it encodes (the import's documented grammar):
 * - CRLF, LF and a lone CR each end a record, outside quotes;
 * - a field starting with `"` runs to the next `"` not doubled; text after the closing quote, up to the
 *   next delimiter or line break, belongs to the field; a `"` elsewhere is a plain character;
 * - a record whose only field is empty is an empty line;
 * - a record longer than `cap` characters (its span, line break excluded) is unreadable (`too-long`);
 *   a record still inside quotes at the end of the text is unreadable (`unclosed-quote`).
 */

export type OracleRecord =
  | { kind: 'record'; line: number; fields: string[] }
  | { kind: 'empty'; line: number }
  | { kind: 'unreadable'; line: number; reason: 'too-long' | 'unclosed-quote'; chars: number; lineBreaks: number };

function breaksIn(span: string): number {
  let count = 0;
  for (let i = 0; i < span.length; i++) {
    if (span[i] === '\n') count++;
    else if (span[i] === '\r' && span[i + 1] !== '\n') count++;
  }
  return count;
}

export function oracleRecords(text: string, delimiter: string, cap: number): OracleRecord[] {
  const out: OracleRecord[] = [];
  let i = 0;
  while (i < text.length) {
    const start = i;
    const fields: string[] = [];
    let field = '';
    let atStart = true;
    let inQuotes = false;
    let ended = false;
    let breakLength = 0;
    while (i < text.length) {
      const c = text[i]!;
      if (inQuotes) {
        if (c === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
          } else {
            inQuotes = false;
            i += 1;
          }
        } else {
          field += c;
          i += 1;
        }
        continue;
      }
      if (atStart && c === '"') {
        inQuotes = true;
        atStart = false;
        i += 1;
        continue;
      }
      atStart = false;
      if (c === delimiter) {
        fields.push(field);
        field = '';
        atStart = true;
        i += 1;
      } else if (c === '\n' || c === '\r') {
        breakLength = c === '\r' && text[i + 1] === '\n' ? 2 : 1;
        ended = true;
        break;
      } else {
        field += c;
        i += 1;
      }
    }
    const end = i;
    i += breakLength;
    fields.push(field);
    const line = out.length + 1;
    const span = text.slice(start, end);
    if (!ended && inQuotes) out.push({ kind: 'unreadable', line, reason: 'unclosed-quote', chars: span.length, lineBreaks: breaksIn(span) });
    else if (span.length > cap) out.push({ kind: 'unreadable', line, reason: 'too-long', chars: span.length, lineBreaks: breaksIn(span) });
    else if (fields.length === 1 && fields[0] === '') out.push({ kind: 'empty', line });
    else out.push({ kind: 'record', line, fields });
  }
  return out;
}
