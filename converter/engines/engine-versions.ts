/**
 * The versions of the engines that draw our pictures, for cache keys: an upgraded Chromium or a new
 * font must never serve pictures drawn by the old one. Read once per process, cheaply:
 * - Chromium: `chromium --version` takes most of a second, so its answer is kept in the artifact
 *   cache under the executable's identity (real path, size, modification time): later runs only stat.
 * - fonts: the installed font files and their versions as fontconfig lists them (what Chromium
 *   uses), hashed; fc-list answers in a few tens of milliseconds.
 * ffmpeg's version comes from findFfmpeg (it runs `ffmpeg -version` anyway); espeak-ng's is already
 * in every narration's voice id.
 */
import { execFile } from 'node:child_process';
import { realpath, stat } from 'node:fs/promises';
import { promisify } from 'node:util';
import type { ArtifactCache } from '../cache/artifact-cache.js';
import { cacheKey, sha256Hex } from '../cache/cache-key.js';
import { findChrome } from './chrome.js';

const run = promisify(execFile);

export interface PictureEngines {
  /** "Chromium 156.0.8078.114 …", or "none: …" when there is no usable Chromium (renders then fail anyway). */
  chromium: string;
  /** sha256 of fontconfig's font list; '' when fc-list is not there. */
  fonts: string;
}

let memo: Promise<PictureEngines> | undefined;

/** The engines that draw slides and offline cards, found once per process. */
export function pictureEngines(cache: ArtifactCache): Promise<PictureEngines> {
  memo ??= Promise.all([chromiumVersion(cache), fontSet()]).then(([chromium, fonts]) => ({ chromium, fonts }));
  return memo;
}

/** Chromium's version, from the cache when this executable was asked before. */
export async function chromiumVersion(cache: ArtifactCache): Promise<string> {
  let path: string;
  try {
    path = await realpath(findChrome());
  } catch (e) {
    return `none: ${(e as Error).message}`;
  }
  const st = await stat(path);
  const key = cacheKey({ engine: 'chromium', path, size: st.size, mtimeMs: st.mtimeMs });
  const known = await cache.getJson<{ version: string }>('engines', key);
  if (known?.version) return known.version;
  try {
    const { stdout } = await run(path, ['--version'], { timeout: 30_000 });
    const version = stdout.trim().split('\n').pop() ?? '';
    if (version) await cache.putJson('engines', key, { version });
    return version || `unknown ${key}`;
  } catch {
    // It could not even say its version: the identity of the file stands in for it.
    return `unknown ${key}`;
  }
}

async function fontSet(): Promise<string> {
  try {
    const { stdout } = await run('fc-list', ['--format', '%{file}\t%{fontversion}\t%{index}\n'], { timeout: 30_000, maxBuffer: 64 << 20 });
    return sha256Hex(stdout.split('\n').filter(Boolean).sort().join('\n'));
  } catch {
    return '';
  }
}
