import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import type { Media } from '../../converter/deck/model.js';
import { imageFormat, mediaCollector } from '../../converter/deck/pptx/media-collector.js';
import { openPackage } from '../../converter/deck/pptx/open-package.js';
import { buildDeck } from '../helpers/pptx-fixture.js';

const PNG_1X1 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

function bytes(...parts: (number[] | string)[]): Uint8Array {
  return Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? Array.from(p, (c) => c.charCodeAt(0)) : p)));
}

describe('deck/pptx/media-collector', () => {
  it('sniffs picture formats from magic bytes', () => {
    const emf = new Uint8Array(48);
    emf.set([1, 0, 0, 0]);
    emf.set(bytes(' EMF'), 40);
    const cases: [Uint8Array, string][] = [
      [Buffer.from(PNG_1X1, 'base64'), 'png'],
      [bytes([0xff, 0xd8, 0xff, 0xe0]), 'jpeg'],
      [bytes('GIF89a'), 'gif'],
      [bytes('BM', [0, 0]), 'bmp'],
      [bytes([0x49, 0x49, 0x2a, 0]), 'tiff'],
      [bytes([0x4d, 0x4d, 0, 0x2a]), 'tiff'],
      [bytes('RIFF', [0, 0, 0, 0], 'WEBPVP8 '), 'webp'],
      [emf, 'emf'],
      [bytes([0xd7, 0xcd, 0xc6, 0x9a]), 'wmf'],
      [Buffer.from('\uFEFF<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"/>', 'utf8'), 'svg'],
      [bytes('hello'), 'other'],
    ];
    for (const [b, f] of cases) assert.equal(imageFormat(b), f, f);
  });

  it('registers a picture once under its canonical part name, with mime and sha256', async () => {
    const deck = await buildDeck((pres) => void pres.addSlide().addImage({ data: `image/png;base64,${PNG_1X1}`, x: 1, y: 1, w: 1, h: 1 }));
    const pkg = await openPackage(deck);
    const name = pkg.parts.find((p) => p.startsWith('/ppt/media/'));
    assert.ok(name);
    const media = new Map<string, Media>();
    const collect = mediaCollector(pkg, media);
    assert.equal(collect(name.toUpperCase()), name);
    assert.equal(collect(name), name);
    const png = Buffer.from(PNG_1X1, 'base64');
    assert.deepEqual([...media.keys()], [name]);
    const m = media.get(name)!;
    assert.deepEqual([m.mime, m.format, m.hash, Buffer.from(m.bytes).equals(png)], ['image/png', 'png', createHash('sha256').update(png).digest('hex'), true]);
    assert.equal(collect('/ppt/media/nothere.png'), '');
    assert.equal(collect('/ppt/media/nothere.png'), '');
    assert.deepEqual(pkg.warnings, ['missing picture /ppt/media/nothere.png: not shown']);
  });
});
