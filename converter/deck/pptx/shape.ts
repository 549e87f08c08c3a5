/**
 * p:sp / p:cxnSp / dsp:sp into a ShapeElement. Each visual property comes from the nearest level
 * that sets it — the shape's spPr, then its p:style reference, then the same for the layout and the
 * master placeholder it inherits from — and text takes the placeholder style chain or the plain one.
 */
import type { ElementBase, Fill, Line, Shadow, ShapeElement, TextBody } from '../model.js';
import type { XmlNode } from '../xml.js';
import { readShadow } from './effects.js';
import type { GroupTransform } from './element-base.js';
import { NO_FILL, readFill } from './fill.js';
import { geometryNode, readGeometry } from './geometry.js';
import { NO_LINE, readLine } from './line.js';
import { effectiveType, phOf, type InheritedSp } from './placeholders.js';
import { forPart, type ReadContext } from './read-context.js';
import { fillFromRef, readStyleRefs } from './style-refs.js';
import { readPlainTextBody, readTextBody } from './text.js';
import { placeholderBase, tagPart } from './text-styles.js';

interface Level {
  node: XmlNode;
  ctx: ReadContext;
}

const kid = (n: XmlNode | undefined, local: string) => n?.children.find((c) => c.local === local);

export function readShape(
  node: XmlNode,
  ctx: ReadContext,
  base: ElementBase,
  inherited: InheritedSp[],
  transform: GroupTransform,
): ShapeElement {
  const levels: Level[] = [{ node, ctx }, ...inherited.map((i) => ({ node: i.node, ctx: forPart(ctx, i.part) }))];
  const geom = levels.map((l) => geometryNode(kid(l.node, 'spPr'))).find((g) => g);
  const shape: ShapeElement = {
    ...base,
    kind: 'shape',
    // Guides see the shape at its drawn size, so paths with w=0 land in the frame as drawn.
    geometry: readGeometry(geom, base.frame.w, base.frame.h),
    // useBgFill: the shape shows the slide background (PowerPoint's "background fill").
    fill: node.bool('useBgFill', false) && ctx.chain?.background ? ctx.chain.background : resolveFill(levels),
    line: resolveLine(levels),
    connector: node.local === 'cxnSp',
  };
  const shadow = resolveShadow(levels);
  if (shadow) shape.shadow = shadow;
  const text = readShapeText(node, ctx, inherited, transform);
  if (text) shape.text = text;
  return shape;
}

function resolveFill(levels: Level[]): Fill {
  for (const l of levels) {
    const f = readFill(kid(l.node, 'spPr'), l.ctx);
    if (f) return f;
    const ref = kid(kid(l.node, 'style'), 'fillRef');
    if (ref) return fillFromRef(ref, l.ctx);
  }
  return NO_FILL;
}

/** Lines merge: the farthest level is the base, nearer ones override only what they set. */
function resolveLine(levels: Level[]): Line {
  let line: Line | undefined;
  for (let i = levels.length - 1; i >= 0; i--) {
    const l = levels[i];
    const styleLine = readStyleRefs(kid(l.node, 'style'), l.ctx).line;
    if (styleLine) line = styleLine;
    const ln = kid(kid(l.node, 'spPr'), 'ln');
    if (ln) line = readLine(ln, l.ctx, line);
  }
  return line ?? NO_LINE;
}

function resolveShadow(levels: Level[]): Shadow | undefined {
  for (const l of levels) {
    const own = readShadow(kid(l.node, 'spPr'), l.ctx);
    if (own !== undefined) return own ?? undefined;
    const ref = readStyleRefs(kid(l.node, 'style'), l.ctx).shadow;
    if (ref !== undefined) return ref ?? undefined;
  }
  return undefined;
}

/** True when a text body holds any visible character. */
export function hasText(txBody: XmlNode | undefined): boolean {
  if (!txBody) return false;
  return txBody.children.some((p) => p.local === 'p' && p.children.some((r) => (r.local === 'r' || r.local === 'fld') && (r.child('a:t')?.deepText() ?? '') !== ''));
}

function readShapeText(node: XmlNode, ctx: ReadContext, inherited: InheritedSp[], transform: GroupTransform): TextBody | undefined {
  const txBody = kid(node, 'txBody');
  if (!hasText(txBody) || !txBody) return undefined;
  const ph = phOf(node);
  let body: TextBody;
  if (ph) {
    const far = [...inherited].reverse();
    const styles = placeholderBase(ctx, effectiveType(ph, inherited));
    for (const i of far) {
      const lst = kid(kid(i.node, 'txBody'), 'lstStyle');
      if (lst) styles.push(tagPart(lst, i.part));
    }
    const bodyPrs = far.map((i) => kid(kid(i.node, 'txBody'), 'bodyPr')).filter((n): n is XmlNode => !!n);
    body = readTextBody(txBody, ctx, { styles, bodyPrs });
  } else {
    const font = readStyleRefs(kid(node, 'style'), ctx).font;
    body = readPlainTextBody(txBody, ctx, font ? { color: font.color, fontRef: font.ref } : undefined);
  }
  applyTextFrame(node, body, transform);
  return body;
}

/** SmartArt shapes keep their text in a separate box (dsp:txXfrm): fold it into the insets. */
function applyTextFrame(node: XmlNode, body: TextBody, t: GroupTransform): void {
  const tx = kid(node, 'txXfrm');
  const sp = kid(kid(node, 'spPr'), 'xfrm');
  if (!tx || !sp) return;
  const box = (x: XmlNode) => ({
    x: x.child('a:off')?.num('x', 0) ?? 0,
    y: x.child('a:off')?.num('y', 0) ?? 0,
    w: x.child('a:ext')?.num('cx', 0) ?? 0,
    h: x.child('a:ext')?.num('cy', 0) ?? 0,
  });
  const a = box(sp);
  const b = box(tx);
  body.insets = {
    l: body.insets.l + (b.x - a.x) * t.sx,
    t: body.insets.t + (b.y - a.y) * t.sy,
    r: body.insets.r + (a.x + a.w - b.x - b.w) * t.sx,
    b: body.insets.b + (a.y + a.h - b.y - b.h) * t.sy,
  };
}
