/**
 * One paragraph -> a block with PowerPoint's paragraph layout: margins and hanging indent (marL,
 * indent), alignment, direction, line spacing and space before/after, and its bullet or number.
 */
import type { Paragraph, Run, Spacing } from '../../deck/model.js';
import { cssColor } from '../css-color.js';
import { escapeAttr, escapeHtml } from '../escape.js';
import { fontStack } from '../fonts.js';
import type { RenderContext } from '../render-context.js';
import { num, ptPx, px } from '../units.js';
import { fontClass, runHtml } from './run.js';
import { bulletChar, isSymbolFont } from './symbol-chars.js';
import { sizeCss, type TextScale } from './text-scale.js';

/** Single line spacing as a multiple of the font size (PowerPoint's "1.0 lines"). */
export const SINGLE_LINE = 1.2;

const ALIGN: Record<Paragraph['align'], string> = { l: 'left', ctr: 'center', r: 'right', just: 'justify', dist: 'justify' };

function textRuns(p: Paragraph): Run[] {
  return p.runs.filter((r) => r.kind !== 'break' && r.text.length > 0);
}

/** The size (pt) that sets the paragraph's line metrics when it has no text: the end-of-paragraph size. */
function sizes(p: Paragraph): { min: number; max: number; first: number } {
  const r = textRuns(p);
  if (r.length === 0) return { min: p.endSize, max: p.endSize, first: p.endSize };
  const s = r.map((x) => x.size);
  return { min: Math.min(...s), max: Math.max(...s), first: r[0]!.size };
}

function lineHeight(sp: Spacing, scale: TextScale): string {
  if ('pts' in sp) return sizeCss(sp.pts, scale);
  return num(Math.max(0.1, sp.pct - scale.lineReduction) * SINGLE_LINE);
}

/**
 * How far to move the lines down, in points (before scaling): PowerPoint puts a line's extra spacing
 * above its text where CSS splits it above and below, so half the extra goes on top. Missing spacing
 * (below single) comes off both sides alike, as CSS does: PowerPoint's first baselines under 70-90%
 * spacing (and autofit's lnSpcReduction) sit where CSS puts them, not a half-difference higher.
 */
function lineShiftPt(sp: Spacing, maxPt: number, scale: TextScale): number {
  const single = SINGLE_LINE * maxPt;
  const line = 'pts' in sp ? sp.pts : Math.max(0.1, sp.pct - scale.lineReduction) * single;
  return Math.max(0, line - single) / 2;
}

/**
 * Space before/after. Autofit's fontScale shrinks the text, not spacing given in points: PowerPoint
 * keeps those at their size (a percentage follows the scaled line).
 */
function spaceCss(sp: Spacing, maxPt: number, scale: TextScale): string {
  if ('pts' in sp) return sp.pts ? `${num(ptPx(sp.pts))}px` : '0';
  return sp.pct ? sizeCss(sp.pct * SINGLE_LINE * maxPt, scale) : '0';
}

function bulletHtml(p: Paragraph, scale: TextScale, ctx: RenderContext): string {
  const b = p.bullet;
  if (b.type === 'none' || textRuns(p).length === 0) return '';
  const first = textRuns(p)[0]!;
  const size = sizeCss(first.size * (b.sizePct || 1), scale);
  // The bullet hangs in the space the negative first-line indent leaves, or just precedes the text.
  const hang = p.indent < 0 ? `min-width:${num(-px(p.indent))}px;` : 'padding-inline-end:0.3em;';
  const box = `display:inline-block;text-indent:0;${hang}`;
  if (b.type === 'picture') {
    const uri = ctx.media.uri(b.image);
    if (!uri) return `<span style="${box}"></span>`;
    return `<span style="${box}"><img src="${escapeAttr(uri)}" style="height:${size};width:auto;vertical-align:baseline" alt=""></span>`;
  }
  const color = cssColor(b.color ?? first.color);
  let text: string;
  let family: string;
  if (b.type === 'char') {
    const { char, symbolic } = bulletChar(b.char, b.font);
    text = char;
    family = symbolic || !b.font ? fontClass(first, ctx) : ctx.cssClass(`font-family:${fontStack({ latin: b.font, ea: b.font, cs: b.font }, first.lang || ctx.lang, ctx.theme)}`);
  } else {
    text = b.text;
    // Numbers have no glyphs in a symbol face (a list inheriting Wingdings from its master's bullets):
    // PowerPoint draws them in the text's font.
    family = b.font && !isSymbolFont(b.font) ? ctx.cssClass(`font-family:${fontStack({ latin: b.font, ea: b.font, cs: b.font }, first.lang || ctx.lang, ctx.theme)}`) : fontClass(first, ctx);
  }
  const weight = b.type === 'autonum' && first.bold ? 'font-weight:bold;' : '';
  return `<span class="${family}" style="${box}font-size:${size};color:${color};${weight}font-style:normal">${escapeHtml(text)}</span>`;
}

export function paragraphHtml(p: Paragraph, scale: TextScale, ctx: RenderContext, first: boolean, extra: string[] = []): string {
  const sz = sizes(p);
  const st: string[] = [
    ...extra,
    `text-align:${ALIGN[p.align] ?? 'left'}`,
    `font-size:${sizeCss(sz.min, scale)}`,
    `line-height:${lineHeight(p.lineSpacing, scale)}`,
  ];
  if (p.align === 'dist') st.push('text-align-last:justify');
  // Korean wraps between words (eojeol) in Office, not between any two syllables as CSS does by default.
  if (p.runs.some((r) => /[\uAC00-\uD7AF]/.test(r.text))) st.push('word-break:keep-all');
  const shift = lineShiftPt(p.lineSpacing, sz.max, scale);
  if (Math.abs(shift) > 0.01) st.push('position:relative', `top:${sizeCss(shift, scale)}`);
  if (p.marginLeft) st.push(`padding-inline-start:${num(px(p.marginLeft))}px`);
  if (p.indent) st.push(`text-indent:${num(px(p.indent))}px`);
  if (!first) {
    const before = spaceCss(p.spaceBefore, sz.max, scale);
    if (before !== '0') st.push(`margin-top:${before}`);
  }
  const after = spaceCss(p.spaceAfter, sz.max, scale);
  if (after !== '0') st.push(`margin-bottom:${after}`);
  if (p.tabSize > 0) st.push(`tab-size:${num(px(p.tabSize))}px`);
  // A paragraph a build has not revealed yet keeps its space, as in PowerPoint: the lines around it stay put.
  if (p.invisible) st.push('visibility:hidden');
  // A trailing line break starts a new (empty) line in PowerPoint; in HTML it needs a second <br>.
  const trailingBreak = p.runs.length > 0 && p.runs[p.runs.length - 1]!.kind === 'break' ? '<br>' : '';
  const runs = p.runs.map((r) => runHtml(r, scale, ctx)).join('') + trailingBreak;
  const body = textRuns(p).length === 0 ? `<span class="${fontClass(p.runs[0] ?? { font: ctx.theme?.fonts.minor ?? { latin: '', ea: '', cs: '' } }, ctx)}">${runs.includes('<br>') ? runs : `${runs}<br>`}</span>` : runs;
  const dir = p.rtl ? ' dir="rtl"' : '';
  // The paragraph's own font (its "strut") must be the runs' font, or mixed baselines make lines taller.
  const strutRun = textRuns(p)[0] ?? p.runs[0];
  const cls = strutRun ? ` class="${fontClass(strutRun, ctx)}"` : '';
  return `<p${dir}${cls} style="${st.join(';')}">${bulletHtml(p, scale, ctx)}${body}</p>`;
}
