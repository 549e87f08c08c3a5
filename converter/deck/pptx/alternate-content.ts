/**
 * mc:AlternateContent: take the first mc:Choice whose Requires prefixes we understand, else the
 * mc:Fallback. What "understood" means depends on the caller (shape trees fall back for ink and
 * math, transitions understand p14/p15).
 */
import type { XmlNode } from '../xml.js';

export function chooseAlternate(ac: XmlNode, understood: ReadonlySet<string>): XmlNode | undefined {
  for (const c of ac.children) {
    if (c.local === 'Choice') {
      const req = (c.attr('Requires') ?? '').split(/\s+/).filter(Boolean);
      if (req.every((p) => understood.has(p))) return c;
    } else if (c.local === 'Fallback') {
      return c;
    }
  }
  return undefined;
}
