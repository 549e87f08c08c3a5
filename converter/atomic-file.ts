/**
 * Installing a file so that readers (and a restarted process) see either the old content or the new one,
 * never half of it: the content is written to a temporary name beside the target (its extension kept
 * last, so tools that go by it, like ffmpeg, still pick the right format), then renamed over the target
 * (rename within one folder is atomic on POSIX file systems). On failure the temporary file is removed.
 *
 * `durable` also survives a power cut or kernel crash, not only the process dying: the data is flushed
 * to disk before the rename makes it visible (else the file can come back empty), and the folder after
 * it. Use it for what a restarted process trusts without checking: job state, cache entries, finished
 * outputs. A flush costs a few milliseconds per file.
 */
import { randomBytes } from 'node:crypto';
import { open, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';

export interface InstallOptions {
  /** Flush to disk before and after the rename (see above). */
  durable?: boolean;
  /** File mode of a file written by writeFileAtomic (default 0o666 minus the umask). */
  mode?: number;
}

/** The temporary name `path` is written under: hidden, unique, extension last. */
export function tempPathFor(path: string): string {
  const base = basename(path);
  return join(dirname(path), `.${base}.${process.pid}.${randomBytes(4).toString('hex')}.tmp${extname(base)}`);
}

/** Has `make` write the whole file at the temporary path it is given, then installs it as `path`. */
export async function installFile(path: string, make: (tempPath: string) => Promise<unknown>, o: InstallOptions = {}): Promise<void> {
  const tmp = tempPathFor(path);
  try {
    await make(tmp);
    if (o.durable) await flush(tmp, 'r+');
    await rename(tmp, path);
  } catch (e) {
    await rm(tmp, { force: true });
    throw e;
  }
  if (o.durable) await flush(dirname(path), 'r').catch(() => undefined); // not every platform syncs a folder
}

export function writeFileAtomic(path: string, data: string | Uint8Array, o: InstallOptions = {}): Promise<void> {
  return installFile(path, (tmp) => writeFile(tmp, data, o.mode === undefined ? {} : { mode: o.mode }), o);
}

async function flush(path: string, flags: string): Promise<void> {
  const fh = await open(path, flags);
  try {
    await fh.sync();
  } finally {
    await fh.close();
  }
}
