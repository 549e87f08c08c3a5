/**
 * Colour arithmetic, once for the reader, the renderer and the card palette. Colours are "RRGGBB" hex
 * strings as in the Deck model (a leading '#' is accepted) or working Rgba values with sRGB components
 * 0..1. Linear-light conversions use the sRGB transfer curve; at 8 bits per channel its 0.04045 knee and
 * WCAG's older 0.03928 give the same luminance, so one curve serves both.
 */

/** Working colour: sRGB components 0..1 plus alpha 0..1. */
export interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

/** 8-bit channels. */
export type Rgb = [number, number, number];

export const clamp01 = (v: number): number => (v < 0 ? 0 : v > 1 ? 1 : v);
export const toLinear = (c: number): number => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
export const toSrgb = (c: number): number => (c <= 0.0031308 ? c * 12.92 : 1.055 * c ** (1 / 2.4) - 0.055);

const HEX6 = /^[0-9a-fA-F]{6}$/;

/** True for exactly six hex digits (no '#'). */
export function isHex6(s: string | undefined): s is string {
  return !!s && HEX6.test(s);
}

/** 8-bit channels of a hex colour; anything that is not six hex digits is black. */
export function parseHex(hex: string): Rgb {
  const h = hex.replace(/^#/, '');
  if (!HEX6.test(h)) return [0, 0, 0];
  const n = parseInt(h, 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** Upper-case hex of 8-bit channels (rounded and clamped). */
export function toHex([r, g, b]: Rgb): string {
  const c = (v: number) => Math.max(0, Math.min(255, Math.round(v))).toString(16).padStart(2, '0');
  return (c(r) + c(g) + c(b)).toUpperCase();
}

export function hexToRgba(hex: string, a = 1): Rgba {
  const n = parseInt(hex.padStart(6, '0').slice(0, 6), 16) || 0;
  return { r: ((n >> 16) & 255) / 255, g: ((n >> 8) & 255) / 255, b: (n & 255) / 255, a };
}

export function rgbaToHex(c: Rgba): string {
  return toHex([clamp01(c.r) * 255, clamp01(c.g) * 255, clamp01(c.b) * 255]);
}

/** Hue in degrees (0..360), saturation and lightness (0..1). */
export function toHsl({ r, g, b }: Pick<Rgba, 'r' | 'g' | 'b'>): [number, number, number] {
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const l = (max + min) / 2;
  if (max === min) return [0, 0, l];
  const d = max - min;
  const s = l > 0.5 ? d / (2 - max - min) : d / (max + min);
  let h: number;
  if (max === r) h = (g - b) / d + (g < b ? 6 : 0);
  else if (max === g) h = (b - r) / d + 2;
  else h = (r - g) / d + 4;
  return [h * 60, s, l];
}

export function fromHsl(h: number, s: number, l: number, a: number): Rgba {
  h = ((h % 360) + 360) % 360;
  s = clamp01(s);
  l = clamp01(l);
  if (s === 0) return { r: l, g: l, b: l, a };
  const q = l < 0.5 ? l * (1 + s) : l + s - l * s;
  const p = 2 * l - q;
  const hue = (t: number) => {
    t = ((t % 1) + 1) % 1;
    if (t < 1 / 6) return p + (q - p) * 6 * t;
    if (t < 1 / 2) return q;
    if (t < 2 / 3) return p + (q - p) * (2 / 3 - t) * 6;
    return p;
  };
  const hn = h / 360;
  return { r: hue(hn + 1 / 3), g: hue(hn), b: hue(hn - 1 / 3), a };
}

/** `a` moved toward `b` by t (0 = a, 1 = b), per 8-bit sRGB channel. */
export function mixHex(a: string, b: string, t: number): string {
  const x = parseHex(a);
  const y = parseHex(b);
  return toHex([x[0] + (y[0] - x[0]) * t, x[1] + (y[1] - x[1]) * t, x[2] + (y[2] - x[2]) * t]);
}

/** Source-over compositing of a translucent colour on another (hex plus alpha, as in the model). */
export function composite(top: { hex: string; alpha: number }, under: { hex: string; alpha: number }): { hex: string; alpha: number } {
  const a = top.alpha + under.alpha * (1 - top.alpha);
  if (a <= 0) return { hex: '000000', alpha: 0 };
  const t = parseHex(top.hex);
  const u = parseHex(under.hex);
  const ch = (i: number) => (t[i]! * top.alpha + u[i]! * under.alpha * (1 - top.alpha)) / a;
  return { hex: toHex([ch(0), ch(1), ch(2)]), alpha: Math.round(a * 100000) / 100000 };
}

/** WCAG relative luminance, 0 (black) .. 1 (white). */
export function luminance(hex: string): number {
  const [r, g, b] = parseHex(hex).map((v) => toLinear(v / 255)) as Rgb;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio, 1 .. 21. */
export function contrast(a: string, b: string): number {
  const la = luminance(a);
  const lb = luminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}
