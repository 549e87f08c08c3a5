/**
 * Hyperlinks (a:hlinkClick on a shape or a run) to the model's link string: the external URL as
 * written, or "#slideN" for jumps inside the deck. Links are text only: never fetched or opened.
 */
import type { XmlNode } from '../xml.js';
import { deckParts, slideNumberOf } from './deck-parts.js';
import type { ReadContext } from './read-context.js';

export function readLink(hlink: XmlNode | undefined, ctx: ReadContext): string | undefined {
  if (!hlink) return undefined;
  const action = hlink.attr('action') ?? '';
  const id = hlink.attr('r:id');
  if (action.startsWith('ppaction://hlinkshowjump')) return showJump(action, ctx);
  if (!id) return undefined;
  const rel = ctx.pkg.rel(ctx.part, id);
  if (!rel) return undefined;
  if (rel.external) return rel.target;
  if (action.startsWith('ppaction://hlinksldjump') || rel.type.endsWith('/slide')) {
    const n = slideNumberOf(ctx.pkg, rel.target);
    return n ? `#slide${n}` : undefined;
  }
  return undefined;
}

function showJump(action: string, ctx: ReadContext): string | undefined {
  const jump = /jump=(\w+)/.exec(action)?.[1] ?? '';
  const count = deckParts(ctx.pkg).slideOrder.size;
  const here = ctx.slideNumber;
  let n: number | undefined;
  if (jump === 'firstslide') n = 1;
  else if (jump === 'lastslide') n = count;
  else if (jump === 'nextslide' && here) n = Math.min(count, here + 1);
  else if (jump === 'previousslide' && here) n = Math.max(1, here - 1);
  return n && n > 0 ? `#slide${n}` : undefined;
}
