import assert from 'node:assert/strict';
import type { Deck, ShapeElement, TextBody } from '../../converter/deck/model.js';
import { formatDateField } from '../../converter/deck/pptx/date-fields.js';
import { autonumText } from '../../converter/deck/pptx/autonum.js';
import { buildDeck, editZip } from '../helpers/pptx-fixture.js';
import { readBytes } from '../fixtures/visual-fixtures.js';

const text = (deck: Deck, slide: number, name: string): TextBody => {
  const el = deck.slides[slide - 1].elements.find((e) => e.name === name) as ShapeElement | undefined;
  assert.ok(el?.text, `no text in ${name}`);
  return el.text;
};

describe('deck/pptx visual: text', () => {
  let deck: Deck;
  before(async () => {
    let bytes = await buildDeck((p) => {
      const s = p.addSlide();
      s.addText(
        [
          { text: 'Hello ', options: { bold: true, color: 'FF0000', fontFace: 'Arial', fontSize: 24 } },
          { text: 'world', options: { italic: true, underline: { style: 'sng' }, breakLine: true } },
          { text: 'second', options: { fontSize: 12, strike: 'sngStrike', superscript: true } },
        ],
        { x: 1, y: 1, w: 4, h: 1, align: 'center', valign: 'bottom', margin: 0 },
      );
      const num = { bullet: { type: 'number' as const }, breakLine: true };
      s.addText(
        [
          { text: 'One', options: num },
          { text: 'One.a', options: { ...num, indentLevel: 1 } },
          { text: 'One.b', options: { ...num, indentLevel: 1 } },
          { text: 'Two', options: num },
          { text: 'dot', options: { bullet: true, breakLine: true } },
          { text: 'Restart', options: { bullet: { type: 'number', numberStartAt: 5 }, breakLine: true } },
          { text: 'Next', options: num },
          { text: 'link', options: { hyperlink: { url: 'https://example.com/x' }, breakLine: true } },
          { text: 'jump', options: { hyperlink: { slide: 2 } } },
        ],
        { x: 1, y: 2, w: 5, h: 3, fit: 'shrink' },
      );
      const s2 = p.addSlide();
      s2.addText('page', { x: 1, y: 1, w: 2, h: 1 });
      s2.slideNumber = { x: 9, y: 5, color: '00FF00', fontSize: 10 };
    });
    bytes = await editZip(bytes, {
      'ppt/slides/slide1.xml': (x) => x.replace('<a:normAutofit/>', '<a:normAutofit fontScale="62500" lnSpcReduction="20000"/>'),
      // a date field and an empty paragraph inside the numbered list (no number, count unchanged)
      'ppt/slides/slide2.xml': (x) => x.replace('<a:t>page</a:t></a:r>', '<a:t>page</a:t></a:r><a:fld id="{1}" type="datetime4"><a:rPr lang="en-US"/><a:t>old</a:t></a:fld><a:r><a:rPr lang="en-US"><a:sym typeface="Symbol"/></a:rPr><a:t>\uF0AE</a:t></a:r>'),
    });
    deck = await readBytes(bytes);
  });

  it('resolves run properties: fonts, size, bold/italic/underline/strike, colour, baseline', () => {
    const body = text(deck, 1, 'Text 0');
    assert.equal(body.anchor, 'b');
    assert.deepEqual(body.insets, { l: 0, t: 0, r: 0, b: 0 });
    assert.deepEqual(body.paragraphs.map((p) => p.align), ['ctr', 'ctr']);
    const [hello, world] = body.paragraphs[0].runs;
    assert.deepEqual(
      { text: hello.text, font: hello.font, size: hello.size, bold: hello.bold, italic: hello.italic, color: hello.color },
      { text: 'Hello ', font: { latin: 'Arial', ea: 'Arial', cs: 'Arial' }, size: 24, bold: true, italic: false, color: { hex: 'FF0000', alpha: 1 } },
    );
    assert.deepEqual([world.text, world.italic, world.underline, world.font.latin], ['world', true, 'sng', 'Calibri']);
    const second = body.paragraphs[1].runs[0];
    assert.deepEqual([second.text, second.size, second.strike, second.baseline], ['second', 12, 'sng', 30]);
  });

  it('numbers paragraphs like PowerPoint and keeps bullets, margins and hyperlinks', () => {
    const body = text(deck, 1, 'Text 1');
    const shown = body.paragraphs.map((p) => [p.level, p.bullet.type === 'autonum' ? p.bullet.text : p.bullet.type === 'char' ? p.bullet.char : '-', p.runs.map((r) => r.text).join('')]);
    assert.deepEqual(shown, [
      [0, '1.', 'One'],
      [1, '1.', 'One.a'],
      [1, '2.', 'One.b'],
      [0, '2.', 'Two'],
      [0, '•', 'dot'],
      [0, '5.', 'Restart'],
      [0, '1.', 'Next'],
      [0, '-', 'link'],
      [0, '-', 'jump'],
    ]);
    assert.deepEqual([body.paragraphs[0].marginLeft, body.paragraphs[0].indent], [342900, -342900]);
    const link = body.paragraphs[7].runs[0];
    assert.equal(link.link, 'https://example.com/x');
    assert.equal(body.paragraphs[8].runs[0].link, '#slide2');
    assert.deepEqual(body.autofit, { type: 'normal', fontScale: 0.625, lnSpcReduction: 0.2 });
  });

  it('fills in slide-number and date fields', () => {
    const num = deck.slides[1].elements.find((e) => e.kind === 'shape' && e.placeholder?.type === 'sldNum') as ShapeElement;
    const run = num.text!.paragraphs[0].runs[0];
    assert.deepEqual([run.kind, run.fieldType, run.text, run.size, run.color.hex], ['field', 'slidenum', '2', 10, '00FF00']);
    const date = text(deck, 2, 'Text 0').paragraphs[0].runs[1];
    assert.deepEqual([date.kind, date.text], ['field', formatDateField('datetime4', new Date())]);
    // The face PowerPoint draws private-use characters in, kept for the renderer to map.
    const arrow = text(deck, 2, 'Text 0').paragraphs[0].runs[2];
    assert.deepEqual([arrow.text, arrow.font.sym], ['\uF0AE', 'Symbol']);
  });

  it('formats numbering schemes and date fields', () => {
    assert.deepEqual(
      [autonumText('alphaLcParenR', 3), autonumText('romanUcPeriod', 14), autonumText('arabicParenBoth', 7), autonumText('alphaUcPeriod', 28), autonumText('circleNumDbPlain', 2)],
      ['c)', 'XIV.', '(7)', 'BB.', '②'],
    );
    const d = new Date(2024, 9, 3, 13, 5, 9);
    assert.deepEqual(
      ['datetime1', 'datetime2', 'datetime4', 'datetime8', 'datetime11'].map((t) => formatDateField(t, d)),
      ['10/3/2024', 'Thursday, October 3, 2024', 'October 3, 2024', '10/3/2024 1:05 PM', '13:05:09'],
    );
  });
});
