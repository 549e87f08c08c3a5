/**
 * p:pic into a PictureElement: which media to draw (raster, SVG, or nothing for EMF/WMF), the crop,
 * transparency, grayscale, clip shape and outline.
 *
 * Pictures are only ever read from inside the package: an r:link (external) picture is never fetched.
 */
import type { ElementBase, Line, PictureElement } from '../model.js';
import type { XmlNode } from '../xml.js';
import { readColor } from './color.js';
import { readShadow } from './effects.js';
import { geometryNode, readGeometry } from './geometry.js';
import { readLine } from './line.js';
import { imageFormat } from '../../image-format.js';
import type { ReadContext } from './read-context.js';
import { svgDrawable } from './svg-drawable.js';

/** a:blip extension that holds the SVG original of a picture (Office 2016+); r:embed is its PNG fallback. */
const SVG_EXT = '{96DAC541-7B7A-43D3-8B79-37D633B846F1}';

const VECTOR_WARNING = 'some pictures are EMF/WMF, which can\'t be drawn; re-insert them as PNG or SVG';

export function readPicture(node: XmlNode, ctx: ReadContext, base: ElementBase): PictureElement {
  const blipFill = node.children.find((c) => c.local === 'blipFill');
  const blip = blipFill?.child('a:blip');
  const spPr = node.children.find((c) => c.local === 'spPr');

  const pic: PictureElement = {
    ...base,
    kind: 'picture',
    image: '',
    crop: readCrop(blipFill?.child('a:srcRect')),
    alpha: (blip?.child('a:alphaModFix')?.num('amt', 100000) ?? 100000) / 100000,
    geometry: readGeometry(geometryNode(spPr), base.frame.w, base.frame.h),
    line: readPictureLine(node, spPr, ctx),
  };
  const shadow = readShadow(spPr, ctx);
  if (shadow) pic.shadow = shadow;
  if (blipFill?.child('a:tile')) pic.tile = true;
  if (blip?.child('a:grayscl')) pic.grayscale = true;

  const svg = svgOf(blip, ctx);
  if (svg) pic.svg = svg;
  const raster = rasterOf(blip, ctx);
  if (raster.vector) {
    // A vector original with an SVG beside it is fine; alone, there is nothing we can draw.
    if (!svg) {
      pic.vectorOnly = raster.vector;
      ctx.warn(VECTOR_WARNING);
    }
  } else {
    pic.image = raster.key;
  }
  return pic;
}

/** srcRect: 1/1000 of a percent cut from each edge (negative values pad). */
export function readCrop(src: XmlNode | undefined): PictureElement['crop'] {
  const f = (k: string) => (src?.num(k, 0) ?? 0) / 100000;
  return { l: f('l'), t: f('t'), r: f('r'), b: f('b') };
}

function partOf(blip: XmlNode | undefined, attr: string, ctx: ReadContext): string | undefined {
  const id = blip?.attr(attr);
  return id ? ctx.pkg.target(ctx.part, id) : undefined;
}

function svgOf(blip: XmlNode | undefined, ctx: ReadContext): string | undefined {
  const ext = blip?.child('a:extLst')?.all('a:ext').find((e) => e.attr('uri')?.toUpperCase() === SVG_EXT);
  const svgBlip = ext?.children.find((c) => c.local === 'svgBlip');
  const part = partOf(svgBlip, 'r:embed', ctx);
  if (!part) return undefined;
  const bytes = ctx.pkg.bytes(part);
  if (bytes && !svgDrawable(bytes)) {
    ctx.warn('some SVG pictures are damaged: the picture saved with them (PNG) is shown instead');
    return undefined;
  }
  return ctx.media(part) || undefined;
}

/** The embedded picture: its media key, or which vector format it is when we cannot draw it. */
function rasterOf(blip: XmlNode | undefined, ctx: ReadContext): { key: string; vector?: 'emf' | 'wmf' } {
  if (!blip) return { key: '' };
  if (!blip.attr('r:embed')) {
    if (blip.attr('r:link')) ctx.warn('linked (external) pictures are not embedded in the deck: left out');
    return { key: '' };
  }
  const part = partOf(blip, 'r:embed', ctx);
  if (!part) return { key: '' };
  const vector = vectorFormat(part, ctx);
  return vector ? { key: '', vector } : { key: ctx.media(part) };
}

function vectorFormat(part: string, ctx: ReadContext): 'emf' | 'wmf' | undefined {
  const bytes = ctx.pkg.bytes(part);
  const sniffed = bytes ? imageFormat(bytes) : 'other';
  if (sniffed === 'emf' || sniffed === 'wmf') return sniffed;
  if (sniffed !== 'other') return undefined;
  // Unrecognised bytes: trust the name and content type (compressed .emz/.wmz included).
  const hint = `${part} ${ctx.pkg.contentType(part) ?? ''}`.toLowerCase();
  if (/\.emz?\b|x-emf|image\/emf/.test(hint)) return 'emf';
  if (/\.wmz?\b|x-wmf|image\/wmf/.test(hint)) return 'wmf';
  return undefined;
}

/** The outline: the spPr a:ln on top of the theme line a p:style lnRef picks. */
function readPictureLine(node: XmlNode, spPr: XmlNode | undefined, ctx: ReadContext): Line {
  const ref = node.children.find((c) => c.local === 'style')?.child('a:lnRef');
  let base: Line | undefined;
  const idx = ref?.num('idx', 0) ?? 0;
  const themed = idx > 0 ? ctx.theme.lineStyles[idx - 1] : undefined;
  if (themed) base = readLine(themed, ctx, undefined, readColor(ref, ctx));
  return readLine(spPr?.child('a:ln'), ctx, base);
}
