/**
 * A minimal ZIP writer for hostile fixtures that jszip would refuse to make or would make slowly:
 * entries whose deflate stream is hand-assembled (zip bombs), sizes that lie, thousands of entries.
 * The central directory is always well-formed, so the reader's limits — not a parse error — are tested.
 */
import { deflateRawSync, constants } from 'node:zlib';

export interface RawEntry {
  name: string;
  /** Bytes as stored in the archive (already deflated when method is 8). */
  data: Uint8Array;
  method: 0 | 8;
  /** What the headers claim; hostile fixtures lie here. */
  uncompressedSize: number;
  crc?: number;
}

function u16(n: number): number[] {
  return [n & 0xff, (n >>> 8) & 0xff];
}
function u32(n: number): number[] {
  return [n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, (n >>> 24) & 0xff];
}

export function writeZip(entries: RawEntry[]): Uint8Array {
  const chunks: Uint8Array[] = [];
  const central: number[][] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const common = [...u16(20), ...u16(0x0800), ...u16(e.method), ...u16(0), ...u16(0x21), ...u32(e.crc ?? 0), ...u32(e.data.length), ...u32(e.uncompressedSize), ...u16(name.length), ...u16(0)];
    const local = Uint8Array.from([...u32(0x04034b50), ...common, ...name]);
    chunks.push(local, e.data);
    central.push([...u32(0x02014b50), ...u16(20), ...common, ...u16(0), ...u16(0), ...u16(0), ...u32(0), ...u32(offset), ...name]);
    offset += local.length + e.data.length;
  }
  const dir = Uint8Array.from(central.flat());
  const n = Math.min(entries.length, 0xffff);
  const eocd = Uint8Array.from([...u32(0x06054b50), ...u16(0), ...u16(0), ...u16(n), ...u16(n), ...u32(dir.length), ...u32(offset), ...u16(0)]);
  return Buffer.concat([...chunks, dir, eocd]);
}

/**
 * A raw deflate stream that inflates to `megabytes` MB of zeros while being ~1 KB per MB: one
 * full-flushed (independent, non-final) block of 1 MB zeros repeated, then an empty final block.
 */
export function zeroBomb(megabytes: number): Uint8Array {
  const block = deflateRawSync(Buffer.alloc(1024 * 1024), { finishFlush: constants.Z_FULL_FLUSH });
  const end = deflateRawSync(Buffer.alloc(0));
  return Buffer.concat([...Array.from({ length: megabytes }, () => block), end]);
}

export function deflated(text: string): Uint8Array {
  return deflateRawSync(Buffer.from(text, 'utf8'));
}
