/**
 * Collects the pictures a deck uses into Deck.media: bytes, format (from magic bytes — a part's
 * extension and content type are often wrong in the wild), mime type and sha256 for cache keys.
 */
import { createHash } from 'node:crypto';
import type { Media } from '../model.js';
import type { Package } from './package.js';

const MIME: Record<string, string> = {
  png: 'image/png',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  bmp: 'image/bmp',
  tiff: 'image/tiff',
  svg: 'image/svg+xml',
  emf: 'image/emf',
  wmf: 'image/wmf',
  webp: 'image/webp',
};

function at(b: Uint8Array, offset: number, ...bytes: number[]): boolean {
  return b.length >= offset + bytes.length && bytes.every((x, i) => b[offset + i] === x);
}

function ascii(b: Uint8Array, offset: number, s: string): boolean {
  return at(b, offset, ...Array.from(s, (c) => c.charCodeAt(0)));
}

/** png | jpeg | gif | bmp | tiff | svg | emf | wmf | webp | other */
export function imageFormat(b: Uint8Array): string {
  if (at(b, 0, 0x89, 0x50, 0x4e, 0x47)) return 'png';
  if (at(b, 0, 0xff, 0xd8, 0xff)) return 'jpeg';
  if (ascii(b, 0, 'GIF8')) return 'gif';
  if (ascii(b, 0, 'BM')) return 'bmp';
  if (at(b, 0, 0x49, 0x49, 0x2a, 0x00) || at(b, 0, 0x4d, 0x4d, 0x00, 0x2a)) return 'tiff';
  if (ascii(b, 0, 'RIFF') && ascii(b, 8, 'WEBP')) return 'webp';
  if (at(b, 0, 0x01, 0x00, 0x00, 0x00) && ascii(b, 40, ' EMF')) return 'emf';
  if (at(b, 0, 0xd7, 0xcd, 0xc6, 0x9a) || at(b, 0, 0x01, 0x00, 0x09, 0x00) || at(b, 0, 0x02, 0x00, 0x09, 0x00)) return 'wmf';
  if (looksLikeSvg(b)) return 'svg';
  return 'other';
}

function looksLikeSvg(b: Uint8Array): boolean {
  const head = new TextDecoder('utf-8').decode(b.subarray(0, 2048)).replace(/^\uFEFF/, '').trimStart();
  return head.startsWith('<') && /<svg[\s>]/i.test(head);
}

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
    const mime = MIME[format] ?? pkg.contentType(name) ?? 'application/octet-stream';
    const hash = createHash('sha256').update(bytes).digest('hex');
    media.set(name, { mime, format, bytes, hash });
    return name;
  };
}
