import assert from 'node:assert/strict';
import type { Deck, GroupElement, ShapeElement } from '../../converter/deck/model.js';
import { buildDeck, CUSTOM_GEOMETRY, editZip } from '../helpers/pptx-fixture.js';
import { readBytes } from '../fixtures/visual-fixtures.js';

const IN = 914400;
const byName = (deck: Deck, slide: number, name: string) => {
  const el = deck.slides[slide - 1].elements.find((e) => e.name === name);
  assert.ok(el, `no element ${name} on slide ${slide}`);
  return el;
};

/** p:style as PowerPoint writes it for a default shape (Office theme). */
const STYLE = '<p:style><a:lnRef idx="2"><a:schemeClr val="accent1"><a:shade val="50000"/></a:schemeClr></a:lnRef><a:fillRef idx="1"><a:schemeClr val="accent1"/></a:fillRef><a:effectRef idx="3"><a:schemeClr val="accent1"/></a:effectRef><a:fontRef idx="minor"><a:schemeClr val="lt1"/></a:fontRef></p:style>';
const MC = 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:p14="http://schemas.microsoft.com/office/powerpoint/2010/main"';

/** The XML of the p:sp named `name`. */
const spXml = (xml: string, name: string) => new RegExp(`<p:sp><p:nvSpPr><p:cNvPr id="\\d+" name="${name}">[\\s\\S]*?</p:sp>`).exec(xml)![0];

/** Rewrite one shape of a slide's XML. */
const editSp = (xml: string, name: string, edit: (sp: string) => string) => {
  const sp = spXml(xml, name);
  return xml.replace(sp, () => edit(sp));
};

/** Wrap the shapes named A and B of a slide's XML into one group scaled by 1/2. */
function groupAB(xml: string): string {
  const a = spXml(xml, 'A');
  const b = spXml(xml, 'B');
  const grp = `<p:grpSp><p:nvGrpSpPr><p:cNvPr id="50" name="G"/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr><a:xfrm rot="5400000"><a:off x="${IN}" y="${IN}"/><a:ext cx="${2 * IN}" cy="${IN}"/><a:chOff x="0" y="0"/><a:chExt cx="${4 * IN}" cy="${2 * IN}"/></a:xfrm><a:solidFill><a:srgbClr val="ABCDEF"/></a:solidFill></p:grpSpPr>${a}${b.replace(/<a:solidFill><a:srgbClr val="[0-9A-F]+"\/><\/a:solidFill><a:ln/, '<a:grpFill/><a:ln')}</p:grpSp>`;
  return xml.replace(a, '').replace(b, () => grp);
}

describe('deck/pptx visual: shapes, groups, backgrounds, transitions', () => {
  let deck: Deck;
  before(async () => {
    let bytes = await buildDeck((p) => {
      const s = p.addSlide();
      s.addShape(p.ShapeType.rect, { x: 5, y: 1, w: 2, h: 1, fill: { color: '00FF00', transparency: 25 }, line: { color: '0000FF', width: 2, dashType: 'dash' }, rotate: 30, flipH: true, objectName: 'R' });
      s.addShape(p.ShapeType.ellipse, { x: 1, y: 3, w: 1, h: 1, objectName: 'Styled' });
      s.addText('styled', { x: 3, y: 3, w: 1, h: 1, shape: p.ShapeType.roundRect, rectRadius: 0.2, objectName: 'StyledText' });
      s.addShape(p.ShapeType.rect, { x: 0, y: 0, w: 2, h: 1, fill: { color: 'FF0000' }, objectName: 'A' });
      s.addShape(p.ShapeType.rect, { x: 2, y: 1, w: 2, h: 1, fill: { color: '00FF00' }, objectName: 'B' });
      s.addShape(CUSTOM_GEOMETRY, { x: 1, y: 1, w: 1, h: 1, fill: { color: '123456' }, points: [{ x: 0, y: 0 }, { x: 1, y: 0 }, { x: 0.5, y: 1 }, { close: true }], objectName: 'Tri' });
      s.addShape(p.ShapeType.line, { x: 1, y: 4.5, w: 3, h: 0, line: { color: '333333', width: 1, endArrowType: 'triangle' }, objectName: 'Arrow' });
      p.addSlide().addText('two', { x: 1, y: 1, w: 2, h: 1 });
      p.addSlide().addText('three', { x: 1, y: 1, w: 2, h: 1 });
    });
    bytes = await editZip(bytes, {
      'ppt/slides/slide1.xml': (x) =>
        [groupAB(x)]
          .map((y) => editSp(y, 'Styled', (sp) => sp.replace('<a:noFill/><a:ln></a:ln></p:spPr>', `</p:spPr>${STYLE}`)))
          // a text shape with the style and no colour of its own: its text takes the fontRef colour
          .map((y) => editSp(y, 'StyledText', (sp) => sp.replace('<a:noFill/><a:ln></a:ln></p:spPr>', `</p:spPr>${STYLE}`).replace(/<a:solidFill><a:srgbClr val="000000"\/><\/a:solidFill>/g, '')))[0]
          .replace('<p:cSld name="Slide 1">', '<p:cSld name="Slide 1"><p:bg><p:bgPr><a:gradFill><a:gsLst><a:gs pos="0"><a:schemeClr val="accent1"><a:lumMod val="75000"/></a:schemeClr></a:gs><a:gs pos="100000"><a:srgbClr val="FFFFFF"/></a:gs></a:gsLst><a:lin ang="2700000"/></a:gradFill><a:effectLst/></p:bgPr></p:bg>'),
      'ppt/slides/slide2.xml': (x) => x.replace('</p:clrMapOvr>', '</p:clrMapOvr><p:transition spd="slow"><p:push dir="u"/></p:transition>'),
      'ppt/slides/slide3.xml': (x) =>
        x.replace('<p:sld ', `<p:sld ${MC} `).replace('</p:clrMapOvr>', '</p:clrMapOvr><mc:AlternateContent><mc:Choice Requires="p14"><p:transition spd="slow" p14:dur="1250"><p14:vortex dir="r"/></p:transition></mc:Choice><mc:Fallback><p:transition spd="slow"><p:fade/></p:transition></mc:Fallback></mc:AlternateContent>'),
    });
    deck = await readBytes(bytes);
  });

  it('reads position, rotation, flips, fill with transparency and dashed line', () => {
    const r = byName(deck, 1, 'R') as ShapeElement;
    assert.deepEqual(
      { frame: r.frame, rotation: r.rotation, flipH: r.flipH, flipV: r.flipV, geometry: r.geometry, fill: r.fill, origin: r.origin, connector: r.connector },
      { frame: { x: 5 * IN, y: IN, w: 2 * IN, h: IN }, rotation: 30, flipH: true, flipV: false, geometry: { type: 'preset', preset: 'rect', adjust: {} }, fill: { type: 'solid', color: { hex: '00FF00', alpha: 0.75 } }, origin: 'slide', connector: false },
    );
    assert.deepEqual(r.line, { fill: { type: 'solid', color: { hex: '0000FF', alpha: 1 } }, width: 25400, dash: 'dash', cap: 'flat', join: 'round' });
  });

  it('resolves p:style references against the theme (fill, line, shadow, font colour)', () => {
    const s = byName(deck, 1, 'Styled') as ShapeElement;
    assert.deepEqual(s.fill, { type: 'solid', color: { hex: '4472C4', alpha: 1 } });
    assert.deepEqual(s.line, { fill: { type: 'solid', color: { hex: '2F528F', alpha: 1 } }, width: 12700, dash: 'solid', cap: 'flat', join: 'miter' });
    assert.deepEqual(s.shadow, { color: { hex: '000000', alpha: 0.63 }, blur: 57150, dist: 19050, dir: 90 });
    const t = byName(deck, 1, 'StyledText') as ShapeElement;
    assert.equal(t.geometry.type === 'preset' && t.geometry.preset, 'roundRect');
    assert.deepEqual(t.text!.paragraphs[0].runs[0].color, { hex: 'FFFFFF', alpha: 1 });
  });

  it('places group children in slide EMU with the group scaling, and resolves grpFill', () => {
    const g = byName(deck, 1, 'G') as GroupElement;
    assert.equal(g.kind, 'group');
    assert.deepEqual([g.frame, g.rotation], [{ x: IN, y: IN, w: 2 * IN, h: IN }, 90]);
    const [a, b] = g.children as ShapeElement[];
    assert.deepEqual([a.name, a.frame, a.fill], ['A', { x: IN, y: IN, w: IN, h: IN / 2 }, { type: 'solid', color: { hex: 'FF0000', alpha: 1 } }]);
    assert.deepEqual([b.name, b.frame, b.fill], ['B', { x: 2 * IN, y: 1.5 * IN, w: IN, h: IN / 2 }, { type: 'solid', color: { hex: 'ABCDEF', alpha: 1 } }]);
  });

  it('reads custom geometry paths and connector arrow heads', () => {
    const tri = byName(deck, 1, 'Tri') as ShapeElement;
    assert.deepEqual(tri.geometry, {
      type: 'custom',
      paths: [{ w: IN, h: IN, fill: 'norm', stroke: true, commands: [{ op: 'M', x: 0, y: 0 }, { op: 'L', x: IN, y: 0 }, { op: 'L', x: IN / 2, y: IN }, { op: 'Z' }] }],
    });
    const arrow = byName(deck, 1, 'Arrow') as ShapeElement;
    assert.deepEqual([arrow.geometry.type === 'preset' && arrow.geometry.preset, arrow.line.width, arrow.line.tail], ['line', 12700, { type: 'triangle', w: 'med', len: 'med' }]);
  });

  it('reads the slide background and falls back to the layout bgRef', () => {
    assert.deepEqual(deck.slides[0].background, {
      type: 'gradient', kind: 'linear', angle: 45,
      stops: [{ pos: 0, color: { hex: '2F5597', alpha: 1 } }, { pos: 1, color: { hex: 'FFFFFF', alpha: 1 } }],
    });
    assert.deepEqual(deck.slides[1].background, { type: 'solid', color: { hex: 'FFFFFF', alpha: 1 } });
  });

  it('reads transitions, preferring the p14 choice of mc:AlternateContent', () => {
    assert.equal(deck.slides[0].transition, undefined);
    assert.deepEqual(deck.slides[1].transition, { type: 'push', durationMs: 1000, direction: 'u' });
    assert.deepEqual(deck.slides[2].transition, { type: 'vortex', durationMs: 1250, direction: 'r' });
  });
});
