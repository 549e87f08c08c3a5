/**
 * SmartArt: drawn from the drawing part PowerPoint saves beside the diagram data (dsp:drawing), which
 * holds the laid-out shapes. We never run SmartArt layouts ourselves; a diagram saved without that
 * drawing (some generators, very old files) is skipped with a warning telling how to fix it.
 */
import type { ElementBase, GroupElement, SlideElement } from '../model.js';
import type { XmlNode } from '../xml.js';
import { forPart, type ReadContext } from './read-context.js';

const kid = (n: XmlNode | undefined, local: string) => n?.children.find((c) => c.local === local);
const attrLocal = (n: XmlNode | undefined, local: string) =>
  n ? Object.entries(n.attrs).find(([k]) => k === local || k.endsWith(`:${local}`))?.[1] : undefined;

type ReadTree = (spTree: XmlNode, ctx: ReadContext) => SlideElement[];

const NO_DRAWING = 'SmartArt without a saved drawing; open and re-save in PowerPoint';

/** The number in a part name ("/ppt/diagrams/data3.xml" -> "3"). */
const suffix = (part: string) => /(\d+)\.xml$/i.exec(part)?.[1];

/** The diagram's drawing part, by the data part's extension, else by relationship type. */
export function findDrawingPart(ctx: ReadContext, relIds: XmlNode | undefined): string | undefined {
  const { pkg } = ctx;
  const dm = attrLocal(relIds, 'dm');
  const dataRel = dm ? pkg.rel(ctx.part, dm) : undefined;
  const dataPart = dataRel && !dataRel.external && pkg.has(dataRel.target) ? dataRel.target : undefined;
  const root = dataPart ? pkg.xml(dataPart) : undefined;
  // dsp:dataModelExt@relId names a relationship of the SLIDE, not of the data part.
  for (const ext of kid(root, 'extLst')?.children ?? []) {
    const relId = kid(ext, 'dataModelExt')?.attr('relId');
    const rel = relId ? pkg.rel(ctx.part, relId) : undefined;
    if (rel && !rel.external && pkg.has(rel.target)) return rel.target;
  }
  const fromData = dataPart ? pkg.relsOfType(dataPart, '/diagramDrawing') : [];
  const fromSlide = pkg.relsOfType(ctx.part, '/diagramDrawing');
  const candidates = [...fromData, ...fromSlide].filter((r) => !r.external && pkg.has(r.target));
  if (candidates.length <= 1) return candidates[0]?.target;
  // Several diagrams on the slide: PowerPoint numbers data and drawing parts alike.
  const n = dataPart ? suffix(dataPart) : undefined;
  return candidates.find((r) => suffix(r.target) === n)?.target;
}

export function readSmartArt(data: XmlNode, ctx: ReadContext, base: ElementBase, readTree: ReadTree): GroupElement | undefined {
  const part = findDrawingPart(ctx, kid(data, 'relIds'));
  const drawing = part ? ctx.pkg.xml(part) : undefined;
  const spTree = kid(drawing, 'spTree');
  if (!part || !spTree) {
    ctx.warn(NO_DRAWING);
    return undefined;
  }
  // The drawing's shapes are positioned relative to the diagram's frame: `readTree` (the shape tree
  // reader) maps them from the frame's corner into slide EMU.
  const children = readTree(spTree, forPart(ctx, part));
  return { ...base, kind: 'group', smartArt: true, children };
}
