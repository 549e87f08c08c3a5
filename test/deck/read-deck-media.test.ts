import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import type { Media } from '../../converter/deck/model.js';
import { mediaCollector } from '../../converter/deck/pptx/media-collector.js';
import { openPackage } from '../../converter/deck/pptx/open-package.js';
import { buildDeck } from '../helpers/pptx-fixture.js';

const PNG_1X1 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

describe('deck/pptx/media-collector', () => {
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
