/**
 * Whether Chromium can draw an SVG picture. It draws nothing but its broken-image icon for an SVG that
 * is not well-formed XML (a truncated file) or whose root is not an SVG-namespace <svg> (checked: a
 * root without xmlns is not drawn; a DOCTYPE, even with internal entities, is fine). Such a picture
 * must give way to its raster fallback.
 */
import { parseXml } from '../xml.js';

const SVG_NS = 'http://www.w3.org/2000/svg';
/** A document type declaration, internal subset included: Chromium accepts it, our parser refuses DTDs. */
const DOCTYPE = /<!DOCTYPE(?:[^[>]|\[[\s\S]*?\])*>/i;

const checked = new WeakMap<Uint8Array, boolean>();

export function svgDrawable(bytes: Uint8Array): boolean {
  let ok = checked.get(bytes);
  if (ok === undefined) {
    ok = check(new TextDecoder('utf-8').decode(bytes));
    checked.set(bytes, ok);
  }
  return ok;
}

function check(text: string): boolean {
  try {
    const root = parseXml(text.replace(DOCTYPE, ''));
    const colon = root.name.indexOf(':');
    const ns = colon < 0 ? root.attr('xmlns') : root.attr(`xmlns:${root.name.slice(0, colon)}`);
    return root.local === 'svg' && ns === SVG_NS;
  } catch {
    return false;
  }
}
