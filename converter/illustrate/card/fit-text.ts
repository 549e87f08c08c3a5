/**
 * Choosing font sizes without a layout engine: cards are built as static HTML (no JavaScript), so
 * sizes are estimated from average glyph widths and greedy line breaking. The estimate errs wide;
 * CSS line clamping in the card is the backstop that keeps text inside its box regardless.
 */

/** Average advance of one character in em, by kind (measured on Carlito/Noto at regular weight). */
function charEm(ch: string): number {
  if (ch === ' ') return 0.24;
  if (/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(ch)) return 1.0;
  if (/\p{Script=Devanagari}|\p{Script=Bengali}/u.test(ch)) return 0.58;
  if (/\p{Script=Arabic}/u.test(ch)) return 0.5;
  if (/[\p{Lu}]/u.test(ch)) return 0.62;
  if (/[mwMW@%]/u.test(ch)) return 0.8;
  if (/[ijlI.,;:'!|ftr]/u.test(ch)) return 0.3;
  if (/\p{N}/u.test(ch)) return 0.52;
  return 0.5;
}

/** Estimated width of `text` in em. */
export function textEm(text: string, bold = false): number {
  let w = 0;
  for (const ch of text) w += charEm(ch);
  return w * (bold ? 1.07 : 1);
}

/** Lines `text` needs at `size` px in a box `width` px wide (greedy breaking at spaces). */
export function countLines(text: string, size: number, width: number, bold = false): number {
  const words = text.split(/\s+/).filter(Boolean);
  const space = charEm(' ') * size;
  let lines = 1;
  let x = 0;
  for (const word of words) {
    let w = textEm(word, bold) * size;
    // A word longer than the line wraps inside itself (overflow-wrap: anywhere).
    while (w > width) {
      if (x > 0) lines++;
      w -= width;
      x = 0;
      lines++;
    }
    if (x === 0) x = w;
    else if (x + space + w <= width) x += space + w;
    else {
      lines++;
      x = w;
    }
  }
  return lines;
}

/** The largest size in [min, max] (step 2 px) at which text fits in maxLines; min if none does. */
export function fitFontSize(text: string, width: number, maxLines: number, max: number, min: number, bold = false): number {
  // 6% safety: real glyph runs vary around the averages above.
  const usable = width * 0.94;
  for (let size = Math.floor(max); size > min; size -= 2) {
    if (countLines(text, size, usable, bold) <= maxLines) return size;
  }
  return Math.floor(min);
}
