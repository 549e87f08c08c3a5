import assert from 'node:assert/strict';
import { createLimiter, mapLimit } from '../converter/parallel.js';

/** A task that records how many tasks run at once and finishes when `open` is called. */
function gate(stats: { running: number; max: number }) {
  let open!: () => void;
  const done = new Promise<void>((r) => (open = r));
  const task = async () => {
    stats.max = Math.max(stats.max, ++stats.running);
    await done;
    stats.running--;
  };
  return { task, open, done };
}

/** Runs `f` after `hops` microtasks. */
function afterMicrotasks(hops: number, f: () => void): void {
  if (hops === 0) f();
  else queueMicrotask(() => afterMicrotasks(hops - 1, f));
}

describe('bounded concurrency', () => {
  it('a limit of one never runs two tasks, even when a caller arrives between a release and the next wake-up', async () => {
    // The late caller arrives 0..7 microtasks after the first task ends: one of those lands between the
    // slot being released and the queued task waking up, whatever the limiter's internals.
    for (let hops = 0; hops < 8; hops++) {
      const limit = createLimiter(1);
      const stats = { running: 0, max: 0 };
      const [first, queued, late] = [gate(stats), gate(stats), gate(stats)];
      const runs = [limit(first.task), limit(queued.task)];
      void first.done.then(() => afterMicrotasks(hops, () => runs.push(limit(late.task))));
      first.open();
      await new Promise((r) => setTimeout(r, 5));
      queued.open();
      await new Promise((r) => setTimeout(r, 5));
      late.open();
      await Promise.all(runs);
      assert.deepEqual({ hops, calls: runs.length, max: stats.max }, { hops, calls: 3, max: 1 });
    }
  });

  it('maps with at most `limit` calls in flight and keeps the input order', async () => {
    const stats = { running: 0, max: 0 };
    const out = await mapLimit([30, 5, 20, 1, 10], 2, async (ms, i) => {
      stats.max = Math.max(stats.max, ++stats.running);
      await new Promise((r) => setTimeout(r, ms));
      stats.running--;
      return `${i}:${ms}`;
    });
    assert.deepEqual(out, ['0:30', '1:5', '2:20', '3:1', '4:10']);
    assert.equal(stats.max, 2);
  });

  it('after the first failure starts nothing new, lets running calls finish, then rethrows that failure', async () => {
    const started: number[] = [];
    const finished: number[] = [];
    await assert.rejects(
      mapLimit([0, 1, 2, 3, 4], 2, async (i) => {
        started.push(i);
        await new Promise((r) => setTimeout(r, i === 0 ? 5 : 20));
        if (i === 0) throw new Error('first failed');
        finished.push(i);
        return i;
      }),
      /first failed/,
    );
    assert.deepEqual(started, [0, 1]);
    assert.deepEqual(finished, [1]);
  });
});
