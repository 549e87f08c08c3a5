import assert from 'node:assert/strict';
import { THUMBNAIL_PACE, TokenBucket } from '../../../converter/deck/google/token-bucket.js';

/** A bucket on a simulated clock: sleeping moves the clock, so a minute of pacing takes no time. */
function simulated(o = THUMBNAIL_PACE) {
  let t = 0;
  const bucket = new TokenBucket({ ...o, now: () => t, sleep: async (ms) => void (t += ms) });
  return { bucket, now: () => t };
}

describe('deck/google: token bucket for the thumbnail quota', () => {
  it('never lets more than 60 calls into any 60-second window', async () => {
    const { bucket, now } = simulated();
    const starts: number[] = [];
    for (let i = 0; i < 200; i++) {
      await bucket.take();
      starts.push(now());
    }
    for (let i = 0; i < starts.length; i++) {
      const inWindow = starts.filter((s) => s >= starts[i]! && s < starts[i]! + 60_000).length;
      assert.ok(inWindow <= 60, `${inWindow} calls in the minute from ${starts[i]} ms`);
    }
    // The first 10 start at once, then one every 1.2 s.
    assert.deepEqual(starts.slice(0, 12), [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1200, 2400]);
    assert.equal(starts[199], 190 * 1200);
  });

  it('serves concurrent callers one after the other', async () => {
    const { bucket, now } = simulated({ burst: 1, intervalMs: 100 });
    const order: number[] = [];
    await Promise.all([0, 1, 2].map(async () => {
      await bucket.take();
      order.push(now());
    }));
    assert.deepEqual(order, [0, 100, 200]);
  });

  it('refuses a bucket that could never give a token', () => {
    assert.throws(() => new TokenBucket({ burst: 0, intervalMs: 10 }), RangeError);
  });
});
