/**
 * What can be checked before any work is checked first: the deck's path, option values, the cache
 * folder and the output folder. Each case gives a *damaged* deck, so a message about anything else
 * than the damage proves the check ran before the deck was read.
 */
import assert from 'node:assert/strict';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { convertDeck } from '../../converter/pipeline.js';
import { ConvertError } from '../../converter/errors.js';
import { cli } from '../helpers/cli-run.js';
import { buildDeck } from '../helpers/pptx-fixture.js';

const isRoot = process.getuid?.() === 0;

describe('cli: errors before work (convert, render)', function () {
  this.timeout(60000);
  let dir = '';
  let broken = '';
  let blocker = '';

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'd2v-preflight-'));
    broken = join(dir, 'broken.pptx');
    const bytes = await buildDeck((p) => void p.addSlide().addText('x', { x: 1, y: 1, w: 2, h: 1 }));
    writeFileSync(broken, bytes.subarray(0, 2000));
    // A file where a folder should be: no user, root included, can make a folder below it.
    blocker = join(dir, 'a-file');
    writeFileSync(blocker, 'not a folder');
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  /** A folder this process cannot write: read-only for a normal user; root needs a file system that refuses it. */
  function unwritable(): string | undefined {
    if (!isRoot) {
      const ro = join(dir, 'read-only');
      mkdirSync(ro, { recursive: true });
      chmodSync(ro, 0o500);
      return ro;
    }
    return existsSync('/sys/kernel') ? '/sys' : undefined;
  }

  it('a missing deck is exit 3 (bad input, as the README says), one line', async () => {
    const missing = join(dir, 'nope.pptx');
    assert.deepEqual(await cli('convert', missing, '--cache-dir', join(dir, 'c')), { code: 3, out: '', err: `deck2video: ${missing} does not exist; check the path of the deck\n` });
    assert.deepEqual(await cli('render', missing, '--out', join(dir, 'r')), { code: 3, out: '', err: `deck2video: ${missing} does not exist; check the path of the deck\n` });
    assert.deepEqual(await cli('convert', dir, '--cache-dir', join(dir, 'c')), { code: 3, out: '', err: `deck2video: ${dir} is a folder; give the path of a .pptx file\n` });
  });

  it('an output folder that cannot be written: exit 2 before the deck is read', async () => {
    const out = join(blocker, 'lecture.mp4');
    assert.deepEqual(await cli('convert', broken, '-o', out, '--cache-dir', join(dir, 'c')), {
      code: 2, out: '', err: `deck2video: the output folder ${blocker} cannot be written (a file is in the way): choose another place with -o\n`,
    });
    assert.deepEqual(await cli('convert', broken, '-o', dir, '--cache-dir', join(dir, 'c')), {
      code: 2, out: '', err: `deck2video: ${dir} is a folder: give -o the path of the video file to write, e.g. ${join(dir, 'lecture.mp4')}\n`,
    });
    assert.deepEqual(await cli('render', broken, '--out', join(blocker, 'slides')), {
      code: 2, out: '', err: `deck2video: the folder ${join(blocker, 'slides')} cannot be written (a file is in the way): choose another one with --out\n`,
    });
    const ro = unwritable();
    if (ro) {
      const r = await cli('convert', broken, '-o', join(ro, 'lecture.mp4'), '--cache-dir', join(dir, 'c'));
      assert.equal(r.code, 2);
      assert.match(r.err, new RegExp(`^deck2video: the output folder ${ro} cannot be written \\((permission denied|read-only file system)\\): choose another place with -o\\n$`));
    }
  });

  it('a cache that cannot be used (HOME not writable): exit 2 before the deck is read; --no-cache still works', async () => {
    const env = { HOME: process.env.HOME, XDG_CACHE_HOME: process.env.XDG_CACHE_HOME };
    try {
      delete process.env.XDG_CACHE_HOME;
      process.env.HOME = blocker;
      const cache = join(blocker, '.cache', 'deck2video');
      assert.deepEqual(await cli('convert', broken, '-o', join(dir, 'v.mp4')), {
        code: 2, out: '', err: `deck2video: the cache folder ${cache} cannot be written (a file is in the way): give --cache-dir a writable folder (or set XDG_CACHE_HOME), or use --no-cache\n`,
      });
      const ro = unwritable();
      if (ro) {
        process.env.HOME = ro;
        const r = await cli('convert', broken, '-o', join(dir, 'v.mp4'));
        assert.equal(r.code, 2);
        assert.match(r.err, /^deck2video: the cache folder .* cannot be written \((permission denied|read-only file system)\)/);
      }
      // With --no-cache the run gets as far as reading the deck.
      assert.equal((await cli('convert', broken, '-o', join(dir, 'v.mp4'), '--no-cache')).code, 3);
    } finally {
      for (const [k, v] of Object.entries(env)) if (v === undefined) delete process.env[k]; else process.env[k] = v;
    }
    assert.equal(existsSync(join(dir, 'v.mp4')), false);
  });

  it('a bad option value: exit 2 before the deck is read', async () => {
    // A name ffmpeg's xfade does not have (the options table checks it): refused before the deck is read.
    const r = await cli('convert', broken, '-o', join(dir, 'v.mp4'), '--cache-dir', join(dir, 'c'), '--transition', 'wipeleftt');
    assert.equal(r.code, 2);
    assert.match(r.err, /^deck2video: Unknown --transition wipeleftt: use one of fade, cut, wipeleft, /);
  });

  it('the library checks the output before reading the deck too, and leaves no --no-cache folder behind', async () => {
    const before = readdirSync(tmpdir()).filter((n) => n.startsWith(`deck2video-cache-${process.pid}-`));
    await assert.rejects(
      convertDeck({ path: broken }, { output: join(blocker, 'x.mp4'), noCache: true }),
      (e: unknown) => e instanceof ConvertError && e.code === 'BAD_USAGE' && e.message.startsWith(`the output folder ${blocker} cannot be written`),
    );
    await assert.rejects(convertDeck({ path: broken }, { output: join(dir, 'x.mp4'), noCache: true }), (e: unknown) => e instanceof ConvertError && e.code === 'BAD_INPUT');
    assert.deepEqual(readdirSync(tmpdir()).filter((n) => n.startsWith(`deck2video-cache-${process.pid}-`)), before);
  });
});
