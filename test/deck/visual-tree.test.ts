import assert from 'node:assert/strict';
import type { ShapeElement } from '../../converter/deck/model.js';
import { Package } from '../../converter/deck/pptx/package.js';
import { readShapeTree } from '../../converter/deck/pptx/shape-tree.js';
import { parseTheme } from '../../converter/deck/pptx/theme.js';
import { readPlainTextBody } from '../../converter/deck/pptx/text.js';
import { NS, themeContext, xml } from '../fixtures/visual-fixtures.js';

const MC = 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:a14="http://schemas.microsoft.com/office/drawing/2010/main" xmlns:dsp="http://schemas.microsoft.com/office/drawing/2008/diagram"';
const tree = (inner: string) => xml(`<p:spTree ${MC}>${inner}</p:spTree>`);
const sp = (name: string, extra = '', spPr = '<a:xfrm><a:off x="100" y="200"/><a:ext cx="300" cy="400"/></a:xfrm>', body = '') =>
  `<p:sp${extra}><p:nvSpPr><p:cNvPr id="1" name="${name}"/><p:cNvSpPr/><p:nvPr/></p:nvSpPr><p:spPr>${spPr}</p:spPr>${body}</p:sp>`;

describe('deck/pptx visual: shape tree details', () => {
  it('skips hidden shapes and picks mc:AlternateContent branches we can draw', () => {
    const els = readShapeTree(tree(
      sp('Hidden').replace('name="Hidden"', 'name="Hidden" hidden="1"') +
      `<mc:AlternateContent><mc:Choice Requires="a14">${sp('Math')}</mc:Choice><mc:Fallback>${sp('Fallback picture')}</mc:Fallback></mc:AlternateContent>` +
      `<mc:AlternateContent><mc:Choice Requires="a16">${sp('New')}</mc:Choice><mc:Fallback>${sp('Old')}</mc:Fallback></mc:AlternateContent>`,
    ), themeContext(), 'slide');
    assert.deepEqual(els.map((e) => e.name), ['Fallback picture', 'New']);
  });

  it('fills useBgFill shapes with the slide background', () => {
    const ctx = themeContext({ chain: { inheritFrom: [], background: { type: 'solid', color: { hex: '123456', alpha: 1 } } } });
    const [el] = readShapeTree(tree(sp('Bg', ' useBgFill="1"')), ctx, 'slide') as ShapeElement[];
    assert.deepEqual(el.fill, { type: 'solid', color: { hex: '123456', alpha: 1 } });
  });

  it('folds the SmartArt text box (dsp:txXfrm) into the insets and offsets drawings by the caller transform', () => {
    const drawing = xml(`<dsp:spTree ${NS} ${MC}><dsp:sp><dsp:nvSpPr><dsp:cNvPr id="0" name=""/><dsp:cNvSpPr/></dsp:nvSpPr><dsp:spPr><a:xfrm><a:off x="1000" y="1000"/><a:ext cx="4000" cy="2000"/></a:xfrm><a:prstGeom prst="rect"/></dsp:spPr><dsp:txBody><a:bodyPr lIns="0" tIns="0" rIns="0" bIns="0"/><a:p><a:r><a:t>t</a:t></a:r></a:p></dsp:txBody><dsp:txXfrm><a:off x="1500" y="1100"/><a:ext cx="3000" cy="1700"/></dsp:txXfrm></dsp:sp></dsp:spTree>`);
    const [el] = readShapeTree(drawing, themeContext(), 'slide', { sx: 1, sy: 1, tx: 50000, ty: 60000 }) as ShapeElement[];
    assert.deepEqual(el.frame, { x: 51000, y: 61000, w: 4000, h: 2000 });
    assert.deepEqual(el.text!.insets, { l: 500, t: 100, r: 500, b: 200 });
  });

  it('uses equation fallbacks, hyperlink colours, highlights and bullet pictures in text', () => {
    const pkg = Package.fromFiles({
      '[Content_Types].xml': '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="png" ContentType="image/png"/></Types>',
      'ppt/slides/slide1.xml': '<p:sld/>',
      'ppt/slides/_rels/slide1.xml.rels': '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://example.org/" TargetMode="External"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="../media/b.png"/></Relationships>',
      'ppt/media/b.png': new Uint8Array([0x89, 0x50, 0x4e, 0x47]),
    });
    const ctx = themeContext({ pkg });
    const tb = readPlainTextBody(xml(`<p:txBody ${MC}><a:bodyPr vert="vert270" rot="5400000" wrap="none"><a:spAutoFit/></a:bodyPr>
      <a:p><a:r><a:t>x = </a:t></a:r><mc:AlternateContent><mc:Choice Requires="a14"><a14:m/></mc:Choice><mc:Fallback><a:r><a:t>2y</a:t></a:r></mc:Fallback></mc:AlternateContent></a:p>
      <a:p><a:r><a:rPr><a:highlight><a:srgbClr val="FFFF00"/></a:highlight><a:hlinkClick r:id="rId1"/></a:rPr><a:t>site</a:t></a:r></a:p>
      <a:p><a:pPr><a:buSzPct val="75000"/><a:buBlip><a:blip r:embed="rId2"/></a:buBlip></a:pPr><a:r><a:t>pic</a:t></a:r><a:br/><a:r><a:t>line</a:t></a:r></a:p></p:txBody>`), ctx);
    assert.deepEqual([tb.vert, tb.rotation, tb.wrap, tb.autofit], ['vert270', 90, false, { type: 'shape' }]);
    assert.equal(tb.paragraphs[0].runs.map((r) => r.text).join(''), 'x = 2y');
    const link = tb.paragraphs[1].runs[0];
    assert.deepEqual([link.link, link.color.hex, link.highlight?.hex], ['https://example.org/', '0563C1', 'FFFF00']);
    assert.deepEqual(tb.paragraphs[2].bullet, { type: 'picture', image: '/ppt/media/b.png', sizePct: 0.75 });
    assert.deepEqual(tb.paragraphs[2].runs.map((r) => r.kind), ['text', 'break', 'text']);
  });

  it('applies shape font references and picks East Asian theme fonts by language', () => {
    const theme = parseTheme(xml(`<a:theme name="T"><a:themeElements><a:clrScheme name="c"><a:dk1><a:srgbClr val="111111"/></a:dk1><a:lt1><a:srgbClr val="EEEEEE"/></a:lt1></a:clrScheme>
      <a:fontScheme name="f"><a:majorFont><a:latin typeface="Major"/><a:ea typeface=""/><a:cs typeface=""/><a:font script="Jpan" typeface="JMajor"/></a:majorFont>
      <a:minorFont><a:latin typeface="Minor"/><a:ea typeface=""/><a:cs typeface=""/><a:font script="Jpan" typeface="JMinor"/><a:font script="Hang" typeface="KMinor"/></a:minorFont></a:fontScheme></a:themeElements></a:theme>`));
    const ctx = themeContext({ theme });
    const tb = readPlainTextBody(xml(`<p:txBody><a:bodyPr/><a:p><a:r><a:rPr lang="ja-JP"/><a:t>日本</a:t></a:r><a:r><a:rPr lang="ko-KR"><a:latin typeface="+mn-lt"/></a:rPr><a:t>한</a:t></a:r></a:p></p:txBody>`), ctx, { fontRef: 'major', color: { hex: 'ABCDEF', alpha: 1 }, bold: true });
    const [ja, ko] = tb.paragraphs[0].runs;
    assert.deepEqual([ja.font, ja.color.hex, ja.bold], [{ latin: 'Major', ea: 'JMajor', cs: '' }, 'ABCDEF', true]);
    assert.deepEqual(ko.font, { latin: 'Minor', ea: '', cs: '' });
    assert.deepEqual(theme.colors.dk1, '111111');
  });
});
