/** Value axes: "nice" tick steps like spreadsheet charts choose (labels: drawingml/number-format.ts). */

export interface Axis {
  min: number;
  max: number;
  step: number;
  ticks: number[];
}

/**
 * Axis covering [lo, hi], from zero when the data is near it: the smallest step of 1, 2 or 5 x 10^n that
 * needs at most `maxIntervals` intervals (spreadsheet charts' automatic axis: 8.2 -> 0..10 by 2,
 * 63.8 -> 0..70 by 10).
 */
export function niceAxis(lo: number, hi: number, maxIntervals = 8): Axis {
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) [lo, hi] = [0, 1];
  if (lo > 0 && lo < hi * 0.8) lo = 0;
  if (hi < 0 && hi > lo * 0.8) hi = 0;
  if (lo === hi) [lo, hi] = lo === 0 ? [0, 1] : lo > 0 ? [0, lo] : [lo, 0];
  // Like Excel, leave a little headroom above the highest value before rounding up to a step.
  if (hi > 0) hi += (hi - lo) * 0.05;
  const mag = 10 ** Math.floor(Math.log10((hi - lo) / maxIntervals));
  let step = mag;
  for (const m of [1, 2, 5, 10, 20, 50, 100]) {
    step = m * mag;
    if (Math.ceil(hi / step - 1e-9) - Math.floor(lo / step + 1e-9) <= maxIntervals) break;
  }
  const min = Math.floor(lo / step + 1e-9) * step;
  const max = Math.max(Math.ceil(hi / step - 1e-9) * step, min + step);
  const ticks: number[] = [];
  for (let i = 0; min + i * step <= max + step / 2; i++) ticks.push(Number((min + i * step).toPrecision(12)));
  return { min, max, step, ticks };
}
