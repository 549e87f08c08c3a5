/**
 * Pictures: the image placed by its crop rectangle inside a clipped box (the clip follows the picture's
 * geometry: rectangle, ellipse, rounded rectangle …), transparency, an optional outline and shadow.
 * SVG pictures are preferred over their raster fallback; EMF/WMF without a raster draw nothing.
 */
import type { PictureElement } from '../../deck/model.js';
import { escapeAttr } from '../escape.js';
import { svgPathData } from '../geometry/svg-path.js';
import { cssDropShadow } from '../paint/shadow.js';
import type { RenderContext } from '../render-context.js';
import { num } from '../units.js';
import { boxPx, boxStyle, transformCss } from './frame.js';
import { geometrySvg, shapePaths } from './shape.js';

function isRect(el: PictureElement): boolean {
  return el.geometry.type === 'preset' && (el.geometry.preset === 'rect' || el.geometry.preset === '');
}

export function pictureHtml(el: PictureElement, ctx: RenderContext): string {
  const box = boxPx(el);
  if (box.w <= 0 || box.h <= 0) return '';
  const uri = (el.svg && ctx.media.uri(el.svg)) || ctx.media.uri(el.image);
  if (!uri) {
    if (el.vectorOnly) ctx.warn(`${el.vectorOnly.toUpperCase()} pictures without a raster fallback are not drawn`);
    else if (el.image) ctx.warn(`a picture in a format the renderer cannot draw (${ctx.media.format(el.image) ?? 'missing'}) is left out`);
    return '';
  }
  const g = shapePaths(el);
  const clip = isRect(el)
    ? 'overflow:hidden'
    : `clip-path:path('${g.paths.map((p) => svgPathData(p, g.spaceW, g.spaceH, box.w, box.h)).join('')}')`;
  const c = el.crop;
  const iw = box.w / Math.max(0.0001, 1 - c.l - c.r);
  const ih = box.h / Math.max(0.0001, 1 - c.t - c.b);
  const filters: string[] = [];
  if (el.grayscale) filters.push('grayscale(1)');
  const imgStyle = [
    'position:absolute',
    `left:${num(-c.l * iw)}px`,
    `top:${num(-c.t * ih)}px`,
    `width:${num(iw)}px`,
    `height:${num(ih)}px`,
  ];
  if (el.alpha < 1) imgStyle.push(`opacity:${num(el.alpha)}`);
  if (filters.length) imgStyle.push(`filter:${filters.join(' ')}`);
  const inner = el.tile
    ? `<div style="position:absolute;inset:0;background-image:url('${escapeAttr(uri)}');background-repeat:repeat${el.alpha < 1 ? `;opacity:${num(el.alpha)}` : ''}"></div>`
    : `<img src="${escapeAttr(uri)}" alt="" style="${imgStyle.join(';')}">`;
  const outline = el.line.width > 0 && el.line.fill.type !== 'none'
    ? geometrySvg({ ...asShape(el), fill: { type: 'none' } }, g, box, ctx)
    : '';
  const outer = [];
  if (el.shadow) outer.push(`filter:${cssDropShadow(el.shadow)}`);
  return (
    `<div class="e" style="${boxStyle(box, transformCss(el), outer)}">` +
    `<div style="position:absolute;inset:0;${clip}">${inner}</div>${outline}</div>`
  );
}

function asShape(el: PictureElement) {
  return {
    kind: 'shape' as const,
    id: el.id, name: el.name, origin: el.origin, frame: el.frame, rotation: el.rotation, flipH: el.flipH, flipV: el.flipV,
    geometry: el.geometry, fill: { type: 'none' as const }, line: el.line, connector: false,
  };
}
