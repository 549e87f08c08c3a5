/** Pie and doughnut charts (first series, one slice per point, clockwise from 12 o'clock), and radar. */
import type { Chart } from '../../deck/model.js';
import { formatNumber } from '../../drawingml/number-format.js';
import { cssColor } from '../css-color.js';
import { num } from '../units.js';
import { pointColor, svgText, type Area } from './chart-frame.js';

const WHITE = { hex: 'FFFFFF', alpha: 1 };

export function piePlot(chart: Chart, a: Area, cls: string, fs: number): string {
  const s = chart.series[0];
  if (!s) return '';
  const vals = s.values.map((v) => (v != null && v > 0 ? v : 0));
  const total = vals.reduce((x, y) => x + y, 0);
  if (total <= 0) return '';
  const r = Math.min(a.w, a.h) / 2 * 0.92;
  const cx = a.x + a.w / 2;
  const cy = a.y + a.h / 2;
  const hole = chart.type === 'doughnut' ? r * ((chart.holeSize ?? 50) / 100) : 0;
  const out: string[] = [];
  let ang = -Math.PI / 2;
  vals.forEach((v, i) => {
    if (v <= 0) return;
    const sweep = (v / total) * 2 * Math.PI;
    const a1 = ang;
    const a2 = ang + sweep;
    ang = a2;
    const color = cssColor(pointColor(chart, 0, i));
    const large = sweep > Math.PI ? 1 : 0;
    const p = (rad: number, t: number) => `${num(cx + rad * Math.cos(t))} ${num(cy + rad * Math.sin(t))}`;
    let d: string;
    if (sweep >= 2 * Math.PI - 1e-9) {
      d = `M${p(r, a1)}A${num(r)} ${num(r)} 0 1 1 ${p(r, a1 + Math.PI)}A${num(r)} ${num(r)} 0 1 1 ${p(r, a1)}Z`;
      if (hole) d += `M${p(hole, a1)}A${num(hole)} ${num(hole)} 0 1 0 ${p(hole, a1 + Math.PI)}A${num(hole)} ${num(hole)} 0 1 0 ${p(hole, a1)}Z`;
    } else if (hole) {
      d = `M${p(r, a1)}A${num(r)} ${num(r)} 0 ${large} 1 ${p(r, a2)}L${p(hole, a2)}A${num(hole)} ${num(hole)} 0 ${large} 0 ${p(hole, a1)}Z`;
    } else {
      d = `M${num(cx)} ${num(cy)}L${p(r, a1)}A${num(r)} ${num(r)} 0 ${large} 1 ${p(r, a2)}Z`;
    }
    out.push(`<path d="${d}" fill="${color}" fill-rule="evenodd" stroke="#FFFFFF" stroke-width="1.5" stroke-linejoin="round"/>`);
    if (chart.showDataLabels) {
      const mid = (a1 + a2) / 2;
      const lr = hole ? (r + hole) / 2 : r * 0.65;
      const text = chart.numberFormat?.includes('%') ? formatNumber(v / total, chart.numberFormat) : formatNumber(s.values[i] ?? 0, chart.numberFormat);
      out.push(svgText(cx + lr * Math.cos(mid), cy + lr * Math.sin(mid), text, WHITE, { cls, size: fs }));
    }
  });
  return out.join('');
}

export function radarPlot(chart: Chart, a: Area, cls: string, fs: number): string {
  const n = chart.categories.length;
  if (n < 3) return '';
  const all = chart.series.flatMap((s) => s.values.filter((v): v is number => v != null));
  const max = Math.max(1e-9, ...all);
  const r = Math.min(a.w, a.h) / 2 * 0.8;
  const cx = a.x + a.w / 2;
  const cy = a.y + a.h / 2;
  const at = (i: number, f: number) => {
    const t = -Math.PI / 2 + (i / n) * 2 * Math.PI;
    return [cx + r * f * Math.cos(t), cy + r * f * Math.sin(t)] as const;
  };
  const out: string[] = [];
  for (const f of [0.25, 0.5, 0.75, 1]) {
    const d = Array.from({ length: n }, (_, i) => at(i, f)).map(([x, y], i) => `${i ? 'L' : 'M'}${num(x)} ${num(y)}`).join('');
    out.push(`<path d="${d}Z" fill="none" stroke="#D9D9D9"/>`);
  }
  chart.categories.forEach((c, i) => {
    const [x, y] = at(i, 1.12);
    out.push(svgText(x, y, c, chart.textColor, { cls, size: fs }));
  });
  for (const s of chart.series) {
    const d = s.values.map((v, i) => at(i, (v ?? 0) / max)).map(([x, y], i) => `${i ? 'L' : 'M'}${num(x)} ${num(y)}`).join('');
    out.push(`<path d="${d}Z" fill="none" stroke="${cssColor(s.color)}" stroke-width="2.5"/>`);
  }
  return out.join('');
}
