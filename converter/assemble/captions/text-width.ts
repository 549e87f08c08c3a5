/**
 * How wide caption text is, in columns. A user-perceived character (grapheme: a Devanagari syllable
 * with its vowel signs, an Arabic letter with its harakat) counts once; CJK and full-width characters
 * count twice because they are drawn twice as wide, so a 42-column line holds 21 of them — about the
 * width of 42 Latin letters on screen.
 */

import { pieces } from '../../script/segment-pieces.js';

const WIDE = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303F\uFF01-\uFF60\uFFE0-\uFFE6]/u;

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

export function splitGraphemes(text: string): string[] {
  const out: string[] = [];
  for (const piece of pieces(text)) for (const s of graphemes.segment(piece)) out.push(s.segment);
  return out;
}

export function isWide(grapheme: string): boolean {
  return WIDE.test(grapheme);
}

export function textWidth(text: string): number {
  let w = 0;
  for (const g of splitGraphemes(text)) w += isWide(g) ? 2 : 1;
  return w;
}
