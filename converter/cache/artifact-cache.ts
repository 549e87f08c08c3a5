/**
 * A small content-addressed artifact store: files named by the hash of their inputs.
 *
 * Layout: DIR/KIND/ab/abcdef….EXT (KIND = "frames", "audio", "renders", …; the two-letter fan-out
 * keeps directories small), with DIR/KIND/ab/abcdef….EXT.sum beside it: the size and sha256 the
 * artifact had when written (entry-check.ts). An entry is reused only when it still matches them; a
 * damaged one is a miss and its producer writes it again over it. Every entry (and its record) is
 * installed durably (atomic-file.ts): written to a temp file in the same directory, flushed and renamed
 * into place, so a reader never sees half a file and a crash leaves only a temp file (swept later,
 * sweep.ts). Two workers producing the same key race harmlessly: both renames install identical content.
 */
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { installFile, writeFileAtomic } from '../atomic-file.js';
import { entryIntact, fileSum, formatSum, sumPath } from './entry-check.js';

const KIND = /^[a-z0-9][a-z0-9-]{0,40}$/;
const KEY = /^[0-9a-f]{16,128}$/;
const EXT = /^[a-z0-9]{1,10}$/;

/** $XDG_CACHE_HOME/deck2video when set (and absolute), else ~/.cache/deck2video. */
export function defaultCacheDir(env: NodeJS.ProcessEnv = process.env, home: string = homedir()): string {
  const xdg = env.XDG_CACHE_HOME;
  // The XDG spec says relative paths are invalid and must be ignored.
  if (xdg && xdg.startsWith('/')) return join(xdg, 'deck2video');
  return join(home, '.cache', 'deck2video');
}

export class ArtifactCache {
  constructor(readonly dir: string) {}

  /** Where the artifact lives (whether or not it exists yet). */
  pathFor(kind: string, key: string, ext: string): string {
    if (!KIND.test(kind)) throw new TypeError(`bad cache kind "${kind}"`);
    if (!KEY.test(key)) throw new TypeError(`bad cache key "${key}"`);
    if (!EXT.test(ext)) throw new TypeError(`bad cache extension "${ext}"`);
    return join(this.dir, kind, key.slice(0, 2), `${key}.${ext}`);
  }

  /** The artifact's path when it is stored intact (size and hash as written), else undefined. */
  async has(kind: string, key: string, ext: string): Promise<string | undefined> {
    const path = this.pathFor(kind, key, ext);
    return (await entryIntact(path)) ? path : undefined;
  }

  async get(kind: string, key: string, ext: string): Promise<Uint8Array | undefined> {
    const path = await this.has(kind, key, ext);
    if (!path) return undefined;
    try {
      return new Uint8Array(await readFile(path));
    } catch {
      return undefined; // removed between stat and read: a miss
    }
  }

  async getJson<T>(kind: string, key: string): Promise<T | undefined> {
    const bytes = await this.get(kind, key, 'json');
    if (!bytes) return undefined;
    try {
      return JSON.parse(Buffer.from(bytes).toString('utf8')) as T;
    } catch {
      return undefined; // unreadable entry: treat as a miss, the producer will overwrite it
    }
  }

  /** Stores bytes atomically; returns the final path. */
  async put(kind: string, key: string, ext: string, bytes: Uint8Array | string): Promise<string> {
    return this.produce(kind, key, ext, (tmp) => writeFile(tmp, bytes), { reuse: false });
  }

  async putJson(kind: string, key: string, value: unknown): Promise<string> {
    return this.put(kind, key, 'json', JSON.stringify(value));
  }

  /** Copies an existing file into the store (e.g. an ffmpeg output written elsewhere). */
  async putFile(kind: string, key: string, ext: string, source: string): Promise<string> {
    return this.produce(kind, key, ext, (tmp) => copyFile(source, tmp), { reuse: false });
  }

  /**
   * Returns the stored artifact, or runs `make(tempPath)` to write it and installs the result.
   * `make` writes the whole file to tempPath (a fresh name in the final directory); on failure the
   * temp file is removed and the error propagates. With reuse=false an existing entry is replaced.
   */
  async produce(
    kind: string,
    key: string,
    ext: string,
    make: (tempPath: string) => Promise<unknown>,
    opts: { reuse?: boolean } = {},
  ): Promise<string> {
    const path = this.pathFor(kind, key, ext);
    if (opts.reuse !== false && (await this.has(kind, key, ext))) return path;
    await mkdir(dirname(path), { recursive: true });
    await installFile(
      path,
      async (tmp) => {
        await make(tmp);
        // The record goes in first: an artifact without its record is a miss, never trusted blindly.
        await writeFileAtomic(sumPath(path), formatSum(await fileSum(tmp)), { durable: true });
      },
      { durable: true },
    );
    return path;
  }
}
