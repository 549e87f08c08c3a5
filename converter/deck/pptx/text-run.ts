/**
 * Run properties resolved through the style stack (a:defRPr of each level style, then the run's
 * a:rPr): fonts with theme references resolved, size, emphasis, colour, baseline, caps, spacing,
 * highlight, outline; plus the hyperlink of the run itself.
 */
import type { Color, FontSet, Run } from '../model.js';
import type { XmlNode } from '../xml.js';
import { BLACK, readColor, schemeHex } from './color.js';
import { readFillNode } from './fill.js';
import { readLine } from './line.js';
import { readLink } from './link.js';
import type { ReadContext } from './read-context.js';
import { PropStack, resolveTypeface } from './text-styles.js';
import { themeScriptFont } from './theme.js';

export type RunProps = Omit<Run, 'kind' | 'text' | 'fieldType'>;

const DEFAULT_SIZE = 18;
const STRIKES: Record<string, Run['strike']> = { sngStrike: 'sng', dblStrike: 'dbl', noStrike: 'none' };
const FILLS = ['solidFill', 'gradFill', 'noFill', 'pattFill', 'blipFill', 'grpFill'];

/** Resolve the run properties of a stack of rPr-like nodes (lowest first). */
export function resolveRunProps(nodes: XmlNode[], ctx: ReadContext): RunProps {
  const s = new PropStack(nodes);
  const cap = s.attr('cap');
  const props: RunProps = {
    font: resolveFont(s, ctx),
    size: (s.num('sz') ?? DEFAULT_SIZE * 100) / 100,
    bold: s.bool('b') ?? false,
    italic: s.bool('i') ?? false,
    underline: s.attr('u') ?? 'none',
    strike: STRIKES[s.attr('strike') ?? ''] ?? 'none',
    color: runColor(s, ctx),
    baseline: (s.num('baseline') ?? 0) / 1000,
    caps: cap === 'all' || cap === 'small' ? cap : 'none',
    spacing: (s.num('spc') ?? 0) / 100,
  };
  const hl = s.pick('highlight');
  if (hl) {
    const c = readColor(hl.node, ctx);
    if (c) props.highlight = c;
  }
  const lang = s.attr('lang');
  if (lang) props.lang = lang;
  const ln = s.pick('ln');
  if (ln) {
    const outline = readLine(ln.node, ctx);
    if (outline.width > 0) props.outline = outline;
  }
  return props;
}

function resolveFont(s: PropStack, ctx: ReadContext): FontSet {
  const lang = s.attr('lang');
  const eaLang = s.attr('altLang') ?? lang;
  const face = (local: 'latin' | 'ea' | 'cs', fallback: string, fallbackLang?: string) => {
    for (let i = s.nodes.length - 1; i >= 0; i--) {
      for (const c of s.nodes[i].children) {
        if (c.local !== local) continue;
        const written = c.attr('typeface') ?? '';
        // The nearest level that names a face decides, even when a theme face is empty.
        if (written) return resolveTypeface(written, ctx.theme) || scriptFace(written, ctx, local, fallbackLang);
      }
    }
    return fallback || scriptFace('+mn-', ctx, local, fallbackLang);
  };
  const minor = ctx.theme.fonts.minor;
  const set: FontSet = { latin: face('latin', minor.latin), ea: face('ea', minor.ea, eaLang), cs: face('cs', minor.cs, lang) };
  const sym = s.pick('sym')?.node.attr('typeface');
  if (sym) set.sym = resolveTypeface(sym, ctx.theme);
  return set;
}

/** An empty theme ea/cs face: the theme's per-script font for the run's language, if any. */
function scriptFace(written: string, ctx: ReadContext, kind: 'latin' | 'ea' | 'cs', lang: string | undefined): string {
  if (!written.startsWith('+') || kind === 'latin') return '';
  return themeScriptFont(ctx.theme, written.startsWith('+mj') ? 'major' : 'minor', lang, kind);
}

function runColor(s: PropStack, ctx: ReadContext): Color {
  const f = s.pick(...FILLS);
  if (!f) {
    // No colour anywhere in the chain: PowerPoint uses the text colour of the colour map.
    const tx1 = schemeHex('tx1', ctx);
    return tx1 ? { hex: tx1, alpha: 1 } : BLACK;
  }
  const fill = readFillNode(f.node, ctx);
  switch (fill.type) {
    case 'solid': return fill.color;
    case 'gradient': return fill.stops[0]?.color ?? BLACK;
    case 'pattern': return fill.fg;
    case 'none': return { hex: '000000', alpha: 0 };
    default: return BLACK;
  }
}

/**
 * Link of a run (a:hlinkClick in its own rPr). Linked text takes the theme's hyperlink colour, unless
 * PowerPoint saved the 2018+ "use the text colour" extension (ahyp:hlinkClr val="tx").
 */
export function applyRunLink(props: RunProps, rPr: XmlNode | undefined, ctx: ReadContext): void {
  const h = rPr?.child('a:hlinkClick');
  const link = readLink(h, ctx);
  if (!link) return;
  props.link = link;
  const keepTx = h?.descendants('ahyp:hlinkClr').some((n) => n.attr('val') === 'tx');
  const hex = schemeHex('hlink', ctx);
  if (!keepTx && hex) props.color = { hex, alpha: props.color.alpha };
}
