/**
 * Bounded concurrency on p-limit. The hand-written limiter this replaces let two tasks run under a
 * limit of one when a caller arrived between a slot's release and the queued task's wake-up; p-limit
 * hands a freed slot straight to the next queued task.
 */
import pLimit from 'p-limit';

/** A concurrency limit shared by every caller: at most `n` tasks run at once, in call order. */
export type Limiter = <T>(task: () => Promise<T>) => Promise<T>;

export function createLimiter(n: number): Limiter {
  const limit = pLimit(slots(n));
  return (task) => limit(task);
}

/**
 * Run `fn` over items with at most `limit` in flight, results in input order.
 * The first failure stops new work from starting and is rethrown once running calls settle.
 */
export async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const run = pLimit(slots(limit));
  // Boxed, so that even a thrown `undefined` counts as a failure.
  let failed: { error: unknown } | undefined;
  const settled = await Promise.allSettled(items.map((item, i) => run(async () => {
    if (failed) return undefined as R;
    try {
      return await fn(item, i);
    } catch (error) {
      failed ??= { error };
      throw error;
    }
  })));
  if (failed) throw failed.error;
  return settled.map((s) => (s as PromiseFulfilledResult<R>).value);
}

function slots(n: number): number {
  return Math.max(1, Math.floor(n) || 1);
}
