/**
 * Chromium: finding the binary and owning one headless browser with a small pool of pages.
 *
 * Pages are locked down because they show deck content we do not trust: JavaScript is off and every
 * request other than data:/blob: is refused, so nothing in a deck can reach the network or run code.
 * One browser serves the whole job; pages are reused (creating one costs ~50 ms) and always handed
 * back in `finally`, and the browser process is killed on close or when the caller aborts.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type CDPSession, type Page } from 'puppeteer-core';
import { tempPrefix } from '../cache/sweep.js';
import { ConvertError, missingEngine } from '../errors.js';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

export const CHROME_FLAGS = [
  '--headless',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // Keep screenshots deterministic and cheap: no scrollbars, no smooth font rendering differences.
  '--hide-scrollbars',
  '--font-render-hinting=none',
  // Colours exactly as written in the deck, whatever the machine's display profile.
  '--force-color-profile=srgb',
  '--disable-dev-shm-usage',
  // Pool pages other than the front one must keep painting, or their screenshots never complete.
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
  // Fewer helper processes: each costs tens of MB (GPU process, audio, crash handler; without the sandbox
  // also the zygotes: see sandboxFlags).
  '--in-process-gpu',
  '--disable-extensions',
  '--disable-breakpad',
  '--mute-audio',
  // The WebUI omnibox popups: every window we open got a hidden renderer that spent 20-50 ms of CPU per
  // screenshot of ours (measured at 1920 px), for a toolbar nobody sees.
  '--disable-features=AudioServiceOutOfProcess,Translate,MediaRouter,OptimizationHints,PaintHolding,SpareRendererForSitePerProcess,' +
    'WebUIOmniboxPopup,WebUIOmniboxAimPopup,WebUIOmniboxFullPopup',
  '--disable-site-isolation-trials',
];

/**
 * Our pages load nothing from any network, so the browser resolves no host name at all. Even with
 * background networking off, Chromium looked up accounts.google.com, update.googleapis.com and
 * clients2.google.com: 40 DNS queries per render (counted with strace). Every name (IP literals too)
 * now fails inside the browser, so no query leaves the machine.
 */
export const OFFLINE_FLAGS = ['--host-resolver-rules=MAP * ~NOTFOUND'];

/**
 * Chromium's sandbox confines its renderers, which parse what a deck brings (pictures, fonts, text
 * layout). It stays on, except as root, where Chromium refuses to start with it: then it is forced off
 * (run the service with --run-as, README "Security"). DECK2VIDEO_CHROME_SANDBOX=off turns it off for
 * systems whose kernel forbids the namespaces it needs, at the user's own risk.
 */
export function sandboxFlags(env: NodeJS.ProcessEnv = process.env, uid = process.getuid?.()): string[] {
  // The zygote is what forks sandboxed renderers: it can only go when the sandbox does.
  return uid === 0 || env.DECK2VIDEO_CHROME_SANDBOX === 'off' ? ['--no-sandbox', '--no-zygote'] : [];
}

/** Path of the Chromium to use: CHROME_PATH when set, else the usual install locations. */
export function findChrome(env: NodeJS.ProcessEnv = process.env, exists: (p: string) => boolean = existsSync): string {
  const fromEnv = env.CHROME_PATH;
  if (fromEnv) {
    if (exists(fromEnv)) return fromEnv;
    throw missingEngine(`CHROME_PATH points to ${fromEnv}, which does not exist: fix CHROME_PATH or unset it`);
  }
  for (const p of CANDIDATES) if (exists(p)) return p;
  throw missingEngine('Chromium not found: install it with "sudo apt-get install chromium" or set CHROME_PATH');
}

export interface ChromePoolOptions {
  /** Pages kept open and used concurrently (default 2: one per core on the reference machine). */
  pages?: number;
  /** Aborting kills the browser; pending and later screenshots reject with CANCELLED. */
  signal?: AbortSignal;
  executablePath?: string;
  /** More command-line flags (tests: a net log). */
  extraArgs?: string[];
  /** Longest a page may take to load before its slide counts as too large (default 30 s). */
  pageTimeoutMs?: number;
}

export interface ScreenshotOptions {
  /** Device pixels per CSS pixel: the PNG is round(width*scale) x round(height*scale). Default 1. */
  scale?: number;
  /** Aborting cancels this screenshot and closes the whole pool (its browser is killed). */
  signal?: AbortSignal;
  /** Our own JavaScript expression, evaluated in the page over CDP (the page's scripts stay off) after load. */
  afterLoad?: string;
}

function cancelled(): ConvertError {
  return new ConvertError('CANCELLED', 'Rendering was cancelled');
}

export class ChromePool {
  private readonly idle: Page[] = [];
  private readonly waiters: { resolve: (p: Page) => void; reject: (e: Error) => void }[] = [];
  private closed = false;

  private constructor(
    private readonly browser: Browser,
    private readonly userDataDir: string,
    private readonly size: number,
    private readonly signal?: AbortSignal,
    private readonly pageTimeoutMs = 30_000,
  ) {}

  static async launch(opts: ChromePoolOptions = {}): Promise<ChromePool> {
    if (opts.signal?.aborted) throw cancelled();
    const executablePath = opts.executablePath ?? findChrome();
    const userDataDir = mkdtempSync(join(tmpdir(), tempPrefix('chrome')));
    let browser: Browser;
    try {
      browser = await puppeteer.launch({
        executablePath,
        headless: true,
        args: [...CHROME_FLAGS, ...OFFLINE_FLAGS, ...sandboxFlags(), ...(opts.extraArgs ?? []), `--user-data-dir=${userDataDir}`],
        // We own shutdown; the CLI decides what Ctrl-C means.
        handleSIGINT: false,
        handleSIGTERM: false,
        handleSIGHUP: false,
        pipe: true,
        defaultViewport: null,
        protocolTimeout: 60_000,
      });
    } catch (e) {
      rmSync(userDataDir, { recursive: true, force: true });
      if (/sandbox/i.test(String((e as Error)?.message))) {
        throw missingEngine(`Chromium at ${executablePath} cannot start its sandbox (${firstLine(e)}): allow unprivileged user namespaces ` +
          '(sysctl kernel.unprivileged_userns_clone=1), or set DECK2VIDEO_CHROME_SANDBOX=off at your own risk', e);
      }
      throw missingEngine(`Chromium at ${executablePath} failed to start (${firstLine(e)}): reinstall it or set CHROME_PATH`, e);
    }
    // The start-up tab would keep a renderer process alive for nothing.
    for (const p of await browser.pages().catch(() => [])) await p.close().catch(() => {});
    const pool = new ChromePool(browser, userDataDir, Math.max(1, opts.pages ?? 2), opts.signal, opts.pageTimeoutMs);
    opts.signal?.addEventListener('abort', () => void pool.close(), { once: true });
    // Pages are opened now, while the caller is typically still reading the deck, rather than on first use
    // inside the render loop (a window takes ~100 ms to open).
    await pool.warmUp().catch(async (e) => {
      await pool.close();
      throw e;
    });
    return pool;
  }

  /** Renders `html` in a width x height CSS-px viewport and returns the PNG bytes. */
  async screenshot(html: string, width: number, height: number, opts: ScreenshotOptions = {}): Promise<Uint8Array> {
    const scale = opts.scale ?? 1;
    const page = await this.acquire();
    const onAbort = () => void this.close();
    opts.signal?.addEventListener('abort', onAbort, { once: true });
    let broken = false;
    try {
      if (opts.signal?.aborted) throw cancelled();
      const vp = { width: Math.ceil(width), height: Math.ceil(height), deviceScaleFactor: scale, mobile: false };
      const state = this.pageState.get(page)!;
      const { cdp, viewport: last } = state;
      // Changing the viewport re-lays out the page: only do it when the size changes (once per deck).
      if (!last || last.width !== vp.width || last.height !== vp.height || last.deviceScaleFactor !== scale) {
        await cdp.send('Emulation.setDeviceMetricsOverride', vp);
        state.viewport = vp;
      }
      await page.setContent(html, { waitUntil: 'load' });
      if (opts.afterLoad) await page.evaluate(opts.afterLoad);
      // Captured over our own session rather than page.screenshot(): puppeteer serialises screenshots of all
      // pages of a browser behind one lock, which left one core idle while the other page encoded its PNG
      // (0.116 -> 0.089 s per slide at 1920 px with two pages). The metrics override above is per session,
      // so it is set on this same session.
      const { data } = await cdp.send('Page.captureScreenshot', {
        format: 'png',
        optimizeForSpeed: true,
        fromSurface: true,
        captureBeyondViewport: false,
        clip: { x: 0, y: 0, width, height, scale: 1 },
      });
      const png = Buffer.from(data, 'base64');
      return new Uint8Array(png);
    } catch (e) {
      if (this.closed || opts.signal?.aborted) throw cancelled();
      broken = true;
      // A page that Chromium cannot lay out in time is too much content (the caller names the slide).
      if ((e as Error)?.name === 'TimeoutError') throw new ConvertError('BAD_INPUT', `Chromium could not draw it in time (${firstLine(e)})`, { cause: e });
      throw new ConvertError('INTERNAL', `Chromium failed to render a page: ${firstLine(e)}`, { cause: e });
    } finally {
      opts.signal?.removeEventListener('abort', onAbort);
      if (broken) void this.replace(page);
      else this.release(page);
    }
  }

  /** Closes the browser (killing it if it does not exit promptly) and removes its profile; idempotent. */
  close(): Promise<void> {
    this.closing ??= this.shutdown();
    return this.closing;
  }

  private closing?: Promise<void>;

  private async shutdown(): Promise<void> {
    this.closed = true;
    for (const w of this.waiters.splice(0)) w.reject(cancelled());
    const proc = this.browser.process();
    try {
      await within(3000, this.browser.close());
    } catch {
      // Already gone: nothing to close.
    } finally {
      if (proc && proc.exitCode === null && proc.signalCode === null) {
        proc.kill('SIGKILL');
        await within(2000, new Promise((r) => proc.once('exit', r)));
      }
      rmSync(this.userDataDir, { recursive: true, force: true });
    }
  }

  private pagesMade = 0;
  /**
   * Per page: our own CDP session (screenshots go through it, see screenshot()) and the viewport last
   * set on it. Made with the page.
   */
  private readonly pageState = new WeakMap<Page, { cdp: CDPSession; viewport?: { width: number; height: number; deviceScaleFactor: number } }>();

  private async warmUp(): Promise<void> {
    const opened = await Promise.all(
      Array.from({ length: this.size }, async () => {
        this.pagesMade++;
        return this.newLockedPage();
      }),
    );
    for (const page of opened) this.release(page);
  }

  private async acquire(): Promise<Page> {
    if (this.closed || this.signal?.aborted) throw cancelled();
    const ready = this.idle.pop();
    if (ready) return ready;
    if (this.pagesMade < this.size) {
      this.pagesMade++;
      try {
        return await this.newLockedPage();
      } catch (e) {
        this.pagesMade--;
        if (this.closed) throw cancelled();
        throw e;
      }
    }
    return new Promise((resolve, reject) => this.waiters.push({ resolve, reject }));
  }

  /** A page that failed (crashed renderer, timeout) is not reused: a fresh one takes its place. */
  private async replace(page: Page): Promise<void> {
    await page.close().catch(() => {});
    if (this.closed) return;
    try {
      this.release(await this.newLockedPage());
    } catch (e) {
      this.pagesMade--;
      const next = this.waiters.shift();
      next?.reject(e instanceof Error ? e : new Error(String(e)));
    }
  }

  private release(page: Page): void {
    if (this.closed) return;
    const next = this.waiters.shift();
    if (next) next.resolve(page);
    else this.idle.push(page);
  }

  private async newLockedPage(): Promise<Page> {
    // Each pool page gets its own window: a background tab in headless Chromium may never paint a frame.
    const page = await this.browser.newPage({ type: 'window' });
    page.setDefaultTimeout(this.pageTimeoutMs);
    await page.setJavaScriptEnabled(false);
    await page.setRequestInterception(true);
    page.on('request', (req) => {
      const url = req.url();
      if (url.startsWith('data:') || url.startsWith('blob:') || url === 'about:blank') void req.continue();
      else void req.abort('blockedbyclient');
    });
    this.pageState.set(page, { cdp: await page.createCDPSession() });
    return page;
  }
}

/**
 * Waits for `work` at most `ms`. The timer is cleared when the work ends first: a pending timer would
 * keep the process alive after the job (the CLI lingered ~3 s after every render).
 */
async function within(ms: number, work: Promise<unknown>): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([work, new Promise((r) => (timer = setTimeout(r, ms)))]);
  } finally {
    clearTimeout(timer);
  }
}

function firstLine(e: unknown): string {
  return String(e instanceof Error ? e.message : e).split('\n')[0] ?? '';
}
