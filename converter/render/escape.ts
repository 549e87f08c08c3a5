/**
 * Escaping of deck text. Everything taken from a deck (text, names, links, font names) passes through
 * one of these before it enters the page, so text that looks like HTML is shown as text.
 */
const HTML: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => HTML[c] ?? c);
}

/** Attribute values (always double-quoted by the builders). */
export const escapeAttr = escapeHtml;

/**
 * A font family name as a CSS string literal. Quotes and backslashes are dropped rather than escaped
 * (no real font name has them), and so are characters that could end the style attribute or a rule.
 */
export function cssFontName(name: string): string {
  const clean = name.replace(/["'\\<>;{}\n\r]/g, '').trim();
  return `"${clean}"`;
}
