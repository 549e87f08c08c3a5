import assert from 'node:assert/strict';
import { imageFormat, isPngOrJpeg } from '../converter/image-format.js';

const PNG_1X1 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

function bytes(...parts: (number[] | string)[]): Uint8Array {
  return Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? Array.from(p, (c) => c.charCodeAt(0)) : p)));
}

describe('image format sniffing', () => {
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

  it('takes only a whole PNG signature or a JPEG start as a slide picture', () => {
    assert.equal(isPngOrJpeg(Buffer.from(PNG_1X1, 'base64')), true);
    assert.equal(isPngOrJpeg(bytes([0xff, 0xd8, 0xff, 0xdb])), true);
    assert.equal(isPngOrJpeg(bytes([0x89, 0x50, 0x4e, 0x47])), false);
    assert.equal(isPngOrJpeg(bytes('GIF89a')), false);
  });
});
