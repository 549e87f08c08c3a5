/**
 * DrawingML colour transforms (a:lumMod, a:tint, a:satMod, …) applied in document order.
 * Like PowerPoint (and LibreOffice, which matches it), luminance/saturation/hue transforms work in
 * HSL on the sRGB values, while tint/shade and the red/green/blue transforms work on linear RGB.
 * That split is what makes "accent1 lumMod 75000" give the exact hex PowerPoint shows.
 */
import { clamp01 as clamp, fromHsl, toHsl, toLinear, toSrgb, type Rgba } from './color-math.js';

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

/**
 * Apply one transform (the element's local name and its val attribute, 0 when absent) to a colour.
 * Unknown transforms leave it unchanged.
 */
export function applyTransform(c: Rgba, name: string, val: number): Rgba {
  const v = val / 100000; // fractions; hue values are 60000ths of a degree (handled below)
  switch (name) {
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
    case 'hueOff': return mapHsl(c, (h, s, l) => [h + val / 60000, s, l]);
    case 'hue': return mapHsl(c, (_h, s, l) => [val / 60000, s, l]);
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
