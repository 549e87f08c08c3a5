/**
 * A Chromium pool that starts the browser on the first screenshot. A conversion whose slides and
 * frames all come from the cache (a re-export after a notes edit) then never starts Chromium, which
 * is most of a second of a few-second job.
 */
import { ConvertError } from '../errors.js';
import { ChromePool, type ChromePoolOptions, type ScreenshotOptions } from './chrome.js';

/** What the renderers need from a pool: ChromePool itself or this lazy one. */
export type PagePool = Pick<ChromePool, 'screenshot' | 'close'>;

export class LazyChromePool implements PagePool {
  private launching?: Promise<ChromePool>;
  private closed = false;

  constructor(private readonly options: ChromePoolOptions) {}

  async screenshot(html: string, width: number, height: number, opts?: ScreenshotOptions): Promise<Uint8Array> {
    if (this.closed) throw new ConvertError('CANCELLED', 'Rendering was cancelled');
    this.launching ??= ChromePool.launch(this.options);
    return (await this.launching).screenshot(html, width, height, opts);
  }

  /** Closes the browser if one was started (waiting for a start in progress); idempotent. */
  async close(): Promise<void> {
    this.closed = true;
    const pool = await this.launching?.catch(() => undefined);
    await pool?.close();
  }
}
