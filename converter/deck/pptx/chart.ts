/**
 * Charts: the graphicFrame's c:chart r:id -> the chart part (c:chartSpace) -> a Chart model with the
 * data from PowerPoint's caches and every colour resolved against the slide's theme.
 *
 * 3-D chart types are read as their flat counterparts; stock and surface charts (and anything else)
 * become 'unsupported' with one warning. Combination charts take the first plot's type.
 */
import type { Chart, ChartElement, ChartSeries, ChartType, ElementBase } from '../model.js';
import type { XmlNode } from '../xml.js';
import { autoTextColor, chartStyle } from './chart-colors.js';
import { axisColorOf, barGeometry, gridlineColorOf, gridlinesShown, textSizeOf } from './chart-look.js';
import { labelsShown, readSeries, type ReadSeries } from './chart-series.js';
import { chartText, textColorOf } from './chart-text.js';
import { readFill } from './fill.js';
import { forPart, type ReadContext } from './read-context.js';

const kid = (n: XmlNode | undefined, local: string) => n?.children.find((c) => c.local === local);
const val = (n: XmlNode | undefined, local: string) => kid(n, local)?.attr('val');

const TYPES: Record<string, ChartType> = {
  barChart: 'bar', bar3DChart: 'bar', lineChart: 'line', line3DChart: 'line', areaChart: 'area', area3DChart: 'area',
  pieChart: 'pie', pie3DChart: 'pie', ofPieChart: 'pie', doughnutChart: 'doughnut', scatterChart: 'scatter',
  radarChart: 'radar', bubbleChart: 'bubble',
};
const LEGEND = new Set(['r', 'l', 't', 'b', 'tr']);
const AXES = ['valAx', 'catAx', 'dateAx', 'serAx'];

export function readChartFrame(data: XmlNode, ctx: ReadContext, base: ElementBase): ChartElement | undefined {
  const ref = kid(data, 'chart');
  const rid = ref && Object.entries(ref.attrs).find(([k]) => k === 'id' || k.endsWith(':id'))?.[1];
  if (!rid) {
    ctx.warn('a chart frame without a chart reference: skipped');
    return undefined;
  }
  const part = ctx.pkg.target(ctx.part, rid);
  const space = part ? ctx.pkg.xml(part) : undefined;
  if (!part || !space) return undefined;
  return { ...base, kind: 'chart', chart: readChart(space, forPart(ctx, part)) };
}

function typeOf(group: XmlNode | undefined, ctx: ReadContext): ChartType {
  if (!group) return 'unsupported';
  const t = TYPES[group.local];
  if (!t) {
    ctx.warn(`${group.local.replace(/Chart$/, '')} charts are not supported: drawn as an empty chart frame`);
    return 'unsupported';
  }
  if (t === 'bar') return val(group, 'barDir') === 'bar' ? 'bar' : 'column';
  return t;
}

function groupingOf(type: ChartType, group: XmlNode | undefined): Chart['grouping'] {
  const g = val(group, 'grouping');
  if (type === 'bar' || type === 'column') return g === 'stacked' || g === 'percentStacked' ? g : 'clustered';
  if (type === 'line' || type === 'area') return g === 'stacked' || g === 'percentStacked' ? g : 'standard';
  return 'standard';
}

/** Series of one plot drawn as lines rather than areas. */
function isLinear(group: XmlNode): boolean {
  if (group.local === 'lineChart' || group.local === 'line3DChart' || group.local === 'scatterChart') return true;
  return group.local === 'radarChart' && val(group, 'radarStyle') !== 'filled';
}

export function readChart(space: XmlNode, partCtx: ReadContext): Chart {
  const ovr = kid(space, 'clrMapOvr');
  const ctx: ReadContext = ovr && Object.keys(ovr.attrs).length ? { ...partCtx, colorMap: { ...ovr.attrs } } : partCtx;
  const chartEl = kid(space, 'chart');
  const plot = kid(chartEl, 'plotArea');
  const groups = (plot?.children ?? []).filter((c) => /Chart$/.test(c.local));
  if (!groups.length) ctx.warn('a chart with no plot: drawn as an empty chart frame');
  const first = groups[0];
  const type = typeOf(first, ctx);
  const style = chartStyle(space);

  // Series are drawn (and listed in the legend) by c:order, which need not follow document order.
  const order = (s: XmlNode, i: number) => kid(s, 'order')?.num('val', i) ?? i;
  const sers = groups
    .flatMap((g) => g.children.filter((c) => c.local === 'ser').map((s) => ({ g, s })))
    .map((x, i) => ({ ...x, o: order(x.s, i) }))
    .sort((a, b) => a.o - b.o);
  const maxIdx = Math.max(-1, ...sers.map(({ s }, i) => kid(s, 'idx')?.num('val', i) ?? i));
  const flag = (g: XmlNode) => kid(g, 'varyColors')?.bool('val', true) ?? false;
  const varyColors = !!first && flag(first) &&
    (type === 'pie' || type === 'doughnut' || ((type === 'bar' || type === 'column') && sers.length === 1));

  const read: ReadSeries[] = sers.map(({ g, s }, i) => readSeries(s, i, {
    linear: isLinear(g), varyColors: varyColors && g === first, style, seriesCount: maxIdx + 1,
    date1904: kid(space, 'date1904')?.bool('val', true) ?? false,
  }, ctx));
  const series: ChartSeries[] = read.map((r) => r.series);

  const axes = (plot?.children ?? []).filter((c) => AXES.includes(c.local));
  const txPrs = [kid(space, 'txPr'), ...AXES.map((a) => kid(kid(plot, a), 'txPr')), kid(kid(chartEl, 'legend'), 'txPr')];
  const grouping = groupingOf(type, first);
  const chart: Chart = {
    type,
    grouping,
    categories: read.find((r) => r.categories.length)?.categories ?? [],
    series,
    varyColors,
    showDataLabels: dataLabels(groups, read),
    markers: markersShown(first, read),
    background: readFill(kid(space, 'spPr'), ctx) ?? { type: 'none' },
    plotBackground: readFill(kid(plot, 'spPr'), ctx) ?? { type: 'none' },
    textColor: textColorOf(txPrs, ctx)
      ?? autoTextColor(style, ctx),
    gridlines: gridlinesShown(axes),
  };
  const textSize = textSizeOf(txPrs);
  if (textSize !== undefined) chart.textSize = textSize;
  if (type === 'bar' || type === 'column') Object.assign(chart, barGeometry(first, grouping));
  const gridlineColor = gridlineColorOf(axes, style, ctx);
  if (gridlineColor) chart.gridlineColor = gridlineColor;
  const axisColor = axisColorOf(axes, style, ctx);
  if (axisColor) chart.axisColor = axisColor;
  const title = titleOf(chartEl, series);
  if (title !== undefined) chart.title = title;
  const legend = kid(chartEl, 'legend');
  if (legend) {
    const pos = val(legend, 'legendPos') ?? 'r';
    chart.legend = { position: (LEGEND.has(pos) ? pos : 'r') as 'r' };
  }
  if (type === 'doughnut') chart.holeSize = kid(first, 'holeSize')?.num('val', 10) ?? 50;
  const fmt = numberFormatOf(plot, read);
  if (fmt) chart.numberFormat = fmt;
  if (groups.length > 1 && new Set(groups.map((g) => typeOf(g, ctx))).size > 1) {
    ctx.warn('combination charts are drawn as one chart of their first type');
  }
  return chart;
}

/**
 * The chart title: its own text, else (when PowerPoint shows an automatic title) the single series'
 * name or "Chart Title". Without a c:title, PowerPoint still shows the automatic title of a
 * single-series chart unless c:autoTitleDeleted says it was removed.
 */
function titleOf(chartEl: XmlNode | undefined, series: ChartSeries[]): string | undefined {
  const title = kid(chartEl, 'title');
  const deleted = kid(chartEl, 'autoTitleDeleted')?.bool('val', true) ?? false;
  if (title) {
    const own = chartText(kid(title, 'tx'));
    if (own !== undefined) return own;
    return series.length === 1 ? series[0]!.name : 'Chart Title';
  }
  return !deleted && series.length === 1 ? series[0]!.name : undefined;
}

function dataLabels(groups: XmlNode[], read: ReadSeries[]): boolean {
  if (read.some((r) => r.labels === true)) return true;
  const group = groups.some((g) => labelsShown(kid(g, 'dLbls')) === true);
  return group && read.some((r) => r.labels !== false);
}

function markersShown(group: XmlNode | undefined, read: ReadSeries[]): boolean {
  if (!group) return false;
  const any = read.some((r) => r.marker);
  switch (group.local) {
    case 'lineChart':
    case 'line3DChart': return (kid(group, 'marker')?.bool('val', true) ?? true) && any;
    case 'scatterChart': return val(group, 'scatterStyle') !== 'none' && any;
    case 'radarChart': return val(group, 'radarStyle') === 'marker' && any;
  }
  return false;
}

/** A value axis' own format wins; otherwise the format of the first series' values. */
function numberFormatOf(plot: XmlNode | undefined, read: ReadSeries[]): string | undefined {
  const fmt = kid(kid(plot, 'valAx'), 'numFmt');
  if (fmt && !fmt.bool('sourceLinked', false) && fmt.attr('formatCode')) return fmt.attr('formatCode');
  return read.find((r) => r.formatCode)?.formatCode;
}
