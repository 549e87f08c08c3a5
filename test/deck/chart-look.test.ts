import assert from 'node:assert/strict';
import type { Chart, ChartElement } from '../../converter/deck/model.js';
import { parseXml } from '../../converter/deck/xml.js';
import { readChart } from '../../converter/deck/pptx/chart.js';
import { bareContext, corpusDeck, openDeck, openDeckFile, pptxBytes } from '../fixtures/graphic-frame-fixtures.js';

const C = 'xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"';
const SER = '<c:ser><c:idx val="0"/><c:order val="0"/><c:tx><c:v>S</c:v></c:tx><c:val><c:numLit><c:ptCount val="2"/><c:pt idx="0"><c:v>1</c:v></c:pt><c:pt idx="1"><c:v>2</c:v></c:pt></c:numLit></c:val></c:ser>';
const txPr = (sz: number | undefined) =>
  `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr${sz === undefined ? '' : ` sz="${sz}"`}/></a:pPr><a:endParaRPr lang="en-US"/></a:p></c:txPr>`;
const ln = (inner: string) => `<c:majorGridlines><c:spPr><a:ln w="9525">${inner}</a:ln></c:spPr></c:majorGridlines>`;

/** A bar chart part: `group` goes inside c:barChart after the series, `axes` are the axis elements' inner extras. */
function bar(opts: { group?: string; grouping?: string; valAx?: string; catAx?: string; space?: string; legend?: string; type?: string }): Chart {
  const type = opts.type ?? 'barChart';
  const plot = `<c:${type}><c:barDir val="col"/><c:grouping val="${opts.grouping ?? 'clustered'}"/>${SER}${opts.group ?? ''}<c:axId val="1"/><c:axId val="2"/></c:${type}>` +
    `<c:catAx><c:axId val="1"/>${opts.catAx ?? ''}<c:crossAx val="2"/></c:catAx><c:valAx><c:axId val="2"/>${opts.valAx ?? ''}<c:crossAx val="1"/></c:valAx>`;
  const legend = opts.legend === undefined ? '' : `<c:legend><c:legendPos val="r"/>${opts.legend}</c:legend>`;
  const xml = `<c:chartSpace ${C}><c:chart><c:autoTitleDeleted val="1"/><c:plotArea><c:layout/>${plot}</c:plotArea>${legend}</c:chart>${opts.space ?? ''}</c:chartSpace>`;
  return readChart(parseXml(xml), bareContext({}, '/ppt/charts/chart1.xml'));
}
const look = (c: Chart) => ({ textSize: c.textSize, gapWidth: c.gapWidth, overlap: c.overlap, gridlineColor: c.gridlineColor?.hex, gridlines: c.gridlines });

describe('pptx chart look (text size, bar gap/overlap, gridline colour)', () => {
  it('pptxgenjs bars: gap, overlap, axis text size and gridline colour as written', async () => {
    const bytes = await pptxBytes((p) => {
      const s = p.addSlide();
      const data = [{ name: 'A', labels: ['x', 'y'], values: [1, 2] }, { name: 'B', labels: ['x', 'y'], values: [3, 4] }];
      s.addChart(p.ChartType.bar, data, { x: 0.5, y: 0.5, w: 4, h: 3, barDir: 'col', barGapWidthPct: 80, barOverlapPct: -20,
        valAxisLabelFontSize: 14, catAxisLabelFontSize: 9, legendFontSize: 11, showLegend: true, valGridLine: { color: '123456', size: 1 } });
      s.addChart(p.ChartType.bar, data, { x: 5, y: 0.5, w: 4, h: 3, barDir: 'bar', barGrouping: 'stacked' });
      s.addChart(p.ChartType.line, data, { x: 0.5, y: 4, w: 4, h: 3, valGridLine: { style: 'none' } });
    });
    const deck = await openDeck(bytes);
    const charts = deck.elements(1).filter((e): e is ChartElement => e.kind === 'chart').map((e) => e.chart);
    assert.deepEqual(charts.map(look), [
      // pptxgenjs writes no chart-space txPr: the value axis size is the chart's body size.
      { textSize: 14, gapWidth: 80, overlap: -20, gridlineColor: '123456', gridlines: true },
      // pptxgenjs' own defaults: 50% gap on bar charts, stacked bars overlap 100, 12 pt axis text, 888888 gridlines.
      { textSize: 12, gapWidth: 50, overlap: 100, gridlineColor: '888888', gridlines: true },
      { textSize: 12, gapWidth: undefined, overlap: undefined, gridlineColor: undefined, gridlines: false },
    ]);
  });

  it('defaults when the file is silent: gap 150, overlap 0 (100 when stacked), no size, no gridlines', () => {
    assert.deepEqual(look(bar({})), { textSize: undefined, gapWidth: 150, overlap: 0, gridlineColor: undefined, gridlines: false });
    assert.deepEqual(look(bar({ grouping: 'percentStacked' })).overlap, 100);
    // An explicit overlap wins even on stacked bars; out-of-schema values are clamped.
    assert.equal(bar({ grouping: 'stacked', group: '<c:overlap val="50"/>' }).overlap, 50);
    assert.deepEqual(look(bar({ group: '<c:gapWidth val="900"/><c:overlap val="-300"/>' })), { textSize: undefined, gapWidth: 500, overlap: -100, gridlineColor: undefined, gridlines: false });
    assert.deepEqual(look(bar({ type: 'bar3DChart', group: '<c:gapWidth val="40"/>' })).gapWidth, 40);
  });

  it('text size: chart-space txPr first, then the axes, then the legend; a txPr without sz is skipped', () => {
    assert.equal(bar({ space: txPr(1800), valAx: txPr(1000), catAx: txPr(900) }).textSize, 18);
    assert.equal(bar({ space: txPr(undefined), catAx: txPr(1050), legend: txPr(1400) }).textSize, 10.5);
    assert.equal(bar({ space: txPr(undefined), legend: txPr(1400) }).textSize, 14);
  });

  it('gridline colour: value axis line fill, else any axis; bare gridlines take the chart style\'s line colour; noFill hides them', () => {
    const fill = (hex: string) => ln(`<a:solidFill><a:srgbClr val="${hex}"/></a:solidFill>`);
    assert.deepEqual(look(bar({ valAx: fill('AA0000'), catAx: fill('00BB00') })).gridlineColor, 'AA0000');
    assert.deepEqual(look(bar({ catAx: fill('00BB00') })).gridlineColor, '00BB00');
    // Style 2 (the default): text colour 1 (black here) tinted to 75%, was '868686' read off a reference picture.
    assert.deepEqual(look(bar({ valAx: '<c:majorGridlines/>' })), { textSize: undefined, gapWidth: 150, overlap: 0, gridlineColor: '898989', gridlines: true });
    assert.deepEqual(look(bar({ valAx: ln('<a:noFill/>') })), { textSize: undefined, gapWidth: 150, overlap: 0, gridlineColor: undefined, gridlines: false });
    assert.equal(bar({ valAx: ln('<a:solidFill><a:schemeClr val="tx1"><a:lumMod val="15000"/><a:lumOff val="85000"/></a:schemeClr></a:solidFill>') }).gridlineColor?.hex, 'D9D9D9');
  });

  it('the office2pdf bar-chart reference deck: 18 pt, gap 100, overlap 0, style 2 grey gridlines and axis', async function () {
    const file = corpusDeck('reference-pairs/office2pdf-audit/bar-chart/bar-chart.pptx');
    if (!file) return this.skip();
    const deck = await openDeckFile(file);
    const chart = deck.elements(1).find((e): e is ChartElement => e.kind === 'chart')!.chart;
    assert.deepEqual(look(chart), { textSize: 18, gapWidth: 100, overlap: 0, gridlineColor: '898989', gridlines: true });
    assert.equal(chart.axisColor?.hex, '898989');
  });

  it('axis and bare gridline colours follow c:style: text colour 1 in styles 1-32, dark 1 in 33-48, both tinted to 75%', () => {
    // Text colour 1 is light 1 (white) here, as on a dark slide: the two style ranges differ.
    const read = (style: number, catAx = '') => {
      const xml = `<c:chartSpace ${C}><c:style val="${style}"/><c:chart><c:plotArea><c:barChart><c:barDir val="col"/>${SER}<c:axId val="1"/><c:axId val="2"/></c:barChart>` +
        `<c:catAx><c:axId val="1"/>${catAx}<c:crossAx val="2"/></c:catAx><c:valAx><c:axId val="2"/><c:majorGridlines/><c:crossAx val="1"/></c:valAx></c:plotArea></c:chart></c:chartSpace>`;
      const c = readChart(parseXml(xml), { ...bareContext({}, '/ppt/charts/chart1.xml'), colorMap: { bg1: 'dk1', tx1: 'lt1', bg2: 'dk2', tx2: 'lt2' } });
      return [c.gridlineColor?.hex, c.axisColor?.hex];
    };
    assert.deepEqual(read(2), ['FFFFFF', 'FFFFFF']);
    assert.deepEqual(read(34), ['898989', '898989']);
    assert.deepEqual(read(34, '<c:spPr><a:ln><a:solidFill><a:srgbClr val="888888"/></a:solidFill></a:ln></c:spPr>'), ['898989', '888888']);
    assert.deepEqual(read(34, '<c:spPr><a:ln><a:noFill/></a:ln></c:spPr>'), ['898989', undefined]);
  });
});
