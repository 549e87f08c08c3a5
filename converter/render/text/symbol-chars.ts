/**
 * Bullets written in symbol fonts (Wingdings, Symbol) name glyphs by code, not by Unicode meaning.
 * We have no Wingdings, so the common bullet glyphs are mapped to the Unicode characters they show.
 */
const WINGDINGS: Record<number, string> = {
  0x6c: '●', 0x6e: '■', 0x6f: '□', 0x70: '◻', 0x71: '❑', 0x72: '❒', 0x75: '◆', 0x76: '❖', 0x77: '⬥',
  0xa7: '▪', 0x9f: '•', 0xa8: '◻', 0xd8: '➢', 0xe0: '→', 0xe8: '➔', 0xf0: '⇨', 0xfc: '✓', 0xfb: '✗',
  0x4a: '☺', 0x46: '☞', 0x43: '👍', 0x3f: '✎',
};
const SYMBOL: Record<number, string> = { 0xb7: '•', 0xae: '→', 0xde: '⇒', 0xa8: '♦', 0xa7: '♣', 0x2d: '−', 0xd7: '⋅' };

/** The character to draw for bullet `ch` in `font`, and whether the font should be dropped. */
export function bulletChar(ch: string, font: string | undefined): { char: string; symbolic: boolean } {
  const f = (font ?? '').toLowerCase();
  const code = ch.codePointAt(0) ?? 0x2022;
  // Private-use U+F0xx is how symbol-font characters are often stored: the low byte is the glyph code.
  const low = code >= 0xf000 && code <= 0xf0ff ? code - 0xf000 : code;
  if (f.startsWith('wingdings')) return { char: WINGDINGS[low] ?? '•', symbolic: true };
  if (f === 'symbol') return { char: SYMBOL[low] ?? String.fromCodePoint(low), symbolic: true };
  if (code >= 0xf000 && code <= 0xf0ff) return { char: WINGDINGS[low] ?? '•', symbolic: true };
  return { char: ch || '•', symbolic: false };
}
