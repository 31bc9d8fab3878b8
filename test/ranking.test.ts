import { describe, expect, test } from 'vitest';
import { axisRange, NPS_TICK_VALUES, paddedRange, steppedRange, yearTicks } from '../src/lib/ranking.ts';

describe('axisRange', () => {
  test('includes 0 and leaves room, in steps of 10, clipped to ±100', () => {
    expect(axisRange([97, 24.2])).toEqual({ min: 0, max: 100 });
    expect(axisRange([-34, 33])).toEqual({ min: -50, max: 50 });
    expect(axisRange([-100])).toEqual({ min: -100, max: 10 });
    expect(axisRange([])).toEqual({ min: 0, max: 10 });
  });
});

describe('paddedRange', () => {
  test('hugs the values with 10 points of room, in steps of 10', () => {
    expect(paddedRange([96, 97])).toEqual({ min: 80, max: 100 });
    expect(paddedRange([60, 76])).toEqual({ min: 50, max: 90 });
    expect(paddedRange([-34, 5])).toEqual({ min: -50, max: 20 });
    expect(paddedRange([-100, 100])).toEqual({ min: -100, max: 100 });
  });
  test('has a default for no values', () => {
    expect(paddedRange([])).toEqual({ min: -10, max: 10 });
  });
});

describe('yearTicks', () => {
  test('every year when there is room, else every k-th year ending on the last', () => {
    expect(yearTicks(2016, 2018, 10)).toEqual([2016, 2017, 2018]);
    expect(yearTicks(2010, 2024, 5)).toEqual([2012, 2015, 2018, 2021, 2024]);
    expect(yearTicks(2020, 2020, 1)).toEqual([2020]);
    expect(yearTicks(2021, 2020, 3)).toEqual([]);
  });
});

describe('steppedRange', () => {
  const ticksOf = ({ min, max, stepSize }: { min: number; max: number; stepSize: number }) => Array.from({ length: (max - min) / stepSize + 1 }, (_, i) => min + i * stepSize);

  test('a wide range takes a larger step, and both ends are whole steps (no "+90" just above "+80")', () => {
    expect(steppedRange(-30, 90)).toEqual({ min: -50, max: 100, stepSize: 25 });
    expect(ticksOf(steppedRange(-30, 90))).toEqual([-50, -25, 0, 25, 50, 75, 100]);
    expect(steppedRange(-5, 45)).toEqual({ min: -10, max: 50, stepSize: 10 });
    expect(steppedRange(-100, 100)).toEqual({ min: -100, max: 100, stepSize: 50 });
  });

  test('every tick is a multiple of the step, at most 7 of them, within −100 and +100, for any range', () => {
    for (let low = -105; low <= 100; low += 7) {
      for (let high = low; high <= 105; high += 11) {
        const range = steppedRange(low, high);
        const ticks = ticksOf(range);
        expect(ticks.length, `${low}..${high}`).toBeLessThanOrEqual(7);
        expect(range.min).toBeGreaterThanOrEqual(-100);
        expect(range.max).toBeLessThanOrEqual(100);
        expect(range.min).toBeLessThanOrEqual(Math.max(-100, low));
        expect(range.max).toBeGreaterThanOrEqual(Math.min(100, high));
        for (const tick of ticks) expect(Math.abs(tick % range.stepSize), `${low}..${high}`).toBe(0);
      }
    }
  });

  test('every tick it can give, for any range and any tick count, is one of NPS_TICK_VALUES (the charts label those at build time)', () => {
    const known = new Set(NPS_TICK_VALUES);
    const unknown: string[] = [];
    for (let maxTicks = 3; maxTicks <= 20; maxTicks += 1)
      for (let low = -105; low <= 100; low += 3)
        for (let high = low; high <= 105; high += 7)
          for (const tick of ticksOf(steppedRange(low, high, maxTicks))) if (!known.has(tick)) unknown.push(`${low}..${high}, ${maxTicks} ticks: ${tick}`);
    expect(unknown).toEqual([]);
    expect(NPS_TICK_VALUES).toHaveLength(41);
  });
});
