/** Model colours to CSS/SVG colour text. */
import { clamp01, mixHex, parseHex } from '../drawingml/color-math.js';
import type { Color } from '../deck/model.js';
import { num } from './units.js';

export function hex(c: Color): string {
  return `#${/^[0-9A-Fa-f]{6}$/.test(c.hex) ? c.hex : '000000'}`;
}

/** CSS colour with alpha folded in (rgba when translucent). */
export function cssColor(c: Color, alphaScale = 1): string {
  const a = clamp01(c.alpha * alphaScale);
  if (a >= 1) return hex(c);
  const [r, g, b] = parseHex(c.hex);
  return `rgba(${r},${g},${b},${num(a)})`;
}

/** Mix a colour towards black (factor < 1) or white (factor > 1): the path fill modes darken/lighten. */
export function shade(c: Color, factor: number): Color {
  const h = factor <= 1 ? mixHex(c.hex, '000000', 1 - factor) : mixHex(c.hex, 'FFFFFF', factor - 1);
  return { hex: h, alpha: c.alpha };
}
