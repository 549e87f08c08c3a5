/**
 * How wide text is, estimated without a layout engine, in one place: a table of glyph classes for
 * fitting card text (advances in em, measured on Carlito/Noto at regular weight), the chart layout's
 * coarser per-character rule, and caption line lengths (columns: a wide character counts two). Good for
 * layout decisions, not for drawing: real glyph runs vary around these averages.
 */
import { pieces } from './script/segment-pieces.js';

/** CJK ideographs, kana, Hangul, CJK punctuation and full-width forms: drawn about one em wide. */
const WIDE = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303F\uFF01-\uFF60\uFFE0-\uFFE6]/u;

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** User-perceived characters: a Devanagari syllable with its vowel signs, an Arabic letter with its harakat. */
export function splitGraphemes(text: string): string[] {
  const out: string[] = [];
  for (const piece of pieces(text)) for (const s of graphemes.segment(piece)) out.push(s.segment);
  return out;
}

/** True when the character (or grapheme) starts with a wide one. */
export function isWide(ch: string): boolean {
  return WIDE.test(ch);
}

/** Average advance of one character in em, by kind. */
export function charEm(ch: string): number {
  if (ch === ' ') return 0.24;
  if (isWide(ch)) return 1.0;
  if (/\p{Script=Devanagari}|\p{Script=Bengali}/u.test(ch)) return 0.58;
  if (/\p{Script=Arabic}/u.test(ch)) return 0.5;
  if (/[\p{Lu}]/u.test(ch)) return 0.62;
  if (/[mwMW@%]/u.test(ch)) return 0.8;
  if (/[ijlI.,;:'!|ftr]/u.test(ch)) return 0.3;
  if (/\p{N}/u.test(ch)) return 0.52;
  return 0.5;
}

/** Estimated width of `text` in em (bold runs about 7% wider). */
export function textEm(text: string, bold = false): number {
  let w = 0;
  for (const ch of text) w += charEm(ch);
  return w * (bold ? 1.07 : 1);
}

/**
 * The chart layout's coarser estimate: every character half an em, a space a quarter, a character
 * above U+2E80 (CJK, emoji) a whole em. Charts keep it because their label gaps and legend padding were
 * set against it: on the bar-chart reference the per-class table above moved the plot by a few pixels
 * and its SSIM from 0.952 to 0.942. Folding it into textEm needs the chart layout to model PowerPoint's
 * label offset and tick marks instead.
 */
export function coarseTextEm(text: string): number {
  let w = 0;
  for (const ch of text) w += ch.charCodeAt(0) > 0x2e80 ? 1 : ch === ' ' ? 0.25 : 0.5;
  return w;
}

/**
 * Width in columns, as caption guidelines count it: a grapheme is one, a wide one two (drawn twice as
 * wide), so a 42-column caption line holds 21 CJK characters, about the width of 42 Latin letters.
 */
export function textColumns(text: string): number {
  let w = 0;
  for (const g of splitGraphemes(text)) w += isWide(g) ? 2 : 1;
  return w;
}
