/**
 * Builds read from p:timing into the Deck model: exact steps for generated decks (pptxgenjs with a
 * timing tree patched in), the slide at a step, and the text each click reveals.
 */
import assert from 'node:assert/strict';
import { clickCount } from '../../converter/deck/build-steps.js';
import { summariseDeck } from '../../converter/deck/deck-summary.js';
import type { Deck, ShapeElement, Slide } from '../../converter/deck/model.js';
import { readDeck } from '../../converter/deck/read-deck.js';
import { revealedText, slideAtStep } from '../../converter/deck/slide-step.js';
import { buildsDeck } from '../helpers/build-decks.js';
import { buildDeck, editZip } from '../helpers/pptx-fixture.js';
import { timingXml, withTiming } from '../helpers/timing-xml.js';

const hiddenOf = (s: Slide) => s.build?.steps.map((st) => st.hidden);
const ids = (s: Slide) => s.elements.filter((e) => e.origin === 'slide').map((e) => (e.kind === 'group' ? `${e.id}(${e.children.map((c) => c.id).join(',')})` : e.id));

describe('deck/builds (generated decks with p:timing)', () => {
  let deck: Deck;
  before(async () => {
    deck = await readDeck({ bytes: await buildsDeck(), name: 'builds.pptx' });
  });

  it('by-paragraph build: one paragraph per click, the others hidden until their click', () => {
    const s = deck.slides[0]!;
    assert.deepEqual(hiddenOf(s), [
      [{ shape: '3', paragraphs: [0, 1, 2] }],
      [{ shape: '3', paragraphs: [1, 2] }],
      [{ shape: '3', paragraphs: [2] }],
      [],
    ]);
    assert.deepEqual(s.build!.steps[1]!.effects, [
      { trigger: 'click', kind: 'entrance', preset: 'fade', target: { shape: '3', paragraphs: [0] }, durationMs: 500 },
    ]);
    assert.deepEqual(s.build!.steps[0]!.effects, []);
    assert.equal(clickCount(s.build), 3);
  });

  it('exit and entrance in the same spot: one of the two at a time', () => {
    const s = deck.slides[1]!;
    assert.deepEqual(hiddenOf(s), [[{ shape: '3' }], [{ shape: '2' }], [{ shape: '3' }]]);
    assert.deepEqual(s.build!.steps[1]!.effects.map((e) => [e.trigger, e.kind, e.preset, e.target.shape, e.durationMs]), [
      ['click', 'exit', 'appear', '2', 0],
      ['with', 'entrance', 'fade', '3', 500],
    ]);
    assert.deepEqual(ids(slideAtStep(s, 0)), ['2']);
    assert.deepEqual(ids(slideAtStep(s, 1)), ['3']);
    assert.deepEqual(ids(slideAtStep(s, 2)), ['2']);
    assert.equal(revealedText(s, 1), 'Second listing');
    assert.equal(revealedText(s, 2), 'First listing');
  });

  it('a group is shown as a whole; a shape inside a group is found through it', () => {
    const s = deck.slides[2]!;
    assert.deepEqual(hiddenOf(s), [[{ shape: '10' }], [], [{ shape: '11' }]]);
    assert.equal(s.build!.steps[1]!.effects[0]!.preset, 'fade-zoom');
    assert.deepEqual(ids(slideAtStep(s, 0)), ['2']);
    assert.deepEqual(ids(slideAtStep(s, 1)), ['2', '10(11,12)']);
    assert.deepEqual(ids(slideAtStep(s, 2)), ['2', '10(12)']);
  });

  it('with/after effects join their click; effects before the first click run at the start; emphasis and paths change nothing', () => {
    const s = deck.slides[3]!;
    assert.deepEqual(hiddenOf(s), [[{ shape: '4' }, { shape: '5' }], [{ shape: '5' }], [{ shape: '2' }]]);
    assert.deepEqual(s.build!.steps.map((st) => st.effects.map((e) => `${e.trigger} ${e.kind} ${e.preset} ${e.target.shape} ${e.durationMs}`)), [
      ['with entrance fade 2 500', 'after entrance wipe 3 750'],
      ['click entrance fade 4 500', 'with emphasis grow-shrink 2 500', 'after path path 3 2000'],
      ['click exit fade 2 500', 'after entrance fly 5 500'],
    ]);
    assert.equal(clickCount(s.build), 2);
    assert.deepEqual(ids(slideAtStep(s, 0)), ['2', '3']);
    // Emphasis and the motion path leave shapes 2 and 3 where the file puts them.
    assert.deepEqual(slideAtStep(s, 1).elements.map((e) => e.frame), s.elements.filter((e) => ['2', '3', '4'].includes(e.id)).map((e) => e.frame));
  });

  it('background build: the shape fill first, then its paragraphs; hidden paragraphs keep their place', () => {
    const s = deck.slides[4]!;
    assert.deepEqual(hiddenOf(s), [
      [{ shape: '2', background: true }, { shape: '2', paragraphs: [0, 1] }],
      [{ shape: '2', paragraphs: [1] }],
      [],
    ]);
    const at0 = slideAtStep(s, 0).elements.find((e) => e.id === '2') as ShapeElement;
    assert.deepEqual(at0.fill, { type: 'none' });
    assert.equal(at0.line.width, 0);
    assert.deepEqual(at0.text!.paragraphs.map((p) => p.invisible), [true, true]);
    const at1 = slideAtStep(s, 1).elements.find((e) => e.id === '2') as ShapeElement;
    assert.deepEqual(at1.fill, { type: 'solid', color: { hex: 'FFFFCC', alpha: 1 } });
    assert.deepEqual(at1.text!.paragraphs.map((p) => p.invisible), [undefined, true]);
    assert.equal(revealedText(s, 1), 'Boxed one');
    assert.equal(revealedText(s, 2), 'Boxed two');
  });

  it('a damaged timing tree gives the flat slide and one warning that names the slide', () => {
    assert.equal(deck.slides[5]!.build, undefined);
    assert.equal(deck.slides[6]!.build, undefined);
    assert.deepEqual(deck.warnings.filter((w) => /animations/.test(w)), [
      'slide 6: its animations could not be read (an effect acts on shape 99, which is not on the slide); it is shown without builds',
      'slide 7: its animations could not be read (an effect acts on paragraphs 1-2 of shape 2, which has 2); it is shown without builds',
    ]);
    assert.deepEqual(slideAtStep(deck.slides[5]!, 0), deck.slides[5]);
  });

  it('a slide without timing has no build; the flat slide is every step', () => {
    const s = deck.slides[7]!;
    assert.equal(s.build, undefined);
    assert.equal(clickCount(s.build), 0);
    assert.deepEqual(slideAtStep(s, 0), s);
  });

  it('inspect --json gives every slide its clicks', () => {
    assert.deepEqual(summariseDeck(deck).slides.map((s) => s.clicks), [3, 2, 2, 2, 2, 0, 0, 0]);
  });

  it('the flat slide keeps everything; only steps hide', () => {
    const s = deck.slides[1]!;
    const { build: _b, ...flat } = s;
    assert.deepEqual(ids(flat as Slide), ['2', '3']);
    assert.deepEqual(slideAtStep(s, 99), flat);
  });

  it('trees without nodeType or presetClass (other writers) give the same steps; trigger sequences are ignored', async () => {
    const timing = timingXml([
      { node: 'click', cls: 'entr', preset: 10, spid: '2' },
      { node: 'with', cls: 'exit', preset: 10, spid: '3' },
      { node: 'click', cls: 'entr', preset: 1, spid: '4' },
    ]);
    const bare = timing.replace(/ nodeType="(clickEffect|withEffect|afterEffect)"/g, '').replace(/ presetClass="\w+"/g, '');
    // A shape that enters when another shape is clicked: PowerPoint's interactive sequence, not the main one.
    const trigger = '<p:seq concurrent="1" nextAc="seek"><p:cTn id="90" restart="whenNotActive" fill="hold" evtFilter="cancelBubble" nodeType="interactiveSeq">' +
      '<p:stCondLst><p:cond evt="onClick" delay="0"><p:tgtEl><p:spTgt spid="2"/></p:tgtEl></p:cond></p:stCondLst><p:childTnLst><p:par><p:cTn id="91" fill="hold"><p:stCondLst><p:cond delay="0"/></p:stCondLst><p:childTnLst>' +
      '<p:par><p:cTn id="92" presetID="10" presetClass="entr" presetSubtype="0" fill="hold" nodeType="clickEffect"><p:stCondLst><p:cond delay="0"/></p:stCondLst><p:childTnLst>' +
      '<p:set><p:cBhvr><p:cTn id="93" dur="1" fill="hold"/><p:tgtEl><p:spTgt spid="5"/></p:tgtEl><p:attrNameLst><p:attrName>style.visibility</p:attrName></p:attrNameLst></p:cBhvr><p:to><p:strVal val="visible"/></p:to></p:set>' +
      '</p:childTnLst></p:cTn></p:par></p:childTnLst></p:cTn></p:par></p:childTnLst></p:cTn></p:seq>';
    const bytes = await buildDeck((pres) => {
      for (let i = 0; i < 2; i++) {
        const s = pres.addSlide();
        for (let j = 0; j < 4; j++) s.addShape('rect', { x: 0.5 + j * 2.3, y: 2, w: 2, h: 1.5, fill: { color: '336699' } });
      }
    });
    const d = await readDeck({
      bytes: await editZip(bytes, {
        'ppt/slides/slide1.xml': withTiming(timing.replace('</p:seq></p:childTnLst>', `</p:seq>${trigger}</p:childTnLst>`)),
        'ppt/slides/slide2.xml': withTiming(bare),
      }),
      name: 'writers.pptx',
    });
    const expected = [[{ shape: '2' }, { shape: '4' }], [{ shape: '3' }, { shape: '4' }], [{ shape: '3' }]];
    assert.deepEqual(d.warnings, []);
    assert.deepEqual(hiddenOf(d.slides[0]!), expected);
    assert.deepEqual(hiddenOf(d.slides[1]!), expected);
    assert.deepEqual(d.slides[1]!.build!.steps.map((st) => st.effects.map((e) => `${e.trigger} ${e.kind} ${e.preset}`)), [
      [], ['click entrance fade', 'with exit fade'], ['click entrance appear'],
    ]);
  });
});
