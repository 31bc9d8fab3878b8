/** Axis helpers for the NPS charts: ranges, even steps, the values a tick can take, and year ticks. The ranking rule is in rank-order.ts. */
/** A readable axis range around the values and reference lines, in steps of 10, within [−100, 100], always including 0. */
export function axisRange(values: readonly number[]): { min: number; max: number } {
  const all = [0, ...values.filter(Number.isFinite)];
  const min = Math.max(-100, Math.floor(Math.min(...all) / 10) * 10 - (Math.min(...all) < 0 ? 10 : 0));
  const max = Math.min(100, Math.ceil(Math.max(...all) / 10) * 10 + 10);
  return { min, max };
}

/** An axis range hugging the values (10 points of room each side, in steps of 10, within [−100, 100]); 0 need not be included. */
export function paddedRange(values: readonly number[]): { min: number; max: number } {
  const finite = values.filter(Number.isFinite);
  if (finite.length === 0) return { min: -10, max: 10 };
  const min = Math.max(-100, Math.floor((Math.min(...finite) - 10) / 10) * 10);
  const max = Math.min(100, Math.ceil((Math.max(...finite) + 10) / 10) * 10);
  return { min, max };
}

/**
 * An NPS axis whose every tick is one step apart: the range widened to whole steps (10, 20, 25, 50 or 100 points,
 * the smallest giving at most `maxTicks` ticks), within [−100, 100]. Without it Chart.js adds the range's own ends
 * as ticks, so "+90" could sit just above "+80".
 */
export function steppedRange(min: number, max: number, maxTicks = 7): { min: number; max: number; stepSize: number } {
  for (const stepSize of [10, 20, 25, 50, 100]) {
    const low = Math.max(-100, Math.floor(min / stepSize) * stepSize);
    const high = Math.min(100, Math.ceil(max / stepSize) * stepSize);
    if ((high - low) / stepSize + 1 <= maxTicks || stepSize === 100) return { min: low, max: Math.max(high, low + stepSize), stepSize };
  }
  return { min: -100, max: 100, stepSize: 100 };
}

/** Every value `steppedRange` can put a tick on (its steps are multiples of 5): −100, −95, …, +100. */
export const NPS_TICK_VALUES: readonly number[] = /* @__PURE__ */ Array.from({ length: 41 }, (_, index) => -100 + 5 * index);

/** Years to label on a time axis of `first`..`last` with room for at most `slots` labels: every k-th year, always the last. */
export function yearTicks(first: number, last: number, slots: number): number[] {
  if (last < first) return [];
  const span = last - first + 1;
  const step = Math.max(1, Math.ceil(span / Math.max(1, slots)));
  const ticks: number[] = [];
  for (let year = last; year >= first; year -= step) ticks.unshift(year);
  return ticks;
}
