/**
 * Collects the pictures a deck uses into Deck.media: bytes, format (from magic bytes — a part's
 * extension and content type are often wrong in the wild), mime type and sha256 for cache keys.
 */
import { createHash } from 'node:crypto';
import { IMAGE_MIME, imageFormat } from '../../image-format.js';
import type { Media } from '../model.js';
import type { Package } from './package.js';

/**
 * A `media(partName)` function for ReadContext: registers the part in `media` and returns its key (the
 * canonical part name), or '' with one warning when the part is missing or unreadable.
 */
export function mediaCollector(pkg: Package, media: Map<string, Media>): (partName: string) => string {
  return (partName: string): string => {
    const name = pkg.partName(partName);
    if (!name) {
      pkg.warn(`missing picture ${partName}: not shown`);
      return '';
    }
    if (media.has(name)) return name;
    const bytes = pkg.bytes(name);
    if (!bytes || bytes.length === 0) {
      pkg.warn(`picture ${name} could not be read: not shown`);
      return '';
    }
    const format = imageFormat(bytes);
    const mime = (format === 'other' ? undefined : IMAGE_MIME[format]) ?? pkg.contentType(name) ?? 'application/octet-stream';
    const hash = createHash('sha256').update(bytes).digest('hex');
    media.set(name, { mime, format, bytes, hash });
    return name;
  };
}
