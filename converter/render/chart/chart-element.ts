/** Chart elements: one SVG drawn from the chart's cached values (title, legend, plot), in theme colours. */
import type { ChartElement } from '../../deck/model.js';
import { fontStack } from '../fonts.js';
import { elementBackground } from './chart-background.js';
import { labelPx, layoutChart, legendSvg, svgText } from './chart-frame.js';
import { categoryPlot } from './plot-category.js';
import { piePlot, radarPlot } from './plot-round.js';
import { scatterPlot } from './plot-scatter.js';
import type { RenderContext } from '../render-context.js';
import { num } from '../units.js';
import { boxPx, boxStyle, transformCss } from '../elements/frame.js';

export function chartHtml(el: ChartElement, ctx: RenderContext): string {
  const chart = el.chart;
  const box = boxPx(el);
  if (box.w <= 0 || box.h <= 0) return '';
  if (chart.type === 'unsupported') {
    ctx.warn('a chart of a type the renderer does not draw is left empty');
    return '';
  }
  const round = chart.type === 'pie' || chart.type === 'doughnut';
  const items = round
    ? chart.categories.map((c, i) => ({ label: c, color: chart.series[0]?.pointColors?.[i] ?? chart.series[0]?.color ?? chart.textColor }))
    : chart.series.map((s) => ({ label: s.name, color: s.color, line: chart.type === 'line' || chart.type === 'scatter' }));
  const cls = ctx.cssClass(`font-family:${fontStack(ctx.theme?.fonts.minor ?? { latin: 'Calibri', ea: '', cs: '' }, ctx.lang, ctx.theme)}`);
  const fs = labelPx(chart);
  const layout = layoutChart(chart, box.w, box.h, items.map((i) => i.label), fs);
  const parts: string[] = [elementBackground(chart.background, ctx, box.w, box.h)];
  if (layout.title && chart.title) {
    parts.push(svgText(layout.title.x + layout.title.w / 2, layout.title.y + layout.title.h / 2, chart.title, chart.textColor, { size: fs * 1.2, cls, bold: true }));
  }
  if (layout.legend) {
    const vertical = chart.legend?.position === 'r' || chart.legend?.position === 'l' || chart.legend?.position === 'tr';
    parts.push(legendSvg(items, layout.legend, chart.textColor, vertical, cls, fs));
  }
  switch (chart.type) {
    case 'pie':
    case 'doughnut':
      parts.push(piePlot(chart, layout.plot, cls, fs));
      break;
    case 'scatter':
    case 'bubble':
      parts.push(scatterPlot(chart, layout.plot, cls, fs));
      break;
    case 'radar':
      parts.push(radarPlot(chart, layout.plot, cls, fs));
      break;
    default:
      parts.push(categoryPlot(chart, layout.plot, cls, fs));
  }
  const svg = `<svg class="g" width="${num(box.w)}" height="${num(box.h)}" viewBox="0 0 ${num(box.w)} ${num(box.h)}">${parts.join('')}</svg>`;
  return `<div class="e" style="${boxStyle(box, transformCss(el))}">${svg}</div>`;
}
