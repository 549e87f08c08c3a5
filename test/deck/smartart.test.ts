import assert from 'node:assert/strict';
import type { GroupElement, ShapeElement, SlideElement } from '../../converter/deck/model.js';
import { parseXml, type XmlNode } from '../../converter/deck/xml.js';
import { readGraphicFrame } from '../../converter/deck/pptx/graphic-frame.js';
import type { ReadContext } from '../../converter/deck/pptx/read-context.js';
import { findDrawingPart } from '../../converter/deck/pptx/smartart.js';
import { bareContext, corpusDeck, NS, openDeckFile, textOf } from '../fixtures/graphic-frame-fixtures.js';

const T = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/';
const DRAWING = 'http://schemas.microsoft.com/office/2007/relationships/diagramDrawing';
const BASE = { id: '4', name: 'Diagram 3', origin: 'slide' as const, frame: { x: 1000, y: 2000, w: 5000, h: 3000 }, rotation: 0, flipH: false, flipV: false };

function frame(dm: string): string {
  return `<p:graphicFrame ${NS}><p:nvGraphicFramePr><p:cNvPr id="4" name="Diagram 3"/><p:cNvGraphicFramePr/><p:nvPr/></p:nvGraphicFramePr><p:xfrm><a:off x="1000" y="2000"/><a:ext cx="5000" cy="3000"/></p:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/diagram"><dgm:relIds xmlns:dgm="http://schemas.openxmlformats.org/drawingml/2006/diagram" r:dm="${dm}" r:lo="rIdLo" r:qs="rIdQs" r:cs="rIdCs"/></a:graphicData></a:graphic></p:graphicFrame>`;
}

function data(ext: string): string {
  return `<dgm:dataModel xmlns:dgm="http://schemas.openxmlformats.org/drawingml/2006/diagram" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><dgm:ptLst/>${ext ? `<dgm:extLst><a:ext uri="http://schemas.microsoft.com/office/drawing/2008/diagram"><dsp:dataModelExt xmlns:dsp="http://schemas.microsoft.com/office/drawing/2008/diagram" relId="${ext}" minVer="x"/></a:ext></dgm:extLst>` : ''}</dgm:dataModel>`;
}

const DRAWING_XML = '<dsp:drawing xmlns:dsp="http://schemas.microsoft.com/office/drawing/2008/diagram"><dsp:spTree><dsp:nvGrpSpPr/><dsp:grpSpPr/><dsp:sp/><dsp:sp/></dsp:spTree></dsp:drawing>';

function relsXml(entries: [string, string, string][]): string {
  return `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${entries.map(([id, type, target]) => `<Relationship Id="${id}" Type="${type}" Target="${target}"/>`).join('')}</Relationships>`;
}

/** A stand-in for the shape tree reader: records what it was given, returns one shape per dsp:sp. */
function recorder(): { calls: { tree: XmlNode; part: string }[]; readTree: (t: XmlNode, c: ReadContext) => SlideElement[] } {
  const calls: { tree: XmlNode; part: string }[] = [];
  return {
    calls,
    readTree: (tree, c) => {
      calls.push({ tree, part: c.part });
      return tree.children.filter((n) => n.local === 'sp').map((_, i) => ({ ...BASE, id: String(i), kind: 'shape' }) as unknown as SlideElement);
    },
  };
}

describe('pptx SmartArt', () => {
  it('finds the drawing through the data model extension (a relationship of the slide)', () => {
    const ctx = bareContext({
      'ppt/slides/_rels/slide1.xml.rels': relsXml([['rId2', `${T}diagramData`, '../diagrams/data1.xml'], ['rId6', DRAWING, '../diagrams/drawing7.xml'], ['rId7', DRAWING, '../diagrams/drawing1.xml']]),
      'ppt/diagrams/data1.xml': data('rId6'),
      'ppt/diagrams/drawing7.xml': DRAWING_XML,
      'ppt/diagrams/drawing1.xml': DRAWING_XML,
    });
    const r = recorder();
    const g = readGraphicFrame(parseXml(frame('rId2')), ctx, BASE, r.readTree) as GroupElement;
    assert.equal(g.kind, 'group');
    assert.equal(g.smartArt, true);
    assert.equal(g.children.length, 2);
    assert.deepEqual(g.frame, BASE.frame);
    // The drawing is read in its own part's context (its rels resolve pictures).
    assert.deepEqual(r.calls.map((c) => [c.tree.local, c.part]), [['spTree', '/ppt/diagrams/drawing7.xml']]);
    assert.deepEqual(ctx.warnings, []);
  });

  it('without the extension, matches drawing and data parts by number when a slide has several', () => {
    const ctx = bareContext({
      'ppt/slides/_rels/slide1.xml.rels': relsXml([
        ['rId2', `${T}diagramData`, '../diagrams/data2.xml'], ['rId6', DRAWING, '../diagrams/drawing1.xml'], ['rId7', DRAWING, '../diagrams/drawing2.xml']]),
      'ppt/diagrams/data2.xml': data(''),
      'ppt/diagrams/drawing1.xml': DRAWING_XML,
      'ppt/diagrams/drawing2.xml': DRAWING_XML,
    });
    assert.equal(findDrawingPart(ctx, parseXml(frame('rId2')).descendants('dgm:relIds')[0]), '/ppt/diagrams/drawing2.xml');
  });

  it('skips a diagram saved without its drawing, with the fix in the warning', () => {
    const ctx = bareContext({
      'ppt/slides/_rels/slide1.xml.rels': relsXml([['rId2', `${T}diagramData`, '../diagrams/data1.xml']]),
      'ppt/diagrams/data1.xml': data(''),
    });
    const r = recorder();
    assert.equal(readGraphicFrame(parseXml(frame('rId2')), ctx, BASE, r.readTree), undefined);
    assert.deepEqual(ctx.warnings, ['SmartArt without a saved drawing; open and re-save in PowerPoint']);
    assert.equal(r.calls.length, 0);
  });
});

describe('pptx SmartArt in real decks', () => {
  const shapes = (g: GroupElement) => g.children.filter((c): c is ShapeElement => c.kind === 'shape');

  it('poi SmartArt.pptx: five boxes placed inside the diagram frame', async function () {
    const file = corpusDeck('poi/SmartArt.pptx');
    if (!file) return this.skip();
    const deck = await openDeckFile(file);
    const groups = deck.elements(1).filter((e): e is GroupElement => e.kind === 'group' && !!e.smartArt);
    assert.equal(groups.length, 1);
    const g = groups[0]!;
    assert.deepEqual(g.frame, { x: 2032000, y: 719666, w: 8128000, h: 5418667 });
    const boxes = shapes(g);
    assert.equal(boxes.length, 5);
    // Drawing offset (1221978, 2645) + frame offset.
    assert.deepEqual(boxes[0]!.frame, { x: 2032000 + 1221978, y: 719666 + 2645, w: 2706687, h: 1624012 });
    for (const b of boxes) {
      assert.ok(b.frame.x >= g.frame.x && b.frame.x + b.frame.w <= g.frame.x + g.frame.w);
      assert.deepEqual(b.fill, { type: 'solid', color: { hex: '4472C4', alpha: 1 } });
    }
    assert.deepEqual(deck.pkg.warnings, []);
  });

  it('pptx-automizer SlideWithDiagrams.pptx: three diagrams with their shapes and text', async function () {
    const file = corpusDeck('parsers/pptx-automizer/SlideWithDiagrams.pptx');
    if (!file) return this.skip();
    const deck = await openDeckFile(file);
    const got = [1, 2, 3].map((s) => {
      const g = deck.elements(s).find((e): e is GroupElement => e.kind === 'group' && !!e.smartArt)!;
      return [g.name, shapes(g).length, shapes(g).map((b) => textOf(b.text)).filter(Boolean)];
    });
    assert.deepEqual(got, [
      ['MatrixDiagram', 5, ['Left top', 'Right top', 'Left bottom', 'Right bottom']],
      ['MatrixDiagramStackedVenn', 5, ['top', 'top2', 'bottom', 'bottom2', 'center']],
      ['SmartArt (Diagram)', 9, []],
    ]);
    assert.deepEqual(deck.pkg.warnings, []);
  });
});
