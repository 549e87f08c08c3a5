/**
 * Colours for the card palette and for naming colours in image prompts ("RRGGBB" hex strings as in the
 * Deck model). The arithmetic itself is drawingml/color-math.ts.
 */
import { parseHex, toHsl } from '../../drawingml/color-math.js';

/** Hue in degrees (0..360), saturation and lightness (0..1). */
export function hsl(hex: string): { h: number; s: number; l: number } {
  const [r, g, b] = parseHex(hex);
  const [h, s, l] = toHsl({ r: r / 255, g: g / 255, b: b / 255 });
  return { h, s, l };
}

const HUES: [number, string][] = [
  [15, 'red'],
  [40, 'orange'],
  [65, 'yellow'],
  [150, 'green'],
  [190, 'teal'],
  [250, 'blue'],
  [290, 'purple'],
  [335, 'pink'],
  [360, 'red'],
];

/** Plain-words colour name for prompts ("deep blue", "light orange", "dark grey"). */
export function colorName(hex: string): string {
  const { h, s, l } = hsl(hex);
  const tone = l < 0.22 ? 'dark ' : l < 0.4 ? 'deep ' : l > 0.85 ? 'pale ' : l > 0.68 ? 'light ' : '';
  if (s < 0.12 || (l > 0.94 && s < 0.5)) {
    if (l > 0.94) return 'white';
    if (l < 0.08) return 'black';
    return `${tone}grey`.trim();
  }
  const name = HUES.find(([limit]) => h < limit)?.[1] ?? 'red';
  return `${tone}${name}`;
}
