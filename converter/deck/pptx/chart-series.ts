/**
 * One c:ser into a ChartSeries: name, values, x values, and its colour — explicit (c:spPr, per-point
 * c:dPt) or PowerPoint's automatic one for the chart style.
 */
import type { Color, ChartSeries, Fill, Line } from '../model.js';
import type { XmlNode } from '../xml.js';
import { autoColor } from './chart-colors.js';
import { formatCode, isTextSource, readLabels, readNumbers, readSeriesName } from './chart-data.js';
import { readFill } from './fill.js';
import { readLine } from './line.js';
import type { ReadContext } from './read-context.js';

const kid = (n: XmlNode | undefined, local: string) => n?.children.find((c) => c.local === local);

export interface SeriesOptions {
  /** Drawn as lines (line, scatter, unfilled radar): the line colour is the series colour. */
  linear: boolean;
  /** One colour per point (pie, doughnut, single-series varyColors). */
  varyColors: boolean;
  style: number;
  seriesCount: number;
  /** c:date1904: serial dates count from 1904. */
  date1904: boolean;
}

export interface ReadSeries {
  series: ChartSeries;
  categories: string[];
  formatCode?: string;
  /** Marker symbol not set to none. */
  marker: boolean;
  /** Data labels switched on (true) or off (false) for this series; undefined when not said. */
  labels?: boolean;
}

/** The one colour a fill shows (first stop of a gradient, foreground of a pattern). */
export function fillColor(fill: Fill | undefined): Color | undefined {
  if (!fill) return undefined;
  switch (fill.type) {
    case 'solid': return fill.color;
    case 'gradient': return fill.stops[0]?.color;
    case 'pattern': return fill.fg;
  }
  return undefined;
}

function explicitColor(spPr: XmlNode | undefined, linear: boolean, ctx: ReadContext): Color | undefined {
  const ln = kid(spPr, 'ln');
  const lineColor = fillColor(readFill(ln, ctx));
  const areaColor = fillColor(readFill(spPr, ctx));
  return linear ? lineColor ?? areaColor : areaColor ?? lineColor;
}

/** Whether a c:dLbls (or one c:dLbl) switches label text on; undefined when it says nothing. */
function flags(n: XmlNode): boolean | undefined {
  if (kid(n, 'delete')?.bool('val', true)) return false;
  const keys = ['showVal', 'showPercent', 'showCatName', 'showSerName', 'showBubbleSize'];
  const said = keys.map((k) => kid(n, k)).filter((x): x is XmlNode => !!x);
  if (!said.length) return undefined;
  return said.some((x) => x.bool('val', true));
}

/**
 * Whether any label of a series (or chart group) is shown: per-point c:dLbl entries override the
 * c:dLbls defaults for their point, so a default "on" with every point switched off shows nothing.
 */
export function labelsShown(dLbls: XmlNode | undefined, points = 0): boolean | undefined {
  if (!dLbls) return undefined;
  const all = flags(dLbls);
  const perPoint = new Map<number, boolean | undefined>();
  for (const d of dLbls.children) if (d.local === 'dLbl') perPoint.set(kid(d, 'idx')?.num('val', -1) ?? -1, flags(d));
  if ([...perPoint.values()].some((v) => v === true)) return true;
  const uncovered = points === 0 || [...Array(points).keys()].some((i) => !perPoint.has(i));
  if (all === true && !uncovered) return false;
  return all;
}

export function readSeries(ser: XmlNode, index: number, opt: SeriesOptions, ctx: ReadContext): ReadSeries {
  const idx = kid(ser, 'idx')?.num('val', index) ?? index;
  const spPr = kid(ser, 'spPr');
  const markerSpPr = kid(kid(ser, 'marker'), 'spPr');
  const color = explicitColor(spPr, opt.linear, ctx)
    ?? (opt.linear ? fillColor(readFill(markerSpPr, ctx)) : undefined)
    ?? autoColor(idx, opt.seriesCount, opt.style, ctx);

  const yName = kid(ser, 'yVal') ? 'yVal' : 'val';
  const values = readNumbers(kid(ser, yName));
  const series: ChartSeries = { name: readSeriesName(ser) ?? `Series ${idx + 1}`, values, color };

  const xVal = kid(ser, 'xVal');
  if (xVal) {
    // Text x values are plotted at 1, 2, 3 … as PowerPoint does.
    series.xValues = isTextSource(xVal) ? readLabels(xVal).map((_, i) => i + 1) : readNumbers(xVal);
  }

  const sizes = kid(ser, 'bubbleSize');
  if (sizes) series.bubbleSizes = readNumbers(sizes);

  if (opt.varyColors) {
    const dPts = new Map<number, XmlNode>();
    for (const d of ser.children) if (d.local === 'dPt') dPts.set(kid(d, 'idx')?.num('val', -1) ?? -1, d);
    series.pointColors = values.map((_, i) =>
      explicitColor(kid(dPts.get(i), 'spPr'), false, ctx) ?? autoColor(i, values.length, opt.style, ctx));
  }

  const ln = kid(spPr, 'ln');
  if (opt.linear) {
    // PowerPoint's default series line: 2.25 pt, round caps, in the series colour.
    const base: Line = { fill: { type: 'solid', color }, width: 28575, dash: 'solid', cap: 'rnd', join: 'round' };
    series.line = readLine(ln, ctx, base);
  } else if (ln) {
    series.line = readLine(ln, ctx);
  }

  const symbol = kid(kid(ser, 'marker'), 'symbol')?.attr('val');
  return {
    series,
    categories: readLabels(kid(ser, 'cat') ?? (xVal && isTextSource(xVal) ? xVal : undefined), opt.date1904),
    formatCode: formatCode(kid(ser, yName)),
    marker: symbol !== 'none',
    labels: labelsShown(kid(ser, 'dLbls'), values.length),
  };
}
