/**
 * Opens .pptx bytes into a Package, inflating every part up front (so the Package API is synchronous)
 * but within hard limits counted while inflating — the sizes a ZIP header claims are attacker-chosen,
 * so a zip bomb is stopped by the bytes actually produced, not by what it says about itself.
 *
 * Embedded video and audio are listed but not inflated: we never play them, and they are what makes
 * real decks huge.
 */
import JSZip from 'jszip';
import { badInput } from '../../errors.js';
import { Package } from './package.js';
import { partNameFromZip } from './part-names.js';
import { MESSAGES, notZipMessage, sniffInput } from './sniff.js';
import { readZipDirectoryInfo } from './zip-directory.js';

export interface PackageLimits {
  /** Size of the .pptx file itself. */
  maxInputBytes: number;
  maxEntries: number;
  /** Inflated size of any one part. */
  maxPartBytes: number;
  /** Inflated size of all parts together. */
  maxTotalBytes: number;
}

const MB = 1024 * 1024;

/** Chosen so that input + inflated parts + one transient copy of the largest part stay under ~1 GB. */
export const DEFAULT_LIMITS: PackageLimits = {
  maxInputBytes: 500 * MB,
  maxEntries: 10_000,
  maxPartBytes: 128 * MB,
  maxTotalBytes: 400 * MB,
};

const mb = (n: number) => `${Math.round(n / MB)} MB`;

export function tooLargeMessage(bytes: number, limit: number): string {
  return `the file is ${mb(bytes)}, over the ${mb(limit)} limit; compress its pictures (File > Compress Pictures) or remove embedded videos, save and try again`;
}

/** jszip's internal stream helper (public in its docs, missing from its typings). */
interface StreamHelper {
  on(evt: 'data', fn: (chunk: Uint8Array) => void): StreamHelper;
  on(evt: 'end' | 'error', fn: (e?: unknown) => void): StreamHelper;
  resume(): StreamHelper;
  pause(): StreamHelper;
}

class LimitError extends Error {}

export async function openPackage(data: Uint8Array, limits: Partial<PackageLimits> = {}): Promise<Package> {
  const lim: PackageLimits = { ...DEFAULT_LIMITS, ...limits };
  if (data.length > lim.maxInputBytes) throw badInput(tooLargeMessage(data.length, lim.maxInputBytes));
  const kind = sniffInput(data);
  if (kind !== 'zip') throw badInput(notZipMessage(kind));

  const dir = readZipDirectoryInfo(data);
  if (!dir) throw badInput(MESSAGES.damaged);
  if (dir.entries > lim.maxEntries) throw badInput(tooManyEntries(dir.entries, lim.maxEntries));

  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(data, { checkCRC32: false, createFolders: false });
  } catch (e) {
    throw badInput(MESSAGES.damaged, e);
  }
  const files = Object.values(zip.files).filter((f) => !f.dir);
  if (files.length > lim.maxEntries) throw badInput(tooManyEntries(files.length, lim.maxEntries));

  const contentTypes = await inflateContentTypes(zip, lim);
  const entries: [string, Uint8Array | undefined][] = [];
  const budget = { total: 0 };
  let skippedMedia = 0;
  let unsafeNames = 0;
  for (const f of files) {
    const part = partNameFromZip(f.name);
    // unsafeOriginalName keeps what the zip really said when jszip "cleaned up" a ../ path.
    const unsafe = (f as { unsafeOriginalName?: string }).unsafeOriginalName;
    if (!part || (unsafe !== undefined && !partNameFromZip(unsafe))) {
      unsafeNames++;
      continue;
    }
    if (isPlayableMedia(part, contentTypes)) {
      entries.push([part, undefined]);
      skippedMedia++;
      continue;
    }
    entries.push([part, await inflate(f, lim, budget, part)]);
  }
  const pkg = new Package(entries);
  if (unsafeNames > 0) pkg.warn(`ignored ${unsafeNames} zip entr${unsafeNames > 1 ? 'ies' : 'y'} whose name points outside the package`);
  if (skippedMedia > 0) pkg.warn(`embedded video/audio (${skippedMedia} part${skippedMedia > 1 ? 's' : ''}) is not included in the video`);
  return pkg;
}

function tooManyEntries(n: number, limit: number): string {
  return `the file has ${n} entries, over the limit of ${limit}; this is not a normal PowerPoint deck — open it in PowerPoint, save it as .pptx and try again`;
}

async function inflate(f: JSZip.JSZipObject, lim: PackageLimits, budget: { total: number }, part: string): Promise<Uint8Array> {
  const helper = (f as unknown as { internalStream(t: 'uint8array'): StreamHelper }).internalStream('uint8array');
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    await new Promise<void>((resolve, reject) => {
      helper
        .on('data', (chunk: Uint8Array) => {
          size += chunk.length;
          budget.total += chunk.length;
          if (size > lim.maxPartBytes || budget.total > lim.maxTotalBytes) {
            helper.pause(); // stops the inflater: no more chunks are produced
            chunks.length = 0;
            reject(new LimitError());
            return;
          }
          chunks.push(chunk);
        })
        .on('error', (e) => reject(e))
        .on('end', () => resolve())
        .resume();
    });
  } catch (e) {
    if (e instanceof LimitError) {
      const which = size > lim.maxPartBytes ? `${part} alone unpacks to over ${mb(lim.maxPartBytes)}` : `its contents unpack to over ${mb(lim.maxTotalBytes)}`;
      throw badInput(`the deck is too large to read safely (${which}); compress its pictures (File > Compress Pictures), save and try again`);
    }
    throw badInput(MESSAGES.damaged, e);
  }
  if (chunks.length === 1) return chunks[0];
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** Content types are needed before the other parts (to skip video/audio), so read them first. */
async function inflateContentTypes(zip: JSZip, lim: PackageLimits): Promise<Package | undefined> {
  const f = Object.values(zip.files).find((x) => x.name.toLowerCase() === '[content_types].xml');
  if (!f) return undefined;
  const bytes = await inflate(f, lim, { total: 0 }, '/[Content_Types].xml');
  return new Package([['/[Content_Types].xml', bytes]]);
}

function isPlayableMedia(part: string, types: Package | undefined): boolean {
  const t = types?.contentType(part) ?? '';
  if (t.startsWith('video/') || t.startsWith('audio/')) return true;
  return /\.(mp4|m4v|mov|wmv|avi|mpg|mpeg|mkv|webm|mp3|m4a|wav|wma|aac|ogg)$/i.test(part);
}
