/**
 * What makes a cache entry trustworthy: its size and sha256, recorded beside it when it was written
 * (KEY.EXT.sum) and checked when it is reused. A truncated segment used to be served forever (the
 * cache only checked that the file existed): now it is a miss, and its producer writes it again.
 *
 * Cheap on purpose: the size is compared from the stat first; the hash is computed once per file per
 * process (remembered by inode, size and modification time, so a rewritten file is checked again) and
 * read in chunks, never whole into memory. No fsync: a torn write after a power cut fails the check
 * like any other damage and is rebuilt.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';

export interface EntrySum {
  size: number;
  sha256: string;
}

/** The record's path for an artifact path. */
export function sumPath(artifact: string): string {
  return `${artifact}.sum`;
}

export async function fileSum(path: string): Promise<EntrySum> {
  const hash = createHash('sha256');
  let size = 0;
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    hash.update(chunk);
    size += chunk.length;
  }
  return { size, sha256: hash.digest('hex') };
}

export function formatSum(s: EntrySum): string {
  return `${s.size} ${s.sha256}\n`;
}

function parseSum(text: string): EntrySum | undefined {
  const m = /^(\d+) ([0-9a-f]{64})\n?$/.exec(text);
  return m ? { size: Number(m[1]), sha256: m[2]! } : undefined;
}

/** Files already checked by this process, by path: what the artifact and its record looked like, and the verdict. */
const verified = new Map<string, { stamp: string; ok: boolean }>();

/** True when the artifact at `path` is a file whose size and hash match its record. */
export async function entryIntact(path: string): Promise<boolean> {
  const [st, rec] = await Promise.all([stat(path, { bigint: true }).catch(() => undefined), stat(sumPath(path), { bigint: true }).catch(() => undefined)]);
  if (!st?.isFile() || !rec?.isFile()) return false;
  const stamp = `${st.ino}:${st.size}:${st.mtimeNs}:${rec.ino}:${rec.mtimeNs}`;
  const seen = verified.get(path);
  if (seen?.stamp === stamp) return seen.ok;
  const ok = await check(path, Number(st.size));
  verified.set(path, { stamp, ok });
  return ok;
}

async function check(path: string, size: number): Promise<boolean> {
  const record = await readFile(sumPath(path), 'utf8').then(parseSum, () => undefined);
  if (!record || record.size !== size) return false;
  try {
    return (await fileSum(path)).sha256 === record.sha256;
  } catch {
    return false; // removed or unreadable meanwhile: a miss
  }
}
