import { describe, expect, test } from 'vitest';
import { type ExportMeta, type TextOp, layoutExport, sourceLine, sourcesLine } from '../src/lib/chart-kit/export-layout.ts';

const measure = (_font: string, text: string) => text.length * 7;
const meta: ExportMeta = {
  title: 'Telecoms: NPS benchmarks · Figures ranked',
  settings: ['Filters: Market: France'],
  legend: [
    { text: 'grade A', colour: '#0b5cad', kind: 'fill' },
    { text: 'Dashed line: a sector average', colour: '#7a2e8e', kind: 'dash' },
  ],
  sources: ['Analysys Mason', 'KultureGeek', 'Analysys Mason', ' '],
  address: 'https://nps-atlas.example/sectors/telecom/?market=FR',
  date: new Date('2026-12-01T21:00:00Z'),
};
const texts = (ops: { type: string }[]) => ops.filter((op): op is TextOp => op.type === 'text').map((op) => op.text);

describe('source lines', () => {
  test('say where and when, in each language with its typography', () => {
    expect(sourceLine('en', 'https://x.example/a/', meta.date)).toBe('Source: NPS Atlas, https://x.example/a/, 1 December 2026');
    expect(sourceLine('fr', 'https://x.example/fr/a/', meta.date)).toBe('Source\u00a0: NPS Atlas, https://x.example/fr/a/, 1 décembre 2026');
  });

  test('name each source once, and nothing when there is none', () => {
    expect(sourcesLine('en', meta.sources)).toBe('Figures from: Analysys Mason · KultureGeek');
    expect(sourcesLine('fr', ['Bain'])).toBe('Chiffres publiés par\u00a0: Bain');
    expect(sourcesLine('en', [])).toBe('');
  });
});

describe('layoutExport', () => {
  test('title and settings above the chart, legend, source line and sources below it, all inside the width', () => {
    const layout = layoutExport(meta, 'en', 360, 400, measure);
    expect(texts(layout.header).join(' ')).toBe('Telecoms: NPS benchmarks · Figures ranked Filters: Market: France');
    const footer = texts(layout.footer).join(' ');
    expect(footer).toContain('grade A');
    expect(footer).toContain('Dashed line: a sector average');
    expect(footer).toContain('Figures from: Analysys Mason · KultureGeek');
    expect(footer.replace(/ /g, '')).toContain(sourceLine('en', meta.address, meta.date).replace(/ /g, ''));
    for (const op of [...layout.header, ...layout.footer]) {
      if (op.type === 'text') expect(op.x + measure('', op.text)).toBeLessThanOrEqual(360);
      else expect(op.x + op.size).toBeLessThanOrEqual(360);
    }
    expect(layout.chartTop).toBe(layout.headerHeight);
    for (const op of layout.header) expect(op.y).toBeLessThan(layout.chartTop);
    for (const op of layout.footer) expect(op.y).toBeGreaterThan(layout.chartTop + 400);
    expect(layout.height).toBeGreaterThan(Math.max(...layout.footer.map((op) => op.y)));
    expect(layout.width).toBe(360);
  });

  test('a narrow chart wraps its title instead of cutting it', () => {
    const layout = layoutExport({ ...meta, title: 'A very long company name that will never fit on one line of a phone' }, 'en', 200, 100, measure);
    const title = layout.header.filter((op): op is TextOp => op.type === 'text' && op.font === 'title');
    expect(title.length).toBeGreaterThan(1);
    expect(title.map((op) => op.text).join(' ')).toBe('A very long company name that will never fit on one line of a phone');
  });
});
