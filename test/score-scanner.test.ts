import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { scanScoreColumn } from './bench/score-scanner.ts';

const folder = mkdtempSync(join(tmpdir(), 'nps-atlas-scanner-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
const file = (name: string, text: string) => {
  const path = join(folder, name);
  writeFileSync(path, text);
  return path;
};

describe('scanScoreColumn (the benchmark baseline)', () => {
  test('counts the score column, skipping the header; quoted commas, quotes and line breaks stay in their field', () => {
    const path = file('a.csv', 'id,"comment, with comma",score\n' + '1,"a, b",10\n' + '2,"say ""hi""\nsecond line",9\n' + '3,plain,0\n' + '4,"x",\n' + '5,y,n/a\n' + '6,z,11\n');
    const result = scanScoreColumn(path, 2);
    expect(result.rows).toBe(6);
    expect(result.counts[10]).toBe(1);
    expect(result.counts[9]).toBe(1);
    expect(result.counts[0]).toBe(1);
    expect(result.skipped).toBe(3);
    expect(result.counts.reduce((a, b) => a + b, 0) + result.skipped).toBe(result.rows);
  });

  test('CRLF line ends, a missing final newline and blank lines', () => {
    const path = file('b.csv', 'score,x\r\n7,a\r\n\r\n8,b\r\n10,"c\r\nd"');
    expect(scanScoreColumn(path, 0)).toEqual({ counts: [0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 1], rows: 3, skipped: 0 });
  });

  test('works across buffer boundaries (a 7-byte buffer)', () => {
    const text = 'id,c,score\n' + Array.from({ length: 200 }, (_, i) => `${i},"q ""${i}"", x\ny",${i % 11}`).join('\n') + '\n';
    const path = file('c.csv', text);
    const small = scanScoreColumn(path, 2, 7);
    expect(small).toEqual(scanScoreColumn(path, 2));
    expect(small.rows).toBe(200);
    expect(small.skipped).toBe(0);
    expect(small.counts[0]).toBe(19);
  });
});
