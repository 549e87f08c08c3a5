/**
 * Category charts: bar (horizontal), column, line and area, clustered or stacked, with the value axis,
 * gridlines, category labels and data labels. Values come from the chart's cached numbers.
 */
import type { Chart, Color } from '../../deck/model.js';
import { formatNumber } from '../../drawingml/number-format.js';
import { cssColor } from '../css-color.js';
import { num } from '../units.js';
import { pointColor, svgText, textWidth, type Area } from './chart-frame.js';
import { niceAxis } from './scale.js';

// For charts whose model does not say (a pptx chart always does): Office 2013's default chart style,
// gridlines and axis lines in text colour 1 at 15% and 25%.
const GRID: Color = { hex: 'D9D9D9', alpha: 1 };
const AXIS: Color = { hex: 'BFBFBF', alpha: 1 };

function stackedTotals(chart: Chart): { pos: number[]; neg: number[] } {
  const n = chart.categories.length || Math.max(0, ...chart.series.map((s) => s.values.length));
  const pos = new Array<number>(n).fill(0);
  const neg = new Array<number>(n).fill(0);
  for (const s of chart.series) s.values.forEach((v, i) => { if (v != null) (v >= 0 ? pos : neg)[i]! += v; });
  return { pos, neg };
}

export function categoryPlot(chart: Chart, a: Area, cls: string, fs: number): string {
  const n = chart.categories.length || Math.max(0, ...chart.series.map((s) => s.values.length));
  if (n === 0) return '';
  const horizontal = chart.type === 'bar';
  const stacked = chart.grouping === 'stacked' || chart.grouping === 'percentStacked';
  const percent = chart.grouping === 'percentStacked';
  const totals = stackedTotals(chart);
  let lo: number;
  let hi: number;
  if (percent) [lo, hi] = [totals.neg.some((v) => v < 0) ? -1 : 0, 1];
  else if (stacked) [lo, hi] = [Math.min(0, ...totals.neg), Math.max(0, ...totals.pos)];
  else {
    const all = chart.series.flatMap((s) => s.values.filter((v): v is number => v != null));
    [lo, hi] = [Math.min(0, ...all), Math.max(0, ...all)];
    if (chart.type === 'line' && all.length) lo = Math.min(...all) >= 0 ? 0 : Math.min(...all);
  }
  const axis = niceAxis(lo, hi);
  const fmt = (v: number) => formatNumber(v, percent ? '0%' : chart.numberFormat);
  const labelW = Math.max(...axis.ticks.map((t) => textWidth(fmt(t), fs))) + 8;
  const catLabelH = fs * 1.8;
  const catLabelW = horizontal ? Math.min(a.w * 0.35, Math.max(...chart.categories.map((c) => textWidth(c, fs))) + 10) : 0;
  // Plot rectangle inside the axis labels.
  const p = horizontal
    ? { x: a.x + catLabelW, y: a.y, w: a.w - catLabelW, h: a.h - catLabelH }
    : { x: a.x + labelW, y: a.y, w: a.w - labelW, h: a.h - catLabelH };
  const out: string[] = [];
  const range = axis.max - axis.min || 1;
  // Value -> coordinate along the value axis.
  const vpos = (v: number) => (horizontal ? p.x + ((v - axis.min) / range) * p.w : p.y + p.h - ((v - axis.min) / range) * p.h);
  const band = (horizontal ? p.h : p.w) / n;
  // Bars run bottom-up on a horizontal bar chart (first category at the bottom), left-right otherwise.
  const bandStart = (i: number) => (horizontal ? p.y + p.h - band * (i + 1) : p.x + band * i);
  if (chart.plotBackground.type === 'solid') out.push(`<rect x="${num(p.x)}" y="${num(p.y)}" width="${num(p.w)}" height="${num(p.h)}" fill="${cssColor(chart.plotBackground.color)}"/>`);
  for (const t of axis.ticks) {
    const c = vpos(t);
    if (chart.gridlines) {
      out.push(horizontal
        ? `<line x1="${num(c)}" y1="${num(p.y)}" x2="${num(c)}" y2="${num(p.y + p.h)}" stroke="${cssColor(chart.gridlineColor ?? GRID)}" stroke-width="1"/>`
        : `<line x1="${num(p.x)}" y1="${num(c)}" x2="${num(p.x + p.w)}" y2="${num(c)}" stroke="${cssColor(chart.gridlineColor ?? GRID)}" stroke-width="1"/>`);
    }
    out.push(horizontal
      ? svgText(c, p.y + p.h + catLabelH / 2, fmt(t), chart.textColor, { cls, size: fs })
      : svgText(p.x - 6, c, fmt(t), chart.textColor, { anchor: 'end', cls, size: fs }));
  }
  const zero = vpos(Math.max(axis.min, Math.min(axis.max, 0)));
  out.push(horizontal
    ? `<line x1="${num(zero)}" y1="${num(p.y)}" x2="${num(zero)}" y2="${num(p.y + p.h)}" stroke="${cssColor(chart.axisColor ?? AXIS)}" stroke-width="1"/>`
    : `<line x1="${num(p.x)}" y1="${num(zero)}" x2="${num(p.x + p.w)}" y2="${num(zero)}" stroke="${cssColor(chart.axisColor ?? AXIS)}" stroke-width="1"/>`);
  chart.categories.forEach((c, i) => {
    const mid = bandStart(i) + band / 2;
    out.push(horizontal
      ? svgText(p.x - 6, mid, c, chart.textColor, { anchor: 'end', cls, size: fs })
      : svgText(mid, p.y + p.h + catLabelH / 2, c, chart.textColor, { cls, size: fs }));
  });
  if (chart.type === 'bar' || chart.type === 'column') out.push(bars(chart, { horizontal, stacked, percent, n, band, bandStart, vpos, totals, fmt, cls, fs }));
  else out.push(linesAndAreas(chart, { stacked, percent, n, band, bandStart, vpos, totals, fmt, cls, fs, bottom: zero }));
  return out.join('');
}

interface Ctx {
  stacked: boolean;
  percent: boolean;
  n: number;
  band: number;
  bandStart: (i: number) => number;
  vpos: (v: number) => number;
  totals: { pos: number[]; neg: number[] };
  fmt: (v: number) => string;
  cls: string;
  fs: number;
}

function bars(chart: Chart, c: Ctx & { horizontal: boolean }): string {
  const out: string[] = [];
  const ns = chart.series.length || 1;
  // Band = gap + the category's bars; bars overlap by `overlap` percent (stacked bars fully).
  const gap = Math.max(0, chart.gapWidth ?? 150) / 100;
  const overlap = c.stacked ? 1 : Math.max(-1, Math.min(1, (chart.overlap ?? 0) / 100));
  const slots = c.stacked ? 1 : ns - (ns - 1) * overlap;
  const barW = c.band / (slots + gap);
  const step = barW * (1 - overlap);
  const offset = (c.band - barW * slots) / 2;
  const base = { pos: new Array<number>(c.n).fill(0), neg: new Array<number>(c.n).fill(0) };
  chart.series.forEach((s, si) => {
    s.values.forEach((raw, i) => {
      if (raw == null || i >= c.n) return;
      const total = c.totals.pos[i]! - c.totals.neg[i]!;
      const v = c.percent ? (total ? raw / total : 0) : raw;
      let from = 0;
      if (c.stacked) {
        const acc = v >= 0 ? base.pos : base.neg;
        from = acc[i]!;
        acc[i]! += v;
      }
      const a = c.vpos(from);
      const b = c.vpos(from + v);
      const start = c.bandStart(i) + offset + (c.stacked ? 0 : step * (c.horizontal ? ns - 1 - si : si));
      const color = cssColor(pointColor(chart, si, i));
      const [x, y, w, h] = c.horizontal ? [Math.min(a, b), start, Math.abs(b - a), barW] : [start, Math.min(a, b), barW, Math.abs(b - a)];
      out.push(`<rect x="${num(x)}" y="${num(y)}" width="${num(w)}" height="${num(h)}" fill="${color}"/>`);
      if (chart.showDataLabels) {
        const label = c.fmt(c.percent ? v : raw);
        out.push(c.horizontal
          ? svgText(x + w + 4, y + h / 2, label, chart.textColor, { anchor: 'start', cls: c.cls, size: c.fs })
          : svgText(x + w / 2, c.stacked ? y + h / 2 : y - c.fs * 0.7, label, chart.textColor, { cls: c.cls, size: c.fs }));
      }
    });
  });
  return out.join('');
}

function linesAndAreas(chart: Chart, c: Ctx & { bottom: number }): string {
  const out: string[] = [];
  const acc = new Array<number>(c.n).fill(0);
  const areas: string[] = [];
  chart.series.forEach((s) => {
    const pts: [number, number, number][] = [];
    const prev = [...acc];
    for (let i = 0; i < c.n; i++) {
      const raw = s.values[i];
      if (raw == null) continue;
      const total = c.totals.pos[i]! - c.totals.neg[i]!;
      const v = c.percent ? (total ? raw / total : 0) : raw;
      const y = c.stacked ? (acc[i]! += v) : v;
      pts.push([c.bandStart(i) + c.band / 2, c.vpos(y), i]);
    }
    if (pts.length === 0) return;
    const color = cssColor(s.color);
    const d = pts.map(([x, y], i) => `${i ? 'L' : 'M'}${num(x)} ${num(y)}`).join('');
    if (chart.type === 'area') {
      const back = c.stacked
        ? [...pts].reverse().map(([x, , i]) => `L${num(x)} ${num(c.vpos(prev[i] ?? 0))}`).join('')
        : `L${num(pts[pts.length - 1]![0])} ${num(c.bottom)}L${num(pts[0]![0])} ${num(c.bottom)}`;
      areas.push(`<path d="${d}${back}Z" fill="${color}"/>`);
    } else {
      const w = s.line && s.line.width > 0 ? Math.max(1, s.line.width / 9525) : 3;
      out.push(`<path d="${d}" fill="none" stroke="${color}" stroke-width="${num(w)}" stroke-linejoin="round" stroke-linecap="round"/>`);
      if (chart.markers) for (const [x, y] of pts) out.push(`<circle cx="${num(x)}" cy="${num(y)}" r="3.5" fill="${color}"/>`);
    }
    if (chart.showDataLabels) {
      s.values.forEach((raw, i) => {
        if (raw != null && i < c.n) out.push(svgText(c.bandStart(i) + c.band / 2, c.vpos(c.stacked ? acc[i]! : raw) - c.fs * 0.8, c.fmt(raw), chart.textColor, { cls: c.cls, size: c.fs }));
      });
    }
  });
  return areas.join('') + out.join('');
}
