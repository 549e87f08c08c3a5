/**
 * Text style chains. A paragraph's properties come from a stack of list styles, lowest priority
 * first: presentation defaultTextStyle, the master's txStyles entry (title/body/other), the master
 * and layout placeholders' lstStyle, the shape's own lstStyle, then the paragraph's a:pPr; a run adds
 * the a:defRPr of each of those and its own a:rPr. Lookups walk the stack from the top.
 */
import type { Color, FontSet } from '../model.js';
import { XmlNode } from '../xml.js';
import { defaultTextStyle, firstMaster } from './deck-parts.js';
import type { ReadContext } from './read-context.js';
import type { ThemeData } from './theme-data.js';
import './visual-context.js';

/** Which part a list style (and so its bullet pictures) belongs to, when not the part being read. */
const partOfStyle = new WeakMap<XmlNode, string>();

export function tagPart<T extends XmlNode | undefined>(node: T, part: string): T {
  if (node) partOfStyle.set(node, part);
  return node;
}

export function stylePart(node: XmlNode): string | undefined {
  return partOfStyle.get(node);
}

/** A stack of property nodes (pPr-like or rPr-like), highest priority last. */
export class PropStack {
  constructor(readonly nodes: XmlNode[]) {}

  attr(name: string): string | undefined {
    for (let i = this.nodes.length - 1; i >= 0; i--) {
      const v = this.nodes[i].attrs[name];
      if (v !== undefined) return v;
    }
    return undefined;
  }

  num(name: string): number | undefined {
    const v = this.attr(name);
    const n = v === undefined ? NaN : Number(v);
    return Number.isFinite(n) ? n : undefined;
  }

  bool(name: string): boolean | undefined {
    const v = this.attr(name);
    return v === undefined ? undefined : v === '1' || v === 'true' || v === 'on';
  }

  /** The highest child among `locals` (local names) and the node that holds it. */
  pick(...locals: string[]): { node: XmlNode; owner: XmlNode } | undefined {
    for (let i = this.nodes.length - 1; i >= 0; i--) {
      for (const c of this.nodes[i].children) if (locals.includes(c.local)) return { node: c, owner: this.nodes[i] };
    }
    return undefined;
  }
}

/** The pPr nodes for one level (0-based) across list styles, lowest first. */
export function levelNodes(styles: XmlNode[], level: number): XmlNode[] {
  const out: XmlNode[] = [];
  const lvl = `a:lvl${level + 1}pPr`;
  for (const s of styles) {
    const part = partOfStyle.get(s);
    for (const name of ['a:defPPr', lvl]) {
      const n = s.child(name);
      if (!n) continue;
      if (part) partOfStyle.set(n, part);
      out.push(n);
    }
  }
  return out;
}

/** defaultTextStyle and master txStyles of the part being read (falls back to the first master). */
export function deckStyles(ctx: ReadContext): { defaults?: XmlNode; txStyles?: XmlNode } {
  if (ctx.chain) return { defaults: ctx.chain.defaultTextStyle, txStyles: ctx.chain.txStyles };
  const master = firstMaster(ctx.pkg);
  const txStyles = master ? tagPart(ctx.pkg.xml(master)?.child('p:txStyles'), master) : undefined;
  return { defaults: defaultTextStyle(ctx.pkg), txStyles };
}

export type MasterStyleName = 'titleStyle' | 'bodyStyle' | 'otherStyle';

/** The txStyles entry PowerPoint uses for a placeholder type. */
export function styleNameFor(phType: string | undefined): MasterStyleName {
  switch (phType ?? 'obj') {
    case 'title': case 'ctrTitle': return 'titleStyle';
    case 'dt': case 'ftr': case 'sldNum': case 'hdr': return 'otherStyle';
    default: return 'bodyStyle';
  }
}

/** Base list styles for text in a placeholder (before the placeholders' own lstStyles). */
export function placeholderBase(ctx: ReadContext, phType: string | undefined): XmlNode[] {
  const { defaults, txStyles } = deckStyles(ctx);
  const master = txStyles?.child(`p:${styleNameFor(phType)}`);
  if (master && txStyles) inheritTag(master, txStyles);
  return [defaults, master].filter((n): n is XmlNode => !!n);
}

/** Base list styles for text that is not in a placeholder (text boxes, shapes, tables, SmartArt). */
export function plainBase(ctx: ReadContext): XmlNode[] {
  const { defaults, txStyles } = deckStyles(ctx);
  const other = txStyles?.child('p:otherStyle');
  if (other && txStyles) inheritTag(other, txStyles);
  return [defaults, other].filter((n): n is XmlNode => !!n);
}

function inheritTag(child: XmlNode, parent: XmlNode): void {
  const p = partOfStyle.get(parent);
  if (p) partOfStyle.set(child, p);
}

export interface TextOverrides {
  color?: Color;
  bold?: boolean;
  italic?: boolean;
  fontRef?: 'major' | 'minor';
}

/** Overrides as a synthetic list style, so they take part in the chain like any lstStyle. */
export function overrideStyle(o: TextOverrides): XmlNode | undefined {
  const attrs: Record<string, string> = {};
  const kids: XmlNode[] = [];
  if (o.bold !== undefined) attrs.b = o.bold ? '1' : '0';
  if (o.italic !== undefined) attrs.i = o.italic ? '1' : '0';
  if (o.color) {
    const alpha = new XmlNode('a:alpha', { val: String(Math.round(o.color.alpha * 100000)) }, [], '');
    kids.push(new XmlNode('a:solidFill', {}, [new XmlNode('a:srgbClr', { val: o.color.hex }, [alpha], '')], ''));
  }
  if (o.fontRef) {
    const k = o.fontRef === 'major' ? 'mj' : 'mn';
    for (const [el, s] of [['a:latin', 'lt'], ['a:ea', 'ea'], ['a:cs', 'cs']]) {
      kids.push(new XmlNode(el, { typeface: `+${k}-${s}` }, [], ''));
    }
  }
  if (!kids.length && !Object.keys(attrs).length) return undefined;
  const defRPr = new XmlNode('a:defRPr', attrs, kids, '');
  return new XmlNode('a:lstStyle', {}, [new XmlNode('a:defPPr', {}, [defRPr], '')], '');
}

/** A typeface as written (may be a theme reference like +mj-lt) to a real font name. */
export function resolveTypeface(face: string, theme: ThemeData): string {
  const m = /^\+(mj|mn)-(lt|ea|cs)$/.exec(face);
  if (!m) return face;
  const set: FontSet = m[1] === 'mj' ? theme.fonts.major : theme.fonts.minor;
  return m[2] === 'lt' ? set.latin : m[2] === 'ea' ? set.ea : set.cs;
}
