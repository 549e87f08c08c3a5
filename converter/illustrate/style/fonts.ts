/**
 * Font stacks for cards: the theme's fonts mapped to metric-compatible free fonts that are
 * installed here (Calibri -> Carlito, Cambria -> Caladea, Arial -> Liberation Sans, …), then
 * the Noto family for the text's script, so Arabic, Devanagari and CJK never fall back to tofu.
 */
import type { Script } from '../text/scripts.js';

const SUBSTITUTES: Record<string, string> = {
  calibri: 'Carlito',
  'calibri light': 'Carlito',
  cambria: 'Caladea',
  arial: 'Liberation Sans',
  helvetica: 'Liberation Sans',
  'times new roman': 'Liberation Serif',
  'courier new': 'Liberation Mono',
  aptos: 'Carlito',
  'aptos display': 'Carlito',
  'segoe ui': 'Noto Sans',
  'century gothic': 'URW Gothic',
  georgia: 'Gelasio',
};

const SCRIPT_FONTS: Partial<Record<Script, string[]>> = {
  arabic: ['Noto Sans Arabic', 'Noto Naskh Arabic'],
  hebrew: ['Noto Sans Hebrew'],
  devanagari: ['Noto Sans Devanagari'],
  bengali: ['Noto Sans Bengali'],
  cjk: ['Noto Sans CJK SC', 'Noto Sans CJK JP'],
  hangul: ['Noto Sans CJK KR'],
  thai: ['Noto Sans Thai'],
};

function quote(family: string): string {
  return `"${family.replace(/["\\<>;{}]/g, '')}"`;
}

/** A CSS font-family list for a theme font name and the script of the text it will show. */
export function fontStack(themeFont: string, script: Script): string {
  const families: string[] = [];
  // Theme fonts like "+mn-lt" are references, not names: they were resolved upstream or are empty.
  const name = themeFont.trim();
  const sub = SUBSTITUTES[name.toLowerCase()];
  if (sub) families.push(sub);
  if (name && !name.startsWith('+')) families.push(name);
  families.push(...(SCRIPT_FONTS[script] ?? []), 'Noto Sans', 'Liberation Sans', 'DejaVu Sans');
  return [...new Set(families)].map(quote).join(', ') + ', sans-serif';
}
