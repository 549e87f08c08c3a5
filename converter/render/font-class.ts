/**
 * A deck face we have no substitute for, and that is not installed, would otherwise take the first
 * script fallback in the stack: Latin text in Noto Sans CJK's Latin glyphs, whose tall ascent and
 * descent make every line taller than PowerPoint's. Such a face is drawn by its class instead (sans,
 * serif or monospace, read off its name the way font pickers group faces), in the Latin or East Asian
 * face of that class; East Asian faces in the script their name is written in, or the run's language.
 */
export type FaceClass = 'sans' | 'serif' | 'mono';

const MONO = /\b(mono|courier|console|consolas|code|typewriter|fixed)|等幅/i;
// Sans first: "Sans Serif" is a sans, "Noto Serif" a serif.
const SANS = /\bsans\b|gothic|goth|hei\b|黑|黒|ゴシック|고딕|돋움|굴림|yahei|jhenghei|dotum|gulim/i;
const SERIF =
  /serif|roman|times|mincho|明朝|ming|宋|song|仿|fang|楷|kai|batang|바탕|명조|myeongjo|garamond|georgia|palatino|antiqua|bookman|baskerville|caslon|bodoni|didot|century|minion|cambria|constantia|perpetua|goudy|rockwell|elephant/i;

export function faceClass(name: string): FaceClass {
  if (MONO.test(name)) return 'mono';
  if (SANS.test(name)) return 'sans';
  return SERIF.test(name) ? 'serif' : 'sans';
}

const KANA = /[\u3040-\u30ff\uff66-\uff9f]/;
const HANGUL = /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]/;
const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;
const CJK_WORD = /gothic|mincho|ming|song|hei\b|kai|gulim|dotum|batang|malgun|yahei|jhenghei|meiryo|hiragino|simsun|fangsong/i;

/** A face made for Chinese, Japanese or Korean text (its name says so). */
export function isEastAsianFace(name: string): boolean {
  return KANA.test(name) || HANGUL.test(name) || HAN.test(name) || CJK_WORD.test(name);
}

const REGION: Record<string, string> = { ja: 'JP', ko: 'KR', zh: 'SC', 'zh-tw': 'TC', 'zh-hk': 'TC', 'zh-mo': 'TC' };

/** JP, KR, SC or TC: the script of the face's own name first, then the run's language; Japanese by default. */
function cjkRegion(name: string, lang: string | undefined): string {
  if (KANA.test(name)) return 'JP';
  if (HANGUL.test(name)) return 'KR';
  const l = (lang ?? '').toLowerCase();
  return REGION[l.slice(0, 5)] ?? REGION[l.slice(0, 2)] ?? 'JP';
}

/** The installed face to draw an unknown face `name` in, for the Latin or the East Asian slot. */
export function classFallback(name: string, slot: 'latin' | 'ea', lang: string | undefined): string {
  const cls = faceClass(name);
  if (slot === 'ea' || isEastAsianFace(name)) {
    return `Noto ${cls === 'serif' ? 'Serif' : 'Sans'} CJK ${cjkRegion(name, lang)}`;
  }
  return cls === 'mono' ? 'Liberation Mono' : cls === 'serif' ? 'Liberation Serif' : 'Liberation Sans';
}
