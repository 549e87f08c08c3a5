/**
 * Shape trees (p:spTree, p:grpSp, and dsp:spTree of SmartArt drawings) into elements, back to front.
 * Placeholders of masters and layouts are not drawn: they only pass properties down to slides.
 */
import type { GroupElement, SlideElement } from '../model.js';
import type { XmlNode } from '../xml.js';
import { chooseAlternate } from './alternate-content.js';
import { childTransform, IDENTITY, readElementBase, type GroupTransform, type Origin } from './element-base.js';
import { readFill } from './fill.js';
import { readGraphicFrame } from './graphic-frame.js';
import { readPicture } from './picture.js';
import { inheritedPlaceholders, nvOf, phOf } from './placeholders.js';
import type { ReadContext } from './read-context.js';
import { readShape } from './shape.js';
import './visual-context.js';

export { readElementBase, IDENTITY, type GroupTransform } from './element-base.js';

/**
 * Markup-compatibility prefixes whose mc:Choice we can read in a shape tree. Ink (p14 contentPart,
 * aink), math (a14) and new chart types (cx*) are left to their mc:Fallback picture.
 */
const UNDERSTOOD = new Set(['p15', 'p16', 'a15', 'a16', 'v', 'dsp', 'p159', 'pRoam', 'p1710']);

function hidden(node: XmlNode): boolean {
  return nvOf(node)?.children.find((c) => c.local === 'cNvPr')?.bool('hidden', false) ?? false;
}

/**
 * Elements of a shape tree in z-order. `transform` maps the tree's coordinates to slide EMU
 * (identity for a slide's own tree; a group's child space otherwise).
 */
export function readShapeTree(
  spTree: XmlNode,
  ctx: ReadContext,
  origin: Origin,
  transform: GroupTransform = IDENTITY,
): SlideElement[] {
  const out: SlideElement[] = [];
  for (const node of spTree.children) {
    try {
      readInto(node, ctx, origin, transform, out);
    } catch (e) {
      // One broken shape must not lose the slide.
      ctx.warn(`a shape could not be read and was left out (${(e as Error).message.split('\n')[0]})`);
    }
  }
  return out;
}

function readInto(node: XmlNode, ctx: ReadContext, origin: Origin, t: GroupTransform, out: SlideElement[]): void {
  const kind = node.local;
  if (kind === 'AlternateContent') {
    const branch = chooseAlternate(node, UNDERSTOOD);
    if (branch) for (const c of branch.children) readInto(c, ctx, origin, t, out);
    return;
  }
  if (kind !== 'sp' && kind !== 'cxnSp' && kind !== 'grpSp' && kind !== 'pic' && kind !== 'graphicFrame') {
    if (kind === 'contentPart') ctx.warn('ink drawings (content parts) are not drawn');
    return;
  }
  if (hidden(node)) return;
  const ph = phOf(node);
  if (ph && origin !== 'slide') return; // master/layout placeholders only pass properties down
  if (ctx.budget && !ctx.budget.takeElements()) return;
  const inherited = ph ? inheritedPlaceholders(ph, ctx) : [];
  const base = readElementBase(node, ctx, origin, t, inherited);
  switch (kind) {
    case 'sp':
    case 'cxnSp':
      out.push(readShape(node, ctx, base, inherited, t));
      return;
    case 'grpSp': {
      const fill = readFill(node.children.find((c) => c.local === 'grpSpPr'), ctx);
      const gctx = fill ? { ...ctx, groupFill: fill } : ctx;
      const group: GroupElement = { ...base, kind: 'group', children: readShapeTree(node, gctx, origin, childTransform(node, base, t)) };
      out.push(group);
      return;
    }
    case 'pic':
      out.push(readPicture(node, ctx, base));
      return;
    case 'graphicFrame': {
      // SmartArt drawings are positioned relative to the frame: their tree starts at the frame's corner.
      const inFrame: GroupTransform = { sx: t.sx, sy: t.sy, tx: base.frame.x, ty: base.frame.y };
      const el = readGraphicFrame(node, ctx, base, (tree, c) => readShapeTree(tree, c, origin, inFrame));
      if (el) out.push(el);
      return;
    }
  }
}
