/**
 * Autofit scaling of one text body. With a saved fontScale we use it (PowerPoint's own measurement);
 * without one, sizes are written relative to the CSS variable --fs, which the shrink pass in the page
 * lowers until the text fits (see shrink-fit.ts).
 */
import type { TextBody } from '../../deck/model.js';
import { num, ptPx } from '../units.js';

export interface TextScale {
  /** Font size multiplier (normAutofit fontScale). */
  font: number;
  /** Line spacing reduction in fractions (normAutofit lnSpcReduction: 0.2 = 20 points of percent less). */
  lineReduction: number;
  /** Sizes are relative to --fs and the page shrinks them to fit. */
  shrink: boolean;
}

export function textScale(body: TextBody): TextScale {
  const a = body.autofit;
  if (a.type !== 'normal') return { font: 1, lineReduction: 0, shrink: false };
  const hasScale = a.saved || a.fontScale < 1 || a.lnSpcReduction > 0;
  return { font: a.fontScale > 0 ? a.fontScale : 1, lineReduction: a.lnSpcReduction, shrink: !hasScale };
}

/** CSS length for a size in points under the scale. */
export function sizeCss(pt: number, s: TextScale): string {
  const v = ptPx(pt) * s.font;
  return s.shrink ? `calc(var(--fs,1)*${num(v)}px)` : `${num(v)}px`;
}
