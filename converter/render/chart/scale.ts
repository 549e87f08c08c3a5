/** Value axes: "nice" tick steps like spreadsheet charts choose, and cached number formats. */

export interface Axis {
  min: number;
  max: number;
  step: number;
  ticks: number[];
}

/** Axis covering [lo, hi] with about `target` intervals of 1, 2 or 5 x 10^n, always including 0 when near. */
export function niceAxis(lo: number, hi: number, target = 6): Axis {
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) [lo, hi] = [0, 1];
  if (lo > 0 && lo < hi * 0.8) lo = 0;
  if (hi < 0 && hi > lo * 0.8) hi = 0;
  if (lo === hi) [lo, hi] = lo === 0 ? [0, 1] : lo > 0 ? [0, lo] : [lo, 0];
  const raw = (hi - lo) / target;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? 10 * mag;
  const min = Math.floor(lo / step + 1e-9) * step;
  let max = Math.ceil(hi / step - 1e-9) * step;
  if (max === hi && hi !== 0 && lo >= 0) max = hi; // the top data value may sit on the last gridline
  const ticks: number[] = [];
  for (let v = min; v <= max + step / 2; v += step) ticks.push(Math.round(v / step) * step);
  return { min, max: Math.max(max, min + step), step, ticks };
}

/** Formats a number with a subset of Excel format codes: 0, 0.0…, #,##0, %, literal prefix/suffix. */
export function formatNumber(v: number, code?: string): string {
  const c = (code ?? 'General').split(';')[0]!;
  if (!c || /^general$/i.test(c)) return trimFloat(v);
  const pct = c.includes('%');
  const x = pct ? v * 100 : v;
  const m = /([#0,]*0)(\.(0+))?/.exec(c);
  if (!m) return trimFloat(v);
  const decimals = m[3]?.length ?? 0;
  const grouped = m[1]!.includes(',');
  let s = Math.abs(x).toFixed(decimals);
  if (grouped) {
    const [i, f] = s.split('.');
    s = i!.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (f ? `.${f}` : '');
  }
  const prefix = c.slice(0, m.index).replace(/["\\[\]$-]|\[.*?\]/g, (ch) => (ch === '$' ? '$' : '')).replace(/_./g, ' ');
  const suffix = c.slice(m.index + m[0].length).replace(/["\\]/g, '').replace(/_./g, ' ');
  return `${x < 0 ? '-' : ''}${prefix}${s}${suffix}`.trim();
}

function trimFloat(v: number): string {
  if (Number.isInteger(v)) return String(v);
  return String(Number(v.toPrecision(10)));
}
