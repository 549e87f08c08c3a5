/**
 * Effects: only the outer shadow (a:outerShdw) is modelled, because it is the one effect that
 * visibly changes how a lecture slide reads; glow, reflection and soft edges are left out.
 */
import type { Color, Shadow } from '../model.js';
import type { XmlNode } from '../xml.js';
import { BLACK, readColor } from './color.js';
import type { ReadContext } from './read-context.js';

/**
 * The shadow of a container that may hold a:effectLst (spPr, or a theme effect style).
 * Returns null when the container has an effect list without a shadow (it overrides inherited
 * ones), undefined when it says nothing.
 */
export function readShadow(container: XmlNode | undefined, ctx: ReadContext, phClr?: Color): Shadow | null | undefined {
  const lst = container?.child('a:effectLst');
  if (!lst) return undefined;
  const s = lst.child('a:outerShdw');
  if (!s) return null;
  return {
    color: readColor(s, ctx, phClr) ?? { ...BLACK, alpha: 0.4 },
    blur: s.num('blurRad', 0),
    dist: s.num('dist', 0),
    dir: s.num('dir', 0) / 60000,
  };
}
