/** Shared pieces of chart drawing: the text helper, series colours, and the layout of title/legend/plot. */
import type { Chart, Color } from '../../deck/model.js';
import { coarseTextEm } from '../../glyph-width.js';
import { cssColor } from '../css-color.js';
import { escapeHtml } from '../escape.js';
import { num } from '../units.js';

/** Chart text size in px: the chart's own default size, else PowerPoint's 10 pt. */
export function labelPx(chart: Chart): number {
  return ((chart.textSize ?? 10) * 4) / 3;
}

export interface Area {
  x: number;
  y: number;
  w: number;
  h: number;
}

export function svgText(x: number, y: number, text: string, color: Color, opts: { size?: number; anchor?: 'start' | 'middle' | 'end'; baseline?: 'middle' | 'hanging' | 'auto'; cls?: string; bold?: boolean } = {}): string {
  const size = opts.size ?? 13.33;
  const a = opts.anchor ?? 'middle';
  const db = opts.baseline === 'hanging' ? 'text-before-edge' : opts.baseline === 'auto' ? 'auto' : 'central';
  const weight = opts.bold ? ' font-weight="bold"' : '';
  return `<text x="${num(x)}" y="${num(y)}" font-size="${num(size)}" fill="${cssColor(color)}" text-anchor="${a}" dominant-baseline="${db}"${weight}${opts.cls ? ` class="${opts.cls}"` : ''}>${escapeHtml(text)}</text>`;
}

export function pointColor(chart: Chart, s: number, i: number): Color {
  const series = chart.series[s]!;
  return series.pointColors?.[i] ?? series.color;
}

/** Estimated text width in px for layout decisions (not for drawing). */
export function textWidth(text: string, size: number): number {
  return coarseTextEm(text) * size;
}

export interface Layout {
  title?: Area;
  legend?: Area;
  plot: Area;
}

/** Splits the chart box: title on top, legend on its side, the rest for the plot (with outer padding). */
export function layoutChart(chart: Chart, w: number, h: number, legendItems: string[], fs: number): Layout {
  const pad = Math.min(w, h) * 0.025 + 4;
  let area: Area = { x: pad, y: pad, w: w - 2 * pad, h: h - 2 * pad };
  const out: Layout = { plot: area };
  if (chart.title) {
    const th = fs * 1.2 * 1.7;
    out.title = { x: area.x, y: area.y, w: area.w, h: th };
    area = { ...area, y: area.y + th, h: area.h - th };
  }
  const pos = chart.legend?.position;
  if (pos && legendItems.length) {
    const itemW = Math.max(...legendItems.map((t) => textWidth(t, fs))) + fs * 0.6 + 5;
    const lineH = fs * 1.5;
    if (pos === 'r' || pos === 'l' || pos === 'tr') {
      const lw = Math.min(area.w * 0.4, itemW + 8);
      const lh = Math.min(area.h, legendItems.length * lineH);
      const lx = pos === 'l' ? area.x : area.x + area.w - lw;
      out.legend = { x: lx, y: pos === 'tr' ? area.y : area.y + (area.h - lh) / 2, w: lw, h: lh };
      area = { ...area, x: pos === 'l' ? area.x + lw + 8 : area.x, w: area.w - lw - 8 };
    } else {
      const lh = lineH + 4;
      out.legend = { x: area.x, y: pos === 't' ? area.y : area.y + area.h - lh, w: area.w, h: lh };
      area = { ...area, y: pos === 't' ? area.y + lh : area.y, h: area.h - lh };
    }
  }
  out.plot = area;
  return out;
}

/** Legend entries with a colour swatch each, laid out in the legend area. */
export function legendSvg(items: { label: string; color: Color; line?: boolean }[], a: Area, textColor: Color, vertical: boolean, cls: string, fs: number): string {
  const parts: string[] = [];
  const sw = fs * 0.6;
  if (vertical) {
    const lineH = a.h / Math.max(1, items.length);
    items.forEach((it, i) => {
      const cy = a.y + lineH * (i + 0.5);
      parts.push(swatch(a.x, cy, sw, it.color, it.line));
      parts.push(svgText(a.x + sw + 5, cy, it.label, textColor, { anchor: 'start', cls, size: fs }));
    });
  } else {
    const widths = items.map((it) => sw + 5 + textWidth(it.label, fs) + fs);
    const total = widths.reduce((x, y) => x + y, 0);
    let x = a.x + Math.max(0, (a.w - total) / 2);
    const cy = a.y + a.h / 2;
    items.forEach((it, i) => {
      parts.push(swatch(x, cy, sw, it.color, it.line));
      parts.push(svgText(x + sw + 5, cy, it.label, textColor, { anchor: 'start', cls, size: fs }));
      x += widths[i]!;
    });
  }
  return parts.join('');
}

function swatch(x: number, cy: number, s: number, c: Color, line?: boolean): string {
  if (line) return `<line x1="${num(x - 3)}" y1="${num(cy)}" x2="${num(x + s + 3)}" y2="${num(cy)}" stroke="${cssColor(c)}" stroke-width="2.5"/>`;
  return `<rect x="${num(x)}" y="${num(cy - s / 2)}" width="${num(s)}" height="${num(s)}" fill="${cssColor(c)}"/>`;
}
