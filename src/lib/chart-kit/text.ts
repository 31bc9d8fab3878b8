/**
 * Text layout for canvases, which neither wrap nor stack labels by themselves: wrapping a line into a width
 * (so a long company name is never cut, on a 360 px phone or in a PNG), and stacking labels into rows so none
 * overlaps another and none is dropped. Pure: the caller passes a function that measures text.
 */

/** Width of `text` in pixels in the current font (a canvas context's `measureText(text).width`). */
export type Measure = (text: string) => number;

/** Spaces a line may break at: not the no-break spaces French typography puts before `:` `;` `%` (U+00A0, U+202F). */
const BREAKABLE = /[ \t\r\n]+/;

/**
 * Break `text` into lines no wider than `maxWidth`, at ordinary spaces (never at a no-break space); a word wider
 * than the whole line is broken between characters. Every character of `text` is kept, in order (spaces at
 * line breaks excepted).
 */
export function wrapText(text: string, maxWidth: number, measure: Measure): string[] {
  const words = text.split(BREAKABLE).filter((word) => word !== '');
  if (words.length === 0) return [];
  const lines: string[] = [];
  let line = '';
  const pushLong = (word: string) => {
    // Break a word too wide for any line into pieces that fit (at least one character each).
    let piece = '';
    for (const char of word) {
      if (piece !== '' && measure(piece + char) > maxWidth) {
        lines.push(piece);
        piece = char;
      } else piece += char;
    }
    return piece;
  };
  for (const word of words) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (measure(candidate) <= maxWidth) {
      line = candidate;
      continue;
    }
    if (line !== '') lines.push(line);
    line = measure(word) <= maxWidth ? word : pushLong(word);
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** A label's horizontal extent, in pixels. */
export interface Span {
  left: number;
  width: number;
}

/**
 * Give each span a row (0 = nearest the chart) so that no two spans in a row overlap (with `gap` pixels
 * between them): the first row where it fits, a new row when none has room. Returns the row of each span,
 * in the order given, and how many rows were used.
 */
export function stackSpans(spans: readonly Span[], gap = 4): { rows: number[]; count: number } {
  const ends: number[] = [];
  const order = spans.map((span, index) => ({ span, index })).sort((a, b) => a.span.left - b.span.left);
  const rows = new Array<number>(spans.length).fill(0);
  for (const { span, index } of order) {
    let row = ends.findIndex((end) => end + gap <= span.left);
    if (row === -1) {
      row = ends.length;
      ends.push(-Infinity);
    }
    ends[row] = span.left + span.width;
    rows[index] = row;
  }
  return { rows, count: ends.length };
}
