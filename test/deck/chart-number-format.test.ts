import assert from 'node:assert/strict';
import { parseXml } from '../../converter/deck/xml.js';
import { formatNumber } from '../../converter/deck/pptx/chart-number-format.js';
import { readGraphicFrame } from '../../converter/deck/pptx/graphic-frame.js';
import { bareContext, NS } from '../fixtures/graphic-frame-fixtures.js';

describe('chart number formats', () => {
  it('General drops trailing zeros and float noise', () => {
    assert.deepEqual([37261, 8.200000000000001, 0.1 + 0.2, -3.5].map((v) => formatNumber(v, 'General')), ['37261', '8.2', '0.3', '-3.5']);
  });

  it('fixed decimals, thousands, percent, currency and literal text', () => {
    assert.equal(formatNumber(1234.567, '#,##0.00'), '1,234.57');
    assert.equal(formatNumber(1234.5, '0'), '1235');
    assert.equal(formatNumber(0.256, '0.0%'), '25.6%');
    assert.equal(formatNumber(-12, '"$"#,##0;[Red]\\-"$"#,##0'), '-$12');
    assert.equal(formatNumber(-12, '#,##0'), '-12');
    assert.equal(formatNumber(1500, '[$€-407]#,##0'), '€1,500');
    assert.equal(formatNumber(5, '0" units"'), '5 units');
  });

  it('dates from serial day numbers, in both date systems', () => {
    assert.equal(formatNumber(37261, 'm/d/yy'), '1/5/02');
    assert.equal(formatNumber(45292, 'mmm-yy'), 'Jan-24');
    assert.equal(formatNumber(45292, 'dddd d mmmm yyyy'), 'Monday 1 January 2024');
    assert.equal(formatNumber(45292.75, 'yyyy-mm-dd hh:mm'), '2024-01-01 18:00');
    assert.equal(formatNumber(45292.75, 'h:mm AM/PM'), '6:00 PM');
    assert.equal(formatNumber(0, 'yyyy-mm-dd', true), '1904-01-01');
  });
});

describe('graphic frames PowerPoint writes for newer chart types', () => {
  it('skips a chartEx frame (its mc:Fallback picture is drawn instead) with one warning', () => {
    const ctx = bareContext({});
    const frame = `<p:graphicFrame ${NS}><a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/drawing/2014/chartex"><cx:chart xmlns:cx="http://schemas.microsoft.com/office/drawing/2014/chartex" r:id="rId3"/></a:graphicData></a:graphic></p:graphicFrame>`;
    const base = { id: '6', name: 'Waterfall 1', origin: 'slide' as const, frame: { x: 0, y: 0, w: 1, h: 1 }, rotation: 0, flipH: false, flipV: false };
    assert.equal(readGraphicFrame(parseXml(frame), ctx, base, () => []), undefined);
    assert.equal(readGraphicFrame(parseXml(frame), ctx, base, () => []), undefined);
    assert.equal(ctx.warnings.length, 1);
    assert.match(ctx.warnings[0]!, /chart type not supported.*drawn as its cached image if any/);
  });
});
