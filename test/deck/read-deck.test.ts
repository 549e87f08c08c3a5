import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readDeck } from '../../converter/deck/read-deck.js';
import { buildDeck, defineTitleMaster, editZip } from '../helpers/pptx-fixture.js';

const NS = 'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"';

/** Three titled slides A, B, C with notes "notes A" … */
function threeSlides(): Promise<Uint8Array> {
  return buildDeck((pres) => {
    pres.layout = 'LAYOUT_16x9';
    const master = defineTitleMaster(pres);
    for (const t of ['A', 'B', 'C']) {
      const s = pres.addSlide({ masterName: master });
      s.addText(`Title ${t}`, { placeholder: 'title' });
      s.addText(`Body ${t}`, { x: 1, y: 2, w: 5, h: 1 });
      s.addNotes(`notes ${t}`);
    }
  });
}

function sp(ph: string, paragraphs: string[]): string {
  const body = paragraphs.map((p) => (p === '' ? '<a:p><a:endParaRPr lang="en-US"/></a:p>' : `<a:p><a:r><a:rPr lang="en-US"/><a:t>${p}</a:t></a:r></a:p>`)).join('');
  return `<p:sp><p:nvSpPr><p:cNvPr id="9" name="x"/><p:cNvSpPr/><p:nvPr>${ph}</p:nvPr></p:nvSpPr><p:spPr/><p:txBody><a:bodyPr/>${body}</p:txBody></p:sp>`;
}

describe('deck/read-deck (generated decks)', () => {
  it('reads slides in p:sldIdLst order with ids, titles, text and notes', async () => {
    const deck = await readDeck({ bytes: await threeSlides(), name: 'abc.pptx' });
    assert.deepEqual(
      deck.slides.map((s) => [s.index, s.id, s.hidden, s.title, s.text, s.notes]),
      [
        [1, 256, false, 'Title A', 'Title A\nBody A', 'notes A'],
        [2, 257, false, 'Title B', 'Title B\nBody B', 'notes B'],
        [3, 258, false, 'Title C', 'Title C\nBody C', 'notes C'],
      ],
    );
    assert.deepEqual(deck.source, { format: 'pptx', name: 'abc.pptx' });
    assert.deepEqual(deck.warnings, []);
  });

  it('follows a hand-reordered p:sldIdLst, not part names', async () => {
    const bytes = await editZip(await threeSlides(), {
      'ppt/presentation.xml': (x) =>
        x.replace(/<p:sldIdLst>.*<\/p:sldIdLst>/, '<p:sldIdLst><p:sldId id="258" r:id="rId4"/><p:sldId id="256" r:id="rId2"/><p:sldId id="257" r:id="rId3"/></p:sldIdLst>'),
    });
    const deck = await readDeck({ bytes, name: 'x.pptx' });
    assert.deepEqual(deck.slides.map((s) => [s.index, s.id, s.title, s.notes]), [
      [1, 258, 'Title C', 'notes C'],
      [2, 256, 'Title A', 'notes A'],
      [3, 257, 'Title B', 'notes B'],
    ]);
  });

  it('marks hidden slides (p:sld show="0") and keeps them in the list', async () => {
    const bytes = await buildDeck((pres) => {
      for (let i = 1; i <= 3; i++) {
        const s = pres.addSlide();
        s.addText(`S${i}`, { x: 1, y: 1, w: 3, h: 1 });
        if (i === 2) s.hidden = true;
      }
    });
    const deck = await readDeck({ bytes, name: 'h.pptx' });
    assert.deepEqual(deck.slides.map((s) => [s.index, s.hidden, s.text]), [[1, false, 'S1'], [2, true, 'S2'], [3, false, 'S3']]);
  });

  it('joins a multi-paragraph title with spaces; text keeps one paragraph per line', async () => {
    const bytes = await buildDeck((pres) => {
      const s = pres.addSlide({ masterName: defineTitleMaster(pres) });
      s.addText('Hello\nWorld', { placeholder: 'title' });
      s.addTable([[{ text: 'r1c1' }, { text: 'r1c2' }], [{ text: 'r2c1' }, { text: 'r2c2' }]], { x: 1, y: 2, w: 6 });
    });
    const deck = await readDeck({ bytes, name: 't.pptx' });
    assert.equal(deck.slides[0].title, 'Hello World');
    assert.equal(deck.slides[0].text, 'Hello\nWorld\nr1c1\nr1c2\nr2c1\nr2c2');
  });

  it('reads text inside groups and mc:AlternateContent (Choice branch) in z-order', async () => {
    const tree =
      `<p:sld ${NS} xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><p:cSld><p:spTree><p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr/>` +
      sp('', ['first']) +
      `<p:grpSp><p:nvGrpSpPr><p:cNvPr id="5" name="g"/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr/>${sp('', ['in group'])}${sp('<p:ph type="ctrTitle"/>', ['Grouped', 'title'])}</p:grpSp>` +
      `<mc:AlternateContent><mc:Choice Requires="a14">${sp('', ['choice'])}</mc:Choice><mc:Fallback>${sp('', ['fallback'])}</mc:Fallback></mc:AlternateContent>` +
      sp('', ['', 'last', '  ']) +
      `</p:spTree></p:cSld></p:sld>`;
    const bytes = await editZip(await buildDeck((pres) => void pres.addSlide()), { 'ppt/slides/slide1.xml': tree });
    const s = (await readDeck({ bytes, name: 'g.pptx' })).slides[0];
    assert.equal(s.title, 'Grouped title');
    assert.equal(s.text, 'first\nin group\nGrouped\ntitle\nchoice\nlast');
  });

  it('takes notes only from the body placeholder, paragraphs as lines', async () => {
    const notes =
      `<p:notes ${NS}><p:cSld><p:spTree><p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr/>` +
      sp('<p:ph type="sldImg"/>', []) +
      sp('<p:ph type="hdr" idx="2"/>', ['Header text']) +
      sp('<p:ph type="body" idx="1"/>', ['', 'First line', '', 'Third &amp; last  ', '']) +
      sp('<p:ph type="sldNum" idx="5"/>', ['1']) +
      sp('<p:ph type="ftr" idx="4"/>', ['© Footer']) +
      `</p:spTree></p:cSld></p:notes>`;
    const bytes = await editZip(await threeSlides(), { 'ppt/notesSlides/notesSlide1.xml': notes });
    const deck = await readDeck({ bytes, name: 'n.pptx' });
    assert.equal(deck.slides[0].notes, 'First line\n\nThird & last');
    assert.equal(deck.slides[1].notes, 'notes B');
  });

  it('keeps line breaks written inside one notes run (pptxgenjs writes them so)', async () => {
    const bytes = await buildDeck((pres) => void pres.addSlide().addNotes('one\ntwo'));
    assert.equal((await readDeck({ bytes, name: 'n.pptx' })).slides[0].notes, 'one\ntwo');
  });

  it('gives "" notes for a slide without a notes slide', async () => {
    const bytes = await buildDeck((pres) => void pres.addSlide());
    assert.equal((await readDeck({ bytes, name: 'n.pptx' })).slides[0].notes, '');
  });

  for (const [layout, width, height] of [
    ['LAYOUT_16x9', 9144000, 5143500],
    ['LAYOUT_4x3', 9144000, 6858000],
    ['LAYOUT_WIDE', 12192000, 6858000],
  ] as const) {
    it(`reads the slide size of ${layout}`, async () => {
      const bytes = await buildDeck((pres) => {
        pres.layout = layout;
        pres.addSlide();
      });
      assert.deepEqual((await readDeck({ bytes, name: 's.pptx' })).size, { width, height });
    });
  }

  it('reads a custom slide size (A4 landscape)', async () => {
    const bytes = await buildDeck((pres) => {
      pres.defineLayout({ name: 'A4', width: 11.69, height: 8.27 });
      pres.layout = 'A4';
      pres.addSlide();
    });
    assert.deepEqual((await readDeck({ bytes, name: 's.pptx' })).size, { width: 10689336, height: 7562088 });
  });

  it('falls back to 4:3 with a warning when p:sldSz is absent', async () => {
    const bytes = await editZip(await threeSlides(), { 'ppt/presentation.xml': (x) => x.replace(/<p:sldSz[^>]*\/>/, '') });
    const deck = await readDeck({ bytes, name: 's.pptx' });
    assert.deepEqual(deck.size, { width: 9144000, height: 6858000 });
    assert.ok(deck.warnings.includes('the slide size is missing or invalid: used 10 x 7.5 in (4:3)'));
  });

  it('uses the core title, else the first slide title, else the file name', async () => {
    const titled = await buildDeck((pres) => {
      pres.title = 'Course intro';
      pres.addSlide({ masterName: defineTitleMaster(pres) }).addText('First', { placeholder: 'title' });
    });
    assert.equal((await readDeck({ bytes: titled, name: 'x.pptx' })).title, 'Course intro');
    const untitled = await editZip(titled, { 'docProps/core.xml': (x) => x.replace(/<dc:title>.*<\/dc:title>/, '') });
    assert.equal((await readDeck({ bytes: untitled, name: 'x.pptx' })).title, 'First');
    const generic = await editZip(titled, { 'docProps/core.xml': (x) => x.replace('Course intro', 'PowerPoint Presentation') });
    assert.equal((await readDeck({ bytes: generic, name: 'x.pptx' })).title, 'First');
    const bare = await editZip(await buildDeck((pres) => void pres.addSlide()), { 'docProps/core.xml': null });
    assert.equal((await readDeck({ bytes: bare, name: 'Lecture 3.pptx' })).title, 'Lecture 3');
  });

  it('tells .ppsx and .pptm apart by the main content type', async () => {
    const base = await threeSlides();
    const as = (type: string) => editZip(base, { '[Content_Types].xml': (x) => x.replace('presentationml.presentation.main+xml', type) });
    const ppsx = await readDeck({ bytes: await as('presentationml.slideshow.main+xml'), name: 'a.ppsx' });
    assert.equal(ppsx.source.format, 'ppsx');
    const pptm = await readDeck({
      bytes: await editZip(base, { '[Content_Types].xml': (x) => x.replace('application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml', 'application/vnd.ms-powerpoint.presentation.macroEnabled.main+xml') }),
      name: 'a.pptm',
    });
    assert.equal(pptm.source.format, 'pptm');
    assert.equal(pptm.slides.length, 3);
  });

  it('skips a slide whose part is missing, warning once, like PowerPoint repairs', async () => {
    const bytes = await editZip(await threeSlides(), { 'ppt/slides/slide2.xml': null });
    const deck = await readDeck({ bytes, name: 'm.pptx' });
    assert.deepEqual(deck.slides.map((s) => [s.index, s.title]), [[1, 'Title A'], [2, 'Title C']]);
    // (The visual reader may add its own repairs; this one must be there exactly once.)
    assert.equal(deck.warnings.filter((w) => w.includes('slide2.xml')).length, 1);
    assert.ok(deck.warnings.includes('missing part /ppt/slides/slide2.xml (from /ppt/presentation.xml): element skipped'));
  });

  it('keeps a slide whose XML is refused (DTD) as a blank slide with a warning', async () => {
    const bytes = await editZip(await threeSlides(), {
      'ppt/slides/slide2.xml': `<?xml version="1.0"?><!DOCTYPE lol [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]><p:sld ${NS}><p:cSld><p:spTree>&lol2;</p:spTree></p:cSld></p:sld>`,
    });
    const deck = await readDeck({ bytes, name: 'd.pptx' });
    assert.deepEqual(deck.slides.map((s) => [s.title, s.text]), [['Title A', 'Title A\nBody A'], ['', ''], ['Title C', 'Title C\nBody C']]);
    assert.equal(deck.warnings.filter((w) => w.includes('/ppt/slides/slide2.xml')).length, 1);
    assert.ok(deck.warnings.includes('skipped part /ppt/slides/slide2.xml: XML with a DTD (not allowed in Office files)'));
  });

  it('guesses the language from the runs, weighted by text length', async () => {
    const bytes = await editZip(await threeSlides(), { 'ppt/slides/slide1.xml': (x) => x.replace(/lang="en-US"/g, 'lang="es-ES"').replace('Body A', 'Cuerpo del texto en español, bastante largo') });
    assert.equal((await readDeck({ bytes, name: 'l.pptx' })).lang, 'es-ES');
  });

  it('reads from a path as well as from bytes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'd2v-read-'));
    try {
      const file = join(dir, 'On disk.pptx');
      writeFileSync(file, await threeSlides());
      const deck = await readDeck({ path: file });
      assert.equal(deck.source.name, 'On disk.pptx');
      assert.equal(deck.slides.length, 3);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
