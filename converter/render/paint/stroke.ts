/**
 * Lines (a:ln) -> SVG stroke attributes and arrowhead markers. Dash presets are multiples of the line
 * width (ECMA-376 ST_PresetLineDashVal); arrowheads scale with the width: sm/med/lg = 2/3/5 times it.
 */
import type { Line, LineEnd } from '../../deck/model.js';
import type { RenderContext } from '../render-context.js';
import { num, px } from '../units.js';
import { svgPaint } from './svg-paint.js';

const DASHES: Record<string, number[]> = {
  dot: [1, 3], dash: [4, 3], lgDash: [8, 3], dashDot: [4, 3, 1, 3], lgDashDot: [8, 3, 1, 3],
  lgDashDotDot: [8, 3, 1, 3, 1, 3], sysDot: [1, 1], sysDash: [3, 1], sysDashDot: [3, 1, 1, 1],
  sysDashDotDot: [3, 1, 1, 1, 1, 1],
};

const CAPS = { flat: 'butt', rnd: 'round', sq: 'square' } as const;
const SIZE: Record<string, number> = { sm: 2, med: 3, lg: 5 };

export interface Stroke {
  /** Attributes to put on the path (empty paint = no stroke). */
  attrs: string;
  defs: string;
  /** Stroke width in px (0 = none). */
  width: number;
}

export const NO_STROKE: Stroke = { attrs: 'stroke="none"', defs: '', width: 0 };

/** `open` paths get arrowheads; closed ones never do. */
export function svgStroke(line: Line, ctx: RenderContext, w: number, h: number, open = true): Stroke {
  if (line.width <= 0 || line.fill.type === 'none') return NO_STROKE;
  const width = Math.max(px(line.width), 0.5);
  const paint = svgPaint(line.fill, ctx, w, h);
  if (paint.paint === 'none') return NO_STROKE;
  const attrs = [`stroke="${paint.paint}"`, `stroke-width="${num(width)}"`];
  if (paint.opacity < 1) attrs.push(`stroke-opacity="${num(paint.opacity)}"`);
  attrs.push(`stroke-linecap="${CAPS[line.cap] ?? 'butt'}"`, `stroke-linejoin="${line.join === 'miter' ? 'miter' : line.join}"`);
  if (line.join === 'miter') attrs.push('stroke-miterlimit="8"');
  const dash = DASHES[line.dash];
  if (dash) {
    // Round and square caps already lengthen each dash by the width; shorten dashes to match PowerPoint's look.
    const capped = line.cap !== 'flat';
    const arr = dash.map((d, i) => Math.max(0.01, (i % 2 === 0 && capped ? d - 1 : i % 2 === 1 && capped ? d + 1 : d) * width));
    attrs.push(`stroke-dasharray="${arr.map(num).join(' ')}"`);
  }
  let defs = paint.defs;
  if (open) {
    const color = paint.paint.startsWith('url(') ? '#000000' : paint.paint;
    for (const [end, where] of [[line.head, 'start'], [line.tail, 'end']] as const) {
      if (!end || end.type === 'none') continue;
      const id = ctx.id('arrow');
      defs += marker(id, end, width, color, paint.opacity, where === 'start');
      attrs.push(`marker-${where}="url(#${id})"`);
    }
  }
  return { attrs: attrs.join(' '), defs, width };
}

/** An arrowhead drawn in user space: tip at the path's end, pointing along the path. */
function marker(id: string, end: LineEnd, width: number, color: string, opacity: number, reverse: boolean): string {
  // Arrowheads stay visible on hairlines: size them from at least 2 pt of width.
  const base = Math.max(width, 8 / 3);
  const len = (SIZE[end.len] ?? 3) * base;
  const wid = (SIZE[end.w] ?? 3) * base;
  const hw = wid / 2;
  const op = opacity < 1 ? ` fill-opacity="${num(opacity)}" stroke-opacity="${num(opacity)}"` : '';
  let shape: string;
  switch (end.type) {
    case 'arrow':
      shape = `<path d="M${num(-len)} ${num(-hw)}L0 0L${num(-len)} ${num(hw)}" fill="none" stroke="${color}" stroke-width="${num(width)}" stroke-linejoin="miter"${op}/>`;
      break;
    case 'stealth':
      shape = `<path d="M0 0L${num(-len)} ${num(-hw)}L${num(-len * 0.6)} 0L${num(-len)} ${num(hw)}Z" fill="${color}"${op}/>`;
      break;
    case 'diamond':
      shape = `<path d="M${num(len / 2)} 0L0 ${num(-hw)}L${num(-len / 2)} 0L0 ${num(hw)}Z" fill="${color}"${op}/>`;
      break;
    case 'oval':
      shape = `<ellipse cx="0" cy="0" rx="${num(len / 2)}" ry="${num(hw)}" fill="${color}"${op}/>`;
      break;
    default:
      shape = `<path d="M0 0L${num(-len)} ${num(-hw)}L${num(-len)} ${num(hw)}Z" fill="${color}"${op}/>`;
  }
  const box = Math.ceil(len + wid + width) * 2;
  return (
    `<marker id="${id}" markerUnits="userSpaceOnUse" orient="${reverse ? 'auto-start-reverse' : 'auto'}" ` +
    `viewBox="${-box / 2} ${-box / 2} ${box} ${box}" markerWidth="${box}" markerHeight="${box}" refX="0" refY="0" overflow="visible">${shape}</marker>`
  );
}
