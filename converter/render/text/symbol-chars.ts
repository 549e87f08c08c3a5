/**
 * Symbol fonts (Wingdings, Symbol) name glyphs by code, not by Unicode meaning: "a" in Symbol is α,
 * "§" in Wingdings a small square. We have neither font, so their characters are mapped to the Unicode
 * characters they show. Files often store them in the private-use block U+F000-U+F0FF, whose low byte
 * is the glyph code (PowerPoint draws those in the run's a:sym font).
 */
const WINGDINGS: Record<number, string> = {
  0x6c: '●', 0x6e: '■', 0x6f: '□', 0x70: '◻', 0x71: '❑', 0x72: '❒', 0x75: '◆', 0x76: '❖', 0x77: '⬥',
  0xa7: '▪', 0x9f: '•', 0xa8: '◻', 0xd8: '➢', 0xe0: '→', 0xe8: '➔', 0xf0: '⇨', 0xfc: '✓', 0xfb: '✗',
  0x4a: '☺', 0x46: '☞', 0x43: '👍', 0x3f: '✎', 0xdf: '←', 0xe1: '↑', 0xe2: '↓', 0xef: '⇦', 0xf1: '⇧', 0xf2: '⇩',
};

/** The Symbol font's encoding from 0x20 (Adobe Symbol): Greek letters, mathematical signs, arrows. */
const SYMBOL_FROM_20 =
  ' !∀#∃%&∋()∗+,−./0123456789:;<=>?≅ΑΒΧΔΕΦΓΗΙϑΚΛΜΝΟΠΘΡΣΤΥςΩΞΨΖ[∴]⊥_‾αβχδεφγηιϕκλμνοπθρστυϖωξψζ{|}∼';
const SYMBOL_FROM_A0 =
  '€ϒ′≤⁄∞ƒ♣♦♥♠↔←↑→↓°±″≥×∝∂•÷≠≡≈…⏐⎯↵ℵℑℜ℘⊗⊕∅∩∪⊃⊇⊄⊂⊆∈∉∠∇®©™∏√⋅¬∧∨⇔⇐⇑⇒⇓◊〈®©™∑⎛⎜⎝⎡⎢⎣⎧⎨⎩⎪ 〉∫⌠⎮⌡⎞⎟⎠⎤⎥⎦⎫⎬⎭';

function symbolGlyph(code: number): string | undefined {
  if (code >= 0x20 && code < 0x20 + SYMBOL_FROM_20.length) return [...SYMBOL_FROM_20][code - 0x20];
  const high = [...SYMBOL_FROM_A0];
  if (code >= 0xa0 && code < 0xa0 + high.length && code !== 0xf0) return high[code - 0xa0];
  return undefined;
}

type SymbolFont = 'wingdings' | 'symbol';

function symbolFont(font: string | undefined): SymbolFont | undefined {
  const f = (font ?? '').trim().toLowerCase();
  if (f.startsWith('wingdings')) return 'wingdings';
  if (f === 'symbol') return 'symbol';
  return undefined;
}

/** Fonts whose characters are pictures at letter codes (no digits or letters of their own). */
export function isSymbolFont(font: string | undefined): boolean {
  return !!symbolFont(font) || /^(webdings|marlett|monotype sorts|zapf ?dingbats|ms outlook)$/i.test((font ?? '').trim());
}

function glyph(font: SymbolFont, code: number): string | undefined {
  return font === 'wingdings' ? WINGDINGS[code] : symbolGlyph(code);
}

/** The character to draw for bullet `ch` in `font`, and whether the font should be dropped. */
export function bulletChar(ch: string, font: string | undefined): { char: string; symbolic: boolean } {
  const code = ch.codePointAt(0) ?? 0x2022;
  const pua = code >= 0xf000 && code <= 0xf0ff;
  const low = pua ? code - 0xf000 : code;
  const f = symbolFont(font);
  if (f === 'symbol') return { char: glyph(f, low) ?? String.fromCodePoint(low), symbolic: true };
  if (f === 'wingdings' || pua) return { char: glyph('wingdings', low) ?? '•', symbolic: true };
  return { char: ch || '•', symbolic: false };
}

/**
 * Run text as it shows: in a symbol font (the run's latin face) every character is a glyph code;
 * otherwise only private-use characters are, drawn in the run's a:sym face. Undefined when the text
 * has nothing to map.
 */
export function symbolText(text: string, latin: string, sym: string | undefined): string | undefined {
  const whole = symbolFont(latin);
  // A named a:sym face that is not a symbol font (Gill Sans, Courier New …) maps nothing; none named
  // is Windows' rule for U+F0xx in a text face: drawn from Symbol.
  const pua = sym ? symbolFont(sym) : whole ? undefined : 'symbol';
  if (!whole && (!pua || !/[\uF000-\uF0FF]/.test(text))) return undefined;
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    const inPua = code >= 0xf000 && code <= 0xf0ff;
    const font = inPua ? (whole ?? pua) : whole;
    out += (font && glyph(font, inPua ? code - 0xf000 : code)) ?? ch;
  }
  return out;
}
