/** Outer shadows (a:outerShdw) as a CSS drop-shadow filter. */
import type { Shadow } from '../../deck/model.js';
import { cssColor } from '../css-color.js';
import { num, px } from '../units.js';

function offset(s: Shadow): { dx: number; dy: number; sd: number } {
  const a = (s.dir * Math.PI) / 180;
  // DrawingML's blurRad is the blur's reach; PowerPoint's renders match a Gaussian with sigma = radius / 3.
  return { dx: px(s.dist) * Math.cos(a), dy: px(s.dist) * Math.sin(a), sd: px(s.blur) / 3 };
}

/**
 * CSS `filter` value for shapes and pictures (the filter's blur length is the Gaussian's sigma).
 * Chromium composites a CSS filter far more cheaply than an SVG <filter> in the page.
 */
export function cssDropShadow(s: Shadow): string {
  const { dx, dy, sd } = offset(s);
  return `drop-shadow(${num(dx)}px ${num(dy)}px ${num(sd)}px ${cssColor(s.color)})`;
}

/** CSS `text-shadow` / `box-shadow` value (their blur length is a radius: twice the sigma). */
export function cssTextShadow(s: Shadow): string {
  const { dx, dy, sd } = offset(s);
  return `${num(dx)}px ${num(dy)}px ${num(sd * 2)}px ${cssColor(s.color)}`;
}
