import { strict as assert } from 'node:assert';
import { LazyChromePool } from '../../converter/engines/lazy-chrome-pool.js';

describe('e2e: LazyChromePool', function () {
  this.timeout(60000);

  it('starts no browser until a screenshot is asked for', async () => {
    // A browser that cannot start: closing an unused pool is fine, the first screenshot says why.
    const pool = new LazyChromePool({ executablePath: '/nonexistent/chromium' });
    const unused = new LazyChromePool({ executablePath: '/nonexistent/chromium' });
    await unused.close();
    await assert.rejects(pool.screenshot('<p>x</p>', 10, 10), (e: Error & { code?: string }) => e.code === 'MISSING_ENGINE' && /failed to start/.test(e.message));
    await pool.close();
  });

  it('renders with the real Chromium once asked, and refuses work after close', async () => {
    const pool = new LazyChromePool({ pages: 1 });
    try {
      const png = await pool.screenshot('<body style="margin:0;background:#f00"></body>', 40, 20, { scale: 2 });
      assert.deepEqual([...png.subarray(1, 4)].map((c) => String.fromCharCode(c)).join(''), 'PNG');
      // IHDR: width and height in device pixels.
      const view = new DataView(png.buffer, png.byteOffset);
      assert.deepEqual([view.getUint32(16), view.getUint32(20)], [80, 40]);
    } finally {
      await pool.close();
    }
    await assert.rejects(pool.screenshot('<p>x</p>', 10, 10), /cancelled/);
  });
});
