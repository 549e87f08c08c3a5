/**
 * Pacing for Google's per-user quotas. getThumbnail is an "expensive read": 60 per minute per user.
 * A plain bucket of 60 refilled at 1/s would allow 60 + 60 calls in the first minute, so the burst is
 * taken out of the rate: capacity `burst`, one token every intervalMs, where
 * burst + 60000 / intervalMs <= perMinute. Any 60-second window then holds at most perMinute calls.
 */
import { ConvertError } from '../../errors.js';

export interface BucketOptions {
  /** Calls that may start at once. */
  burst: number;
  /** One more call allowed per interval. */
  intervalMs: number;
  now?: () => number;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

/** 10 at once, then one every 1.2 s: 10 + 50 = 60 in any minute. */
export const THUMBNAIL_PACE: BucketOptions = { burst: 10, intervalMs: 1200 };

export class TokenBucket {
  private tokens: number;
  private last: number;
  private readonly now: () => number;
  private readonly sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** Calls wait in line: each take() starts after the previous one got its token. */
  private queue: Promise<void> = Promise.resolve();

  constructor(private readonly o: BucketOptions) {
    if (!(o.burst >= 1 && o.intervalMs > 0)) throw new RangeError('TokenBucket needs burst >= 1 and intervalMs > 0');
    this.now = o.now ?? Date.now;
    this.sleep = o.sleep ?? sleep;
    this.tokens = o.burst;
    this.last = this.now();
  }

  /** Resolves when one call may start. */
  take(signal?: AbortSignal): Promise<void> {
    const turn = this.queue.then(() => this.takeNow(signal));
    this.queue = turn.catch(() => undefined);
    return turn;
  }

  private async takeNow(signal?: AbortSignal): Promise<void> {
    for (;;) {
      if (signal?.aborted) throw new ConvertError('CANCELLED', 'Reading the Google Slides deck was cancelled');
      this.refill();
      if (this.tokens >= 1) {
        this.tokens -= 1;
        return;
      }
      await this.sleep(Math.ceil((1 - this.tokens) * this.o.intervalMs), signal);
    }
  }

  private refill(): void {
    const t = this.now();
    this.tokens = Math.min(this.o.burst, this.tokens + (t - this.last) / this.o.intervalMs);
    this.last = t;
  }
}

export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
    function done(): void {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
  });
}
