/**
 * A cell's fill over the table background (a:tblBg or a tblPr fill). The model has no separate table
 * background, so it is folded into the cells: a cell without a fill shows the background, and a
 * see-through solid cell fill (the "alpha 20%" bands of many styles) is composited over a solid one.
 */
import type { Color, Fill } from '../model.js';

function channel(hex: string, i: number): number {
  return parseInt(hex.slice(i * 2, i * 2 + 2), 16);
}

/** Source-over compositing of two colours. */
export function composite(top: Color, under: Color): Color {
  const a = top.alpha + under.alpha * (1 - top.alpha);
  if (a <= 0) return { hex: '000000', alpha: 0 };
  const mix = (i: number) => {
    const v = (channel(top.hex, i) * top.alpha + channel(under.hex, i) * under.alpha * (1 - top.alpha)) / a;
    return Math.round(v).toString(16).padStart(2, '0');
  };
  return { hex: (mix(0) + mix(1) + mix(2)).toUpperCase(), alpha: Math.round(a * 100000) / 100000 };
}

export function overFill(cell: Fill, background: Fill | undefined): Fill {
  if (!background || background.type === 'none') return cell;
  if (cell.type === 'none') return background;
  if (cell.type === 'solid' && cell.color.alpha < 1 && background.type === 'solid') {
    return { type: 'solid', color: composite(cell.color, background.color) };
  }
  return cell;
}
