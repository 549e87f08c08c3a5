/** Model colours to CSS/SVG colour text. */
import type { Color } from '../deck/model.js';
import { num } from './units.js';

export function hex(c: Color): string {
  return `#${/^[0-9A-Fa-f]{6}$/.test(c.hex) ? c.hex : '000000'}`;
}

/** CSS colour with alpha folded in (rgba when translucent). */
export function cssColor(c: Color, alphaScale = 1): string {
  const a = clamp01(c.alpha * alphaScale);
  if (a >= 1) return hex(c);
  const v = parseInt(hex(c).slice(1), 16);
  return `rgba(${(v >> 16) & 255},${(v >> 8) & 255},${v & 255},${num(a)})`;
}

export function clamp01(n: number): number {
  return n < 0 ? 0 : n > 1 ? 1 : n;
}

/** Mix a colour towards black (factor < 1) or white (factor > 1): the path fill modes darken/lighten. */
export function shade(c: Color, factor: number): Color {
  const v = parseInt(hex(c).slice(1), 16);
  const ch = [(v >> 16) & 255, (v >> 8) & 255, v & 255].map((x) =>
    factor <= 1 ? Math.round(x * factor) : Math.round(x + (255 - x) * (factor - 1)),
  );
  const h = ch.map((x) => Math.max(0, Math.min(255, x)).toString(16).padStart(2, '0')).join('').toUpperCase();
  return { hex: h, alpha: c.alpha };
}
