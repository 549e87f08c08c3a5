/**
 * Tables as a CSS grid: column widths fixed, rows at least their saved height (they grow with their
 * text, as PowerPoint's do), merged cells spanning tracks. Borders are drawn centred on the grid lines
 * and above every cell fill, as PowerPoint draws them.
 */
import type { Line, TableCell, TableElement } from '../../deck/model.js';
import { cssColor } from '../css-color.js';
import { cssBackground, svgPaint } from '../paint/svg-paint.js';
import type { RenderContext } from '../render-context.js';
import { textBodyHtml } from '../text/text-body.js';
import { num, px } from '../units.js';
import { boxPx, transformCss } from './frame.js';

const DASH: Record<string, string> = { dot: 'dotted', sysDot: 'dotted', dash: 'dashed', sysDash: 'dashed', lgDash: 'dashed', dashDot: 'dashed', lgDashDot: 'dashed', lgDashDotDot: 'dashed', sysDashDot: 'dashed', sysDashDotDot: 'dashed' };

function borderDiv(line: Line, side: 'top' | 'bottom' | 'left' | 'right'): string {
  if (line.width <= 0 || line.fill.type === 'none') return '';
  const color = line.fill.type === 'solid' ? cssColor(line.fill.color) : cssBackground(line.fill) ?? '#000';
  const w = Math.max(px(line.width), 0.5);
  const half = num(-w / 2);
  const style = DASH[line.dash] ?? 'solid';
  const pos = {
    top: `left:${half}px;right:${half}px;top:${half}px;border-top:${num(w)}px ${style} ${color}`,
    bottom: `left:${half}px;right:${half}px;bottom:${half}px;border-top:${num(w)}px ${style} ${color}`,
    left: `top:${half}px;bottom:${half}px;left:${half}px;border-left:${num(w)}px ${style} ${color}`,
    right: `top:${half}px;bottom:${half}px;right:${half}px;border-left:${num(w)}px ${style} ${color}`,
  }[side];
  return `<div class="tbd" style="${pos}"></div>`;
}

function cellHtml(cell: TableCell, row: number, col: number, w: number, h: number, ctx: RenderContext): string {
  const st = [
    `grid-row:${row + 1} / span ${Math.max(1, cell.rowSpan)}`,
    `grid-column:${col + 1} / span ${Math.max(1, cell.gridSpan)}`,
  ];
  let fillSvg = '';
  if (cell.fill.type === 'solid') st.push(`background:${cssColor(cell.fill.color)}`);
  else if (cell.fill.type !== 'none') {
    const p = svgPaint(cell.fill, ctx, w, h);
    if (p.paint !== 'none') {
      fillSvg = `<svg class="g" width="100%" height="100%" preserveAspectRatio="none" viewBox="0 0 ${num(w)} ${num(h)}"><defs>${p.defs}</defs><rect width="${num(w)}" height="${num(h)}" fill="${p.paint}" fill-opacity="${num(p.opacity)}"/></svg>`;
    }
  }
  const b = cell.borders;
  const borders = borderDiv(b.top, 'top') + borderDiv(b.bottom, 'bottom') + borderDiv(b.left, 'left') + borderDiv(b.right, 'right');
  // The cell's text flows in the cell (it may make the row taller), so it is not absolutely placed.
  const text = textBodyHtml(cell.text, { x: 0, y: 0, w, h, unmirror: false, elementRotation: 0, flow: true }, ctx);
  return `<div class="td" style="${st.join(';')}">${fillSvg}${text}${borders}</div>`;
}

export function tableHtml(el: TableElement, ctx: RenderContext): string {
  const box = boxPx(el);
  const cols = el.columns.map(px);
  const rows = el.rows.map((r) => px(r.height));
  const cells: string[] = [];
  el.rows.forEach((row, r) => {
    row.cells.forEach((cell, c) => {
      if (cell.merged || c >= cols.length) return;
      const w = cols.slice(c, c + Math.max(1, cell.gridSpan)).reduce((a, b) => a + b, 0);
      const h = rows.slice(r, r + Math.max(1, cell.rowSpan)).reduce((a, b) => a + b, 0);
      cells.push(cellHtml(cell, r, c, w, h, ctx));
    });
  });
  const grid = [
    'display:grid',
    `grid-template-columns:${cols.map((c) => `${num(c)}px`).join(' ')}`,
    `grid-template-rows:${rows.map((r) => `minmax(${num(r)}px,auto)`).join(' ')}`,
  ];
  // No fixed height: rows grow with their text as PowerPoint's do.
  const st = [`left:${num(box.x)}px`, `top:${num(box.y)}px`, `width:${num(box.w)}px`, ...grid];
  const t = transformCss(el);
  if (t) st.push(`transform:${t}`, `transform-origin:${num(box.w / 2)}px ${num(box.h / 2)}px`);
  return `<div class="e" style="${st.join(';')}">${cells.join('')}</div>`;
}
