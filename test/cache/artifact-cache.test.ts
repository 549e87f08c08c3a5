import assert from 'node:assert/strict';
import { appendFile, mkdtemp, readdir, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ArtifactCache, defaultCacheDir } from '../../converter/cache/artifact-cache.js';
import { cacheKey } from '../../converter/cache/cache-key.js';

describe('cache/artifact-cache', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'd2v-cache-test-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('defaults to $XDG_CACHE_HOME/deck2video, else ~/.cache/deck2video (relative XDG ignored)', () => {
    assert.equal(defaultCacheDir({ XDG_CACHE_HOME: '/var/cache/me' }, '/home/u'), '/var/cache/me/deck2video');
    assert.equal(defaultCacheDir({}, '/home/u'), '/home/u/.cache/deck2video');
    assert.equal(defaultCacheDir({ XDG_CACHE_HOME: 'relative' }, '/home/u'), '/home/u/.cache/deck2video');
  });

  it('stores and finds files by kind/key/ext under a two-letter fan-out', async () => {
    const cache = new ArtifactCache(dir);
    const key = cacheKey({ slide: 1 });
    assert.equal(await cache.has('frames', key, 'png'), undefined);
    assert.equal(await cache.get('frames', key, 'png'), undefined);
    const path = await cache.put('frames', key, 'png', new Uint8Array([137, 80, 78, 71]));
    assert.equal(path, join(dir, 'frames', key.slice(0, 2), `${key}.png`));
    assert.equal(await cache.has('frames', key, 'png'), path);
    assert.deepEqual(await cache.get('frames', key, 'png'), new Uint8Array([137, 80, 78, 71]));
    // Same key, other kind or extension: a different artifact.
    assert.equal(await cache.has('audio', key, 'png'), undefined);
    assert.equal(await cache.has('frames', key, 'wav'), undefined);
    await cache.putJson('prompts', key, { subject: 'a drop' });
    assert.deepEqual(await cache.getJson('prompts', key), { subject: 'a drop' });
  });

  it('writes atomically: a failed producer leaves neither the artifact nor a temp file', async () => {
    const cache = new ArtifactCache(dir);
    const key = cacheKey('segment');
    await assert.rejects(
      cache.produce('segments', key, 'mp4', async (tmp) => {
        assert.match(tmp, /\.tmp\.mp4$/);
        await writeFile(tmp, 'half a file');
        throw new Error('ffmpeg died');
      }),
      /ffmpeg died/,
    );
    assert.equal(await cache.has('segments', key, 'mp4'), undefined);
    assert.deepEqual(await readdir(join(dir, 'segments', key.slice(0, 2))), []);
  });

  it('produce() reuses a stored artifact and runs the producer once', async () => {
    const cache = new ArtifactCache(dir);
    const key = cacheKey('render');
    let runs = 0;
    const make = async (tmp: string) => {
      runs++;
      await writeFile(tmp, 'pixels');
    };
    const a = await cache.produce('renders', key, 'png', make);
    const b = await cache.produce('renders', key, 'png', make);
    assert.equal(a, b);
    assert.equal(runs, 1);
    assert.equal(await readFile(a, 'utf8'), 'pixels');
    const src = join(dir, 'outside.txt');
    await writeFile(src, 'copied');
    const copied = await cache.putFile('misc', cacheKey('copy'), 'txt', src);
    assert.equal(await readFile(copied, 'utf8'), 'copied');
  });

  it('treats an unreadable JSON entry as a miss and refuses unsafe names', async () => {
    const cache = new ArtifactCache(dir);
    const key = cacheKey('bad');
    await cache.put('prompts', key, 'json', '{not json');
    assert.equal(await cache.getJson('prompts', key), undefined);
    assert.throws(() => cache.pathFor('../etc', key, 'png'), /bad cache kind/);
    assert.throws(() => cache.pathFor('frames', '../../x', 'png'), /bad cache key/);
    assert.throws(() => cache.pathFor('frames', key, 'png/..'), /bad cache extension/);
  });

  it('records size and sha256 beside each entry; a truncated, altered or unrecorded entry is a miss and is rebuilt', async () => {
    const cache = new ArtifactCache(dir);
    const key = cacheKey('segment 3');
    let runs = 0;
    const make = async (tmp: string) => {
      runs++;
      await writeFile(tmp, Buffer.alloc(100_000, 7));
    };
    const path = await cache.produce('segments', key, 'mp4', make);
    assert.match(await readFile(`${path}.sum`, 'utf8'), /^100000 [0-9a-f]{64}\n$/);
    assert.equal(await cache.has('segments', key, 'mp4'), path);

    await truncate(path, 40_000);
    assert.equal(await cache.has('segments', key, 'mp4'), undefined, 'truncated');
    assert.equal(await cache.produce('segments', key, 'mp4', make), path);
    assert.equal(runs, 2, 'rebuilt');
    assert.equal((await readFile(path)).length, 100_000);

    // Same size, other bytes (a changed file keeps its size): the hash tells.
    const bytes = await readFile(path);
    bytes[50_000] = 8;
    await writeFile(path, bytes);
    assert.equal(await cache.has('segments', key, 'mp4'), undefined, 'altered');
    await appendFile(path, 'x');
    assert.equal(await cache.get('segments', key, 'mp4'), undefined, 'grown');

    // An entry without its record (a crash between the two renames, an older version) is not trusted.
    const other = cacheKey('other');
    await cache.put('renders', other, 'png', 'pixels');
    assert.ok(await cache.has('renders', other, 'png'));
    await rm(`${cache.pathFor('renders', other, 'png')}.sum`);
    assert.equal(await cache.has('renders', other, 'png'), undefined);
    assert.deepEqual((await readdir(join(dir, 'segments', key.slice(0, 2)))).sort(), [`${key}.mp4`, `${key}.mp4.sum`], 'no temp files left');
  });
});
