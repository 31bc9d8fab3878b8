import { describe, expect, test } from 'vitest';
import { COMPILE_HINT, withCompileHint } from '../src/lib/compile-hints.ts';

describe('withCompileHint', () => {
  const code = 'import{a as e}from"./x.js";export{e as t};';
  test('puts the hint on the first line of a chunk holding Chart.js or a reading-page chart module', () => {
    for (const id of ['/repo/node_modules/chart.js/dist/chart.js', '/repo/src/charts/sector-chart.ts', 'C:\\repo\\src\\charts\\company-chart.ts']) {
      expect(withCompileHint({ moduleIds: ['/repo/src/lib/format.ts', id], code })).toBe(`${COMPILE_HINT}\n${code}`);
    }
  });
  test('leaves every other chunk as it is, byte for byte (eager scripts, islands, react-chartjs-2, the chart loader)', () => {
    for (const id of ['/repo/src/charts/lazy.ts', '/repo/src/charts/sector-text.ts', '/repo/node_modules/react-chartjs-2/dist/index.js', '/repo/src/islands/ScoreTool.tsx']) {
      expect(withCompileHint({ moduleIds: [id], code })).toBe(code);
    }
  });
  test('adds it once, however often the build asks', () => {
    const chunk = { moduleIds: ['/repo/src/charts/sector-chart.ts'], code };
    const once = withCompileHint(chunk);
    expect(withCompileHint({ ...chunk, code: once })).toBe(once);
  });
});
