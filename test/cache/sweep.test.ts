import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { STALE_CACHE_TEMP_MS, STALE_UNOWNED_TEMP_MS, sweepStale, tempPrefix } from '../../converter/cache/sweep.js';

describe('cache/sweep: leftovers of runs that died', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'd2v-sweep-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  const ago = async (path: string, ms: number) => {
    const t = new Date(Date.now() - ms);
    await utimes(path, t, t);
  };

  it('removes cache temp files untouched for an hour, keeps fresh ones and every artifact', async () => {
    const fan = join(dir, 'cache', 'segments', 'ab');
    await mkdir(fan, { recursive: true });
    const files = {
      staleTemp: join(fan, '.abcd.4242.0f0f0f0f.tmp.mp4'),
      staleSum: join(fan, '.abcd.4242.0f0f0f0f.tmp.mp4.sum'),
      freshTemp: join(fan, '.abce.4243.1f1f1f1f.tmp.mp4'),
      artifact: join(fan, 'abcd.mp4'),
      record: join(fan, 'abcd.mp4.sum'),
    };
    for (const f of Object.values(files)) await writeFile(f, 'x');
    for (const f of [files.staleTemp, files.staleSum, files.artifact, files.record]) await ago(f, STALE_CACHE_TEMP_MS + 60_000);
    assert.deepEqual(await sweepStale({ cacheDir: join(dir, 'cache'), tempDir: join(dir, 'tmp') }), { cacheFiles: 2, tempFolders: 0 });
    assert.deepEqual(Object.entries(files).map(([k, f]) => [k, existsSync(f)]), [
      ['staleTemp', false], ['staleSum', false], ['freshTemp', true], ['artifact', true], ['record', true],
    ]);
  });

  it('removes temp folders of processes that are gone, never a live one\'s nor files that only look like ours', async () => {
    const tmp = join(dir, 'tmp');
    await mkdir(tmp);
    const gone = spawnSync(process.execPath, ['-e', '0']).pid!;
    const folders = {
      deadWork: `deck2video-${gone}-a1B2c3`,
      deadChrome: `deck2video-chrome-${gone}-Zz9yX8`,
      deadCache: `deck2video-cache-${gone}-0a1b2c3d`,
      mine: `${tempPrefix()}Qq1Ww2`,
      parent: `deck2video-chrome-${process.ppid}-Ee3Rr4`,
      oldUnowned: 'deck2video-Ab12Cd',
      freshUnowned: 'deck2video-chrome-Xy34Zw',
      notOurs: 'deck2video-my-notes',
    };
    for (const name of Object.values(folders)) await mkdir(join(tmp, name));
    await ago(join(tmp, folders.oldUnowned), STALE_UNOWNED_TEMP_MS + 60_000);
    await ago(join(tmp, folders.notOurs), STALE_UNOWNED_TEMP_MS + 60_000);
    const userFile = join(tmp, `deck2video-${gone}-report.txt`);
    await writeFile(userFile, 'a file, not a folder we made');
    assert.deepEqual(await sweepStale({ tempDir: tmp }), { cacheFiles: 0, tempFolders: 4 });
    assert.deepEqual(Object.entries(folders).map(([k, n]) => [k, existsSync(join(tmp, n))]), [
      ['deadWork', false], ['deadChrome', false], ['deadCache', false], ['mine', true], ['parent', true],
      ['oldUnowned', false], ['freshUnowned', true], ['notOurs', true],
    ]);
    assert.ok(existsSync(userFile));
  });
});
