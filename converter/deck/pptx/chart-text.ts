/**
 * Chart text: titles (c:tx with rich text or a cell reference) and the text colour chart parts set in
 * their c:txPr default run properties.
 */
import type { Color } from '../model.js';
import type { XmlNode } from '../xml.js';
import { readLabels } from './chart-data.js';
import { readColor } from './color.js';
import type { ReadContext } from './read-context.js';

const kid = (n: XmlNode | undefined, local: string) => n?.children.find((c) => c.local === local);

function paragraphText(p: XmlNode): string {
  let s = '';
  for (const c of p.children) {
    if (c.local === 'r' || c.local === 'fld') s += kid(c, 't')?.deepText() ?? '';
    else if (c.local === 'br') s += '\n';
  }
  return s;
}

/** Text of a c:tx (rich text paragraphs joined by \n, or a cached cell value); undefined when none. */
export function chartText(tx: XmlNode | undefined): string | undefined {
  if (!tx) return undefined;
  const rich = kid(tx, 'rich');
  if (rich) return rich.children.filter((c) => c.local === 'p').map(paragraphText).join('\n');
  const ref = kid(tx, 'strRef');
  if (ref) return readLabels(tx).join(' ');
  const v = kid(tx, 'v');
  return v ? v.deepText() : undefined;
}

/** The first colour found in the default run properties of these text property blocks (c:txPr). */
export function textColorOf(txPrs: (XmlNode | undefined)[], ctx: ReadContext): Color | undefined {
  for (const txPr of txPrs) {
    for (const p of txPr?.children.filter((c) => c.local === 'p') ?? []) {
      const defRPr = kid(kid(p, 'pPr'), 'defRPr');
      const color = readColor(kid(defRPr, 'solidFill'), ctx);
      if (color) return color;
    }
  }
  return undefined;
}
