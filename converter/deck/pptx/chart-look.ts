/**
 * Chart sizing and styling facts the renderer needs beyond the data: the default text size, the bar
 * gap/overlap and the major gridline colour.
 */
import type { Chart, Color } from '../model.js';
import type { XmlNode } from '../xml.js';
import { readColor } from './color.js';
import type { ReadContext } from './read-context.js';

const kid = (n: XmlNode | undefined, local: string) => n?.children.find((c) => c.local === local);

/**
 * Gridlines of charts saved before Office 2013 carry no line properties: PowerPoint draws them with
 * the chart style's text colour tinted 75% toward white, which it renders as this grey.
 */
const OLD_STYLE_GRIDLINE: Color = { hex: '868686', alpha: 1 };

/** Text size (points) of one c:txPr: the first paragraph default run size that says one. */
function sizeOf(txPr: XmlNode | undefined): number | undefined {
  for (const p of txPr?.children.filter((c) => c.local === 'p') ?? []) {
    const sz = kid(kid(p, 'pPr'), 'defRPr')?.num('sz');
    if (sz !== undefined && Number.isFinite(sz) && sz > 0) return sz / 100;
  }
  return undefined;
}

/**
 * The chart's default text size: c:chartSpace/c:txPr (PowerPoint 2013+ always writes it), else the
 * size its axes or legend state (pptxgenjs writes sizes only there), in that order. Undefined when no
 * part says, so the renderer applies PowerPoint's own default.
 */
export function textSizeOf(txPrs: (XmlNode | undefined)[]): number | undefined {
  for (const t of txPrs) {
    const s = sizeOf(t);
    if (s !== undefined) return s;
  }
  return undefined;
}

/**
 * Bar/column geometry of the first bar plot: c:gapWidth (spec default 150) and c:overlap (spec default
 * 0; stacked bars always sit on one another, so 100 when the file leaves it out).
 */
export function barGeometry(group: XmlNode | undefined, grouping: Chart['grouping']): { gapWidth: number; overlap: number } {
  const gap = kid(group, 'gapWidth')?.num('val', 150) ?? 150;
  const stacked = grouping === 'stacked' || grouping === 'percentStacked';
  const overlap = kid(group, 'overlap')?.num('val', 0) ?? (stacked ? 100 : 0);
  // gapWidth is 0..500 and overlap -100..100 in the schema; clamp rather than trust a hand-edited file.
  return { gapWidth: Math.max(0, Math.min(500, gap)), overlap: Math.max(-100, Math.min(100, overlap)) };
}

/**
 * Major gridline colour: the value axis' (then any axis') c:majorGridlines line colour; gridlines with
 * no line fill of their own (pre-2013 charts) get the old default grey. Undefined without gridlines,
 * or when they are not drawn at all (a:noFill).
 */
export function gridlineColorOf(axes: XmlNode[], ctx: ReadContext): Color | undefined {
  const withGrid = axes.filter((a) => kid(a, 'majorGridlines'));
  const ordered = [...withGrid.filter((a) => a.local === 'valAx'), ...withGrid.filter((a) => a.local !== 'valAx')];
  let sawBare = false;
  for (const axis of ordered) {
    const ln = kid(kid(kid(axis, 'majorGridlines'), 'spPr'), 'ln');
    if (kid(ln, 'noFill')) continue;
    const color = readColor(kid(ln, 'solidFill'), ctx);
    if (color) return color;
    sawBare = true;
  }
  return sawBare ? OLD_STYLE_GRIDLINE : undefined;
}

/** Whether some axis draws major gridlines (present and not switched off with a:noFill). */
export function gridlinesShown(axes: XmlNode[]): boolean {
  return axes.some((a) => {
    const grid = kid(a, 'majorGridlines');
    return !!grid && !kid(kid(kid(grid, 'spPr'), 'ln'), 'noFill');
  });
}
