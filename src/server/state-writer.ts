/**
 * Persisting a running job's record without writing state.json on every progress tick: writes are
 * serialised (never two renames racing), coalesced (only the newest record is written), and at most
 * one per interval; `flush` writes the newest record now and waits for it.
 */
import type { JobRecord } from './job-types.js';

export class StateWriter {
  private latest: JobRecord | undefined;
  private chain: Promise<void> = Promise.resolve();
  private timer: NodeJS.Timeout | undefined;
  private error: unknown;

  constructor(
    private readonly write: (r: JobRecord) => Promise<void>,
    private readonly intervalMs: number,
  ) {}

  /** Remember this record; it will be on disk within intervalMs. */
  schedule(record: JobRecord): void {
    this.latest = record;
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.enqueue();
    }, this.intervalMs);
  }

  /** Write this record now (after any write in flight) and wait until it is on disk. */
  async flush(record: JobRecord): Promise<void> {
    this.latest = record;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    this.enqueue();
    await this.chain;
    if (this.error) throw this.error;
  }

  private enqueue(): void {
    this.chain = this.chain.then(async () => {
      const r = this.latest;
      this.latest = undefined;
      if (!r) return;
      try {
        await this.write(r);
      } catch (e) {
        this.error = e;
      }
    });
  }
}
