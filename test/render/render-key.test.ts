/**
 * A slide's render key covers exactly what its picture depends on: the pictures that slide uses
 * (its own, its layout's, its master's), not the deck's other pictures; and the engines that draw it.
 */
import assert from 'node:assert/strict';
import { readDeck } from '../../converter/deck/read-deck.js';
import type { Deck } from '../../converter/deck/model.js';
import { mediaUsed, renderKey } from '../../converter/render/render-cached.js';
import { encodePng } from '../../examples/lib/png-encode.js';
import { buildDeck, editZip } from '../helpers/pptx-fixture.js';

const png = (rgb: [number, number, number]) =>
  encodePng(4, 4, new Uint8Array(48).map((_, i) => rgb[i % 3]!));
const b64 = (bytes: Uint8Array) => `image/png;base64,${Buffer.from(bytes).toString('base64')}`;
const ENGINES = { chromium: 'Chromium 1.0', fonts: 'abc' };

describe('render/render-key: narrow and complete', () => {
  let bytes: Uint8Array;
  let deck: Deck;
  before(async () => {
    bytes = await buildDeck((pres) => {
      pres.defineSlideMaster({ title: 'LOGO', objects: [{ image: { x: 9, y: 0.1, w: 0.5, h: 0.5, data: b64(png([0, 0, 255])) } }] });
      pres.addSlide({ masterName: 'LOGO' }).addImage({ data: b64(png([255, 0, 0])), x: 1, y: 1, w: 2, h: 2 });
      pres.addSlide({ masterName: 'LOGO' }).addImage({ data: b64(png([0, 255, 0])), x: 1, y: 1, w: 2, h: 2 });
      pres.addSlide().addText('no picture', { x: 1, y: 1, w: 3, h: 1 });
    });
    deck = await readDeck({ bytes, name: 'k.pptx' });
  });

  /** The media part each slide uses, by the colour the test gave it. */
  const partOf = (d: Deck, rgb: string) => [...d.media].find(([, m]) => Buffer.from(m.bytes).equals(png(JSON.parse(rgb))))![0];
  const keys = (d: Deck, engines = ENGINES) => d.slides.map((s) => renderKey(d, s, 1280, engines));

  it('finds the pictures of the slide and of its master, nothing else', () => {
    const used = deck.slides.map((s) => [...mediaUsed(s.elements, deck.media)].sort());
    const logo = partOf(deck, '[0,0,255]');
    assert.deepEqual(used, [[partOf(deck, '[255,0,0]'), logo].sort(), [partOf(deck, '[0,255,0]'), logo].sort(), []]);
  });

  it('a picture swapped on one slide changes that slide\'s key only; the master\'s logo changes the slides that show it', async () => {
    const before = keys(deck);
    assert.equal(new Set(before).size, 3);
    const swap = async (rgb: string, to: [number, number, number]) => {
      const part = partOf(deck, rgb).replace(/^\//, '');
      return readDeck({ bytes: await editZip(bytes, { [part]: png(to) }), name: 'k.pptx' });
    };
    const red = keys(await swap('[255,0,0]', [255, 255, 0]));
    assert.deepEqual(red.map((k, i) => k === before[i]), [false, true, true]);
    const logo = keys(await swap('[0,0,255]', [0, 0, 0]));
    assert.deepEqual(logo.map((k, i) => k === before[i]), [false, false, true]);
  });

  it('another Chromium or another font set changes every key', () => {
    const before = keys(deck);
    assert.ok(keys(deck, { ...ENGINES, chromium: 'Chromium 2.0' }).every((k, i) => k !== before[i]));
    assert.ok(keys(deck, { ...ENGINES, fonts: 'def' }).every((k, i) => k !== before[i]));
    assert.deepEqual(keys(deck), before, 'and the key is stable');
  });
});
