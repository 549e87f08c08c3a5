/**
 * The picture PowerPoint shows for an embedded/linked OLE object (Excel sheet, MS Graph chart,
 * equation, Visio …). Newer files store it as a p:pic inside p:oleObj; PowerPoint 2007 stored it only
 * in the slide's legacy VML drawing, as the v:imagedata of the v:shape whose o:spid is the object's
 * spid. The object itself is never opened.
 */
import type { ElementBase, PictureElement } from '../model.js';
import { XmlNode } from '../xml.js';
import { readPicture } from './picture.js';
import { forPart, type ReadContext } from './read-context.js';

const NO_PICTURE = 'an embedded object without a stored picture: skipped (open and re-save the deck in PowerPoint)';

/** The v:imagedata relationship id of the VML shape with this spid, and the VML part it lives in. */
function vmlImage(spid: string, ctx: ReadContext): { part: string; relId: string } | undefined {
  for (const rel of ctx.pkg.relsOfType(ctx.part, '/vmlDrawing')) {
    if (rel.external || !ctx.pkg.has(rel.target)) continue;
    const root = ctx.pkg.xml(rel.target);
    const shape = root?.descendants('v:shape').find((s) => s.attr('o:spid') === spid || s.attr('id') === spid);
    const img = shape?.descendants('v:imagedata')[0];
    const relId = img?.attr('o:relid') ?? img?.attr('r:id');
    if (relId) return { part: rel.target, relId };
  }
  return undefined;
}

export function readOlePicture(data: XmlNode, ctx: ReadContext, base: ElementBase): PictureElement | undefined {
  const pic = data.descendants('p:pic')[0];
  if (pic) return readPicture(pic, ctx, base);
  const spid = data.descendants('p:oleObj').map((o) => o.attr('spid')).find(Boolean);
  const legacy = spid ? vmlImage(spid, ctx) : undefined;
  if (!legacy) {
    ctx.warn(NO_PICTURE);
    return undefined;
  }
  // A stand-in p:pic whose blip points at the VML part's image relationship.
  const blip = new XmlNode('a:blip', { 'r:embed': legacy.relId }, [], '');
  const synthetic = new XmlNode('p:pic', {}, [new XmlNode('p:blipFill', {}, [blip], '')], '');
  return readPicture(synthetic, forPart(ctx, legacy.part), base);
}
