/**
 * Slide backgrounds (p:bg with p:bgPr or p:bgRef), inherited slide -> layout -> master. The colour map
 * of the slide being drawn applies even to an inherited background: that is how "dark" layouts that
 * swap bg1/tx1 get a dark master background.
 */
import type { Fill } from '../model.js';
import type { XmlNode } from '../xml.js';
import { schemeHex } from './color.js';
import { NO_FILL, readFill } from './fill.js';
import type { ReadContext } from './read-context.js';
import { fillFromRef } from './style-refs.js';

export interface BackgroundSource {
  /** Root of the slide, layout or master part. */
  root: XmlNode | undefined;
  /** Context for that part (its rels, the slide's colour map). */
  ctx: ReadContext;
}

/** The background specified by one part, or undefined when it specifies none. */
export function partBackground(root: XmlNode | undefined, ctx: ReadContext): Fill | undefined {
  const bg = root?.path('p:cSld', 'p:bg');
  if (!bg) return undefined;
  const bgPr = bg.child('p:bgPr');
  if (bgPr) return readFill(bgPr, ctx) ?? NO_FILL;
  const ref = bg.child('p:bgRef');
  if (ref) return fillFromRef(ref, ctx);
  return undefined;
}

/** The first background found, nearest part first; plain bg1 (white in most themes) when none. */
export function resolveBackground(sources: BackgroundSource[]): Fill {
  for (const s of sources) {
    const f = partBackground(s.root, s.ctx);
    if (f) return f;
  }
  const ctx = sources[0]?.ctx;
  const hex = (ctx && schemeHex('bg1', ctx)) ?? 'FFFFFF';
  return { type: 'solid', color: { hex, alpha: 1 } };
}
