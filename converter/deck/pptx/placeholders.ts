/**
 * Placeholder inheritance: a slide placeholder takes what it does not say itself from the matching
 * layout placeholder, which takes it from the matching master placeholder. Matching is by idx first
 * (when the slide names one), then by type; masters are matched by type family (a layout's ctrTitle
 * inherits the master's title, subTitle and obj the master's body).
 */
import type { XmlNode } from '../xml.js';
import type { ReadContext } from './read-context.js';
import './visual-context.js';

export interface PhInfo {
  type?: string;
  idx?: number;
}

/** A placeholder shape of a layout or master, with the part it lives in. */
export interface InheritedSp {
  node: XmlNode;
  part: string;
  ph: PhInfo;
}

/** The non-visual properties wrapper (nvSpPr, nvPicPr, nvGrpSpPr, nvCxnSpPr, nvGraphicFramePr). */
export function nvOf(node: XmlNode): XmlNode | undefined {
  return node.children.find((c) => c.local.startsWith('nv') && c.local.endsWith('Pr'));
}

export function phOf(node: XmlNode): PhInfo | undefined {
  const ph = nvOf(node)?.children.find((c) => c.local === 'nvPr')?.children.find((c) => c.local === 'ph');
  if (!ph) return undefined;
  const info: PhInfo = {};
  const type = ph.attr('type');
  if (type) info.type = type;
  const idx = ph.num('idx');
  if (idx !== undefined) info.idx = idx;
  return info;
}

function family(type: string | undefined): string {
  switch (type ?? 'obj') {
    case 'title': case 'ctrTitle': return 'title';
    case 'body': case 'obj': case 'subTitle': return 'body';
    default: return type ?? 'obj';
  }
}

const treeCache = new WeakMap<XmlNode, InheritedSp[]>();

/** Placeholders of a layout/master shape tree (groups included), cached per tree. */
function placeholdersOf(tree: XmlNode, part: string): InheritedSp[] {
  let list = treeCache.get(tree);
  if (list) return list;
  list = [];
  const walk = (n: XmlNode) => {
    for (const c of n.children) {
      const ph = phOf(c);
      if (ph) list!.push({ node: c, part, ph });
      else if (c.local === 'grpSp') walk(c);
    }
  };
  walk(tree);
  treeCache.set(tree, list);
  return list;
}

function match(ph: PhInfo, candidates: InheritedSp[], byIdx: boolean): InheritedSp | undefined {
  if (byIdx && ph.idx !== undefined) {
    const hit = candidates.find((c) => (c.ph.idx ?? 0) === ph.idx);
    if (hit) return hit;
  }
  const t = ph.type ?? 'obj';
  return candidates.find((c) => (c.ph.type ?? 'obj') === t) ?? candidates.find((c) => family(c.ph.type) === family(t));
}

/**
 * The placeholders this one inherits from, nearest first: [layout's, master's] for a slide,
 * [master's] for a layout. Empty outside slides/layouts or when nothing matches.
 */
export function inheritedPlaceholders(ph: PhInfo, ctx: ReadContext): InheritedSp[] {
  const trees = ctx.chain?.inheritFrom ?? [];
  const out: InheritedSp[] = [];
  let current = ph;
  trees.forEach((t, i) => {
    const candidates = placeholdersOf(t.tree, t.part);
    // The last tree is the master, which has one placeholder per type: match it by type only.
    const isMaster = i === trees.length - 1;
    const hit = isMaster ? match({ type: current.type }, candidates, false) : match(current, candidates, true);
    if (hit) {
      out.push(hit);
      current = { type: hit.ph.type ?? current.type, idx: hit.ph.idx };
    }
  });
  return out;
}

/** The effective placeholder type: the shape's own, else the nearest inherited one. */
export function effectiveType(ph: PhInfo, inherited: InheritedSp[]): string | undefined {
  return ph.type ?? inherited.find((i) => i.ph.type)?.ph.type;
}
