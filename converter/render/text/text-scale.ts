/**
 * Autofit scaling of one text body. PowerPoint draws "shrink text on overflow" (normAutofit) at the
 * fontScale and lnSpcReduction it saved the last time it laid the text out, and recomputes them only
 * when the text is edited: a file that saved none (or one written by a library that cannot measure
 * text) is drawn at full size, overflowing if it overflows. So do we.
 */
import type { TextBody } from '../../deck/model.js';
import { num, ptPx } from '../units.js';

export interface TextScale {
  /** Font size multiplier (normAutofit fontScale). */
  font: number;
  /** Line spacing reduction in fractions (normAutofit lnSpcReduction: 0.2 = 20 points of percent less). */
  lineReduction: number;
}

export function textScale(body: TextBody): TextScale {
  const a = body.autofit;
  if (a.type !== 'normal') return { font: 1, lineReduction: 0 };
  return { font: a.fontScale > 0 ? a.fontScale : 1, lineReduction: a.lnSpcReduction };
}

/** CSS length for a size in points under the scale. */
export function sizeCss(pt: number, s: TextScale): string {
  return `${num(ptPx(pt) * s.font)}px`;
}
