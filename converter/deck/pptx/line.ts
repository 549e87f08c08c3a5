/**
 * Outlines (a:ln): fill, width, dash, cap, join and arrow heads. A line read on top of a base (the
 * theme line style chosen by p:style lnRef, or an inherited placeholder line) keeps every property
 * the a:ln does not set.
 */
import type { Color, Line, LineEnd } from '../model.js';
import type { XmlNode } from '../xml.js';
import { NO_FILL, readFill } from './fill.js';
import type { ReadContext } from './read-context.js';

export const NO_LINE: Line = { fill: NO_FILL, width: 0, dash: 'solid', cap: 'flat', join: 'round' };

/** Width PowerPoint draws for a line with a fill but no w (0.75 pt). */
const DEFAULT_WIDTH = 9525;

const CAPS: Record<string, Line['cap']> = { rnd: 'rnd', sq: 'sq', flat: 'flat' };

export function readLine(ln: XmlNode | undefined, ctx: ReadContext, base?: Line, phClr?: Color): Line {
  if (!ln) return base ?? NO_LINE;
  const fill = readFill(ln, ctx, phClr) ?? base?.fill ?? NO_FILL;
  if (fill.type === 'none') return { ...(base ?? NO_LINE), fill: NO_FILL, width: 0 };
  const w = ln.num('w');
  const width = w !== undefined ? w : base && base.width > 0 ? base.width : DEFAULT_WIDTH;
  const line: Line = {
    fill,
    // A zero-width line is still drawn by PowerPoint, as a hairline.
    width: width > 0 ? width : 3175,
    dash: readDash(ln) ?? base?.dash ?? 'solid',
    cap: CAPS[ln.attr('cap') ?? ''] ?? base?.cap ?? 'flat',
    join: readJoin(ln) ?? base?.join ?? 'round',
  };
  const head = readEnd(ln.child('a:headEnd')) ?? (ln.child('a:headEnd') ? undefined : base?.head);
  const tail = readEnd(ln.child('a:tailEnd')) ?? (ln.child('a:tailEnd') ? undefined : base?.tail);
  if (head) line.head = head;
  if (tail) line.tail = tail;
  return line;
}

function readDash(ln: XmlNode): string | undefined {
  const prst = ln.child('a:prstDash');
  if (prst) return prst.attr('val') ?? 'solid';
  // Custom dash patterns: approximate by their first dash length relative to the space.
  const cust = ln.child('a:custDash');
  if (cust) {
    const ds = cust.child('a:ds');
    if (!ds) return 'dash';
    return ds.num('d', 0) <= ds.num('sp', 0) / 2 ? 'sysDot' : 'dash';
  }
  return undefined;
}

function readJoin(ln: XmlNode): Line['join'] | undefined {
  for (const c of ln.children) {
    if (c.local === 'round') return 'round';
    if (c.local === 'bevel') return 'bevel';
    if (c.local === 'miter') return 'miter';
  }
  return undefined;
}

function readEnd(n: XmlNode | undefined): LineEnd | undefined {
  if (!n) return undefined;
  const type = n.attr('type') ?? 'none';
  if (type === 'none') return undefined;
  return { type, w: n.attr('w') ?? 'med', len: n.attr('len') ?? 'med' };
}
