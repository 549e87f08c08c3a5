/**
 * Dispatch of slide elements to their builders, and groups. A group is a slide-sized layer turned and
 * mirrored about the group's centre: its children keep their slide coordinates (the model places them
 * in the group's unrotated box), so nested groups compose without any coordinate arithmetic here.
 */
import type { GroupElement, SlideElement } from '../../deck/model.js';
import type { RenderContext } from '../render-context.js';
import { num, px } from '../units.js';
import { chartHtml } from '../chart/chart-element.js';
import { transformCss } from './frame.js';
import { pictureHtml } from './picture.js';
import { shapeHtml } from './shape.js';
import { tableHtml } from './table.js';

/** HTML of one element; `mirrored` = an odd number of enclosing groups mirror it. */
export function elementHtml(el: SlideElement, ctx: RenderContext, mirrored = false): string {
  switch (el.kind) {
    case 'shape':
      return shapeHtml(el, ctx, mirrored);
    case 'picture':
      return pictureHtml(el, ctx);
    case 'table':
      return tableHtml(el, ctx);
    case 'chart':
      return chartHtml(el, ctx);
    case 'group':
      return groupHtml(el, ctx, mirrored);
    default:
      return '';
  }
}

function groupHtml(el: GroupElement, ctx: RenderContext, mirrored: boolean): string {
  const inner = el.children.map((c) => elementHtml(c, ctx, mirrored !== (el.flipH !== el.flipV))).join('');
  if (!inner) return '';
  const t = transformCss(el);
  if (!t) return inner;
  const cx = px(el.frame.x + el.frame.w / 2);
  const cy = px(el.frame.y + el.frame.h / 2);
  return `<div class="grp" style="transform-origin:${num(cx)}px ${num(cy)}px;transform:${t}">${inner}</div>`;
}
