/**
 * Autofit scaling of one text body. PowerPoint draws "shrink text on overflow" (normAutofit) at the
 * fontScale and lnSpcReduction it saved the last time it laid the text out, and recomputes them only
 * when the text is edited: a file that saved none (or one written by a library that cannot measure
 * text) is drawn at full size, overflowing if it overflows. So do we, except for text we changed
 * ourselves (`refit`, a translation): its sizes are relative to the CSS variable --fs, which the pass in
 * the page lowers until the text fits (shrink-fit.ts), as PowerPoint would after an edit.
 */
import type { TextBody } from '../../deck/model.js';
import { num, ptPx } from '../units.js';

export interface TextScale {
  /** Font size multiplier (normAutofit fontScale). */
  font: number;
  /** Line spacing reduction in fractions (normAutofit lnSpcReduction: 0.2 = 20 points of percent less). */
  lineReduction: number;
  /** Sizes are relative to --fs and the page shrinks them to fit. */
  shrink?: boolean;
}

export function textScale(body: TextBody): TextScale {
  const a = body.autofit;
  if (a.type !== 'normal') return { font: 1, lineReduction: 0, shrink: false };
  return { font: a.fontScale > 0 ? a.fontScale : 1, lineReduction: a.lnSpcReduction, shrink: a.refit === true };
}

/** CSS length for a size in points under the scale. */
export function sizeCss(pt: number, s: TextScale): string {
  const v = ptPx(pt) * s.font;
  return s.shrink ? `calc(var(--fs,1)*${num(v)}px)` : `${num(v)}px`;
}
