/**
 * What kind of picture a byte string is, from its magic bytes (a file's extension and content type
 * are often wrong in the wild): the one sniffer for deck media, supplied slide pictures, uploads,
 * Google's thumbnails, generated images and the add-in. No Node APIs, so the add-in bundles it too.
 */

export type ImageFormat = 'png' | 'jpeg' | 'gif' | 'bmp' | 'tiff' | 'svg' | 'emf' | 'wmf' | 'webp' | 'other';

export const IMAGE_MIME: Record<Exclude<ImageFormat, 'other'>, string> = {
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

export function imageFormat(b: Uint8Array): ImageFormat {
  if (at(b, 0, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'png';
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

/** PNG or JPEG: the two formats accepted as pictures of whole slides. */
export function isPngOrJpeg(b: Uint8Array): boolean {
  const f = imageFormat(b);
  return f === 'png' || f === 'jpeg';
}

function looksLikeSvg(b: Uint8Array): boolean {
  const head = new TextDecoder('utf-8').decode(b.subarray(0, 2048)).replace(/^\uFEFF/, '').trimStart();
  return head.startsWith('<') && /<svg[\s>]/i.test(head);
}
