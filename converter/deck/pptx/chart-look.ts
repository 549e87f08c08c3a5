/**
 * Chart sizing and styling facts the renderer needs beyond the data: the default text size, the bar
 * gap/overlap, and the colours of the major gridlines and the category axis line.
 */
import type { Chart, Color } from '../model.js';
import { XmlNode } from '../xml.js';
import { colorOf, readColor } from './color.js';
import type { ReadContext } from './read-context.js';

const kid = (n: XmlNode | undefined, local: string) => n?.children.find((c) => c.local === local);

/**
 * The line colour a chart style gives major gridlines and axes that carry no line properties (charts
 * saved before Office 2013 write none): text colour 1 tinted to 75% in styles 1-32, dark 1 tinted to
 * 75% in styles 33-48 (the Office 2007 chart style tables, as LibreOffice's chart import documents them).
 */
export function styleLineColor(style: number, ctx: ReadContext): Color {
  const tint = new XmlNode('a:tint', { val: '75000' }, [], '');
  return colorOf(new XmlNode('a:schemeClr', { val: style <= 32 ? 'tx1' : 'dk1' }, [tint], ''), ctx);
}

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
 * no line fill of their own (pre-2013 charts) get the chart style's line colour. Undefined without
 * gridlines, or when they are not drawn at all (a:noFill).
 */
export function gridlineColorOf(axes: XmlNode[], style: number, ctx: ReadContext): Color | undefined {
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
  return sawBare ? styleLineColor(style, ctx) : undefined;
}

/**
 * The category axis line (the line through the value axis' origin): its c:spPr line colour, else the
 * chart style's line colour. Undefined without a category axis, or when its line is a:noFill.
 */
export function axisColorOf(axes: XmlNode[], style: number, ctx: ReadContext): Color | undefined {
  const axis = axes.find((a) => a.local === 'catAx' || a.local === 'dateAx');
  if (!axis) return undefined;
  const ln = kid(kid(axis, 'spPr'), 'ln');
  if (kid(ln, 'noFill')) return undefined;
  return readColor(kid(ln, 'solidFill'), ctx) ?? styleLineColor(style, ctx);
}

/** Whether some axis draws major gridlines (present and not switched off with a:noFill). */
export function gridlinesShown(axes: XmlNode[]): boolean {
  return axes.some((a) => {
    const grid = kid(a, 'majorGridlines');
    return !!grid && !kid(kid(kid(grid, 'spPr'), 'ln'), 'noFill');
  });
}
