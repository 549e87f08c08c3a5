/**
 * What translation needs to know about a target language: its writing direction, the Noto family
 * that has its letters (for slides whose theme fonts lack them), and a name for messages.
 * Tags are BCP-47; only the primary subtag decides (es-MX is written like es).
 */
import { primaryLang } from '../script/options.js';

/** Languages written right to left (their paragraphs get dir=rtl and mirrored alignment). */
const RTL = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'sd', 'ug', 'yi', 'dv', 'ckb']);

/** Noto families by script: the fallback a run gets when its own fonts lack the target's letters. */
const NOTO_BY_LANG: Record<string, { slot: 'cs' | 'ea'; family: string }> = {
  ar: { slot: 'cs', family: 'Noto Sans Arabic' }, fa: { slot: 'cs', family: 'Noto Sans Arabic' },
  ur: { slot: 'cs', family: 'Noto Nastaliq Urdu' }, ps: { slot: 'cs', family: 'Noto Sans Arabic' },
  ckb: { slot: 'cs', family: 'Noto Sans Arabic' }, sd: { slot: 'cs', family: 'Noto Sans Arabic' },
  ug: { slot: 'cs', family: 'Noto Sans Arabic' },
  he: { slot: 'cs', family: 'Noto Sans Hebrew' }, yi: { slot: 'cs', family: 'Noto Sans Hebrew' },
  hi: { slot: 'cs', family: 'Noto Sans Devanagari' }, mr: { slot: 'cs', family: 'Noto Sans Devanagari' },
  ne: { slot: 'cs', family: 'Noto Sans Devanagari' }, bn: { slot: 'cs', family: 'Noto Sans Bengali' },
  gu: { slot: 'cs', family: 'Noto Sans Gujarati' }, pa: { slot: 'cs', family: 'Noto Sans Gurmukhi' },
  ta: { slot: 'cs', family: 'Noto Sans Tamil' }, te: { slot: 'cs', family: 'Noto Sans Telugu' },
  kn: { slot: 'cs', family: 'Noto Sans Kannada' }, ml: { slot: 'cs', family: 'Noto Sans Malayalam' },
  th: { slot: 'cs', family: 'Noto Sans Thai' }, am: { slot: 'cs', family: 'Noto Sans Ethiopic' },
  hy: { slot: 'cs', family: 'Noto Sans Armenian' }, ka: { slot: 'cs', family: 'Noto Sans Georgian' },
  zh: { slot: 'ea', family: 'Noto Sans CJK SC' }, ja: { slot: 'ea', family: 'Noto Sans CJK JP' },
  ko: { slot: 'ea', family: 'Noto Sans CJK KR' },
};

const NAMES: Record<string, string> = {
  ar: 'Arabic', bn: 'Bengali', ca: 'Catalan', cs: 'Czech', da: 'Danish', de: 'German', el: 'Greek', en: 'English',
  es: 'Spanish', fa: 'Persian', fi: 'Finnish', fr: 'French', he: 'Hebrew', hi: 'Hindi', hu: 'Hungarian',
  id: 'Indonesian', it: 'Italian', ja: 'Japanese', ko: 'Korean', nl: 'Dutch', no: 'Norwegian', nb: 'Norwegian',
  pl: 'Polish', pt: 'Portuguese', ro: 'Romanian', ru: 'Russian', sv: 'Swedish', sw: 'Swahili', ta: 'Tamil',
  th: 'Thai', tr: 'Turkish', uk: 'Ukrainian', ur: 'Urdu', vi: 'Vietnamese', zh: 'Chinese',
};

export function isRtlLanguage(tag: string): boolean {
  return RTL.has(primaryLang(tag));
}

/** The Noto family for the target's script and the font slot (complex or East Asian) it belongs in. */
export function notoFontFor(tag: string): { slot: 'cs' | 'ea'; family: string } | undefined {
  const t = tag.toLowerCase();
  if (t.startsWith('zh-tw') || t.startsWith('zh-hant') || t.startsWith('zh-hk')) return { slot: 'ea', family: 'Noto Sans CJK TC' };
  return NOTO_BY_LANG[primaryLang(tag)];
}

/** "Spanish (es)" for messages; the tag alone when we do not know the language's name. */
export function languageName(tag: string): string {
  const name = NAMES[primaryLang(tag)];
  return name ? `${name} (${tag})` : tag;
}

/** Same language for translation purposes: pt-BR and pt are the same language, en and es are not. */
export function sameLanguage(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase() || (primaryLang(a) === primaryLang(b) && (!a.includes('-') || !b.includes('-')));
}
