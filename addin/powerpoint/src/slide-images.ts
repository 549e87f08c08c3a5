/**
 * PowerPoint's own pictures of the slides (PowerPointApi 1.8, Slide.getImageAsBase64): where Office
 * supports it, the service uses them instead of rendering the slides itself, so the video shows the
 * slides exactly as PowerPoint draws them. Where it is missing, the pane sends only the deck.
 */
import { isPngOrJpeg } from '../../../converter/image-format.js';
import type { OfficeLike, PowerPointLike } from './office-api.js';
import { officeError, PaneError } from './pane-error.js';

/** Images are requested in batches: one round trip per batch, without holding every slide at once in Office. */
const BATCH = 8;

export function supportsSlideImages(office: OfficeLike, powerPoint: PowerPointLike | undefined): boolean {
  if (!powerPoint) return false;
  try {
    return office.context.requirements?.isSetSupported('PowerPointApi', '1.8') === true;
  } catch {
    return false;
  }
}

export function base64ToBytes(b64: string): Uint8Array {
  const clean = b64.replace(/^data:[^,]*,/, '').replace(/\s+/g, '');
  const bin = atob(clean);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/** Slide number (1-based, every slide in order, hidden ones included) -> PNG bytes. */
export async function readSlideImages(
  powerPoint: PowerPointLike,
  width: number,
  onProgress?: (done: number, total: number) => void,
): Promise<Map<number, Uint8Array>> {
  try {
    return await powerPoint.run(async (context) => {
      const slides = context.presentation.slides;
      slides.load('items');
      await context.sync();
      const items = slides.items;
      const images = new Map<number, Uint8Array>();
      for (let start = 0; start < items.length; start += BATCH) {
        const batch = items.slice(start, start + BATCH).map((slide) => slide.getImageAsBase64({ width }));
        await context.sync();
        batch.forEach((result, i) => images.set(start + i + 1, base64ToBytes(result.value ?? '')));
        onProgress?.(images.size, items.length);
      }
      return images;
    });
  } catch (e) {
    throw officeError('make pictures of the slides', e as { message?: string; code?: number });
  }
}

/** The pictures, checked: every one must be a PNG or JPEG, or none is used. */
export function checkSlideImages(images: Map<number, Uint8Array>): Map<number, Uint8Array> {
  for (const [n, bytes] of images) {
    if (!isPngOrJpeg(bytes)) throw new PaneError(`PowerPoint's picture of slide ${n} is not a PNG image`);
  }
  return images;
}
