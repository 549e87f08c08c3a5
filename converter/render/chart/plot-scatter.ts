/** Scatter and bubble charts: two value axes, markers, and lines when the series has one. */
import type { Chart } from '../../deck/model.js';
import { formatNumber } from '../../drawingml/number-format.js';
import { cssColor } from '../css-color.js';
import { num } from '../units.js';
import { svgText, textWidth, type Area } from './chart-frame.js';
import { niceAxis } from './scale.js';

export function scatterPlot(chart: Chart, a: Area, cls: string, fs: number): string {
  const xs = chart.series.flatMap((s) => (s.xValues ?? s.values.map((_, i) => i + 1)).filter((v): v is number => v != null));
  const ys = chart.series.flatMap((s) => s.values.filter((v): v is number => v != null));
  if (ys.length === 0) return '';
  const ax = niceAxis(Math.min(0, ...xs), Math.max(...xs));
  const ay = niceAxis(Math.min(0, ...ys), Math.max(...ys));
  const fmt = (v: number) => formatNumber(v, chart.numberFormat);
  const lw = Math.max(...ay.ticks.map((t) => textWidth(fmt(t), fs))) + 8;
  const p = { x: a.x + lw, y: a.y, w: a.w - lw, h: a.h - fs * 1.8 };
  const X = (v: number) => p.x + ((v - ax.min) / (ax.max - ax.min || 1)) * p.w;
  const Y = (v: number) => p.y + p.h - ((v - ay.min) / (ay.max - ay.min || 1)) * p.h;
  const out: string[] = [];
  for (const t of ay.ticks) {
    if (chart.gridlines) out.push(`<line x1="${num(p.x)}" y1="${num(Y(t))}" x2="${num(p.x + p.w)}" y2="${num(Y(t))}" stroke="${chart.gridlineColor ? cssColor(chart.gridlineColor) : "#D9D9D9"}"/>`);
    out.push(svgText(p.x - 6, Y(t), fmt(t), chart.textColor, { anchor: 'end', cls, size: fs }));
  }
  for (const t of ax.ticks) out.push(svgText(X(t), p.y + p.h + fs, formatNumber(t), chart.textColor, { cls, size: fs }));
  out.push(`<line x1="${num(p.x)}" y1="${num(p.y + p.h)}" x2="${num(p.x + p.w)}" y2="${num(p.y + p.h)}" stroke="#BFBFBF"/>`);
  for (const s of chart.series) {
    const pts: [number, number][] = [];
    s.values.forEach((v, i) => {
      const x = s.xValues ? s.xValues[i] : i + 1;
      if (v != null && x != null) pts.push([X(x), Y(v)]);
    });
    const color = cssColor(s.color);
    if (s.line && s.line.width > 0 && s.line.fill.type !== 'none' && pts.length > 1) {
      out.push(`<path d="${pts.map(([x, y], i) => `${i ? 'L' : 'M'}${num(x)} ${num(y)}`).join('')}" fill="none" stroke="${color}" stroke-width="${num(Math.max(1, s.line.width / 9525))}"/>`);
    }
    const r = chart.type === 'bubble' ? 8 : 3.5;
    for (const [x, y] of pts) out.push(`<circle cx="${num(x)}" cy="${num(y)}" r="${r}" fill="${color}"${chart.type === 'bubble' ? ' fill-opacity="0.75"' : ''}/>`);
  }
  return out.join('');
}
