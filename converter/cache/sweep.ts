/**
 * Leftovers of runs that died (killed, crashed, power cut): temporary files in the cache
 * (".KEY.EXT.PID.RAND.tmp.EXT", see atomic-file.ts) and our folders in the system temp folder
 * ("deck2video-PID-…": a run's work folder, Chromium profile or --no-cache cache). Swept when a run
 * starts, only when surely stale, because other runs may share the cache and the temp folder:
 * a temp folder whose process is gone, a cache temp file untouched for an hour (the cache may be
 * shared by several machines, whose process ids mean nothing here).
 */
import { readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A cache temp file not written for this long belongs to a run that is gone. */
export const STALE_CACHE_TEMP_MS = 60 * 60 * 1000;
/** Our temp folders without a process id in their name (older versions) go after a day. */
export const STALE_UNOWNED_TEMP_MS = 24 * 60 * 60 * 1000;

/** Prefix of every temp folder a run makes, followed by its process id: deck2video-PID-. */
export function tempPrefix(what = ''): string {
  return `deck2video-${what ? `${what}-` : ''}${process.pid}-`;
}

export interface SweepResult {
  cacheFiles: number;
  tempFolders: number;
}

export async function sweepStale(o: { cacheDir?: string; tempDir?: string; now?: number } = {}): Promise<SweepResult> {
  const now = o.now ?? Date.now();
  const cacheFiles = o.cacheDir ? await sweepCache(o.cacheDir, now) : 0;
  const tempFolders = await sweepTemp(o.tempDir ?? tmpdir(), now);
  return { cacheFiles, tempFolders };
}

async function sweepCache(dir: string, now: number): Promise<number> {
  let removed = 0;
  for (const kind of await names(dir)) {
    for (const fan of await names(join(dir, kind))) {
      const folder = join(dir, kind, fan);
      for (const name of await names(folder)) {
        if (!(name.startsWith('.') && name.includes('.tmp.'))) continue;
        const path = join(folder, name);
        const st = await stat(path).catch(() => undefined);
        if (st?.isFile() && now - st.mtimeMs > STALE_CACHE_TEMP_MS) {
          await rm(path, { force: true });
          removed++;
        }
      }
    }
  }
  return removed;
}

/** deck2video-[chrome-|cache-]PID-…, and the shape older versions used: a six-character mkdtemp suffix. */
const OWNED = /^deck2video-(?:chrome-|cache-)?(\d+)-[A-Za-z0-9]+$/;
const UNOWNED = /^deck2video-(?:chrome-|cache-)?[A-Za-z0-9]{6}$/;

async function sweepTemp(dir: string, now: number): Promise<number> {
  let removed = 0;
  for (const name of await names(dir)) {
    const owned = OWNED.exec(name);
    if (!owned && !UNOWNED.test(name)) continue;
    const path = join(dir, name);
    const st = await stat(path).catch(() => undefined);
    if (!st?.isDirectory()) continue; // we only ever make folders there
    const pid = owned ? Number(owned[1]) : undefined;
    const stale = pid !== undefined ? pid !== process.pid && !alive(pid) : now - st.mtimeMs > STALE_UNOWNED_TEMP_MS;
    if (stale) {
      await rm(path, { recursive: true, force: true }).catch(() => undefined);
      removed++;
    }
  }
  return removed;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: it exists, it is someone else's.
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function names(dir: string): Promise<string[]> {
  return readdir(dir).catch(() => []);
}
