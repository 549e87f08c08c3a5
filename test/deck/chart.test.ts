import assert from 'node:assert/strict';
import type { Chart, ChartElement, PictureElement } from '../../converter/deck/model.js';
import { parseXml } from '../../converter/deck/xml.js';
import { readChart } from '../../converter/deck/pptx/chart.js';
import { colorOf } from '../../converter/deck/pptx/color.js';
import { bareContext, corpusDeck, flatten, openDeck, openDeckFile, pptxBytes } from '../fixtures/graphic-frame-fixtures.js';

const C = 'xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"';
const hex = (c: { hex: string }) => c.hex;

function num(values: (number | null)[], code = 'General'): string {
  const pts = values.map((v, i) => (v === null ? '' : `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`)).join('');
  return `<c:numRef><c:f>S!A1</c:f><c:numCache><c:formatCode>${code}</c:formatCode><c:ptCount val="${values.length}"/>${pts}</c:numCache></c:numRef>`;
}
function str(values: string[]): string {
  return `<c:strRef><c:f>S!A1</c:f><c:strCache><c:ptCount val="${values.length}"/>${values.map((v, i) => `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`).join('')}</c:strCache></c:strRef>`;
}
function ser(i: number, extra = '', values: (number | null)[] = [1, 2]): string {
  return `<c:ser><c:idx val="${i}"/><c:order val="${i}"/><c:tx>${str([`S${i + 1}`])}</c:tx>${extra}<c:cat>${str(['a', 'b'])}</c:cat><c:val>${num(values)}</c:val></c:ser>`;
}
function space(plot: string, chartExtra = '', spaceExtra = ''): string {
  return `<c:chartSpace ${C}>${spaceExtra}<c:chart><c:autoTitleDeleted val="1"/>${chartExtra}<c:plotArea><c:layout/>${plot}</c:plotArea></c:chart></c:chartSpace>`;
}
function read(xml: string): { chart: Chart; warnings: string[] } {
  const ctx = bareContext({}, '/ppt/charts/chart1.xml');
  return { chart: readChart(parseXml(xml), ctx), warnings: ctx.warnings };
}
function scheme(val: string, mod = ''): string {
  const ctx = bareContext({});
  return colorOf(parseXml(`<a:schemeClr xmlns:a="x" val="${val}">${mod}</a:schemeClr>`), ctx).hex;
}

describe('pptx charts (pptxgenjs decks)', () => {
  let charts: ChartElement[];
  before(async () => {
    const bytes = await pptxBytes((p) => {
      const s = p.addSlide();
      const labels = ['Jan', 'Feb', 'Mar', 'Apr'];
      s.addChart(p.ChartType.bar, [{ name: 'Sales', labels: ['Q1', 'Q2', 'Q3'], values: [1, 2, 3] }, { name: 'Cost', labels: ['Q1', 'Q2', 'Q3'], values: [4, 5, 6] }],
        { x: 0.5, y: 0.5, w: 4, h: 3, barDir: 'col', chartColors: ['FF0000', '00FF00'], showLegend: true, legendPos: 'b', showTitle: true, title: 'My Chart' });
      s.addChart(p.ChartType.pie, [{ name: 'Share', labels: ['A', 'B', 'C'], values: [50, 30, 20] }], { x: 5, y: 0.5, w: 4, h: 3, chartColors: ['111111', '222222', '333333'] });
      s.addChart(p.ChartType.line, [{ name: 'North', labels, values: [10, 20, 15, 25] }, { name: 'South', labels, values: [5, null, 8, 12] }],
        { x: 0.5, y: 4, w: 4, h: 3, chartColors: ['0070C0', 'C00000'], lineDataSymbol: 'circle', showValue: true, valAxisLabelFormatCode: '0.0', plotArea: { fill: { color: 'F2F2F2' } }, valGridLine: { style: 'none' } });
      s.addChart(p.ChartType.doughnut, [{ name: 'Mix', labels: ['A', 'B', 'C'], values: [1, 2, 3] }], { x: 5, y: 4, w: 4, h: 3, holeSize: 60, chartColors: ['FF0000', '00FF00', '0000FF'], showLegend: true, legendPos: 'r' });
      const t = p.addSlide();
      t.addChart(p.ChartType.scatter, [{ name: 'X', values: [1, 2, 3] }, { name: 'Y1', values: [4, 5, 6] }], { x: 0.5, y: 0.5, w: 4, h: 3, chartColors: ['7030A0'] });
      t.addChart(p.ChartType.area, [{ name: 'Area', labels, values: [3, 4, 5, 6] }], { x: 5, y: 0.5, w: 4, h: 3, chartColors: ['7030A0'], barGrouping: 'stacked' });
      t.addChart(p.ChartType.bar, [{ name: 'S1', labels, values: [1, 2, 3, 4] }], { x: 0.5, y: 4, w: 4, h: 3, barDir: 'bar', barGrouping: 'percentStacked', chartColors: ['ABCDEF'] });
    });
    const deck = await openDeck(bytes);
    charts = [...deck.elements(1), ...deck.elements(2)].filter((e): e is ChartElement => e.kind === 'chart');
    assert.deepEqual(deck.pkg.warnings, []);
  });

  it('reads all seven charts with their type and grouping', () => {
    assert.deepEqual(charts.map((c) => [c.chart.type, c.chart.grouping]), [
      ['column', 'clustered'], ['pie', 'standard'], ['line', 'standard'], ['doughnut', 'standard'],
      ['scatter', 'standard'], ['area', 'stacked'], ['bar', 'percentStacked'],
    ]);
    assert.deepEqual(charts[0]!.frame, { x: 457200, y: 457200, w: 3657600, h: 2743200 });
  });

  it('column chart: title, legend, categories, series names, values and colours', () => {
    const c = charts[0]!.chart;
    assert.equal(c.title, 'My Chart');
    assert.deepEqual(c.legend, { position: 'b' });
    assert.deepEqual(c.categories, ['Q1', 'Q2', 'Q3']);
    assert.deepEqual(c.series.map((s) => [s.name, s.values, hex(s.color)]), [['Sales', [1, 2, 3], 'FF0000'], ['Cost', [4, 5, 6], '00FF00']]);
    assert.equal(c.gridlines, true);
    assert.equal(c.varyColors, false);
    assert.deepEqual(c.background, { type: 'none' });
  });

  it('pie and doughnut: one colour per point, hole size, labels switched off per point', () => {
    const pie = charts[1]!.chart;
    assert.equal(pie.varyColors, true);
    assert.deepEqual(pie.series[0]!.values, [50, 30, 20]);
    assert.deepEqual(pie.series[0]!.pointColors!.map(hex), ['111111', '222222', '333333']);
    assert.equal(pie.gridlines, false);
    const d = charts[3]!.chart;
    assert.equal(d.holeSize, 60);
    assert.deepEqual(d.legend, { position: 'r' });
    assert.deepEqual(d.series[0]!.pointColors!.map(hex), ['FF0000', '00FF00', '0000FF']);
    assert.equal(d.showDataLabels, false);
  });

  it('line chart: gaps are null, markers, data labels, axis number format, plot fill, no gridlines', () => {
    const c = charts[2]!.chart;
    assert.deepEqual(c.series.map((s) => s.values), [[10, 20, 15, 25], [5, null, 8, 12]]);
    assert.deepEqual(c.series.map((s) => hex(s.color)), ['0070C0', 'C00000']);
    assert.deepEqual(c.series[0]!.line!.fill, { type: 'solid', color: { hex: '0070C0', alpha: 1 } });
    assert.equal(c.markers, true);
    assert.equal(c.showDataLabels, true);
    assert.equal(c.numberFormat, '0.0');
    assert.deepEqual(c.plotBackground, { type: 'solid', color: { hex: 'F2F2F2', alpha: 1 } });
    assert.equal(c.gridlines, false);
  });

  it('scatter: x values from the first data column, y series after it', () => {
    const c = charts[4]!.chart;
    assert.deepEqual(c.series.map((s) => [s.name, s.xValues, s.values, hex(s.color)]), [['Y1', [1, 2, 3], [4, 5, 6], '7030A0']]);
  });

  it('area and horizontal bar', () => {
    assert.deepEqual(charts[5]!.chart.series.map((s) => [s.name, s.values, hex(s.color)]), [['Area', [3, 4, 5, 6], '7030A0']]);
    assert.deepEqual(charts[5]!.chart.categories, ['Jan', 'Feb', 'Mar', 'Apr']);
    assert.deepEqual(charts[6]!.chart.series.map((s) => hex(s.color)), ['ABCDEF']);
  });
});

describe('pptx charts (hand-written chart parts)', () => {
  it('cycles the theme accents for series without colours, shading then tinting further rounds', () => {
    const six = read(space(`<c:barChart><c:barDir val="col"/>${[0, 1, 2, 3, 4, 5].map((i) => ser(i)).join('')}</c:barChart>`)).chart;
    assert.deepEqual(six.series.map((s) => hex(s.color)), ['4472C4', 'ED7D31', 'A5A5A5', 'FFC000', '5B9BD5', '70AD47']);
    const eight = read(space(`<c:barChart>${[0, 1, 2, 3, 4, 5, 6, 7].map((i) => ser(i)).join('')}</c:barChart>`)).chart;
    // Two rounds: steps of 140%/3 from -70%: round 1 shaded 23.333%, round 2 tinted 23.333%.
    assert.equal(hex(eight.series[0]!.color), scheme('accent1', '<a:shade val="76667"/>'));
    assert.equal(hex(eight.series[6]!.color), scheme('accent1', '<a:tint val="76667"/>'));
    assert.equal(hex(eight.series[7]!.color), scheme('accent2', '<a:tint val="76667"/>'));
  });

  it('fades one accent for the monochrome chart styles, and uses c14:style inside AlternateContent', () => {
    const alt = '<mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:Choice Requires="c14" xmlns:c14="x"><c14:style val="104"/></mc:Choice></mc:AlternateContent>';
    const c = read(space(`<c:lineChart>${[0, 1, 2].map((i) => ser(i)).join('')}</c:lineChart>`, '', alt)).chart;
    // Style 4 = accent2 fading: -35%, 0, +35%.
    assert.deepEqual(c.series.map((s) => hex(s.color)), [scheme('accent2', '<a:shade val="65000"/>'), 'ED7D31', scheme('accent2', '<a:tint val="65000"/>')]);
  });

  it('reads gaps, multi-level and date categories, literal names; explicit dPt colours win', () => {
    const multi = '<c:cat><c:multiLvlStrRef><c:f>S</c:f><c:multiLvlStrCache><c:ptCount val="3"/><c:lvl><c:pt idx="0"><c:v>x</c:v></c:pt><c:pt idx="2"><c:v>z</c:v></c:pt></c:lvl><c:lvl><c:pt idx="0"><c:v>outer</c:v></c:pt></c:lvl></c:multiLvlStrCache></c:multiLvlStrRef></c:cat>';
    const gappy = `<c:ser><c:idx val="0"/><c:order val="0"/><c:tx><c:v>Literal</c:v></c:tx><c:dPt><c:idx val="1"/><c:spPr><a:solidFill><a:srgbClr val="010203"/></a:solidFill></c:spPr></c:dPt>${multi}<c:val><c:numRef><c:numCache><c:ptCount val="3"/><c:pt idx="0"><c:v>1.5</c:v></c:pt><c:pt idx="2"><c:v>-2</c:v></c:pt></c:numCache></c:numRef></c:val></c:ser>`;
    const c = read(space(`<c:pieChart><c:varyColors val="1"/>${gappy}</c:pieChart>`)).chart;
    assert.deepEqual(c.categories, ['x', '', 'z']);
    assert.deepEqual(c.series[0]!.values, [1.5, null, -2]);
    assert.equal(c.series[0]!.name, 'Literal');
    assert.deepEqual(c.series[0]!.pointColors!.map(hex), ['4472C4', '010203', 'A5A5A5']);

    const dates = `<c:ser><c:idx val="0"/><c:cat>${num([37261, 37262], 'm/d/yy')}</c:cat><c:val>${num([1, 2])}</c:val></c:ser>`;
    assert.deepEqual(read(space(`<c:areaChart>${dates}</c:areaChart>`)).chart.categories, ['1/5/02', '1/6/02']);
    const dates1904 = dates.replace('m/d/yy', 'd mmm yyyy');
    assert.deepEqual(read(space(`<c:areaChart>${dates1904}</c:areaChart>`, '', '<c:date1904 val="1"/>')).chart.categories, ['6 Jan 2006', '7 Jan 2006']);
  });

  it('titles: rich text, automatic from the single series, deleted, or "Chart Title"', () => {
    const rich = '<c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>Line one</a:t></a:r></a:p><a:p><a:r><a:t>two</a:t></a:r></a:p></c:rich></c:tx></c:title>';
    const one = `<c:barChart>${ser(0)}</c:barChart>`;
    const two = `<c:barChart>${ser(0)}${ser(1)}</c:barChart>`;
    const noDelete = (x: string) => x.replace('<c:autoTitleDeleted val="1"/>', '');
    assert.equal(read(space(one, rich)).chart.title, 'Line one\ntwo');
    assert.equal(read(space(one, '<c:title/>')).chart.title, 'S1');
    assert.equal(read(space(two, '<c:title/>')).chart.title, 'Chart Title');
    assert.equal(read(noDelete(space(one))).chart.title, 'S1');
    assert.equal(read(space(one)).chart.title, undefined);
    assert.equal(read(noDelete(space(two))).chart.title, undefined);
  });

  it('marks stock and surface charts unsupported with one warning', () => {
    const { chart, warnings } = read(space(`<c:stockChart>${ser(0)}${ser(1)}</c:stockChart>`));
    assert.equal(chart.type, 'unsupported');
    assert.equal(chart.series.length, 2);
    assert.deepEqual(warnings, ['stock charts are not supported: drawn as an empty chart frame']);
  });

  it('resolves colours through the chart\'s own colour map override, and reads text colour and fills', () => {
    const xml = space(`<c:barChart>${ser(0, '<c:spPr><a:solidFill><a:schemeClr val="tx1"/></a:solidFill></c:spPr>')}</c:barChart><c:spPr><a:solidFill><a:schemeClr val="bg1"/></a:solidFill></c:spPr>`,
      '', '<c:clrMapOvr bg1="dk1" tx1="lt1" bg2="dk2" tx2="lt2" accent1="accent1" accent2="accent2" accent3="accent3" accent4="accent4" accent5="accent5" accent6="accent6" hlink="hlink" folHlink="folHlink"/><c:txPr><a:bodyPr/><a:p><a:pPr><a:defRPr><a:solidFill><a:srgbClr val="FF00FF"/></a:solidFill></a:defRPr></a:pPr></a:p></c:txPr>');
    const c = read(xml).chart;
    assert.equal(hex(c.series[0]!.color), 'FFFFFF');
    assert.deepEqual(c.plotBackground, { type: 'solid', color: { hex: '000000', alpha: 1 } });
    assert.equal(hex(c.textColor), 'FF00FF');
  });
});

describe('pptx charts in real decks', () => {
  it('python-pptx cht-chart-type.pptx: every chart has a type and series', async function () {
    const file = corpusDeck('python-pptx/cht-chart-type.pptx');
    if (!file) return this.skip();
    const deck = await openDeckFile(file);
    const bySlide: string[][] = [];
    const all: Chart[] = [];
    for (let s = 1; s <= deck.slides.length; s++) {
      const cs = flatten(deck.elements(s)).filter((e): e is ChartElement => e.kind === 'chart').map((e) => e.chart);
      bySlide.push(cs.map((c) => `${c.type}/${c.grouping}`));
      all.push(...cs);
    }
    const row = (t: string) => [`${t}/standard`, `${t}/stacked`, `${t}/percentStacked`];
    assert.deepEqual(bySlide, [
      [...row('area'), ...row('area')],
      ['bar/clustered', 'bar/stacked', 'bar/percentStacked', 'column/clustered', 'column/stacked', 'column/percentStacked'],
      [...row('line'), ...row('line')],
      ['pie/standard', 'pie/standard'],
      Array(5).fill('scatter/standard'),
      ['bubble/standard', 'bubble/standard'],
      Array(3).fill('radar/standard'),
      ['line/standard'],
    ]);
    assert.equal(all.length, 31);
    for (const c of all) assert.ok(c.series.length > 0 && c.series.every((s) => s.values.length > 0));
    // Office 2007 theme accents, automatic colours; dates formatted as the cache says.
    assert.deepEqual(all[6]!.series.map((s) => [s.name, s.values, hex(s.color)]), [
      ['Series 1', [4.3, 2.5, 3.5, 4.5], '4F81BD'], ['Series 2', [2.4, 4.4, 1.8, 2.8], 'C0504D'], ['Series 3', [2, 2, 3, 5], '9BBB59']]);
    assert.deepEqual(all[0]!.categories, ['1/5/02', '1/6/02', '1/7/02', '1/8/02', '1/9/02']);
    assert.equal(all[18]!.title, 'Sales');
    assert.deepEqual(all[18]!.series[0]!.pointColors!.map(hex), ['4F81BD', 'C0504D', '9BBB59', '8064A2']);
    assert.deepEqual(all[20]!.series[0]!.xValues, [0.7, 1.8, 2.6]);
    assert.deepEqual(all[25]!.series[0]!.bubbleSizes, [10, 4, 8]);
    assert.deepEqual(deck.pkg.warnings, []);
  });

  it('pptx-automizer ChartWaterfall.pptx: the chartEx waterfall is drawn from its fallback picture', async function () {
    const file = corpusDeck('parsers/pptx-automizer/ChartWaterfall.pptx');
    if (!file) return this.skip();
    const deck = await openDeckFile(file);
    const pics = deck.elements(1).filter((e): e is PictureElement => e.kind === 'picture');
    assert.deepEqual(pics.map((p) => [p.name, p.image, p.frame]), [['Waterfall 1', '/ppt/media/image1.png', { x: 2032000, y: 719666, w: 8128000, h: 5418667 }]]);
    assert.equal(deck.media.get('/ppt/media/image1.png')?.format, 'png');
  });
});
