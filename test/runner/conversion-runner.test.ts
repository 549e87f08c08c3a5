/**
 * The conversion runner: one job in a child process, with progress, cancel, and the result or the
 * ConvertError (code and message) coming back across the process boundary.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConvertError } from '../../converter/errors.js';
import type { ProgressEvent } from '../../converter/progress.js';
import { inspectInChild, killTree, startConversion } from '../../src/runner/conversion-runner.js';
import { assertReachable, chooseRunAs, handOver, lookupUser } from '../../src/runner/run-as.js';
import { notedDeck } from '../server/helpers/decks.js';

/** Running (a zombie waiting for a parent that is gone counts as gone). */
const alive = (pid: number) => {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return false;
  }
};

describe('runner: a conversion in a child process', function () {
  this.timeout(180_000);
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'd2v-runner-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('counts slides in the child, and brings back a bad deck\'s error with its code and message', async () => {
    assert.deepEqual(await inspectInChild({ bytes: await notedDeck(3), name: 'three.pptx' }), { slides: 3 });
    await assert.rejects(inspectInChild({ bytes: new TextEncoder().encode('not a deck'), name: 'x.pptx' }), (e: unknown) =>
      e instanceof ConvertError && e.code === 'BAD_INPUT' && e.exitCode === 3
      && e.message === 'this is not a PowerPoint .pptx file; open the deck in PowerPoint (or export it from Google Slides) as .pptx and try again');
  });

  it('streams typed progress, returns the result, and its process is gone at the end', async () => {
    const events: ProgressEvent[] = [];
    const h = startConversion({ bytes: await notedDeck(2), name: 'two.pptx' }, {
      output: join(dir, 'two.mp4'), cacheDir: join(dir, 'cache'), layout: 'slide-only', resolution: '720p', onProgress: (e) => events.push(e),
    });
    const result = await h.result;
    assert.deepEqual(result.slides, [1, 2]);
    assert.ok(statSync(join(dir, 'two.mp4')).size > 1000);
    assert.deepEqual([...new Set(events.map((e) => e.stage))].sort(), ['done', 'encode', 'mux', 'narrate', 'read', 'render']);
    assert.deepEqual(events.at(-1), { stage: 'done', done: 1, total: 1 });
    assert.equal(alive(h.pid!), false);
  });

  it('cancel() (or the signal) stops it: CANCELLED, no video, no process left', async () => {
    const controller = new AbortController();
    const h = startConversion({ bytes: await notedDeck(4), name: 'four.pptx' }, {
      output: join(dir, 'four.mp4'), cacheDir: join(dir, 'cache-2'), resolution: '720p', signal: controller.signal,
      onProgress: (e) => { if (e.stage === 'render') controller.abort(); },
    });
    await assert.rejects(h.result, (e: unknown) => e instanceof ConvertError && e.code === 'CANCELLED');
    assert.equal(alive(h.pid!), false);
    assert.throws(() => statSync(join(dir, 'four.mp4')));
  });

  it('killTree kills a process and what it started', async () => {
    const parent = spawn('sh', ['-c', 'sleep 300 & sleep 300 & wait'], { stdio: 'ignore' });
    await new Promise((r) => setTimeout(r, 300));
    const kids = readdirSync('/proc').filter((n) => /^\d+$/.test(n)).map(Number).filter((pid) => {
      try {
        return readFileSync(`/proc/${pid}/stat`, 'utf8').includes(`) S ${parent.pid} `);
      } catch {
        return false;
      }
    });
    assert.equal(kids.length, 2);
    await new Promise<void>((resolve) => {
      parent.on('exit', () => resolve());
      killTree(parent.pid);
    });
    await new Promise((r) => setTimeout(r, 200));
    for (const k of kids) assert.equal(alive(k), false, `child ${k}`);
  });
});

describe('runner/run-as: the unprivileged user', () => {
  it('needs root to switch users, and names a user that does not exist', () => {
    assert.throws(() => chooseRunAs('nobody', false), /--run-as needs the service to be started as root/);
    assert.equal(chooseRunAs(undefined, false), undefined);
    assert.throws(() => lookupUser('no-such-user-d2v'), /there is no user "no-such-user-d2v"/);
    assert.deepEqual(lookupUser('root'), { name: 'root', uid: 0, gid: 0 });
  });

  it('says at start when the user cannot reach the data dir, and hands folders over', async function () {
    if (process.getuid?.() !== 0) return this.skip();
    const nobody = lookupUser('nobody');
    const dir = mkdtempSync(join(tmpdir(), 'd2v-runas-'));
    chmodSync(dir, 0o755);
    try {
      const closed = join(dir, 'closed');
      mkdirSync(join(closed, 'data', 'cache'), { recursive: true });
      chmodSync(closed, 0o700);
      await assert.rejects(assertReachable(join(closed, 'data', 'cache'), nobody), new RegExp(`nobody, who cannot reach .* \\(${closed} is closed to them\\)`));
      chmodSync(closed, 0o755);
      await assertReachable(join(closed, 'data', 'cache'), nobody);
      mkdirSync(join(closed, 'data', 'cache', 'renders', 'ab'), { recursive: true });
      await handOver(join(closed, 'data', 'cache'), nobody);
      assert.equal(statSync(join(closed, 'data', 'cache', 'renders', 'ab')).uid, nobody.uid);
      assert.equal(statSync(join(closed, 'data')).uid, 0, 'only what was handed over');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
