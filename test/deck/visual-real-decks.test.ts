import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Deck, SlideElement, ShapeElement } from '../../converter/deck/model.js';
import { openPackage } from '../../converter/deck/pptx/open-package.js';
import { deckParts } from '../../converter/deck/pptx/deck-parts.js';
import { readSlideVisuals } from '../../converter/deck/pptx/slide-visuals.js';
import { readDeck } from '../../converter/deck/read-deck.js';
import { ConvertError } from '../../converter/errors.js';
import { listDecks, REFUSED_DECKS, requireSharedDecks } from '../helpers/shared-decks.js';

const flat = (els: SlideElement[]): SlideElement[] => els.flatMap((e) => (e.kind === 'group' ? [e, ...flat(e.children)] : [e]));
const shape = (deck: Deck, slide: number, name: string) => flat(deck.slides[slide - 1].elements).find((e) => e.name === name) as ShapeElement;

describe('deck/pptx visual: real decks (../shared/decks)', function () {
  let dir: string;
  const read = (rel: string) => readDeck({ path: join(dir, rel) });
  before(function () {
    dir = requireSharedDecks(this);
  });

  it('reads the spot-check decks without losing a shape or a slide, with finite frames', async function () {
    this.timeout(120_000);
    // The big lecture decks are read by the corpus suite already; these cover the visual features.
    const spot = listDecks(dir).filter((d) => /^(poi|python-pptx|workshop-library|parsers\/pptx-automizer|reference-pairs)\//.test(d) && !/HowWeRefactor/.test(d));
    assert.ok(spot.length >= 20);
    for (const rel of spot) {
      let deck: Deck;
      try {
        deck = await read(rel);
      } catch (e) {
        // Only the decks the reader must refuse (encrypted, damaged, empty) may fail, and only as refused.
        assert.ok(e instanceof ConvertError && e.code === 'BAD_INPUT' && e.message === REFUSED_DECKS[rel], `${rel}: ${e instanceof Error ? e.stack : String(e)}`);
        continue;
      }
      assert.equal(REFUSED_DECKS[rel], undefined, `${rel} was read but must be refused`);
      const lost = deck.warnings.filter((w) => /could not be read|left blank/.test(w));
      assert.deepEqual(lost, [], rel);
      for (const s of deck.slides) {
        for (const e of flat(s.elements)) {
          assert.ok([e.frame.x, e.frame.y, e.frame.w, e.frame.h, e.rotation].every(Number.isFinite), `${rel} slide ${s.index} ${e.name}`);
        }
      }
    }
  });

  it('poi/backgrounds.pptx: solid, gradient and texture backgrounds', async () => {
    const deck = await read('poi/backgrounds.pptx');
    assert.deepEqual(deck.slides[0].background, { type: 'solid', color: { hex: 'DDD9C3', alpha: 1 } });
    const g = deck.slides[1].background;
    assert.ok(g.type === 'gradient');
    assert.deepEqual([g.kind, g.angle, g.stops.map((s) => [s.pos, s.color.hex])], ['linear', 45, [[0.23, '4F81BD'], [0.46, 'E6B9B8'], [0.73, '77933C'], [1, 'F2F2F2']]]);
    const t = deck.slides[3].background;
    assert.ok(t.type === 'picture' && t.tile && deck.media.has(t.image));
  });

  it('poi/themes.pptx: per-master themes, hidden master graphics, theme picture backgrounds', async () => {
    const deck = await read('poi/themes.pptx');
    const austin = shape(deck, 4, 'Title 3').text!.paragraphs[0].runs[0];
    assert.deepEqual([austin.font.latin, austin.size, austin.bold, austin.color.hex], ['Century Gothic', 40, true, '94C600']);
    // slide 6's layout hides the master's graphics: only layout and slide elements remain
    assert.deepEqual([...new Set(deck.slides[5].elements.map((e) => e.origin))], ['layout', 'slide']);
    const bg = deck.slides[7].background;
    assert.ok(bg.type === 'picture' && bg.image.startsWith('/ppt/media/') && deck.media.get(bg.image)?.format === 'jpeg');
    const trade = shape(deck, 10, 'Title 3').text!.paragraphs[0].runs[0];
    assert.deepEqual([trade.font.latin, trade.size, trade.color.hex], ['Arial Black', 66, 'FFFFFF']);
  });

  it('python-pptx/dml-fill.pptx: every fill kind', async () => {
    const deck = await read('python-pptx/dml-fill.pptx');
    const fills = deck.slides[0].elements.map((e) => (e as ShapeElement).fill);
    assert.deepEqual(fills.map((f) => f.type), ['gradient', 'none', 'solid', 'picture', 'gradient', 'pattern']);
    assert.deepEqual(fills[2], { type: 'solid', color: { hex: '2CB731', alpha: 1 } });
    assert.ok(fills[3].type === 'picture' && fills[3].alpha === 0.47);
    assert.deepEqual(fills[5], { type: 'pattern', preset: 'divot', fg: { hex: '2CB731', alpha: 1 }, bg: { hex: 'FFFFFF', alpha: 1 } });
  });

  it('poi/customGeo.pptx: custom geometries evaluate to finite path commands', async () => {
    const deck = await read('poi/customGeo.pptx');
    const customs = deck.slides.flatMap((s) => flat(s.elements)).filter((e) => e.kind === 'shape' && e.geometry.type === 'custom') as ShapeElement[];
    assert.ok(customs.length > 0);
    for (const c of customs) {
      assert.ok(c.geometry.type === 'custom');
      for (const p of c.geometry.paths) for (const cmd of p.commands) assert.ok(Object.values(cmd).every((v) => typeof v === 'string' || Number.isFinite(v)), c.name);
    }
  });

  // How fast is measured by `npm run bench` (bench/read-bench.ts): wall time is not a test on a shared machine.
  it('reads the visuals of every slide of a 48-slide deck', async () => {
    const pkg = await openPackage(new Uint8Array(readFileSync(join(dir, 'poi/2411-Performance_Up.pptx'))));
    const slides = [...deckParts(pkg).slideOrder.entries()].sort((a, b) => a[1] - b[1]).map(([k]) => pkg.parts.find((p) => p.toLowerCase() === k)!);
    assert.equal(slides.length, 48);
    const visuals = slides.map((s, i) => readSlideVisuals(pkg, s, i + 1, () => ''));
    assert.ok(visuals.every((v) => v.elements.length > 0), 'every slide has shapes');
  });
});
