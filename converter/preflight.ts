/**
 * Checks made before any work: the deck can be read, the output folder and the cache folder can be
 * written. Each failure is one line with what to do, so a conversion never spends minutes only to
 * fail when writing its first artifact or its video. They cost a stat and a file made and removed.
 */
import { constants } from 'node:fs';
import { access, mkdir, open, rm, stat } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { dirname, join } from 'node:path';
import { badInput, ConvertError } from './errors.js';

/** The deck file exists, is a file and may be read (exit 3 otherwise, as the README's table says). */
export async function assertDeckReadable(path: string): Promise<void> {
  let isDir: boolean;
  try {
    isDir = (await stat(path)).isDirectory();
  } catch (e) {
    throw deckError(e, path);
  }
  if (isDir) throw badInput(`${path} is a folder; give the path of a .pptx file`);
  try {
    await access(path, constants.R_OK);
  } catch (e) {
    throw deckError(e, path);
  }
}

export function deckError(e: unknown, path: string): ConvertError {
  if (e instanceof ConvertError) return e;
  const code = (e as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return badInput(`${path} does not exist; check the path of the deck`, e);
  if (code === 'EACCES' || code === 'EPERM') return badInput(`${path} cannot be read (permission denied); check its permissions`, e);
  if (code === 'EISDIR') return badInput(`${path} is a folder; give the path of a .pptx file`, e);
  return badInput(`${path} cannot be read (${code ?? (e as Error)?.message}); check the file`, e);
}

/** The video's folder exists (or can be made) and takes new files; OUT.mp4 is not a folder. */
export async function assertOutputWritable(out: string, flag = '-o'): Promise<void> {
  const isDir = await stat(out).then((s) => s.isDirectory(), () => false);
  if (isDir) throw usage(`${out} is a folder: give ${flag} the path of the video file to write, e.g. ${join(out, 'lecture.mp4')}`);
  await assertWritableFolder(dirname(out), (why) => `the output folder ${dirname(out)} cannot be written (${why}): choose another place with ${flag}`);
}

/** The cache folder exists (or can be made) and takes new files. */
export async function assertCacheUsable(dir: string): Promise<void> {
  await assertWritableFolder(dir, (why) =>
    `the cache folder ${dir} cannot be written (${why}): give --cache-dir a writable folder (or set XDG_CACHE_HOME), or use --no-cache`);
}

/** Any folder we are about to write into (render --out): made if missing, then a probe file made and removed. */
export async function assertWritableFolder(dir: string, message: (why: string) => string): Promise<void> {
  try {
    await mkdir(dir, { recursive: true });
    // access(W_OK) says yes on a read-only file system and to root everywhere: only a real file tells.
    const probe = join(dir, `.deck2video-probe-${process.pid}-${randomBytes(4).toString('hex')}`);
    const handle = await open(probe, 'wx');
    await handle.close();
    await rm(probe, { force: true });
  } catch (e) {
    throw usage(message(reason(e)));
  }
}

function reason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'EACCES':
    case 'EPERM': return 'permission denied';
    case 'EROFS': return 'read-only file system';
    case 'ENOSPC': return 'the disk is full';
    case 'ENOTDIR':
    case 'EEXIST': return 'a file is in the way';
    default: return code ?? String((e as Error)?.message ?? e);
  }
}

function usage(message: string): ConvertError {
  return new ConvertError('BAD_USAGE', message);
}
