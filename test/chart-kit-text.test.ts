import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { stackSpans, wrapText } from '../src/lib/chart-kit/text.ts';

/** A monospace measure: 7 px per character. */
const mono = (text: string) => text.length * 7;

describe('wrapText', () => {
  test('keeps a line that fits whole, and breaks a long one at spaces', () => {
    expect(wrapText('Free (mobile) · +29', 200, mono)).toEqual(['Free (mobile) · +29']);
    expect(wrapText('Bank of America (mobile app) · +45 · A · 2021 · US', 140, mono)).toEqual(['Bank of America', '(mobile app) · +45 ·', 'A · 2021 · US']);
  });

  test('never breaks at a no-break space (French typography), and keeps it', () => {
    expect(wrapText('Filtres\u00a0: Marché\u00a0: France', 70, mono)).toEqual(['Filtres\u00a0:', 'Marché\u00a0:', 'France']);
  });

  test('breaks a word wider than the line between characters, keeping every character', () => {
    expect(wrapText('http://127.0.0.1:4321/sectors/telecom/', 70, mono)).toEqual(['http://127', '.0.0.1:432', '1/sectors/', 'telecom/']);
  });

  test('every line fits, and the words come back in order (property)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.string({ minLength: 1, maxLength: 12 }).map((w) => w.replace(/[ \t\r\n]/g, 'x')),
          { maxLength: 20 },
        ),
        fc.integer({ min: 7, max: 300 }),
        (words, width) => {
          const lines = wrapText(words.join(' '), width, mono);
          for (const line of lines) expect(mono(line) <= width || [...line].length === 1).toBe(true);
          expect(lines.join('').replace(/ /g, '')).toBe(words.join(''));
        },
      ),
    );
  });
});

describe('stackSpans', () => {
  test('puts labels that overlap on separate rows and reuses a row once it is free', () => {
    const { rows, count } = stackSpans([
      { left: 0, width: 50 },
      { left: 20, width: 50 },
      { left: 60, width: 20 },
      { left: 30, width: 10 },
    ]);
    expect(rows).toEqual([0, 1, 0, 2]);
    expect(count).toBe(3);
  });

  test('no two spans in a row overlap, and no span is left out (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ left: fc.integer({ min: 0, max: 400 }), width: fc.integer({ min: 1, max: 120 }) }), { maxLength: 30 }), (spans) => {
        const { rows, count } = stackSpans(spans, 2);
        expect(rows.length).toBe(spans.length);
        for (let i = 0; i < spans.length; i++) {
          expect(rows[i]).toBeLessThan(count);
          for (let j = i + 1; j < spans.length; j++) {
            if (rows[i] !== rows[j]) continue;
            const a = spans[i]!;
            const b = spans[j]!;
            expect(a.left + a.width + 2 <= b.left || b.left + b.width + 2 <= a.left).toBe(true);
          }
        }
      }),
    );
  });
});
