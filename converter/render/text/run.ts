/** One text run -> an escaped <span> with its character formatting. */
import type { Run } from '../../deck/model.js';
import { cssColor } from '../css-color.js';
import { escapeHtml } from '../escape.js';
import { fontStack, lightFace } from '../fonts.js';
import type { RenderContext } from '../render-context.js';
import { num, ptPx } from '../units.js';
import { symbolText } from './symbol-chars.js';
import { sizeCss, type TextScale } from './text-scale.js';

const UNDERLINE_STYLE: Record<string, string> = {
  dbl: 'double', dotted: 'dotted', dottedHeavy: 'dotted', dash: 'dashed', dashHeavy: 'dashed', dashLong: 'dashed',
  dashLongHeavy: 'dashed', dotDash: 'dashed', dotDashHeavy: 'dashed', dotDotDash: 'dashed', dotDotDashHeavy: 'dashed',
  wavy: 'wavy', wavyHeavy: 'wavy', wavyDbl: 'wavy',
};

export function runStyle(run: Run, scale: TextScale, _ctx: RenderContext): string {
  const s: string[] = [];
  // Super/subscript: PowerPoint draws the run at two thirds of its size, raised by the offset.
  const size = run.baseline !== 0 ? run.size * (2 / 3) : run.size;
  s.push(`font-size:${sizeCss(size, scale)}`);
  s.push(`color:${cssColor(run.color)}`);
  if (run.bold && !lightFace(run.font.latin)) s.push('font-weight:bold');
  if (run.italic) s.push('font-style:italic');
  const deco: string[] = [];
  if (run.underline && run.underline !== 'none') deco.push('underline');
  if (run.strike !== 'none') deco.push('line-through');
  if (deco.length) {
    s.push(`text-decoration-line:${deco.join(' ')}`);
    const style = run.strike === 'dbl' ? 'double' : UNDERLINE_STYLE[run.underline];
    if (style) s.push(`text-decoration-style:${style}`);
    if (/heavy/i.test(run.underline)) s.push('text-decoration-thickness:0.1em');
    s.push('text-decoration-skip-ink:none');
  }
  if (run.baseline !== 0) s.push(`vertical-align:${num((run.baseline / 100) * ptPx(run.size) * scale.font)}px`);
  if (run.caps === 'all') s.push('text-transform:uppercase');
  if (run.caps === 'small') s.push('font-variant-caps:small-caps');
  if (run.spacing) s.push(`letter-spacing:${num(ptPx(run.spacing) * scale.font)}px`);
  if (run.highlight) s.push(`background-color:${cssColor(run.highlight)}`);
  if (run.outline && run.outline.width > 0 && run.outline.fill.type === 'solid') {
    s.push(`-webkit-text-stroke:${num(Math.max(0.5, run.outline.width / 9525))}px ${cssColor(run.outline.fill.color)}`);
  }
  return s.join(';');
}

export function fontClass(run: Pick<Run, 'font' | 'lang'>, ctx: RenderContext): string {
  return ctx.cssClass(`font-family:${fontStack(run.font, run.lang || ctx.lang, ctx.theme)}`);
}

export function runHtml(run: Run, scale: TextScale, ctx: RenderContext): string {
  if (run.kind === 'break') return '<br>';
  if (!run.text) return '';
  const text = symbolText(run.text, run.font.latin, run.font.sym) ?? run.text;
  return `<span class="${fontClass(run, ctx)}" style="${runStyle(run, scale, ctx)}">${escapeHtml(text)}</span>`;
}
