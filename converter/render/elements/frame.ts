/** The positioned box of an element (frame, rotation, flips) shared by every element kind. */
import type { ElementBase } from '../../deck/model.js';
import { num, px } from '../units.js';

export interface BoxPx {
  x: number;
  y: number;
  w: number;
  h: number;
}

export function boxPx(el: ElementBase): BoxPx {
  return { x: px(el.frame.x), y: px(el.frame.y), w: px(el.frame.w), h: px(el.frame.h) };
}

/** CSS transform for rotation after flips, both about the box centre (DrawingML order). */
export function transformCss(el: Pick<ElementBase, 'rotation' | 'flipH' | 'flipV'>): string {
  const t: string[] = [];
  if (el.rotation) t.push(`rotate(${num(el.rotation)}deg)`);
  if (el.flipH || el.flipV) t.push(`scale(${el.flipH ? -1 : 1},${el.flipV ? -1 : 1})`);
  return t.join(' ');
}

/** Style of an absolutely placed element box. */
export function boxStyle(b: BoxPx, transform: string, extra: string[] = []): string {
  const s = [`left:${num(b.x)}px`, `top:${num(b.y)}px`, `width:${num(b.w)}px`, `height:${num(b.h)}px`];
  if (transform) s.push(`transform:${transform}`);
  return [...s, ...extra].join(';');
}

/** Number of mirrorings applied to an element, itself and its groups (odd = text must be unmirrored). */
export function mirrorParity(el: Pick<ElementBase, 'flipH' | 'flipV'>, inherited: boolean): boolean {
  return inherited !== (el.flipH !== el.flipV);
}
