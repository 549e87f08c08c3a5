/**
 * Shapes and connectors: geometry as inline SVG (fill, line, arrowheads, shadow), text as HTML on top.
 */
import type { GeometryPath, ShapeElement } from '../../deck/model.js';
import { presetGeometry } from '../../drawingml/geometry.js';
import { svgPathData } from '../geometry/svg-path.js';
import { cssDropShadow, cssTextShadow } from '../paint/shadow.js';
import { svgStroke } from '../paint/stroke.js';
import { svgPaint } from '../paint/svg-paint.js';
import type { RenderContext } from '../render-context.js';
import { hasText, textBodyHtml } from '../text/text-body.js';
import { num, px } from '../units.js';
import { boxPx, boxStyle, mirrorParity, transformCss, type BoxPx } from './frame.js';

const TONE: Record<GeometryPath['fill'], number> = { norm: 1, none: 1, darken: 0.6, darkenLess: 0.8, lighten: 1.4, lightenLess: 1.2 };

export interface ShapePaths {
  paths: GeometryPath[];
  /** Coordinate space of paths whose own w/h are 0. */
  spaceW: number;
  spaceH: number;
  /** Text rectangle, px, relative to the box. */
  textRect: BoxPx;
}

/** Resolved geometry of a shape or picture at its frame size. */
export function shapePaths(el: Pick<ShapeElement, 'geometry' | 'frame'>): ShapePaths {
  const { w, h } = el.frame;
  if (el.geometry.type === 'custom') {
    return { paths: el.geometry.paths, spaceW: w, spaceH: h, textRect: { x: 0, y: 0, w: px(w), h: px(h) } };
  }
  const g = presetGeometry(el.geometry.preset, el.geometry.adjust, w, h);
  const r = g.textRect;
  const ok = r.w > 0 && r.h > 0;
  return {
    paths: g.paths,
    spaceW: w,
    spaceH: h,
    textRect: ok ? { x: px(r.x), y: px(r.y), w: px(r.w), h: px(r.h) } : { x: 0, y: 0, w: px(w), h: px(h) },
  };
}

/** The inline SVG of a geometry with its fill, line and shadow (no text). */
export function geometrySvg(el: ShapeElement, g: ShapePaths, box: BoxPx, ctx: RenderContext): string {
  let defs = '';
  const body: string[] = [];
  for (const path of g.paths) {
    const d = svgPathData(path, g.spaceW, g.spaceH, box.w, box.h);
    if (!d) continue;
    const fill = path.fill === 'none' ? undefined : svgPaint(el.fill, ctx, box.w, box.h, TONE[path.fill]);
    const open = !path.commands.some((c) => c.op === 'Z');
    const stroke = path.stroke ? svgStroke(el.line, ctx, box.w, box.h, open) : undefined;
    if ((!fill || fill.paint === 'none') && (!stroke || stroke.width === 0)) continue;
    defs += (fill?.defs ?? '') + (stroke?.defs ?? '');
    const fillAttr = fill && fill.paint !== 'none' ? `fill="${fill.paint}"${fill.opacity < 1 ? ` fill-opacity="${num(fill.opacity)}"` : ''}` : 'fill="none"';
    body.push(`<path d="${d}" ${fillAttr} ${stroke && stroke.width > 0 ? stroke.attrs : 'stroke="none"'}/>`);
  }
  if (body.length === 0) return '';
  const content = body.join('');
  const boxShadow = el.shadow ? boxShadowDiv(el, box) : '';
  // A CSS filter on the whole <svg> is composited by Chromium far more cheaply than an SVG <filter>.
  const style = el.shadow && !boxShadow ? ` style="filter:${cssDropShadow(el.shadow)}"` : '';
  const w = Math.max(box.w, 1);
  const h = Math.max(box.h, 1);
  return `${boxShadow}<svg class="g"${style} width="${num(w)}" height="${num(h)}" viewBox="0 0 ${num(w)} ${num(h)}">${defs ? `<defs>${defs}</defs>` : ''}${content}</svg>`;
}

/**
 * Rectangles and rounded rectangles with an opaque fill cast their shadow as a CSS box-shadow, which
 * Chromium draws analytically (a blur filter over the whole shape costs ~5 ms per shape at 1920 px).
 */
function boxShadowDiv(el: ShapeElement, box: BoxPx): string {
  if (el.geometry.type !== 'preset' || !el.shadow) return '';
  const { preset, adjust } = el.geometry;
  if (preset !== 'rect' && preset !== 'roundRect') return '';
  const opaque = el.fill.type === 'solid' ? el.fill.color.alpha >= 1 : el.fill.type === 'gradient' ? el.fill.stops.every((x) => x.color.alpha >= 1) : false;
  if (!opaque) return '';
  const radius = preset === 'roundRect' ? (Math.min(box.w, box.h) * Math.min(50000, Math.max(0, adjust.adj ?? adjust.adj1 ?? 16667))) / 100000 : 0;
  return `<div class="g" style="width:${num(box.w)}px;height:${num(box.h)}px;border-radius:${num(radius)}px;box-shadow:${cssTextShadow(el.shadow)}"></div>`;
}

export function shapeHtml(el: ShapeElement, ctx: RenderContext, mirrored: boolean): string {
  const box = boxPx(el);
  const g = shapePaths(el);
  const svg = geometrySvg(el, g, box, ctx);
  let text = '';
  if (hasText(el.text)) {
    const bare = el.fill.type === 'none' && (el.line.width <= 0 || el.line.fill.type === 'none');
    text = textBodyHtml(el.text, {
      ...g.textRect,
      unmirror: mirrorParity(el, mirrored),
      elementRotation: el.rotation,
      textShadow: bare ? el.shadow : undefined,
    }, ctx);
  }
  if (!svg && !text) return '';
  return `<div class="e" style="${boxStyle(box, transformCss(el))}">${svg}${text}</div>`;
}
