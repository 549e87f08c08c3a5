/**
 * Theme parts (a:theme) into ThemeData: colour scheme, font scheme and the format scheme style lists.
 * Missing pieces fall back to the Office 2013+ defaults so that a broken theme still gives sane colours.
 */
import type { FontSet, Theme, ThemeColorName, ThemeColors } from '../model.js';
import type { XmlNode } from '../xml.js';
import { colorOf } from './color.js';
import { firstMaster } from './deck-parts.js';
import type { Package } from './package.js';
import type { ReadContext } from './read-context.js';
import type { ThemeData } from './theme-data.js';

export const DEFAULT_COLORS: ThemeColors = {
  dk1: '000000', lt1: 'FFFFFF', dk2: '44546A', lt2: 'E7E6E6',
  accent1: '4472C4', accent2: 'ED7D31', accent3: 'A5A5A5', accent4: 'FFC000', accent5: '5B9BD5', accent6: '70AD47',
  hlink: '0563C1', folHlink: '954F72',
};

const NAMES = Object.keys(DEFAULT_COLORS) as ThemeColorName[];

export function defaultThemeData(): ThemeData {
  return {
    name: '',
    colors: { ...DEFAULT_COLORS },
    fonts: { major: { latin: 'Calibri Light', ea: '', cs: '' }, minor: { latin: 'Calibri', ea: '', cs: '' } },
    fillStyles: [], lineStyles: [], effectStyles: [], bgFillStyles: [],
  };
}

export function parseTheme(root: XmlNode): ThemeData {
  const t = defaultThemeData();
  t.name = root.attr('name') ?? '';
  const el = root.child('a:themeElements');
  // Theme colours are plain srgbClr/sysClr: resolving them needs no colour map.
  const bare = { colorMap: {}, theme: t, warn: () => undefined } as unknown as ReadContext;
  const scheme = el?.child('a:clrScheme');
  for (const name of NAMES) {
    const slot = scheme?.child(`a:${name}`);
    const c = slot?.children[0];
    if (c) t.colors[name] = colorOf(c, bare).hex;
  }
  const fonts = el?.child('a:fontScheme');
  t.fonts.major = fontSet(fonts?.child('a:majorFont'), t.fonts.major);
  t.fonts.minor = fontSet(fonts?.child('a:minorFont'), t.fonts.minor);
  scripts.set(t, { major: scriptFonts(fonts?.child('a:majorFont')), minor: scriptFonts(fonts?.child('a:minorFont')) });
  const fmt = el?.child('a:fmtScheme');
  t.fillStyles = fmt?.child('a:fillStyleLst')?.children ?? [];
  t.lineStyles = fmt?.child('a:lnStyleLst')?.children ?? [];
  t.effectStyles = fmt?.child('a:effectStyleLst')?.children ?? [];
  t.bgFillStyles = fmt?.child('a:bgFillStyleLst')?.children ?? [];
  return t;
}

function fontSet(n: XmlNode | undefined, fallback: FontSet): FontSet {
  if (!n) return fallback;
  const face = (el: string) => n.child(el)?.attr('typeface') ?? '';
  return { latin: face('a:latin') || fallback.latin, ea: face('a:ea'), cs: face('a:cs') };
}

/** Per-script fonts (a:font script="Jpan" …) of each theme, kept beside ThemeData. */
const scripts = new WeakMap<ThemeData, { major: Map<string, string>; minor: Map<string, string> }>();

function scriptFonts(n: XmlNode | undefined): Map<string, string> {
  const m = new Map<string, string>();
  for (const f of n?.all('a:font') ?? []) {
    const s = f.attr('script');
    const face = f.attr('typeface');
    if (s && face) m.set(s, face);
  }
  return m;
}

const EA_SCRIPTS: [RegExp, string][] = [[/^ja/i, 'Jpan'], [/^ko/i, 'Hang'], [/^zh-(tw|hk|mo|hant)/i, 'Hant'], [/^zh/i, 'Hans']];
const CS_SCRIPTS: [RegExp, string][] = [[/^(ar|fa|ur)/i, 'Arab'], [/^(he|yi)/i, 'Hebr'], [/^th/i, 'Thai'], [/^(hi|mr|ne)/i, 'Deva']];

/**
 * The theme font for a script when the theme's a:ea/a:cs face is empty: PowerPoint picks the per-script
 * face by the run's language (Japanese text gets the Jpan font, Korean the Hang font …).
 */
export function themeScriptFont(t: ThemeData, which: 'major' | 'minor', lang: string | undefined, kind: 'ea' | 'cs'): string {
  if (!lang) return '';
  const script = (kind === 'ea' ? EA_SCRIPTS : CS_SCRIPTS).find(([re]) => re.test(lang))?.[1];
  return (script && scripts.get(t)?.[which].get(script)) || '';
}

const cache = new WeakMap<Package, Map<string, ThemeData>>();
const themeParts = new WeakMap<ThemeData, string>();

/** The part a theme was read from: pictures in its format scheme resolve against its rels. */
export function themePartOf(t: ThemeData): string | undefined {
  return themeParts.get(t);
}

/** The theme of a slide master (cached per package); defaults with a warning when it has none. */
export function themeOfMaster(pkg: Package, masterPart: string | undefined): ThemeData {
  let m = cache.get(pkg);
  if (!m) cache.set(pkg, (m = new Map()));
  const key = masterPart ?? '';
  const hit = m.get(key);
  if (hit) return hit;
  const themePart = masterPart ? pkg.relsOfType(masterPart, '/theme').find((r) => !r.external)?.target : undefined;
  const root = themePart ? pkg.xml(themePart) : undefined;
  if (!root) pkg.warn('a slide master has no readable theme: Office default colours and fonts used');
  const t = root ? parseTheme(root) : defaultThemeData();
  if (root && themePart) themeParts.set(t, themePart);
  m.set(key, t);
  return t;
}

export function toTheme(t: ThemeData): Theme {
  return { name: t.name, colors: { ...t.colors }, fonts: { major: { ...t.fonts.major }, minor: { ...t.fonts.minor } } };
}

/** The deck-wide theme: the first slide master's. */
export function deckTheme(pkg: Package): Theme {
  return toTheme(themeOfMaster(pkg, firstMaster(pkg)));
}
