/**
 * Automatic chart colours: what PowerPoint paints a series (or a pie slice) that has no c:spPr.
 *
 * The chart style (c:style 1..48, 2 by default) picks a colour pattern: style column 1 is greys (dk1
 * tints), column 2 the six accents in turn, columns 3..8 a single accent that fades from dark to light.
 * When there are more items than colours, each further round of the pattern is shaded (earlier rounds)
 * or tinted (later rounds), in equal steps inside -70%..+70% — the model LibreOffice documents for
 * matching PowerPoint. Colours go through the normal colour reader, so the chart's colour map applies.
 */
import type { Color } from '../model.js';
import { XmlNode } from '../xml.js';
import { colorOf } from './color.js';
import type { ReadContext } from './read-context.js';

const GREYS = [88500, 55000, 78000, 92500, 70000, 30000];
const GREYS_DARK = [5000, 55000, 78000, 15000, 70000, 30000];

/** c:style of a chartSpace (also inside mc:AlternateContent, where c14:style is 100 + the style). */
export function chartStyle(space: XmlNode): number {
  const direct = space.children.find((c) => c.local === 'style');
  if (direct) return clampStyle(direct.num('val', 2));
  const alt = space.children.find((c) => c.local === 'AlternateContent');
  const fallback = alt?.children.find((c) => c.local === 'Fallback')?.children.find((c) => c.local === 'style');
  if (fallback) return clampStyle(fallback.num('val', 2));
  const choice = alt?.children.find((c) => c.local === 'Choice')?.children.find((c) => c.local === 'style');
  if (choice) return clampStyle(choice.num('val', 102) - 100);
  return 2;
}

function clampStyle(s: number): number {
  return s >= 1 && s <= 48 ? Math.round(s) : 2;
}

/** The colour pattern of a style as scheme colour nodes. */
function pattern(style: number): XmlNode[] {
  const column = ((style - 1) % 8) + 1;
  const scheme = (val: string, mod?: [string, number]) =>
    new XmlNode('a:schemeClr', { val }, mod ? [new XmlNode(`a:${mod[0]}`, { val: String(mod[1]) }, [], '')] : [], '');
  if (column === 1) return (style === 41 ? GREYS_DARK : GREYS).map((t) => scheme('dk1', ['tint', t]));
  if (column === 2) return [1, 2, 3, 4, 5, 6].map((i) => scheme(`accent${i}`));
  return [scheme(`accent${column - 2}`)];
}

/**
 * Colour number `index` of `count` automatic colours (series by c:idx, or points of a varyColors
 * series) for a chart style.
 */
export function autoColor(index: number, count: number, style: number, ctx: ReadContext): Color {
  const pat = pattern(style);
  const i = Math.max(0, index);
  const base = pat[i % pat.length]!;
  const cycle = Math.floor(i / pat.length);
  const maxCycle = Math.floor(Math.max(i, count - 1) / pat.length);
  const shadeTint = ((cycle + 1) / (maxCycle + 2)) * 1.4 - 0.7;
  const pct = Math.round(shadeTint * 100000);
  const kids = [...base.children];
  if (pct < 0) kids.push(new XmlNode('a:shade', { val: String(100000 + pct) }, [], ''));
  else if (pct > 0) kids.push(new XmlNode('a:tint', { val: String(100000 - pct) }, [], ''));
  return colorOf(new XmlNode(base.name, base.attrs, kids, ''), ctx);
}

/** Default text colour of a chart style: tx1, or lt1 for the dark styles 41..48. */
export function autoTextColor(style: number, ctx: ReadContext): Color {
  return colorOf(new XmlNode('a:schemeClr', { val: style >= 41 ? 'lt1' : 'tx1' }, [], ''), ctx);
}
