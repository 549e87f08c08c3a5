/**
 * The deck-wide style lock: one palette, one set of fonts and one style sentence, derived once per
 * deck and passed to every frame, so frames generated independently still belong together.
 */
import { sha256Hex } from '../../cache/cache-key.js';
import type { Theme } from '../../deck/model.js';
import { colorName } from './color.js';
import { cardPalette, type CardPalette } from './palette.js';

export interface StyleLock {
  palette: CardPalette;
  /** Theme font names (major = headings, minor = body), before substitution. */
  fonts: { heading: string; body: string };
  /** The --image-style text. */
  imageStyle: string;
  /** Appended verbatim to every image prompt of the deck. */
  text: string;
  /** Same for every frame of the deck; passed to providers that take a seed. */
  seed: number;
}

export function buildStyleLock(theme: Theme, imageStyle: string): StyleLock {
  const palette = cardPalette(theme.colors);
  const named = (hex: string) => `${colorName(hex)} (#${hex})`;
  const accents = [...new Set([palette.accent, palette.accent2, palette.accent3])].map(named).join(', ');
  const style = imageStyle.trim().replace(/[.\s]+$/, '');
  const text =
    `Style for every image in this series: ${style}. ` +
    `Colour palette: ${accents} accents on a ${named(palette.background)} background, with ${named(palette.heading)} for outlines and shadows. ` +
    'Keep the same palette, lighting and rendering style in every image; no text, letters or numbers in the image.';
  return {
    palette,
    fonts: { heading: theme.fonts.major.latin, body: theme.fonts.minor.latin },
    imageStyle: style,
    text,
    // 31 bits: the widest seed every image API that takes one accepts.
    seed: parseInt(sha256Hex(text).slice(0, 8), 16) & 0x7fffffff,
  };
}
