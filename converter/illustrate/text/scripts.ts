/**
 * Which writing system a text is in, and the language to treat it as.
 *
 * The deck's `lang` is often empty or wrong (a Spanish deck made from an English template says
 * en-US), so the text itself decides the script; the tag only breaks ties among Latin languages.
 */
import { scriptCounts, type Script as LetterScript } from '../../script/language.js';

export type Script = 'latin' | 'arabic' | 'hebrew' | 'devanagari' | 'bengali' | 'cjk' | 'hangul' | 'thai' | 'cyrillic' | 'greek';

/** Letter scripts as cards group them: Chinese and Japanese share their fonts and layout. */
const CARD_SCRIPT: Partial<Record<LetterScript, Script>> = {
  latin: 'latin', arabic: 'arabic', hebrew: 'hebrew', devanagari: 'devanagari', bengali: 'bengali',
  han: 'cjk', kana: 'cjk', hangul: 'hangul', thai: 'thai', cyrillic: 'cyrillic', greek: 'greek',
};

/** The script most letters of `text` are written in ('latin' when there are none). */
export function dominantScript(text: string): Script {
  const counts = new Map<Script, number>();
  for (const [letters, n] of scriptCounts(text)) {
    const script = CARD_SCRIPT[letters];
    if (script) counts.set(script, (counts.get(script) ?? 0) + n);
  }
  let best: Script = 'latin';
  let n = 0;
  for (const [s, c] of counts) if (c > n) [best, n] = [s, c];
  return best;
}

export function isRtlScript(script: Script): boolean {
  return script === 'arabic' || script === 'hebrew';
}

const SCRIPT_LANG: Partial<Record<Script, string>> = {
  arabic: 'ar',
  hebrew: 'he',
  devanagari: 'hi',
  bengali: 'bn',
  hangul: 'ko',
  thai: 'th',
  greek: 'el',
};

/**
 * The base language (ISO 639-1) to use for stop words and keywords: the deck tag when it agrees with
 * the script of the text, else the script's usual language, else a guess among Latin languages from
 * telltale function words.
 */
export function resolveLanguage(deckLang: string, text: string): string {
  const tagged = deckLang.toLowerCase().split(/[-_]/)[0] ?? '';
  const script = dominantScript(text);
  if (script === 'latin') {
    const guess = guessLatinLanguage(text);
    // A template's en-US tag is weak evidence next to the text itself.
    if (guess && (tagged === '' || tagged === 'en' || guess !== 'en')) return guess;
    return tagged || 'en';
  }
  if (script === 'cjk') return ['zh', 'ja'].includes(tagged) ? tagged : /[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(text) ? 'ja' : 'zh';
  if (script === 'cyrillic') return ['ru', 'uk', 'bg', 'sr'].includes(tagged) ? tagged : 'ru';
  if (script === 'arabic') return ['ar', 'fa', 'ur'].includes(tagged) ? tagged : 'ar';
  if (script === 'devanagari') return ['hi', 'mr', 'ne'].includes(tagged) ? tagged : 'hi';
  return SCRIPT_LANG[script] ?? (tagged || 'en');
}

// Very frequent function words that are distinctive for each language.
const LATIN_MARKERS: Record<string, string[]> = {
  en: ['the', 'and', 'of', 'is', 'to', 'in', 'that', 'with', 'are', 'this'],
  es: ['el', 'la', 'los', 'las', 'de', 'que', 'y', 'es', 'en', 'por', 'para', 'con', 'una', 'del'],
  fr: ['le', 'la', 'les', 'des', 'et', 'est', 'une', 'du', 'que', 'pour', 'dans', 'avec', 'sur'],
  de: ['der', 'die', 'das', 'und', 'ist', 'nicht', 'ein', 'eine', 'mit', 'auf', 'den', 'sich'],
  pt: ['o', 'os', 'as', 'de', 'que', 'e', 'não', 'um', 'uma', 'para', 'com', 'do', 'da'],
  it: ['il', 'la', 'di', 'che', 'e', 'non', 'un', 'una', 'per', 'con', 'del', 'della', 'gli'],
};

function guessLatinLanguage(text: string): string | undefined {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < 3) return undefined;
  let best: string | undefined;
  let bestScore = 0;
  for (const [lang, markers] of Object.entries(LATIN_MARKERS)) {
    const set = new Set(markers);
    let score = 0;
    for (const w of words) if (set.has(w)) score++;
    if (score > bestScore) [best, bestScore] = [lang, score];
  }
  return bestScore >= 2 ? best : undefined;
}
