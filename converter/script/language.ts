/**
 * Which language a text is in, without a model: the writing system decides for most scripts
 * (Arabic, Hebrew, Devanagari, CJK, Hangul, Cyrillic, Greek, Thai, …); Latin-script text is scored on
 * function words and tell-tale letters. Returns '' when the text gives too little evidence.
 */
import { FEATURES, FEATURE_WEIGHT, STOPWORDS } from './stopwords.js';

export type Script =
  | 'latin' | 'arabic' | 'hebrew' | 'devanagari' | 'bengali' | 'gurmukhi' | 'gujarati' | 'tamil' | 'telugu'
  | 'kannada' | 'malayalam' | 'thai' | 'greek' | 'cyrillic' | 'han' | 'kana' | 'hangul' | 'georgian' | 'armenian';

const SCRIPTS: [Script, RegExp][] = [
  ['latin', /\p{Script=Latin}/u],
  ['arabic', /\p{Script=Arabic}/u],
  ['hebrew', /\p{Script=Hebrew}/u],
  ['devanagari', /\p{Script=Devanagari}/u],
  ['bengali', /\p{Script=Bengali}/u],
  ['gurmukhi', /\p{Script=Gurmukhi}/u],
  ['gujarati', /\p{Script=Gujarati}/u],
  ['tamil', /\p{Script=Tamil}/u],
  ['telugu', /\p{Script=Telugu}/u],
  ['kannada', /\p{Script=Kannada}/u],
  ['malayalam', /\p{Script=Malayalam}/u],
  ['thai', /\p{Script=Thai}/u],
  ['greek', /\p{Script=Greek}/u],
  ['cyrillic', /\p{Script=Cyrillic}/u],
  ['han', /\p{Script=Han}/u],
  ['kana', /[\p{Script=Hiragana}\p{Script=Katakana}]/u],
  ['hangul', /\p{Script=Hangul}/u],
  ['georgian', /\p{Script=Georgian}/u],
  ['armenian', /\p{Script=Armenian}/u],
];

const SCRIPT_LANG: Partial<Record<Script, string>> = {
  arabic: 'ar', hebrew: 'he', devanagari: 'hi', bengali: 'bn', gurmukhi: 'pa', gujarati: 'gu', tamil: 'ta',
  telugu: 'te', kannada: 'kn', malayalam: 'ml', thai: 'th', greek: 'el', hangul: 'ko', georgian: 'ka', armenian: 'hy',
};

/** Characters looked at, at most: a long text is judged on evenly spaced samples of it. */
export const SAMPLE_CHARS = 20_000;
const SAMPLES = 20;

/**
 * The text itself when short; else SAMPLES stretches from its start to its end, each starting after and
 * ending before a space so words stay whole. What a text is written in shows on any page of it; the cost of telling
 * must not grow with a hostile deck's megabytes (this ran on a 50 MB slide text for minutes).
 */
export function sampleText(text: string, max = SAMPLE_CHARS): string {
  if (text.length <= max) return text;
  const size = Math.floor(max / SAMPLES);
  const step = (text.length - size) / (SAMPLES - 1);
  const parts: string[] = [];
  for (let i = 0; i < SAMPLES; i++) {
    let at = Math.floor(i * step);
    if (i > 0) {
      const space = text.slice(at, at + 64).search(/\s/u);
      if (space >= 0) at += space + 1;
    }
    const part = text.slice(at, at + size);
    const end = part.search(/\s\S*$/u);
    parts.push(end > 0 && at + size < text.length ? part.slice(0, end) : part);
  }
  return parts.join('\n');
}

/** Letters per script (of a sample of long texts). Han and kana are counted apart so Japanese can be told from Chinese. */
export function scriptCounts(text: string): Map<Script, number> {
  const counts = new Map<Script, number>();
  for (const ch of sampleText(text)) {
    if (!/\p{L}/u.test(ch)) continue;
    for (const [script, re] of SCRIPTS) {
      if (re.test(ch)) {
        counts.set(script, (counts.get(script) ?? 0) + 1);
        break;
      }
    }
  }
  return counts;
}

/** The dominant script and its share of all letters (CJK: han + kana together). */
export function dominantScript(text: string): { script: Script | ''; share: number; letters: number } {
  const counts = scriptCounts(text);
  const kana = counts.get('kana') ?? 0;
  if (kana > 0) {
    // Japanese mixes kanji and kana: count them as one writing system.
    counts.set('kana', kana + (counts.get('han') ?? 0));
    counts.delete('han');
  }
  let best: Script | '' = '';
  let bestCount = 0;
  let total = 0;
  for (const [script, n] of counts) {
    total += n;
    if (n > bestCount) [best, bestCount] = [script, n];
  }
  return { script: best, share: total ? bestCount / total : 0, letters: total };
}

/** The script a language is written in ('latin' for unknown Latin-script languages). */
export function scriptOfLang(lang: string): Script {
  const primary = lang.split(/[-_]/)[0]!.toLowerCase();
  if (primary === 'ja') return 'kana';
  if (primary === 'zh' || primary === 'cmn' || primary === 'yue') return 'han';
  if (primary === 'ru' || primary === 'uk' || primary === 'bg' || primary === 'sr' || primary === 'mk') return 'cyrillic';
  if (primary === 'fa' || primary === 'ur') return 'arabic';
  if (primary === 'mr' || primary === 'ne') return 'devanagari';
  for (const [script, l] of Object.entries(SCRIPT_LANG)) if (l === primary) return script as Script;
  return 'latin';
}

/** Best guess of the language of `text` (primary subtag) or '' when unsure. */
export function detectLanguage(text: string): string {
  const { script, letters } = dominantScript(text);
  if (letters < 3) return '';
  switch (script) {
    case 'latin':
      return detectLatin(text);
    case 'kana':
      return 'ja';
    case 'han':
      return 'zh';
    case 'cyrillic':
      return /[іїєґ]/iu.test(sampleText(text)) ? 'uk' : 'ru';
    case '':
      return '';
    default:
      return SCRIPT_LANG[script] ?? '';
  }
}

/** Stop-word and letter scoring among the Latin-script languages we know. */
export function detectLatin(whole: string): string {
  const text = sampleText(whole);
  const words = text.toLowerCase().match(/[\p{L}'’]+/gu) ?? [];
  const scores: [string, number][] = Object.entries(STOPWORDS).map(([lang, list]) => {
    const set = new Set(list);
    let score = 0;
    for (const w of words) if (set.has(w)) score++;
    const feature = FEATURES[lang];
    if (feature) score += FEATURE_WEIGHT * (text.match(feature)?.length ?? 0);
    return [lang, score];
  });
  scores.sort((a, b) => b[1] - a[1]);
  const [best, second] = scores;
  // Two hits at least, and a clear lead: short or ambiguous text stays undecided.
  if (!best || best[1] < 2 || (second && best[1] === second[1])) return '';
  return best[0];
}
