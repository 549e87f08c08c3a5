/**
 * Deck pictures as data: URIs (the page may load nothing else). Encoded once per deck and shared by
 * every slide that shows the same picture (a master's logo, a background photo).
 */
import type { Media } from '../deck/model.js';
import { IMAGE_MIME } from '../image-format.js';

/** Formats Chromium decodes by itself; TIFF and the Windows metafiles are not among them. */
const DRAWABLE: ReadonlySet<string> = new Set(['png', 'jpeg', 'gif', 'bmp', 'svg', 'webp']);

export class MediaUris {
  private readonly cache = new Map<string, string | null>();
  constructor(private readonly media: Map<string, Media>) {}

  /** data: URI of a media key, or undefined when missing or in a format the page cannot draw. */
  uri(key: string): string | undefined {
    if (!key) return undefined;
    let v = this.cache.get(key);
    if (v === undefined) {
      const m = this.media.get(key);
      v = m && DRAWABLE.has(m.format) ? `data:${IMAGE_MIME[m.format as keyof typeof IMAGE_MIME]};base64,${Buffer.from(m.bytes).toString('base64')}` : null;
      this.cache.set(key, v);
    }
    return v ?? undefined;
  }

  format(key: string): string | undefined {
    return this.media.get(key)?.format;
  }

  bytes(key: string): Uint8Array | undefined {
    return this.media.get(key)?.bytes;
  }
}
