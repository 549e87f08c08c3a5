import assert from 'node:assert/strict';
import type { PictureElement } from '../../converter/deck/model.js';
import { parseXml } from '../../converter/deck/xml.js';
import { readGraphicFrame } from '../../converter/deck/pptx/graphic-frame.js';
import { readPicture } from '../../converter/deck/pptx/picture.js';
import { bareContext, corpusDeck, flatten, NS, openDeck, openDeckFile, pptxBytes } from '../fixtures/graphic-frame-fixtures.js';

const PNG_B64 = 'iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP8z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg==';
const PNG = new Uint8Array(Buffer.from(PNG_B64, 'base64'));
const SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10" fill="red"/></svg>';
/** The 44 bytes that make a file an EMF: EMR_HEADER record type 1 and the " EMF" signature at 40. */
const EMF = new Uint8Array(44);
EMF[0] = 1;
EMF.set([0x20, 0x45, 0x4d, 0x46], 40);

const BASE = { id: '7', name: 'Picture 6', origin: 'slide' as const, frame: { x: 100, y: 200, w: 3000, h: 2000 }, rotation: 0, flipH: false, flipV: false };
const IMG = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/image';

function rels(entries: [string, string, string?][]): string {
  return `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${entries
    .map(([id, target, mode]) => `<Relationship Id="${id}" Type="${IMG}" Target="${target}"${mode ? ` TargetMode="${mode}"` : ''}/>`).join('')}</Relationships>`;
}

function pic(blip: string, rest = '', spPr = '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'): string {
  return `<p:pic ${NS}><p:nvPicPr><p:cNvPr id="7" name="Picture 6"/><p:cNvPicPr/><p:nvPr/></p:nvPicPr><p:blipFill>${blip}${rest}</p:blipFill><p:spPr>${spPr}</p:spPr></p:pic>`;
}

const files = {
  'ppt/slides/_rels/slide1.xml.rels': rels([['rId1', '../media/image1.png'], ['rId2', '../media/image2.svg'], ['rId3', '../media/image3.emf'], ['rId4', 'https://example.com/x.png', 'External'], ['rId5', '../media/image4.wmf']]),
  'ppt/media/image1.png': PNG,
  'ppt/media/image2.svg': SVG,
  'ppt/media/image3.emf': EMF,
  'ppt/media/image4.wmf': new Uint8Array([0xd7, 0xcd, 0xc6, 0x9a, 0, 0]),
};

describe('pptx pictures', () => {
  it('reads crop, transparency, grayscale, tiling, clip shape and outline', () => {
    const ctx = bareContext(files);
    const p = readPicture(parseXml(pic(
      '<a:blip r:embed="rId1"><a:grayscl/><a:alphaModFix amt="35000"/></a:blip><a:srcRect l="10000" t="-5000" r="25000"/>',
      '<a:tile tx="0" ty="0" sx="100000" sy="100000"/>',
      '<a:prstGeom prst="roundRect"><a:avLst><a:gd name="adj" fmla="val 30000"/></a:avLst></a:prstGeom><a:ln w="19050"><a:solidFill><a:srgbClr val="00B050"/></a:solidFill></a:ln>',
    )), ctx, BASE);
    assert.equal(p.kind, 'picture');
    assert.equal(p.image, '/ppt/media/image1.png');
    assert.deepEqual(p.crop, { l: 0.1, t: -0.05, r: 0.25, b: 0 });
    assert.equal(p.alpha, 0.35);
    assert.equal(p.grayscale, true);
    assert.equal(p.tile, true);
    assert.deepEqual(p.geometry, { type: 'preset', preset: 'roundRect', adjust: { adj: 30000 } });
    assert.equal(p.line.width, 19050);
    assert.deepEqual(p.line.fill, { type: 'solid', color: { hex: '00B050', alpha: 1 } });
    assert.deepEqual(p.frame, BASE.frame);
    assert.equal(ctx.mediaMap.get('/ppt/media/image1.png')?.format, 'png');
    assert.deepEqual(ctx.warnings, []);
  });

  it('prefers the SVG of an svgBlip and keeps the raster fallback', () => {
    const ctx = bareContext(files);
    const blip = '<a:blip r:embed="rId1"><a:extLst><a:ext uri="{96DAC541-7B7A-43D3-8B79-37D633B846F1}"><asvg:svgBlip xmlns:asvg="http://schemas.microsoft.com/office/drawing/2016/SVG/main" r:embed="rId2"/></a:ext></a:extLst></a:blip>';
    const p = readPicture(parseXml(pic(blip)), ctx, BASE);
    assert.equal(p.image, '/ppt/media/image1.png');
    assert.equal(p.svg, '/ppt/media/image2.svg');
    assert.equal(ctx.mediaMap.get('/ppt/media/image2.svg')?.mime, 'image/svg+xml');
  });

  it('an SVG Chromium cannot draw (truncated, no SVG namespace) gives way to its PNG; a DOCTYPE is fine', () => {
    const svgFiles = (svg: string) => ({ ...files, 'ppt/media/image2.svg': svg });
    const blip = '<a:blip r:embed="rId1"><a:extLst><a:ext uri="{96DAC541-7B7A-43D3-8B79-37D633B846F1}"><asvg:svgBlip xmlns:asvg="x" r:embed="rId2"/></a:ext></a:extLst></a:blip>';
    const WARNING = 'some SVG pictures are damaged: the picture saved with them (PNG) is shown instead';
    for (const broken of [SVG.slice(0, -6), SVG.replace(' xmlns="http://www.w3.org/2000/svg"', ''), 'not xml at all <svg']) {
      const ctx = bareContext(svgFiles(broken));
      const p = readPicture(parseXml(pic(blip)), ctx, BASE);
      assert.deepEqual([p.svg, p.image], [undefined, '/ppt/media/image1.png'], broken);
      assert.deepEqual(ctx.warnings, [WARNING]);
      assert.deepEqual([...ctx.mediaMap.keys()], ['/ppt/media/image1.png'], 'the broken SVG is not part of the deck');
    }
    const doctype = `<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY c "red">]>${SVG.replace('fill="red"', 'fill="&c;"')}`;
    const prefixed = '<s:svg xmlns:s="http://www.w3.org/2000/svg" width="10" height="10"><s:rect width="10" height="10"/></s:svg>';
    for (const good of [doctype, prefixed]) {
      const ctx = bareContext(svgFiles(good));
      assert.equal(readPicture(parseXml(pic(blip)), ctx, BASE).svg, '/ppt/media/image2.svg', good);
      assert.deepEqual(ctx.warnings, []);
    }
  });

  it('marks EMF/WMF-only pictures vectorOnly with one warning per deck; an SVG beside them is used', () => {
    const ctx = bareContext(files);
    const emf = readPicture(parseXml(pic('<a:blip r:embed="rId3"/>')), ctx, BASE);
    const wmf = readPicture(parseXml(pic('<a:blip r:embed="rId5"/>')), ctx, BASE);
    assert.deepEqual([emf.image, emf.vectorOnly, wmf.image, wmf.vectorOnly], ['', 'emf', '', 'wmf']);
    assert.deepEqual(ctx.warnings, ["some pictures are EMF/WMF, which can't be drawn; re-insert them as PNG or SVG"]);
    assert.equal(ctx.mediaMap.size, 0);
    const withSvg = readPicture(parseXml(pic('<a:blip r:embed="rId3"><a:extLst><a:ext uri="{96DAC541-7B7A-43D3-8B79-37D633B846F1}"><asvg:svgBlip xmlns:asvg="x" r:embed="rId2"/></a:ext></a:extLst></a:blip>')), ctx, BASE);
    assert.equal(withSvg.vectorOnly, undefined);
    assert.equal(withSvg.svg, '/ppt/media/image2.svg');
  });

  it('never fetches linked pictures', () => {
    const ctx = bareContext(files);
    const p = readPicture(parseXml(pic('<a:blip r:link="rId4"/>')), ctx, BASE);
    assert.equal(p.image, '');
    assert.equal(ctx.mediaMap.size, 0);
    assert.deepEqual(ctx.warnings, ['linked (external) pictures are not embedded in the deck: left out']);
  });

  it('draws an OLE object from its stored picture (inside mc:AlternateContent)', () => {
    const ctx = bareContext(files);
    const frame = `<p:graphicFrame ${NS}><p:nvGraphicFramePr><p:cNvPr id="9" name="Object 8"/><p:cNvGraphicFramePr/><p:nvPr/></p:nvGraphicFramePr><p:xfrm><a:off x="1" y="2"/><a:ext cx="3" cy="4"/></p:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/presentationml/2006/ole"><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:Choice Requires="v"><p:oleObj spid="_x0000_s1" name="Worksheet" r:id="rId9" imgW="1" imgH="1" progId="Excel.Sheet.12"><p:embed/></p:oleObj></mc:Choice><mc:Fallback><p:oleObj name="Worksheet" r:id="rId9" progId="Excel.Sheet.12"><p:embed/>${pic('<a:blip r:embed="rId1"/>')}</p:oleObj></mc:Fallback></mc:AlternateContent></a:graphicData></a:graphic></p:graphicFrame>`;
    const frameBase = { ...BASE, id: '9', name: 'Object 8' };
    const el = readGraphicFrame(parseXml(frame), ctx, frameBase, () => []) as PictureElement;
    assert.equal(el.kind, 'picture');
    assert.equal(el.image, '/ppt/media/image1.png');
    // The frame's identity and place, not the inner picture's.
    assert.equal(el.name, 'Object 8');
    const unknown = readGraphicFrame(parseXml(frame.replace('presentationml/2006/ole', 'example/unknown')), ctx, BASE, () => []);
    assert.equal(unknown, undefined);
    assert.deepEqual(ctx.warnings, ['unsupported graphic frame content (http://schemas.openxmlformats.org/example/unknown): skipped']);
  });

  it('draws a PowerPoint 2007 OLE object from the image of its legacy VML shape', () => {
    const vml = '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"><v:shape id="Object_x0020_2" o:spid="_x0000_s1026" type="#_x0000_t75"><v:imagedata o:relid="rId1" o:title=""/></v:shape></xml>';
    const ctx = bareContext({
      'ppt/slides/_rels/slide1.xml.rels': '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/vmlDrawing" Target="../drawings/vmlDrawing1.vml"/></Relationships>',
      'ppt/drawings/vmlDrawing1.vml': vml,
      'ppt/drawings/_rels/vmlDrawing1.vml.rels': rels([['rId1', '../media/image1.png']]),
      'ppt/media/image1.png': PNG,
    });
    const frame = (spid: string) => `<p:graphicFrame ${NS}><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/presentationml/2006/ole"><p:oleObj spid="${spid}" name="Diagramm" r:id="rId3" progId="MSGraph.Chart.8"><p:embed/></p:oleObj></a:graphicData></a:graphic></p:graphicFrame>`;
    const el = readGraphicFrame(parseXml(frame('_x0000_s1026')), ctx, BASE, () => []) as PictureElement;
    assert.deepEqual([el.kind, el.image, el.frame], ['picture', '/ppt/media/image1.png', BASE.frame]);
    assert.equal(readGraphicFrame(parseXml(frame('_x0000_s9999')), ctx, BASE, () => []), undefined);
    assert.deepEqual(ctx.warnings, ['an embedded object without a stored picture: skipped (open and re-save the deck in PowerPoint)']);
  });

  it('pptxgenjs pictures: ellipse clip with transparency, crop, SVG', async () => {
    const svg64 = Buffer.from(SVG).toString('base64');
    const deck = await openDeck(await pptxBytes((p) => {
      const s = p.addSlide();
      s.addImage({ data: `image/png;base64,${PNG_B64}`, x: 1, y: 1, w: 2, h: 1, rounding: true, transparency: 40 });
      s.addImage({ data: `image/png;base64,${PNG_B64}`, x: 4, y: 1, w: 2, h: 2, sizing: { type: 'crop', x: 0.5, y: 0.5, w: 1, h: 1 } });
      s.addImage({ data: `image/svg+xml;base64,${svg64}`, x: 1, y: 4, w: 1, h: 1 });
    }));
    const pics = deck.elements(1).filter((e): e is PictureElement => e.kind === 'picture');
    assert.deepEqual(pics.map((p) => [p.frame, p.geometry.type === 'preset' && p.geometry.preset, p.alpha, p.crop]), [
      [{ x: 914400, y: 914400, w: 1828800, h: 914400 }, 'ellipse', 0.6, { l: 0, t: 0, r: 0, b: 0 }],
      [{ x: 3657600, y: 914400, w: 914400, h: 914400 }, 'rect', 1, { l: 0.25, t: 0.25, r: 0.25, b: 0.25 }],
      [{ x: 914400, y: 3657600, w: 914400, h: 914400 }, 'rect', 1, { l: 0, t: 0, r: 0, b: 0 }],
    ]);
    assert.ok(pics[2]!.svg && deck.media.get(pics[2]!.svg)?.format === 'svg');
    assert.deepEqual(deck.pkg.warnings, []);
  });
});

describe('pptx pictures in real decks', () => {
  it('pptx-automizer SVGImages.pptx: three SVG icons with PNG fallbacks', async function () {
    const file = corpusDeck('parsers/pptx-automizer/SVGImages.pptx');
    if (!file) return this.skip();
    const deck = await openDeckFile(file);
    const pics = deck.elements(1).filter((e): e is PictureElement => e.kind === 'picture');
    assert.deepEqual(pics.map((p) => [p.name, p.image, p.svg]), [
      ['Leaf', '/ppt/media/image1.png', '/ppt/media/image2.svg'],
      ['Cart', '/ppt/media/image3.png', '/ppt/media/image4.svg'],
      ['Heart', '/ppt/media/image5.png', '/ppt/media/image6.svg'],
    ]);
    for (const p of pics) assert.equal(deck.media.get(p.svg!)?.format, 'svg');
  });

  it('poi 54542_cropped_bitmap.pptx: crop fractions, also inside groups', async function () {
    const file = corpusDeck('poi/54542_cropped_bitmap.pptx');
    if (!file) return this.skip();
    const deck = await openDeckFile(file);
    const pics = flatten(deck.elements(1)).filter((e): e is PictureElement => e.kind === 'picture');
    assert.deepEqual(pics.map((p) => [p.name, p.crop]), [
      ['Picture 4', { l: 0, t: 0, r: 0, b: 0 }],
      ['Picture 7', { l: 0, t: 0.52941, r: 0, b: -0.17647 }],
      ['Picture 9', { l: 0.02878, t: 0.02522, r: 0.21582, b: 0.46217 }],
      ['Picture 11', { l: 0.03631, t: 0.05869, r: 0.00985, b: 0.25394 }],
      ['Picture 7', { l: 0, t: 0.52941, r: 0, b: -0.17647 }],
      ['Picture 9', { l: 0.02878, t: 0.02522, r: 0.21582, b: 0.46217 }],
    ]);
    assert.ok(pics.every((p) => p.image === '/ppt/media/image1.png'));
  });
});
