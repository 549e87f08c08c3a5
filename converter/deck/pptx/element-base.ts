/**
 * What every element shares (ElementBase): id, name, the frame in slide EMU with enclosing groups'
 * scaling applied, rotation, flips, placeholder and shape hyperlink. Placeholders without their own
 * a:xfrm take the one of the layout/master placeholder they inherit from.
 */
import type { ElementBase } from '../model.js';
import type { XmlNode } from '../xml.js';
import { readLink } from './link.js';
import { inheritedPlaceholders, nvOf, phOf, type InheritedSp } from './placeholders.js';
import type { ReadContext } from './read-context.js';

/** Maps a group's child coordinates to slide EMU: slide = child * s + t. */
export interface GroupTransform {
  sx: number;
  sy: number;
  tx: number;
  ty: number;
}

export const IDENTITY: GroupTransform = { sx: 1, sy: 1, tx: 0, ty: 0 };

export type Origin = ElementBase['origin'];

/** The a:xfrm of any element kind (spPr, grpSpPr, or p:xfrm of a graphic frame). */
export function xfrmOf(node: XmlNode): XmlNode | undefined {
  for (const c of node.children) {
    if (c.local === 'spPr' || c.local === 'grpSpPr') return c.child('a:xfrm');
    if (c.local === 'xfrm') return c;
  }
  return undefined;
}

/** The xfrm of the element, else of the nearest inherited placeholder that has one. */
export function effectiveXfrm(node: XmlNode, inherited: InheritedSp[]): XmlNode | undefined {
  const own = xfrmOf(node);
  if (own?.child('a:off') || own?.child('a:ext')) return own;
  for (const i of inherited) {
    const x = xfrmOf(i.node);
    if (x?.child('a:off') || x?.child('a:ext')) return x;
  }
  return own;
}

export function readElementBase(
  node: XmlNode,
  ctx: ReadContext,
  origin: Origin,
  transform: GroupTransform = IDENTITY,
  inherited?: InheritedSp[],
): ElementBase {
  const cNvPr = nvOf(node)?.children.find((c) => c.local === 'cNvPr');
  const ph = phOf(node);
  const inh = inherited ?? (ph ? inheritedPlaceholders(ph, ctx) : []);
  const xfrm = effectiveXfrm(node, inh);
  const off = xfrm?.child('a:off');
  const ext = xfrm?.child('a:ext');
  const rot = (xfrm?.num('rot', 0) ?? 0) / 60000;
  const base: ElementBase = {
    id: cNvPr?.attr('id') ?? '',
    name: cNvPr?.attr('name') ?? '',
    origin,
    frame: {
      x: transform.tx + (off?.num('x', 0) ?? 0) * transform.sx,
      y: transform.ty + (off?.num('y', 0) ?? 0) * transform.sy,
      w: (ext?.num('cx', 0) ?? 0) * transform.sx,
      h: (ext?.num('cy', 0) ?? 0) * transform.sy,
    },
    rotation: ((rot % 360) + 360) % 360,
    flipH: xfrm?.bool('flipH', false) ?? false,
    flipV: xfrm?.bool('flipV', false) ?? false,
  };
  if (ph) {
    base.placeholder = { type: ph.type ?? inh.find((i) => i.ph.type)?.ph.type ?? 'obj' };
    if (ph.idx !== undefined) base.placeholder.idx = ph.idx;
  }
  const link = readLink(cNvPr?.children.find((c) => c.local === 'hlinkClick'), ctx);
  if (link) base.link = link;
  return base;
}

/** Transform for the children of a group whose base (frame in slide EMU) is known. */
export function childTransform(group: XmlNode, base: ElementBase, parent: GroupTransform): GroupTransform {
  const xfrm = xfrmOf(group);
  const chOff = xfrm?.child('a:chOff');
  const chExt = xfrm?.child('a:chExt');
  const cx = chExt?.num('cx', 0) ?? 0;
  const cy = chExt?.num('cy', 0) ?? 0;
  // A degenerate child extent (0) keeps the parent's scale rather than dividing by zero.
  const sx = cx > 0 ? base.frame.w / cx : parent.sx;
  const sy = cy > 0 ? base.frame.h / cy : parent.sy;
  return {
    sx,
    sy,
    tx: base.frame.x - (chOff?.num('x', 0) ?? 0) * sx,
    ty: base.frame.y - (chOff?.num('y', 0) ?? 0) * sy,
  };
}
