/**
 * The import's CSV record splitter: text goes in one piece at a time (any size, cut anywhere), records
 * come out through a sink. One grammar for the sample and for the stream, so both agree on every file:
 *
 * - A record ends at a line break outside quotes: CRLF, LF or a lone CR, mixed freely in one file
 *   (an export merged from two tools, or edited on two systems, mixes them).
 * - A field that starts with `"` is quoted: it runs to the next `"` not doubled (`""` is one quote) and
 *   may hold delimiters and line breaks. Text after its closing quote, up to the next delimiter or line
 *   break, is kept with it. A `"` anywhere else is an ordinary character.
 * - A record whose only field is empty is an empty line (not a record, but still a row of the file).
 * - A record longer than `maxRecordChars` characters in the file (its text from its first character to
 *   its line break, quotes and delimiters included) is reported as unreadable, never split or cut: its
 *   text is dropped as soon as it passes the cap, so memory stays bounded and the cost stays linear
 *   whatever the file (an unclosed quote early in a huge file used to be copied again with every chunk).
 * - Text that ends inside quotes is an unreadable record too (`unclosed-quote`): the rest of the file
 *   was swallowed by one quote.
 */

/** Records longer than this (characters in the file) are unreadable: 4 Mi characters, 4–16 MB of text. */
export const MAX_RECORD_CHARS = 4 * 1024 * 1024;

export type UnreadableReason = 'unclosed-quote' | 'too-long';

export interface UnreadableSpan {
  reason: UnreadableReason;
  /** Characters of the record in the file (line break excluded). */
  chars: number;
  /** Line breaks inside it, i.e. the lines of text it covers beyond its first. */
  lineBreaks: number;
}

export interface RecordSink {
  /** A record (at least one field, not an empty line). The array is the sink's to keep. */
  record(fields: string[]): void;
  /** An empty line. */
  empty(): void;
  /** A record that could not be read (see the module comment). */
  unreadable(span: UnreadableSpan): void;
}

const QUOTE = 34;
const LF = 10;
const CR = 13;

// Splitter states (plain numbers: Node's type stripping runs this file as is, and has no enums).
const FIELD_START = 0;
/** In an unquoted field, or after a quoted field's closing quote. */
const UNQUOTED = 1;
const QUOTED = 2;
/** In a quoted field, right after a `"` that ended the previous piece of text: closing, or the first of `""`. */
const QUOTED_AFTER_QUOTE = 3;
type State = typeof FIELD_START | typeof UNQUOTED | typeof QUOTED | typeof QUOTED_AFTER_QUOTE;

/** Line breaks in `text` (CRLF counts once); `afterCR` says the text before it ended with a CR. */
function countBreaks(text: string, afterCR: boolean): { breaks: number; endsWithCR: boolean } {
  // indexOf loops, not a loop over every character: this runs over all the text an unreadable record swallows.
  let breaks = 0;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) breaks++;
  for (let at = text.indexOf('\r'); at !== -1; at = text.indexOf('\r', at + 1)) {
    // A CR followed by its LF is one break, already counted at the LF.
    if (text.charCodeAt(at + 1) !== LF || at + 1 === text.length) breaks++;
  }
  if (afterCR && text.charCodeAt(0) === LF) breaks--;
  return { breaks, endsWithCR: text.length > 0 ? text.charCodeAt(text.length - 1) === CR : afterCR };
}

export class RecordSplitter {
  private readonly delimiter: number;
  private readonly delimiterText: string;
  private readonly sink: RecordSink;
  private readonly maxRecordChars: number;
  private state: State = FIELD_START;
  private fields: string[] = [];
  private field = '';
  /** Characters pushed before the current piece of text. */
  private offset = 0;
  /** Position (in all text pushed) where the current record starts. */
  private recordStart = 0;
  /** The last piece ended with a CR that ended a record: a LF starting the next piece belongs to it. */
  private skipLF = false;
  /** The current record passed the cap: its text is no longer kept, only its line breaks counted. */
  private overLong = false;
  private overLongBreaks = 0;
  private overLongAfterCR = false;

  constructor(delimiter: string, sink: RecordSink, maxRecordChars = MAX_RECORD_CHARS) {
    this.delimiter = delimiter.charCodeAt(0);
    this.delimiterText = delimiter;
    this.sink = sink;
    this.maxRecordChars = maxRecordChars;
  }

  /** Characters held for the unfinished record: never much more than the cap plus one piece of text. */
  get heldChars(): number {
    let held = this.field.length;
    for (const field of this.fields) held += field.length;
    return held;
  }

  /** True when the text so far ends inside a record (for a sample: the last record is incomplete). */
  get inRecord(): boolean {
    return this.state !== FIELD_START || this.fields.length > 0 || this.overLong;
  }

  /** Feed the next piece of text. */
  push(text: string): void {
    const length = text.length;
    const delimiter = this.delimiter;
    let index = 0;
    if (this.skipLF) {
      this.skipLF = false;
      if (length > 0 && text.charCodeAt(0) === LF) {
        index = 1;
        this.recordStart++;
      }
    }
    // Next delimiter / LF / CR at or after `index`, found with indexOf and kept until passed (length = none).
    let nextDelimiter = -1;
    let nextLF = -1;
    let nextCR = -1;

    while (index < length) {
      const state = this.state;
      if (state === QUOTED || state === QUOTED_AFTER_QUOTE) {
        if (state === QUOTED_AFTER_QUOTE) {
          if (text.charCodeAt(index) === QUOTE) {
            this.keep('"');
            index++;
            this.state = QUOTED;
          } else this.state = UNQUOTED; // that quote closed the field
          continue;
        }
        const quote = text.indexOf('"', index);
        if (quote === -1) {
          this.keep(text.slice(index));
          break; // the rest of this piece is inside the quotes
        }
        this.keep(text.slice(index, quote));
        if (quote + 1 === length) {
          this.state = QUOTED_AFTER_QUOTE;
          break;
        }
        if (text.charCodeAt(quote + 1) === QUOTE) {
          this.keep('"');
          index = quote + 2;
        } else {
          index = quote + 1;
          this.state = UNQUOTED;
        }
        continue;
      }
      if (state === FIELD_START && text.charCodeAt(index) === QUOTE) {
        this.state = QUOTED;
        index++;
        continue;
      }
      // Unquoted text up to the next delimiter or line break.
      if (nextDelimiter < index) nextDelimiter = indexOrEnd(text, this.delimiterText, index);
      if (nextLF < index) nextLF = indexOrEnd(text, '\n', index);
      if (nextCR < index) nextCR = indexOrEnd(text, '\r', index);
      const end = Math.min(nextDelimiter, nextLF, nextCR);
      if (end === length) {
        this.keep(text.slice(index));
        this.state = UNQUOTED;
        break;
      }
      if (end > index) this.keep(text.slice(index, end));
      const code = text.charCodeAt(end);
      if (code === delimiter) {
        this.endField();
        index = end + 1;
        continue;
      }
      // A line break: CRLF, LF or a lone CR.
      const recordEnd = this.offset + end;
      let after = end + 1;
      if (code === CR) {
        if (after === length) this.skipLF = true;
        else if (text.charCodeAt(after) === LF) after++;
      }
      this.endRecord(recordEnd);
      this.recordStart = this.offset + after;
      index = after;
    }
    this.offset += length;
    if (!this.overLong && this.inRecord && this.offset - this.recordStart > this.maxRecordChars) this.dropRecordText();
  }

  /** The text has ended: finish the last record. */
  end(): void {
    if (this.state === QUOTED || this.state === QUOTED_AFTER_QUOTE) {
      if (this.state === QUOTED_AFTER_QUOTE) {
        // The file's last character closed the quote.
        this.state = UNQUOTED;
        this.endRecord(this.offset);
        return;
      }
      const chars = this.offset - this.recordStart;
      const lineBreaks = this.breaksSoFar();
      this.reset();
      this.sink.unreadable({ reason: 'unclosed-quote', chars, lineBreaks });
      return;
    }
    if (this.inRecord) this.endRecord(this.offset);
  }

  /** Keep a piece of the current field (unless the record is already over the cap). */
  private keep(piece: string): void {
    if (this.overLong) {
      const counted = countBreaks(piece, this.overLongAfterCR);
      this.overLongBreaks += counted.breaks;
      this.overLongAfterCR = counted.endsWithCR;
      return;
    }
    this.field += piece;
  }

  private endField(): void {
    if (!this.overLong) {
      this.fields.push(this.field);
      if (this.fields.length > 1024 && this.offset - this.recordStart > this.maxRecordChars) this.dropRecordText();
    }
    this.field = '';
    this.state = FIELD_START;
  }

  /** The record's text passed the cap: count its line breaks so far and let the text go. */
  private dropRecordText(): void {
    this.overLongBreaks = this.breaksSoFar();
    this.overLongAfterCR = this.field.length > 0 && this.field.charCodeAt(this.field.length - 1) === CR;
    this.overLong = true;
    this.fields = [];
    this.field = '';
  }

  /** Line breaks in the current record's text so far. */
  private breaksSoFar(): number {
    if (this.overLong) return this.overLongBreaks;
    let breaks = 0;
    for (const field of [...this.fields, this.field]) breaks += countBreaks(field, false).breaks;
    return breaks;
  }

  private endRecord(recordEnd: number): void {
    const chars = recordEnd - this.recordStart;
    if (this.overLong || chars > this.maxRecordChars) {
      const lineBreaks = this.breaksSoFar();
      this.reset();
      this.sink.unreadable({ reason: 'too-long', chars, lineBreaks });
      return;
    }
    const fields = this.fields;
    fields.push(this.field);
    this.fields = [];
    this.field = '';
    this.state = FIELD_START;
    if (fields.length === 1 && fields[0] === '') this.sink.empty();
    else this.sink.record(fields);
  }

  private reset(): void {
    this.fields = [];
    this.field = '';
    this.state = FIELD_START;
    this.overLong = false;
    this.overLongBreaks = 0;
    this.overLongAfterCR = false;
  }
}

function indexOrEnd(text: string, search: string, from: number): number {
  const found = text.indexOf(search, from);
  return found === -1 ? text.length : found;
}
