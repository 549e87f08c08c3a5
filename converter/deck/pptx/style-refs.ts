/**
 * Shape style references (p:style: lnRef, fillRef, effectRef, fontRef) against the theme's format
 * scheme. Each reference carries a colour that stands in for "phClr" inside the referenced style.
 */
import type { Color, Fill, Line, Shadow } from '../model.js';
import type { XmlNode } from '../xml.js';
import { readColor } from './color.js';
import { NO_FILL, readFillNode } from './fill.js';
import { NO_LINE, readLine } from './line.js';
import { readShadow } from './effects.js';
import { forPart, type ReadContext } from './read-context.js';
import { themePartOf } from './theme.js';

export interface StyleRefs {
  fill?: Fill;
  line?: Line;
  shadow?: Shadow | null;
  font?: { ref?: 'major' | 'minor'; color?: Color };
}

function child(style: XmlNode, local: string): XmlNode | undefined {
  return style.children.find((c) => c.local === local);
}

export function readStyleRefs(style: XmlNode | undefined, ctx: ReadContext): StyleRefs {
  if (!style) return {};
  const out: StyleRefs = {};
  const fillRef = child(style, 'fillRef');
  if (fillRef) out.fill = fillFromRef(fillRef, ctx);
  const lnRef = child(style, 'lnRef');
  if (lnRef) {
    const idx = lnRef.num('idx', 0);
    const ln = ctx.theme.lineStyles[idx - 1];
    out.line = idx > 0 && ln ? readLine(ln, ctx, undefined, readColor(lnRef, ctx)) : NO_LINE;
  }
  const effectRef = child(style, 'effectRef');
  if (effectRef) {
    const idx = effectRef.num('idx', 0);
    const eff = ctx.theme.effectStyles[idx - 1];
    out.shadow = idx > 0 && eff ? readShadow(eff, ctx, readColor(effectRef, ctx)) ?? null : null;
  }
  const fontRef = child(style, 'fontRef');
  if (fontRef) {
    const idx = fontRef.attr('idx');
    out.font = {
      ref: idx === 'major' || idx === 'minor' ? idx : undefined,
      color: readColor(fontRef, ctx),
    };
  }
  return out;
}

/**
 * A fill reference (p:style fillRef or p:bgRef): 0 = no fill, 1..999 the theme's fill styles,
 * 1001.. its background fill styles.
 */
export function fillFromRef(ref: XmlNode, ctx: ReadContext): Fill {
  const idx = ref.num('idx', 0);
  const list = idx >= 1001 ? ctx.theme.bgFillStyles : ctx.theme.fillStyles;
  const n = list[idx >= 1001 ? idx - 1001 : idx - 1];
  if (idx === 0 || !n) return NO_FILL;
  // A picture in the theme's style list (textured backgrounds) is a relationship of the theme part.
  const themePart = n.local === 'blipFill' ? themePartOf(ctx.theme) : undefined;
  return readFillNode(n, themePart ? forPart(ctx, themePart) : ctx, readColor(ref, ctx));
}
