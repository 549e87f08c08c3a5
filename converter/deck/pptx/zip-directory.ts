/**
 * Reads the entry count a ZIP claims in its end-of-central-directory record, before any ZIP library
 * walks the directory: a hostile file can claim millions of entries, and we want to refuse it from
 * 22 bytes rather than after building millions of objects.
 *
 * A record only counts when its central directory ends right where it starts: a truncated deck
 * still holds the records of the zips stored inside it (a chart's embedded .xlsx), and taking one of
 * those for the deck's own made a damaged deck read as "an Excel workbook".
 */

const EOCD_SIG = 0x06054b50;
const ZIP64_LOCATOR_SIG = 0x07064b50;
const ZIP64_EOCD_SIG = 0x06064b50;

export interface ZipDirectoryInfo {
  /** Total entries the central directory claims (ZIP64 value when present). */
  entries: number;
}

/** Undefined when no end-of-central-directory record exists (not a zip, or truncated). */
export function readZipDirectoryInfo(data: Uint8Array): ZipDirectoryInfo | undefined {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  // The EOCD is 22 bytes plus a comment of at most 65535 bytes, so search only the tail.
  const stop = Math.max(0, data.length - 22 - 0xffff);
  for (let i = data.length - 22; i >= stop; i--) {
    if (view.getUint32(i, true) !== EOCD_SIG) continue;
    const dirSize = view.getUint32(i + 12, true);
    const dirOffset = view.getUint32(i + 16, true);
    // 0xffffffff: the real values are in the ZIP64 record.
    if (dirOffset !== 0xffffffff && dirSize !== 0xffffffff && dirOffset + dirSize !== i) continue;
    let entries = view.getUint16(i + 10, true);
    if (entries === 0xffff && i >= 20 && view.getUint32(i - 20, true) === ZIP64_LOCATOR_SIG) {
      const at = Number(view.getBigUint64(i - 20 + 8, true));
      if (at >= 0 && at + 56 <= data.length && view.getUint32(at, true) === ZIP64_EOCD_SIG) {
        const big = view.getBigUint64(at + 32, true);
        entries = big > BigInt(Number.MAX_SAFE_INTEGER) ? Number.MAX_SAFE_INTEGER : Number(big);
      }
    }
    return { entries };
  }
  return undefined;
}
