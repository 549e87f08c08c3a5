import assert from 'node:assert/strict';
import { parseXml } from '../../converter/deck/xml.js';
import { readGraphicFrame } from '../../converter/deck/pptx/graphic-frame.js';
import { bareContext, NS } from '../fixtures/graphic-frame-fixtures.js';

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
