/** Picture sizes read from file headers. */
import { imageFormat } from '../image-format.js';

/** Pixel size of a PNG/JPEG/GIF/BMP from its header (for tiled fills), without decoding it. */
export function imageSize(b: Uint8Array): { w: number; h: number } | undefined {
  const dv = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const n = b.length;
  const format = imageFormat(b);
  if (n > 24 && format === 'png') return { w: dv.getUint32(16), h: dv.getUint32(20) };
  if (n > 10 && format === 'gif') return { w: dv.getUint16(6, true), h: dv.getUint16(8, true) };
  if (n > 26 && format === 'bmp') return { w: Math.abs(dv.getInt32(18, true)), h: Math.abs(dv.getInt32(22, true)) };
  if (n > 4 && format === 'jpeg') {
    let i = 2;
    while (i + 9 < n) {
      if (b[i] !== 0xff) return undefined;
      const marker = b[i + 1]!;
      const len = dv.getUint16(i + 2);
      // SOF0..SOF15 except DHT (C4), JPG (C8) and DAC (CC) carry the frame size.
      if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
        return { w: dv.getUint16(i + 7), h: dv.getUint16(i + 5) };
      }
      i += 2 + len;
    }
  }
  return undefined;
}
