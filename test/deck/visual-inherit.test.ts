import assert from 'node:assert/strict';
import type { Deck, ShapeElement } from '../../converter/deck/model.js';
import { buildDeck, editZip } from '../helpers/pptx-fixture.js';
import { readBytes } from '../fixtures/visual-fixtures.js';

const TREE_START = /(<p:spTree>[\s\S]*?<\/p:grpSpPr>)[\s\S]*(<\/p:spTree>)/;
const setTree = (xml: string, shapes: string) => xml.replace(TREE_START, (_m, a: string, b: string) => a + shapes + b);
const addToTree = (xml: string, shapes: string) => xml.replace('</p:spTree>', () => shapes + '</p:spTree>');

const ph = (id: number, name: string, phAttrs: string, spPr: string, body: string) =>
  `<p:sp><p:nvSpPr><p:cNvPr id="${id}" name="${name}"/><p:cNvSpPr/><p:nvPr><p:ph ${phAttrs}/></p:nvPr></p:nvSpPr><p:spPr>${spPr}</p:spPr><p:txBody><a:bodyPr/><a:lstStyle/>${body}</p:txBody></p:sp>`;
const para = (t: string, pPr = '') => `<a:p>${pPr}<a:r><a:rPr lang="en-US"/><a:t>${t}</a:t></a:r></a:p>`;
const rect = (id: number, name: string, hex: string) =>
  `<p:sp><p:nvSpPr><p:cNvPr id="${id}" name="${name}"/><p:cNvSpPr/><p:nvPr/></p:nvSpPr><p:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="100" cy="100"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="${hex}"/></a:solidFill></p:spPr></p:sp>`;
const textBox = (id: number, name: string, t: string) =>
  `<p:sp><p:nvSpPr><p:cNvPr id="${id}" name="${name}"/><p:cNvSpPr txBox="1"/><p:nvPr/></p:nvSpPr><p:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="100" cy="100"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr><p:txBody><a:bodyPr/><a:lstStyle/>${para(t)}</p:txBody></p:sp>`;

const AUTONUM = '<a:pPr marL="342900" indent="-342900"><a:buAutoNum type="arabicPeriod"/></a:pPr>';

describe('deck/pptx visual: slide -> layout -> master inheritance', () => {
  let deck: Deck;
  before(async () => {
    let bytes = await buildDeck((p) => {
      p.defineSlideMaster({
        title: 'M',
        objects: [
          { rect: { x: 0, y: 5, w: 10, h: 0.5, fill: { color: '003366' } } },
          { placeholder: { options: { name: 'body', type: 'body', x: 0.5, y: 1.5, w: 9, h: 3, fontSize: 20, color: '336699' }, text: '' } },
          { placeholder: { options: { name: 'title', type: 'title', x: 0.5, y: 0.2, w: 9, h: 1 }, text: '' } },
        ],
      });
      for (let i = 0; i < 3; i++) p.addSlide({ masterName: 'M' }).addText('x', { placeholder: 'title' });
    });
    const masterBody = ph(20, 'Master body', 'type="body" idx="1"', '<a:xfrm><a:off x="1" y="2"/><a:ext cx="3" cy="4"/></a:xfrm><a:solidFill><a:srgbClr val="EEEEEE"/></a:solidFill>', '<a:p><a:endParaRPr/></a:p>')
      .replace('<a:bodyPr/><a:lstStyle/>', '<a:bodyPr anchor="ctr" lIns="0"/><a:lstStyle><a:lvl1pPr><a:defRPr b="1"/></a:lvl1pPr></a:lstStyle>');
    bytes = await editZip(bytes, {
      'ppt/slideMasters/slideMaster1.xml': (x) => addToTree(x, rect(30, 'Master rect', 'AA0000') + masterBody),
      'ppt/slides/slide1.xml': (x) =>
        setTree(x,
          ph(2, 'Title', 'type="title"', '', para('Hello')) +
          ph(3, 'Body', 'type="body" idx="101"', '', para('first') + para('second', '<a:pPr lvl="1"/>') + para('n1', AUTONUM) + '<a:p>' + AUTONUM + '<a:endParaRPr/></a:p>' + para('n2', AUTONUM))),
      'ppt/slides/slide2.xml': (x) =>
        setTree(x, ph(2, 'Empty body', 'type="body" idx="101"', '<a:solidFill><a:srgbClr val="00FF00"/></a:solidFill>', '<a:p><a:endParaRPr lang="en-US"/></a:p>')),
      'ppt/slides/slide3.xml': (x) =>
        setTree(x, textBox(2, 'Box', 'dark'))
          .replace('<p:sld ', '<p:sld showMasterSp="0" ')
          .replace('<a:masterClrMapping/>', '<a:overrideClrMapping bg1="dk1" tx1="lt1" bg2="dk2" tx2="lt2" accent1="accent1" accent2="accent2" accent3="accent3" accent4="accent4" accent5="accent5" accent6="accent6" hlink="hlink" folHlink="folHlink"/>'),
    });
    deck = await readBytes(bytes);
  });

  it('draws master shapes, then layout shapes, then the slide, never master/layout placeholders', () => {
    const els = deck.slides[0].elements;
    assert.deepEqual(els.map((e) => [e.origin, e.name, e.placeholder?.type ?? '']), [
      ['master', 'Master rect', ''],
      ['layout', 'Shape 0', ''],
      ['slide', 'Title', 'title'],
      ['slide', 'Body', 'body'],
    ]);
  });

  it('inherits frame, text styles and body properties through layout and master placeholders', () => {
    const [, , title, body] = deck.slides[0].elements as ShapeElement[];
    assert.deepEqual(title.frame, { x: 457200, y: 182880, w: 8229600, h: 914400 });
    const t = title.text!.paragraphs[0];
    assert.deepEqual([t.align, t.bullet, t.runs[0].font.latin, t.runs[0].size, t.runs[0].color.hex], ['ctr', { type: 'none' }, 'Calibri Light', 44, '000000']);
    assert.deepEqual(body.frame, { x: 457200, y: 1371600, w: 8229600, h: 2743200 });
    // layout bodyPr says wrap only: anchor and left inset come from the master placeholder
    assert.deepEqual([body.text!.anchor, body.text!.insets.l, body.text!.insets.t], ['ctr', 0, 45720]);
    // the master placeholder's fill is inherited too, the layout's noFill overrides it
    assert.deepEqual(body.fill, { type: 'none' });
    const [first, second] = body.text!.paragraphs;
    // level 1: layout lstStyle (20 pt, 336699, no bullet) over master placeholder (bold) over bodyStyle
    assert.deepEqual([first.runs[0].size, first.runs[0].color.hex, first.runs[0].bold, first.bullet.type, first.marginLeft], [20, '336699', true, 'none', 0]);
    // level 2: master bodyStyle lvl2pPr
    const b2 = second.bullet;
    assert.deepEqual([second.level, second.runs[0].size, second.marginLeft, second.indent, b2.type === 'char' && b2.char, b2.type === 'char' && b2.font], [1, 28, 742950, -285750, '–', 'Arial']);
  });

  it('skips numbering on empty paragraphs without breaking the sequence', () => {
    const body = deck.slides[0].elements[3] as ShapeElement;
    const nums = body.text!.paragraphs.slice(2).map((p) => (p.bullet.type === 'autonum' ? p.bullet.number : 0));
    assert.deepEqual(nums, [1, 0, 2]);
  });

  it('draws an empty slide placeholder with its fill only', () => {
    const [el] = deck.slides[1].elements.filter((e) => e.origin === 'slide') as ShapeElement[];
    assert.deepEqual([el.name, el.text, el.fill], ['Empty body', undefined, { type: 'solid', color: { hex: '00FF00', alpha: 1 } }]);
  });

  it('hides master and layout shapes with showMasterSp="0" and applies the slide colour map', () => {
    const els = deck.slides[2].elements as ShapeElement[];
    assert.deepEqual(els.map((e) => e.name), ['Box']);
    assert.equal(els[0].text!.paragraphs[0].runs[0].color.hex, 'FFFFFF');
  });
});
