/**
 * Colour elements (a:srgbClr, a:schemeClr, a:sysClr, a:prstClr, a:hslClr, a:scrgbClr) to a resolved
 * Color. Scheme colours go through the colour map in force (bg1 -> lt1 …) to the theme palette;
 * "phClr" is the colour of the style reference that is being resolved (p:style, bgRef).
 */
import type { Color } from '../model.js';
import type { XmlNode } from '../xml.js';
import { fromHsl, hexToRgba, rgbaToHex, toSrgb, type Rgba } from '../../drawingml/color-math.js';
import { applyTransform } from '../../drawingml/color-transform.js';
import { presetColorHex, SYSTEM_COLORS } from './preset-colors.js';
import type { ReadContext } from './read-context.js';

const COLOR_ELEMENTS = new Set(['srgbClr', 'schemeClr', 'sysClr', 'prstClr', 'hslClr', 'scrgbClr']);

export const BLACK: Color = { hex: '000000', alpha: 1 };

/** True for a colour element (any namespace prefix). */
export function isColorNode(n: XmlNode): boolean {
  return COLOR_ELEMENTS.has(n.local);
}

/** Colour of the first colour child of `parent` (e.g. a:solidFill, a:fgClr, a:buClr). */
export function readColor(parent: XmlNode | undefined, ctx: ReadContext, phClr?: Color): Color | undefined {
  if (!parent) return undefined;
  for (const c of parent.children) if (isColorNode(c)) return colorOf(c, ctx, phClr);
  return undefined;
}

/** Theme slot hex for a scheme name as written in a slide (tx1, accent2, phClr excluded). */
export function schemeHex(name: string, ctx: ReadContext): string | undefined {
  const slot = ctx.colorMap[name] ?? name;
  return (ctx.theme.colors as Record<string, string>)[slot];
}

/**
 * Transformed colours by element and base colour: the transforms depend only on the element, so a
 * theme style used by hundreds of shapes is worked out once per base colour.
 */
const transformed = new WeakMap<XmlNode, Map<string, Color>>();

/** One colour element with its transforms applied. */
export function colorOf(node: XmlNode, ctx: ReadContext, phClr?: Color): Color {
  const base = baseColor(node, ctx, phClr);
  if (node.children.length === 0) return { hex: rgbaToHex(base), alpha: base.a };
  const key = `${base.r},${base.g},${base.b},${base.a}`;
  let m = transformed.get(node);
  const hit = m?.get(key);
  if (hit) return { ...hit };
  let c = base;
  for (const t of node.children) c = applyTransform(c, t.local, t.num('val', 0));
  const out = { hex: rgbaToHex(c), alpha: Math.round(c.a * 100000) / 100000 };
  if (!m) transformed.set(node, (m = new Map()));
  m.set(key, out);
  return { ...out };
}

function baseColor(node: XmlNode, ctx: ReadContext, phClr?: Color): Rgba {
  const val = node.attr('val') ?? '';
  switch (node.local) {
    case 'srgbClr':
      return /^[0-9a-fA-F]{6}$/.test(val) ? hexToRgba(val) : hexToRgba('000000');
    case 'schemeClr': {
      if (val === 'phClr') return phClr ? hexToRgba(phClr.hex, phClr.alpha) : hexToRgba('000000');
      const hex = schemeHex(val, ctx);
      if (hex === undefined) ctx.warn(`unknown scheme colour "${val}" (drawn black)`);
      return hexToRgba(hex ?? '000000');
    }
    case 'sysClr': {
      const last = node.attr('lastClr');
      return hexToRgba(last && /^[0-9a-fA-F]{6}$/.test(last) ? last : (SYSTEM_COLORS[val] ?? '000000'));
    }
    case 'prstClr':
      return hexToRgba(presetColorHex(val) ?? '000000');
    case 'hslClr':
      // hue in 60000ths of a degree, sat/lum in 100000ths
      return fromHsl(node.num('hue', 0) / 60000, node.num('sat', 0) / 100000, node.num('lum', 0) / 100000, 1);
    case 'scrgbClr': {
      // scRGB components are linear: encode to sRGB
      const enc = (v: number) => toSrgb(Math.min(1, Math.max(0, v / 100000)));
      return { r: enc(node.num('r', 0)), g: enc(node.num('g', 0)), b: enc(node.num('b', 0)), a: 1 };
    }
  }
  return hexToRgba('000000');
}
