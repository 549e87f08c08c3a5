/**
 * Content limits while reading: a hostile deck's megabytes of text and tens of thousands of shapes are
 * cut, with a warning that says what, so that every later stage does bounded work.
 */
import assert from 'node:assert/strict';
import type { Deck, SlideElement, TableElement } from '../../converter/deck/model.js';
import { readDeck, type ReadDeckOptions } from '../../converter/deck/read-deck.js';
import { parseXml } from '../../converter/deck/xml.js';
import { Package } from '../../converter/deck/pptx/package.js';
import { buildDeckScripts } from '../../converter/script/deck-script.js';
import { resolveScriptOptions } from '../../converter/script/options.js';
import { buildDeck, editZip } from '../helpers/pptx-fixture.js';

const read = (bytes: Uint8Array, options: ReadDeckOptions = {}) => readDeck({ bytes, name: 'hostile.pptx' }, options);

function shapesXml(count: number): string {
  return Array.from({ length: count }, (_, i) =>
    `<p:sp><p:nvSpPr><p:cNvPr id="${i + 100}" name="r${i}"/><p:cNvSpPr/><p:nvPr/></p:nvSpPr><p:spPr><a:xfrm><a:off x="${i * 1000}" y="0"/><a:ext cx="900" cy="900"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr></p:sp>`).join('');
}

const drawn = (els: SlideElement[]): number => els.reduce((n, e) => n + 1 + (e.kind === 'group' ? drawn(e.children) : 0), 0);
const runTexts = (deck: Deck) => deck.slides[0]!.elements.flatMap((e) => (e.kind === 'shape' && e.text ? e.text.paragraphs.flatMap((p) => p.runs.map((r) => r.text)) : []));

describe('deck: content limits', function () {
  this.timeout(120_000);

  it('a 50 MB text run: drawn cut to 20,000 characters, the slide text to 100,000, narration work bounded', async () => {
    const base = await buildDeck((p) => {
      const s = p.addSlide();
      s.addText('MARKER', { x: 1, y: 1, w: 4, h: 1 });
      s.addNotes('Short notes, in English, for the narration of this slide.');
    });
    const words = 'lorem ipsum dolor sit amet ';
    const bytes = await editZip(base, { 'ppt/slides/slide1.xml': (x) => x.replace('MARKER', words.repeat(Math.ceil(50e6 / words.length))) });
    const deck = await read(bytes);
    assert.deepEqual(runTexts(deck).map((t) => t.length), [20_000]);
    assert.equal(deck.slides[0]!.text.length, 100_000);
    assert.deepEqual(deck.warnings.filter((w) => /characters/.test(w)), [
      'slide 1: text runs over 20,000 characters are drawn cut to their first 20,000',
      'slide 1: its text (50,000,003 characters) is cut to the first 100,000',
    ]);
    const { lang, scripts } = buildDeckScripts(deck, resolveScriptOptions({ narrateText: true }));
    assert.equal(lang, 'en-US', 'detected English, kept the file\'s regional tag');
    assert.equal(scripts[0]!.source, 'notes');
  });

  it('shapes past the slide\'s limit and past the deck\'s are not drawn, with one warning each', async () => {
    const base = await buildDeck((p) => {
      p.addSlide().addText('one', { x: 1, y: 1, w: 2, h: 1 });
      p.addSlide().addText('two', { x: 1, y: 1, w: 2, h: 1 });
      p.addSlide().addText('three', { x: 1, y: 1, w: 2, h: 1 });
    });
    const bytes = await editZip(base, {
      'ppt/slides/slide1.xml': (x) => x.replace('</p:spTree>', `${shapesXml(120)}</p:spTree>`),
      'ppt/slides/slide2.xml': (x) => x.replace('</p:spTree>', `${shapesXml(40)}</p:spTree>`),
    });
    const deck = await read(bytes, { content: { slideElements: 50, deckElements: 80 } });
    assert.deepEqual(deck.slides.map((s) => drawn(s.elements)), [50, 30, 0]);
    assert.deepEqual(deck.warnings, [
      'slide 1 has more than 50 shapes: only the first 50 are drawn',
      'the deck has more than 80 shapes: from slide 2 on, the rest are not drawn',
    ]);
    // The text of every shape is still read for narration and chapters.
    assert.equal(deck.slides[2]!.text, 'three');
  });

  it('table rows past the slide\'s limit are left out, whole', async () => {
    const rows = Array.from({ length: 30 }, (_, r) => ['a', 'b', 'c'].map((c) => ({ text: `r${r}${c}` })));
    const bytes = await buildDeck((p) => void p.addSlide().addTable(rows, { x: 0.5, y: 0.5, w: 9 }));
    const deck = await read(bytes, { content: { slideElements: 31 } });
    const table = deck.slides[0]!.elements.find((e): e is TableElement => e.kind === 'table')!;
    assert.equal(table.rows.length, 10, '1 element for the table itself, 3 per row');
    assert.ok(table.rows.every((r) => r.cells.length === 3));
  });

  it('notes, slide text, titles and the deck\'s total are cut to their limits', async () => {
    const bytes = await buildDeck((p) => {
      for (let i = 1; i <= 3; i++) {
        const s = p.addSlide();
        s.addText(`${'Title '.repeat(10)}${i}`, { x: 1, y: 0.5, w: 8, h: 1 });
        s.addNotes('Spoken words here. '.repeat(20));
      }
    });
    const deck = await read(bytes, { content: { notesChars: 100, slideChars: 30, deckChars: 290 } });
    assert.deepEqual(deck.slides.map((s) => [s.text.length, s.notes.length]), [[30, 100], [30, 100], [30, 0]]);
    assert.deepEqual(deck.warnings, [1, 2, 3].flatMap((n) => [
      `slide ${n} has more than 30 characters of text: the rest is not drawn`,
      `slide ${n}: its text (61 characters) is cut to the first 30`,
      ...(n < 3 ? [`slide ${n}: its notes (379 characters) are cut to the first 100`] : ['the deck\'s text and notes are over 290 characters: from slide 3 on, they are cut short']),
    ]));
  });

  it('a part with more XML elements than the limit is skipped like any unreadable part', () => {
    assert.throws(() => parseXml(`<a>${'<b/>'.repeat(11)}</a>`, { maxElements: 10 }), /more than 10 elements \(too complex to read safely\)/);
    assert.equal(parseXml(`<a>${'<b/>'.repeat(9)}</a>`, { maxElements: 10 }).children.length, 9);
    const pkg = Package.fromFiles({ 'ppt/slides/slide1.xml': `<p:sld>${'<x/>'.repeat(1_000_001)}</p:sld>` });
    assert.equal(pkg.xml('/ppt/slides/slide1.xml'), undefined);
    assert.ok(pkg.warnings.includes('skipped part /ppt/slides/slide1.xml: more than 1,000,000 elements (too complex to read safely)'), pkg.warnings.join('\n'));
  });
});
