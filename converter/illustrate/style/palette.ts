/**
 * The card palette, derived from the deck theme so every card looks like it belongs to the deck.
 *
 * Theme slots are semantic (dk1/lt1 text and background, dk2/lt2 secondary, accent1-6), but real
 * themes are messy: grey accents, a yellow accent1 unreadable on white, a "light" colour that is
 * dark. So each role takes the first theme colour that meets a contrast or saturation test and is
 * nudged toward legibility when none does. Deterministic: same theme, same palette.
 */
import type { ThemeColors } from '../../deck/model.js';
import { contrast, luminance, mixHex as mix } from '../../drawingml/color-math.js';
import { hsl } from './color.js';

export interface CardPalette {
  /** Page background. */
  background: string;
  /** Panels (steps, comparison sides) on the background. */
  surface: string;
  /** Headline ink. */
  heading: string;
  /** Body ink. */
  text: string;
  /** Kicker and secondary labels. */
  muted: string;
  /** Main accent (decoration), and a darker variant safe for text on the background. */
  accent: string;
  accentText: string;
  accent2: string;
  accent3: string;
  /** Soft fills behind illustrations. */
  tint: string;
  tint2: string;
  /** Text on an accent fill. */
  onAccent: string;
}

const WHITE = 'FFFFFF';
const BLACK = '000000';

export function cardPalette(colors: ThemeColors): CardPalette {
  const light = luminance(colors.lt1) > 0.6 ? colors.lt1 : WHITE;
  // A whisper of the accent warms a plain white page without fighting the illustration.
  const accents = pickAccents(colors, light);
  const background = mix(light, accents[0], 0.045);
  const heading = [colors.dk2, colors.dk1, '1F2937'].find((c) => contrast(c, background) >= 7) ?? BLACK;
  // Body text a step softer than pure black, toward the heading ink, while staying at AAA contrast.
  const dark = [colors.dk1, colors.dk2].find((c) => contrast(c, background) >= 7) ?? '222222';
  const text = [mix(dark, heading, 0.5), mix(dark, heading, 0.25), dark].find((c) => contrast(c, background) >= 7)!;
  const muted = readable(mix(text, background, 0.3), background, 4.6, text);
  const accentText = readable(accents[0], background, 3.2, heading);
  return {
    background,
    surface: mix(WHITE, background, 0.25),
    heading,
    text,
    muted,
    accent: accents[0],
    accentText,
    accent2: accents[1],
    accent3: accents[2],
    tint: mix(background, accents[0], 0.16),
    tint2: mix(background, accents[1], 0.18),
    onAccent: contrast(WHITE, accents[0]) >= 3 ? WHITE : heading,
  };
}

/** Three accents: saturated, visible on the background, with distinct hues where the theme has them. */
function pickAccents(colors: ThemeColors, background: string): [string, string, string] {
  const slots = [colors.accent1, colors.accent2, colors.accent3, colors.accent4, colors.accent5, colors.accent6];
  const usable = slots.filter((c) => hsl(c).s >= 0.25 && contrast(c, background) >= 1.4);
  const pool = usable.length ? usable : ['2F6FDE', 'F28C28', '2BA84A'];
  const chosen: string[] = [pool[0]!];
  for (const c of pool) {
    if (chosen.length === 3) break;
    if (chosen.every((x) => hueDistance(x, c) >= 35)) chosen.push(c);
  }
  for (const c of pool) if (chosen.length < 3 && !chosen.includes(c)) chosen.push(c);
  while (chosen.length < 3) chosen.push(mix(chosen[chosen.length - 1]!, BLACK, 0.25));
  return [chosen[0]!, chosen[1]!, chosen[2]!];
}

function hueDistance(a: string, b: string): number {
  const d = Math.abs(hsl(a).h - hsl(b).h) % 360;
  return d > 180 ? 360 - d : d;
}

/** `color` darkened toward `ink` until it reaches `min` contrast on `background`. */
function readable(color: string, background: string, min: number, ink: string): string {
  let c = color;
  for (let t = 0.1; contrast(c, background) < min && t <= 1.0001; t += 0.1) c = mix(color, ink, t);
  return c;
}
