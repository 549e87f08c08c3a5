/** Outer shadows (a:outerShdw) as an SVG filter or a CSS drop-shadow. */
import type { Shadow } from '../../deck/model.js';
import { cssColor, hex } from '../css-color.js';
import type { RenderContext } from '../render-context.js';
import { num, px } from '../units.js';

function offset(s: Shadow): { dx: number; dy: number; sd: number } {
  const a = (s.dir * Math.PI) / 180;
  // DrawingML's blurRad is a radius; a Gaussian with sigma = radius / 2 looks the same.
  return { dx: px(s.dist) * Math.cos(a), dy: px(s.dist) * Math.sin(a), sd: px(s.blur) / 2 };
}

/** A <filter> for a shape drawn in a w x h px box; returns its id and markup. */
export function svgShadowFilter(s: Shadow, ctx: RenderContext, w: number, h: number): { id: string; defs: string } {
  const id = ctx.id('shadow');
  const { dx, dy, sd } = offset(s);
  const pad = Math.abs(dx) + Math.abs(dy) + sd * 3 + 4;
  const defs =
    `<filter id="${id}" filterUnits="userSpaceOnUse" x="${num(-pad)}" y="${num(-pad)}" width="${num(w + 2 * pad)}" height="${num(h + 2 * pad)}">` +
    `<feDropShadow dx="${num(dx)}" dy="${num(dy)}" stdDeviation="${num(sd)}" flood-color="${hex(s.color)}" flood-opacity="${num(s.color.alpha)}"/></filter>`;
  return { id, defs };
}

/** CSS `filter` value for pictures and text. */
export function cssDropShadow(s: Shadow): string {
  const { dx, dy, sd } = offset(s);
  return `drop-shadow(${num(dx)}px ${num(dy)}px ${num(sd)}px ${cssColor(s.color)})`;
}
