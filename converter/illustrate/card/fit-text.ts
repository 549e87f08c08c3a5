/**
 * Choosing font sizes without a layout engine: cards are built as static HTML (no JavaScript), so
 * sizes are estimated from average glyph widths (glyph-width.ts) and greedy line breaking. The estimate
 * errs wide; CSS line clamping in the card is the backstop that keeps text inside its box regardless.
 */
import { charEm, textEm } from '../../glyph-width.js';

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
