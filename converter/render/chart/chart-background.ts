/** A filled rectangle for a chart's or plot area's background (none = nothing). */
import type { Fill } from '../../deck/model.js';
import { svgPaint } from '../paint/svg-paint.js';
import type { RenderContext } from '../render-context.js';
import { num } from '../units.js';

export function elementBackground(fill: Fill, ctx: RenderContext, w: number, h: number): string {
  const p = svgPaint(fill, ctx, w, h);
  if (p.paint === 'none') return '';
  const op = p.opacity < 1 ? ` fill-opacity="${num(p.opacity)}"` : '';
  return `${p.defs ? `<defs>${p.defs}</defs>` : ''}<rect width="${num(w)}" height="${num(h)}" fill="${p.paint}"${op}/>`;
}
