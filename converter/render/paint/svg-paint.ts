/**
 * Fills -> SVG paint. Solid colours become attributes; gradients, patterns and pictures become
 * <defs> entries in the shape's own user space (0..w, 0..h px), so angles and focus points are
 * relative to the shape's box as in DrawingML.
 */
import type { Color, Fill, GradientFill } from '../../deck/model.js';
import { cssColor, hex, shade } from '../css-color.js';
import { escapeAttr } from '../escape.js';
import { imageSize } from '../image-size.js';
import type { RenderContext } from '../render-context.js';
import { num } from '../units.js';
import { patternTile } from './pattern-tile.js';

export interface Paint {
  /** `none`, `#RRGGBB` or `url(#id)`. */
  paint: string;
  opacity: number;
  defs: string;
}

export const NO_PAINT: Paint = { paint: 'none', opacity: 1, defs: '' };

/** Paint for `fill` over a w x h px box; `tone` darkens/lightens (path fill modes). */
export function svgPaint(fill: Fill, ctx: RenderContext, w: number, h: number, tone = 1): Paint {
  switch (fill.type) {
    case 'none':
      return NO_PAINT;
    case 'solid': {
      const c = tone === 1 ? fill.color : shade(fill.color, tone);
      return { paint: hex(c), opacity: c.alpha, defs: '' };
    }
    case 'gradient':
      return gradient(fill, ctx, w, h, tone);
    case 'pattern': {
      const id = ctx.id('pat');
      const { size, body } = patternTile(fill.preset, tone === 1 ? fill.fg : shade(fill.fg, tone), tone === 1 ? fill.bg : shade(fill.bg, tone));
      const defs = `<pattern id="${id}" patternUnits="userSpaceOnUse" width="${size}" height="${size}">${body}</pattern>`;
      return { paint: `url(#${id})`, opacity: 1, defs };
    }
    case 'picture': {
      const uri = ctx.media.uri(fill.image);
      if (!uri) return NO_PAINT;
      const id = ctx.id('img');
      return { paint: `url(#${id})`, opacity: fill.alpha, defs: picturePattern(id, uri, fill, ctx, w, h) };
    }
  }
}

function stops(g: GradientFill, tone: number, reverse: boolean): string {
  const list = [...g.stops].sort((a, b) => a.pos - b.pos);
  const s = reverse ? list.map((x) => ({ pos: 1 - x.pos, color: x.color })).reverse() : list;
  return s
    .map((x) => {
      const c: Color = tone === 1 ? x.color : shade(x.color, tone);
      const op = c.alpha < 1 ? ` stop-opacity="${num(c.alpha)}"` : '';
      return `<stop offset="${num(x.pos)}" stop-color="${hex(c)}"${op}/>`;
    })
    .join('');
}

function gradient(g: GradientFill, ctx: RenderContext, w: number, h: number, tone: number): Paint {
  const id = ctx.id('grad');
  if (g.stops.length === 0) return NO_PAINT;
  if (g.stops.length === 1) return { paint: hex(g.stops[0]!.color), opacity: g.stops[0]!.color.alpha, defs: '' };
  if (g.kind === 'linear') {
    // CSS-style gradient line: through the centre at the angle, long enough to reach the far corners.
    const a = (g.angle * Math.PI) / 180;
    const dx = Math.cos(a);
    const dy = Math.sin(a);
    const half = (Math.abs(w * dx) + Math.abs(h * dy)) / 2;
    const [cx, cy] = [w / 2, h / 2];
    const defs =
      `<linearGradient id="${id}" gradientUnits="userSpaceOnUse" x1="${num(cx - dx * half)}" y1="${num(cy - dy * half)}" ` +
      `x2="${num(cx + dx * half)}" y2="${num(cy + dy * half)}">${stops(g, tone, false)}</linearGradient>`;
    return { paint: `url(#${id})`, opacity: 1, defs };
  }
  // Path gradients: stop 0 sits at the focus rectangle, the last stop at the shape's edge.
  const f = g.focus ?? { l: 0.5, t: 0.5, r: 0.5, b: 0.5 };
  const fx = (w * (f.l + 1 - f.r)) / 2;
  const fy = (h * (f.t + 1 - f.b)) / 2;
  const corners = [[0, 0], [w, 0], [0, h], [w, h]] as const;
  const r = Math.max(...corners.map(([x, y]) => Math.hypot(x - fx, y - fy)));
  const rr = g.kind === 'circle' ? r : Math.max(w, h) * 0.75;
  const defs = `<radialGradient id="${id}" gradientUnits="userSpaceOnUse" cx="${num(fx)}" cy="${num(fy)}" r="${num(Math.max(rr, 1))}">${stops(g, tone, false)}</radialGradient>`;
  return { paint: `url(#${id})`, opacity: 1, defs };
}

function picturePattern(id: string, uri: string, fill: Extract<Fill, { type: 'picture' }>, ctx: RenderContext, w: number, h: number): string {
  const src = escapeAttr(uri);
  if (fill.tile) {
    const bytes = ctx.media.bytes(fill.image);
    const size = bytes ? imageSize(bytes) : undefined;
    if (size && size.w > 0 && size.h > 0) {
      return `<pattern id="${id}" patternUnits="userSpaceOnUse" width="${size.w}" height="${size.h}"><image href="${src}" width="${size.w}" height="${size.h}" preserveAspectRatio="none"/></pattern>`;
    }
  }
  const c = fill.crop ?? { l: 0, t: 0, r: 0, b: 0 };
  const iw = w / Math.max(0.0001, 1 - c.l - c.r);
  const ih = h / Math.max(0.0001, 1 - c.t - c.b);
  return (
    `<pattern id="${id}" patternUnits="userSpaceOnUse" width="${num(w)}" height="${num(h)}">` +
    `<image href="${src}" x="${num(-c.l * iw)}" y="${num(-c.t * ih)}" width="${num(iw)}" height="${num(ih)}" preserveAspectRatio="none"/></pattern>`
  );
}

/** Solid CSS colour for a fill, for places that cannot take SVG paint (table cells); gradients -> first stop. */
export function cssBackground(fill: Fill): string | undefined {
  if (fill.type === 'solid') return cssColor(fill.color);
  if (fill.type === 'gradient' && fill.stops.length > 0) return cssColor(fill.stops[0]!.color);
  if (fill.type === 'pattern') return cssColor(fill.bg);
  return undefined;
}
