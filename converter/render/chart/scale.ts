/** Value axes: "nice" tick steps like spreadsheet charts choose (labels: drawingml/number-format.ts). */

export interface Axis {
  min: number;
  max: number;
  step: number;
  ticks: number[];
}

/**
 * Axis covering [lo, hi] like spreadsheet charts' automatic bounds (Microsoft KB 101939): the highest
 * value gets a twentieth of the data's span as headroom before rounding up to a step; zero stays on the
 * axis unless the data spans less than a sixth of its largest magnitude (63..69 -> 62..70, not 0..70),
 * in which case the near end gets the same twentieth. Steps are the smallest 1, 2 or 5 x 10^n that
 * need at most `maxIntervals` intervals (8.2 -> 0..10 by 2, 63.8 -> 0..70 by 10).
 */
export function niceAxis(lo: number, hi: number, maxIntervals = 8): Axis {
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) [lo, hi] = [0, 1];
  if (lo === hi) [lo, hi] = lo === 0 ? [0, 1] : lo > 0 ? [0, lo] : [lo, 0];
  const pad = (hi - lo) / 20;
  if (lo >= 0) [lo, hi] = [hi - lo > hi / 6 ? 0 : lo - pad, hi + pad];
  else if (hi <= 0) [lo, hi] = [lo - pad, hi - lo > -lo / 6 ? 0 : hi + pad];
  else [lo, hi] = [lo - pad, hi + pad];
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
