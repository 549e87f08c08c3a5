/**
 * Font substitution: deck font names -> CSS font-family lists of fonts this machine has.
 * Metric-compatible substitutes come first (Carlito for Calibri, Caladea for Cambria, Liberation for
 * Arial/Times/Courier) so line breaks land where PowerPoint puts them; script fallbacks (Noto) follow,
 * ordered by the run's language so Han characters take the Korean, Japanese or Chinese forms.
 */
import type { FontSet, Theme } from '../deck/model.js';
import { cssFontName } from './escape.js';
import { classFallback } from './font-class.js';

const SANS = 'Liberation Sans';
const SERIF = 'Liberation Serif';
const MONO = 'Liberation Mono';
/** Synthetic family defined by FONT_FACES below. */
const MALGUN = 'DV Malgun Gothic';

const HANGUL = 'U+1100-11FF,U+3130-318F,U+A960-A97F,U+AC00-D7AF,U+D7B0-D7FF';

/**
 * PowerPoint places a line's baseline by the font's Windows metrics (OS/2 usWinAscent/usWinDescent);
 * Chromium on Linux by its hhea ones. Carlito copies Calibri's of both (win 1950/550, hhea 1536/512 +
 * 452 gap, per 2048): by hhea its text sits 0.09 em higher in the line than PowerPoint's. The family is
 * redeclared over the installed faces with the Windows ascent and descent.
 */
const WIN_METRICS: Record<string, { ascent: number; descent: number }> = { Carlito: { ascent: 1950 / 2048, descent: 550 / 2048 } };

const STYLES: [weight: number, style: string, suffix: string][] = [[400, 'normal', ''], [700, 'normal', ' Bold'], [400, 'italic', ' Italic'], [700, 'italic', ' Bold Italic']];

const pct = (v: number) => `${(v * 100).toFixed(2)}%`;

const WIN_METRIC_FACES = Object.entries(WIN_METRICS).flatMap(([family, m]) =>
  STYLES.map(([weight, style, suffix]) =>
    `@font-face{font-family:"${family}";font-weight:${weight};font-style:${style};src:local("${family}${suffix}");ascent-override:${pct(m.ascent)};descent-override:${pct(m.descent)};line-gap-override:0%}`,
  ),
);

/**
 * Metric adjustments where no metric-compatible font exists. Malgun Gothic (Office's Korean default)
 * sets Hangul about 7% wider than Noto Sans CJK KR and has a much wider space; a family made of Noto's
 * Hangul scaled up and a wider space keeps Korean line breaks and word positions where PowerPoint has
 * them. Characters outside these ranges fall through to the next font in the stack.
 */
export const FONT_FACES = [
  ...WIN_METRIC_FACES,
  `@font-face{font-family:"${MALGUN}";src:local("Noto Sans CJK KR");size-adjust:107%;unicode-range:${HANGUL}}`,
  `@font-face{font-family:"${MALGUN}";font-weight:700;src:local("Noto Sans CJK KR Bold");size-adjust:107%;unicode-range:${HANGUL}}`,
  `@font-face{font-family:"${MALGUN}";src:local("DejaVu Sans");size-adjust:110%;unicode-range:U+0020}`,
  `@font-face{font-family:"${MALGUN}";font-weight:700;src:local("DejaVu Sans Bold");size-adjust:110%;unicode-range:U+0020}`,
].join('\n');

/** Lower-case deck font name -> installed substitute. */
const SUBSTITUTES: Record<string, string> = {
  calibri: 'Carlito', 'calibri light': 'Carlito', carlito: 'Carlito',
  cambria: 'Caladea', 'cambria math': 'Caladea', caladea: 'Caladea',
  arial: SANS, helvetica: SANS, 'helvetica neue': SANS, 'arial mt': SANS, 'arial nova': SANS,
  'liberation sans': SANS, 'segoe ui': SANS, 'segoe ui light': SANS, 'segoe ui semilight': SANS,
  'segoe ui semibold': SANS, segoe: SANS, aptos: SANS, 'aptos display': SANS, 'open sans': SANS,
  'source sans pro': SANS, ubuntu: SANS, 'exo 2': SANS, 'myriad pro': SANS, 'lucida grande': SANS,
  '-apple-system': SANS, 'arial black': SANS, corbel: SANS, 'quire sans': SANS, 'cerebri sans': SANS,
  'trebuchet ms': SANS, 'gill sans mt': SANS, 'franklin gothic book': SANS,
  'arial narrow': 'Liberation Sans Narrow',
  verdana: 'DejaVu Sans', tahoma: 'DejaVu Sans Condensed', 'dejavu sans': 'DejaVu Sans',
  'times new roman': SERIF, times: SERIF, georgia: SERIF, garamond: SERIF, 'book antiqua': SERIF,
  'palatino linotype': SERIF, 'liberation serif': SERIF,
  'century schoolbook': 'C059', 'century gothic': 'URW Gothic', bookman: 'URW Bookman',
  'courier new': MONO, courier: MONO, consolas: MONO, 'lucida console': MONO, 'ubuntu mono': MONO,
  'liberation mono': MONO, menlo: MONO, monaco: MONO,
  // East Asian
  'malgun gothic': MALGUN, '맑은 고딕': MALGUN, gulim: 'Noto Sans CJK KR', '굴림': 'Noto Sans CJK KR',
  dotum: 'Noto Sans CJK KR', '돋움': 'Noto Sans CJK KR', batang: 'Noto Serif CJK KR', '바탕': 'Noto Serif CJK KR',
  'ms gothic': 'Noto Sans CJK JP', 'ms pgothic': 'Noto Sans CJK JP', 'ｍｓ ｐゴシック': 'Noto Sans CJK JP',
  'ｍｓ ゴシック': 'Noto Sans CJK JP', meiryo: 'Noto Sans CJK JP', 'メイリオ': 'Noto Sans CJK JP',
  'yu gothic': 'Noto Sans CJK JP', '游ゴシック': 'Noto Sans CJK JP', 'hiragino sans': 'Noto Sans CJK JP',
  'ms mincho': 'Noto Serif CJK JP', 'ms pmincho': 'Noto Serif CJK JP', 'ｍｓ 明朝': 'Noto Serif CJK JP',
  'ｍｓ ｐ明朝': 'Noto Serif CJK JP', 'yu mincho': 'Noto Serif CJK JP',
  simsun: 'Noto Serif CJK SC', '宋体': 'Noto Serif CJK SC', nsimsun: 'Noto Serif CJK SC',
  'microsoft yahei': 'Noto Sans CJK SC', '微软雅黑': 'Noto Sans CJK SC', simhei: 'Noto Sans CJK SC',
  '黑体': 'Noto Sans CJK SC', dengxian: 'Noto Sans CJK SC', '等线': 'Noto Sans CJK SC',
  'hiragino sans gb w3': 'Noto Sans CJK SC',
  pmingliu: 'Noto Serif CJK TC', mingliu: 'Noto Serif CJK TC', '新細明體': 'Noto Serif CJK TC',
  '標楷體': 'Noto Serif CJK TC', dfkai: 'Noto Serif CJK TC', 'microsoft jhenghei': 'Noto Sans CJK TC',
  '微軟正黑體': 'Noto Sans CJK TC',
  // Arabic, Hebrew, Indic
  'traditional arabic': 'Noto Naskh Arabic', 'simplified arabic': 'Noto Naskh Arabic',
  'arabic typesetting': 'Noto Naskh Arabic', 'sakkal majalla': 'Noto Naskh Arabic', 'b nazanin': 'Noto Naskh Arabic',
  'b lotus': 'Noto Naskh Arabic', 'b mitra': 'Noto Naskh Arabic', 'b titr': 'Noto Sans Arabic',
  david: 'Noto Sans Hebrew', miriam: 'Noto Sans Hebrew', narkisim: 'Noto Serif Hebrew', gisha: 'Noto Sans Hebrew',
  mangal: 'Noto Sans Devanagari', 'nirmala ui': 'Noto Sans Devanagari', kokila: 'Noto Serif Devanagari',
  aparajita: 'Noto Serif Devanagari',
};

const CJK_BY_LANG: Record<string, string[]> = {
  ko: ['Noto Sans CJK KR', 'Noto Sans CJK JP', 'Noto Sans CJK SC', 'Noto Sans CJK TC'],
  ja: ['Noto Sans CJK JP', 'Noto Sans CJK KR', 'Noto Sans CJK SC', 'Noto Sans CJK TC'],
  zh: ['Noto Sans CJK SC', 'Noto Sans CJK TC', 'Noto Sans CJK JP', 'Noto Sans CJK KR'],
  'zh-tw': ['Noto Sans CJK TC', 'Noto Sans CJK SC', 'Noto Sans CJK JP', 'Noto Sans CJK KR'],
  'zh-hk': ['Noto Sans CJK HK', 'Noto Sans CJK TC', 'Noto Sans CJK SC', 'Noto Sans CJK JP'],
};

const SCRIPT_FALLBACKS = ['Noto Sans Arabic', 'Noto Naskh Arabic', 'Noto Sans Hebrew', 'Noto Sans Devanagari', 'Noto Sans', 'DejaVu Sans', 'Noto Sans Symbols', 'Noto Sans Symbols2'];

function knownSubstitute(name: string): string | undefined {
  const key = name.trim().toLowerCase();
  return SUBSTITUTES[key] ?? SUBSTITUTES[key.replace(/\s+(bold|italic|regular|light|semibold|medium)$/, '')];
}

/** The installed font to use for a deck font name ('' -> ''); unknown names are kept (they may be installed). */
export function substituteFont(name: string): string {
  if (!name.trim()) return '';
  return knownSubstitute(name) ?? name.trim();
}

/**
 * Faces that are a light weight of their family ("Calibri Light", "Segoe UI Semilight") have no bold
 * of their own, and PowerPoint draws a bold run in them at the face's own weight rather than
 * emboldening it (its PDF exports name the light face, not a bold one).
 */
export function lightFace(name: string): boolean {
  return /\b(light|semilight|extralight|ultralight|thin|hairline)$/i.test(name.trim());
}

/** Theme font references (+mn-lt, +mj-ea, …) resolved against the theme. */
export function resolveThemeFont(name: string, theme?: Theme): string {
  const m = /^\+(mn|mj)-(lt|ea|cs)$/.exec(name.trim());
  if (!m || !theme) return m ? '' : name;
  const set = m[1] === 'mj' ? theme.fonts.major : theme.fonts.minor;
  return m[2] === 'lt' ? set.latin : m[2] === 'ea' ? set.ea : set.cs;
}

function cjkOrder(lang?: string): string[] {
  const l = (lang ?? '').toLowerCase();
  return CJK_BY_LANG[l] ?? CJK_BY_LANG[l.slice(0, 5)] ?? CJK_BY_LANG[l.slice(0, 2)] ?? CJK_BY_LANG.ja!;
}

/** CSS font-family value for a run's fonts: latin, then east-asian, complex-script, then fallbacks. */
export function fontStack(font: FontSet, lang?: string, theme?: Theme): string {
  const names: string[] = [];
  const push = (n: string) => {
    if (n && !names.includes(n)) names.push(n);
  };
  const add = (n: string, slot: 'latin' | 'ea' | 'cs') => {
    const name = resolveThemeFont(n, theme).trim();
    if (!name) return;
    const known = knownSubstitute(name);
    push(known ?? name);
    // Unknown names are kept (they may be installed) and followed by a face of their class; complex
    // scripts keep the script fallbacks below (a Latin face with Hebrew would take them over).
    if (!known && slot !== 'cs') push(classFallback(name, slot, lang));
  };
  add(font.latin, 'latin');
  add(font.ea, 'ea');
  add(font.cs, 'cs');
  for (const n of [...cjkOrder(lang), ...SCRIPT_FALLBACKS]) if (!names.includes(n)) names.push(n);
  return `${names.map(cssFontName).join(',')},sans-serif`;
}
