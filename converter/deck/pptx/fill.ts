/**
 * Fills: a:noFill, a:solidFill, a:gradFill, a:blipFill, a:pattFill, a:grpFill inside any container
 * (p:spPr, a:tcPr, p:bgPr, a:rPr, a:ln …). Pictures are registered in Deck.media via ctx.media.
 */
import type { Color, Fill, GradientFill } from '../model.js';
import type { XmlNode } from '../xml.js';
import { BLACK, readColor } from './color.js';
import type { ReadContext } from './read-context.js';
import './visual-context.js';

const FILL_ELEMENTS = new Set(['noFill', 'solidFill', 'gradFill', 'blipFill', 'pattFill', 'grpFill']);

export const NO_FILL: Fill = { type: 'none' };

/** The fill element child of a container, if any. */
export function fillNode(container: XmlNode | undefined): XmlNode | undefined {
  if (!container) return undefined;
  for (const c of container.children) if (FILL_ELEMENTS.has(c.local)) return c;
  return undefined;
}

/** The fill specified in `container`, or undefined when it specifies none (so inheritance continues). */
export function readFill(container: XmlNode | undefined, ctx: ReadContext, phClr?: Color): Fill | undefined {
  const n = fillNode(container);
  return n ? readFillNode(n, ctx, phClr) : undefined;
}

/** One fill element itself (a:solidFill, a:gradFill, … as found in the theme's fill style lists too). */
export function readFillNode(n: XmlNode, ctx: ReadContext, phClr?: Color): Fill {
  switch (n.local) {
    case 'noFill': return NO_FILL;
    case 'solidFill': return { type: 'solid', color: readColor(n, ctx, phClr) ?? phClr ?? BLACK };
    case 'gradFill': return readGradient(n, ctx, phClr);
    case 'blipFill': return readBlipFill(n, ctx);
    case 'pattFill': return {
      type: 'pattern',
      preset: n.attr('prst') ?? 'pct5',
      fg: readColor(n.child('a:fgClr'), ctx, phClr) ?? BLACK,
      bg: readColor(n.child('a:bgClr'), ctx, phClr) ?? { hex: 'FFFFFF', alpha: 1 },
    };
    case 'grpFill': return ctx.groupFill ?? NO_FILL;
  }
  return NO_FILL;
}

function fractions(n: XmlNode | undefined): { l: number; t: number; r: number; b: number } {
  const f = (k: string) => (n?.num(k, 0) ?? 0) / 100000;
  return { l: f('l'), t: f('t'), r: f('r'), b: f('b') };
}

function readGradient(n: XmlNode, ctx: ReadContext, phClr?: Color): GradientFill {
  const stops = (n.child('a:gsLst')?.all('a:gs') ?? [])
    .map((gs) => ({ pos: gs.num('pos', 0) / 100000, color: readColor(gs, ctx, phClr) ?? BLACK }))
    .sort((a, b) => a.pos - b.pos);
  const path = n.child('a:path');
  if (path) {
    const p = path.attr('path');
    const kind = p === 'rect' ? 'rect' : p === 'shape' ? 'shape' : 'circle';
    return { type: 'gradient', stops, kind, angle: 0, focus: fractions(path.child('a:fillToRect')) };
  }
  const lin = n.child('a:lin');
  return { type: 'gradient', stops, kind: 'linear', angle: (lin?.num('ang', 0) ?? 0) / 60000 };
}

/** The media key of the picture a:blip (r:embed) points at, '' when missing. */
export function blipImage(blip: XmlNode | undefined, ctx: ReadContext): string {
  if (!blip) return '';
  const id = blip.attr('r:embed');
  if (!id) {
    if (blip.attr('r:link')) ctx.warn('linked (external) picture not embedded in the deck: left out');
    return '';
  }
  const rel = ctx.pkg.rel(ctx.part, id);
  const part = rel && !rel.external ? ctx.pkg.target(ctx.part, id) : undefined;
  if (!part) {
    ctx.warn(`picture relationship ${id} of ${ctx.part} points to a missing part: left out`);
    return '';
  }
  // A relationship of the wrong kind (a layout, a chart …) is not a picture, whatever the id says.
  if (!/\/(image|hdphoto)$/i.test(rel!.type) && /\.xml$/i.test(part)) {
    ctx.warn(`picture relationship ${id} of ${ctx.part} points to ${part}, not a picture: left out`);
    return '';
  }
  return ctx.media(part);
}

function readBlipFill(n: XmlNode, ctx: ReadContext): Fill {
  const blip = n.child('a:blip');
  const image = blipImage(blip, ctx);
  if (!image) return NO_FILL;
  const amt = blip?.child('a:alphaModFix')?.num('amt', 100000) ?? 100000;
  const src = n.child('a:srcRect');
  const fill: Fill = { type: 'picture', image, tile: !!n.child('a:tile'), alpha: amt / 100000 };
  if (src && Object.keys(src.attrs).length) fill.crop = fractions(src);
  return fill;
}
