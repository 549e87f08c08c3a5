/**
 * Retries for remote TTS: rate limits (429), server errors (5xx) and dropped connections are retried
 * with exponential backoff (full jitter, capped), honouring the server's Retry-After when it sends one.
 * Our own loop rather than each SDK's: both providers then behave and test the same way.
 */
import { ConvertError } from '../errors.js';

export interface RetryPolicy {
  retries: number;
  baseMs: number;
  maxMs: number;
}

export interface RetryVerdict {
  retry: boolean;
  /** Server-requested wait, if any. */
  afterMs?: number;
}

export async function withRetry<T>(
  task: (attempt: number) => Promise<T>,
  policy: RetryPolicy,
  classify: (error: unknown) => RetryVerdict,
  signal?: AbortSignal,
): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await task(attempt);
    } catch (error) {
      if (signal?.aborted) throw cancelled(error);
      const verdict = classify(error);
      if (!verdict.retry || attempt >= policy.retries) throw error;
      const backoff = Math.min(policy.maxMs, policy.baseMs * 2 ** attempt) * Math.random();
      const wait = verdict.afterMs !== undefined ? Math.min(policy.maxMs, verdict.afterMs) : backoff;
      await sleep(wait, signal);
    }
  }
}

/** Retry-After as milliseconds: the non-standard retry-after-ms first, then seconds or an HTTP date. */
export function retryAfterMs(get: (name: string) => string | null | undefined): number | undefined {
  const ms = Number(get('retry-after-ms'));
  if (get('retry-after-ms') && Number.isFinite(ms)) return Math.max(0, ms);
  const value = get('retry-after');
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isFinite(date) ? Math.max(0, date - Date.now()) : undefined;
}

export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(cancelled(signal.reason));
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(cancelled(signal?.reason));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

export function cancelled(cause?: unknown): ConvertError {
  return new ConvertError('CANCELLED', 'Narration was cancelled.', { cause });
}
