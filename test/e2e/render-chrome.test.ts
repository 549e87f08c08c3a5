/** The Chromium engine: finding the binary, the page pool, and cancellation. */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { ChromePool, findChrome } from '../../converter/engines/chrome.js';
import { ConvertError } from '../../converter/errors.js';
import { decodePng } from '../render/png-pixels.js';

function isConvertError(code: string) {
  return (e: unknown) => e instanceof ConvertError && e.code === code;
}

describe('Chromium engine', function () {
  this.timeout(60000);

  describe('findChrome', () => {
    it('prefers CHROME_PATH, then the usual install paths', () => {
      assert.equal(findChrome({ CHROME_PATH: '/opt/c/chrome' }, (p) => p === '/opt/c/chrome'), '/opt/c/chrome');
      assert.equal(findChrome({}, (p) => p === '/usr/bin/chromium-browser' || p === '/usr/bin/google-chrome'), '/usr/bin/chromium-browser');
    });

    it('says how to install Chromium when there is none (exit 4)', () => {
      assert.throws(() => findChrome({}, () => false), (e: unknown) =>
        isConvertError('MISSING_ENGINE')(e) && (e as ConvertError).exitCode === 4 &&
        (e as Error).message === 'Chromium not found: install it with "sudo apt-get install chromium" or set CHROME_PATH');
    });

    it('rejects a CHROME_PATH that does not exist instead of silently using another browser', () => {
      assert.throws(() => findChrome({ CHROME_PATH: '/nope' }, (p) => p !== '/nope'), /CHROME_PATH points to \/nope/);
    });
  });

  describe('ChromePool', () => {
    it('screenshots at the exact size and scale, several pages at once', async () => {
      const pool = await ChromePool.launch({ pages: 2 });
      try {
        const html = '<body style="margin:0;background:#00f"><div style="width:50px;height:50px;background:#f00"></div></body>';
        const shots = await Promise.all([1, 1.5, 2, 1].map((s) => pool.screenshot(html, 100, 60, { scale: s })));
        const sizes = shots.map((b) => decodePng(b)).map((p) => [p.width, p.height]);
        assert.deepEqual(sizes, [[100, 60], [150, 90], [200, 120], [100, 60]]);
        const p = decodePng(shots[2]!);
        assert.deepEqual(p.at(90, 90).slice(0, 3), [255, 0, 0]);
        assert.deepEqual(p.at(110, 90).slice(0, 3), [0, 0, 255]);
      } finally {
        await pool.close();
      }
    });

    it('replaces a page that failed and keeps serving', async () => {
      const pool = await ChromePool.launch({ pages: 1 });
      try {
        await assert.rejects(pool.screenshot('<p>x</p>', 40, 40, { afterLoad: '(() => { throw new Error("boom") })()' }), isConvertError('INTERNAL'));
        const again = await Promise.all([pool.screenshot('<p>a</p>', 40, 40), pool.screenshot('<p>b</p>', 40, 40)]);
        assert.deepEqual(again.map((b) => decodePng(b).width), [40, 40]);
      } finally {
        await pool.close();
      }
    });

    it('kills the browser and removes its profile on abort; later screenshots are cancelled', async () => {
      const ac = new AbortController();
      const pool = await ChromePool.launch({ pages: 1, signal: ac.signal });
      await pool.screenshot('<p>x</p>', 50, 50);
      const pid = (pool as unknown as { browser: { process(): { pid: number } } }).browser.process().pid;
      const dir = (pool as unknown as { userDataDir: string }).userDataDir;
      ac.abort();
      await assert.rejects(pool.screenshot('<p>y</p>', 50, 50), isConvertError('CANCELLED'));
      await pool.close();
      assert.equal(isRunning(pid), false, 'browser process gone');
      assert.equal(existsSync(dir), false, 'profile removed');
    });
  });
});

/** True while `pid` exists and is not a zombie. */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    return !execFileSync('ps', ['-o', 'stat=', '-p', String(pid)], { encoding: 'utf8' }).trim().startsWith('Z');
  } catch {
    return false;
  }
}
