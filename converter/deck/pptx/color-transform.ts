/**
 * DrawingML colour transforms (a:lumMod, a:tint, a:satMod, …) applied in document order.
 * Like PowerPoint (and LibreOffice, which matches it), luminance/saturation/hue transforms work in
 * HSL on the sRGB values, while tint/shade and the red/green/blue transforms work on linear RGB.
 * That split is what makes "accent1 lumMod 75000" give the exact hex PowerPoint shows.
 */
import type { XmlNode } from '../xml.js';

/** Working colour: sRGB components 0..1 plus alpha 0..1. */
export interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

const clamp = (v: number) => (v < 0 ? 0 : v > 1 ? 1 : v);
const toLinear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const toSrgb = (c: number) => (c <= 0.0031308 ? c * 12.92 : 1.055 * c ** (1 / 2.4) - 0.055);

export function toHsl({ r, g, b }: Rgba): [number, number, number] {
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
  s = clamp(s);
  l = clamp(l);
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

export function hexToRgba(hex: string, a = 1): Rgba {
  const n = parseInt(hex.padStart(6, '0').slice(0, 6), 16) || 0;
  return { r: ((n >> 16) & 255) / 255, g: ((n >> 8) & 255) / 255, b: (n & 255) / 255, a };
}

export function rgbaToHex(c: Rgba): string {
  const h = (v: number) => Math.round(clamp(v) * 255).toString(16).padStart(2, '0');
  return (h(c.r) + h(c.g) + h(c.b)).toUpperCase();
}

function mapHsl(c: Rgba, f: (h: number, s: number, l: number) => [number, number, number]): Rgba {
  const [h, s, l] = toHsl(c);
  const [h2, s2, l2] = f(h, s, l);
  return fromHsl(h2, s2, l2, c.a);
}

function mapLinear(c: Rgba, f: (v: number, k: 'r' | 'g' | 'b') => number, only?: 'r' | 'g' | 'b'): Rgba {
  const out = { ...c };
  for (const k of ['r', 'g', 'b'] as const) {
    if (only && k !== only) continue;
    out[k] = clamp(toSrgb(clamp(f(toLinear(c[k]), k))));
  }
  return out;
}

/** Apply one transform element to a colour. Unknown transforms leave it unchanged. */
export function applyTransform(c: Rgba, t: XmlNode): Rgba {
  const v = t.num('val', 0) / 100000; // fractions; hue values are 60000ths of a degree (handled below)
  switch (t.local) {
    case 'alpha': return { ...c, a: clamp(v) };
    case 'alphaMod': return { ...c, a: clamp(c.a * v) };
    case 'alphaOff': return { ...c, a: clamp(c.a + v) };
    case 'lumMod': return mapHsl(c, (h, s, l) => [h, s, l * v]);
    case 'lumOff': return mapHsl(c, (h, s, l) => [h, s, l + v]);
    case 'lum': return mapHsl(c, (h, s) => [h, s, v]);
    case 'satMod': return mapHsl(c, (h, s, l) => [h, s * v, l]);
    case 'satOff': return mapHsl(c, (h, s, l) => [h, s + v, l]);
    case 'sat': return mapHsl(c, (h, _s, l) => [h, v, l]);
    case 'hueMod': return mapHsl(c, (h, s, l) => [h * v, s, l]);
    case 'hueOff': return mapHsl(c, (h, s, l) => [h + t.num('val', 0) / 60000, s, l]);
    case 'hue': return mapHsl(c, (_h, s, l) => [t.num('val', 0) / 60000, s, l]);
    case 'tint': return mapLinear(c, (x) => 1 - (1 - x) * v);
    case 'shade': return mapLinear(c, (x) => x * v);
    case 'red': return mapLinear(c, () => v, 'r');
    case 'green': return mapLinear(c, () => v, 'g');
    case 'blue': return mapLinear(c, () => v, 'b');
    case 'redMod': return mapLinear(c, (x) => x * v, 'r');
    case 'greenMod': return mapLinear(c, (x) => x * v, 'g');
    case 'blueMod': return mapLinear(c, (x) => x * v, 'b');
    case 'redOff': return mapLinear(c, (x) => x + v, 'r');
    case 'greenOff': return mapLinear(c, (x) => x + v, 'g');
    case 'blueOff': return mapLinear(c, (x) => x + v, 'b');
    case 'comp': return mapHsl(c, (h, s, l) => [h + 180, s, l]);
    case 'inv': return { r: 1 - c.r, g: 1 - c.g, b: 1 - c.b, a: c.a };
    case 'gray': {
      const y = 0.299 * c.r + 0.587 * c.g + 0.114 * c.b;
      return { r: y, g: y, b: y, a: c.a };
    }
    // Rare in real files: a plain power curve is close enough.
    case 'gamma': return { r: c.r ** (1 / 2.3), g: c.g ** (1 / 2.3), b: c.b ** (1 / 2.3), a: c.a };
    case 'invGamma': return { r: c.r ** 2.3, g: c.g ** 2.3, b: c.b ** 2.3, a: c.a };
    default: return c;
  }
}
