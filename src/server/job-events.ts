/**
 * In-memory fan-out of job events to SSE subscribers. Every event carries a per-job sequence number
 * (the SSE `id:`), so clients can check order; events are delivered synchronously in publish order.
 * Nothing here is durable: a subscriber first gets the job's current state (from disk), then what
 * happens next, which is all a late or reconnecting client needs.
 */
import type { JobView } from './job-types.js';

export type JobEventType = 'progress' | 'done' | 'failed';

export interface JobEvent {
  seq: number;
  type: JobEventType;
  data: JobView;
}

type Listener = (e: JobEvent) => void;

interface Channel {
  seq: number;
  last: JobEvent | undefined;
  listeners: Set<Listener>;
}

/** Finished jobs whose last event is kept for late subscribers, at most. */
const KEEP_FINISHED = 500;

export class JobEvents {
  private readonly channels = new Map<string, Channel>();

  private channel(id: string): Channel {
    let c = this.channels.get(id);
    if (!c) {
      c = { seq: 0, last: undefined, listeners: new Set() };
      this.channels.set(id, c);
    }
    return c;
  }

  publish(type: JobEventType, view: JobView): JobEvent {
    const c = this.channel(view.id);
    const event: JobEvent = { seq: ++c.seq, type, data: view };
    c.last = event;
    for (const l of [...c.listeners]) l(event);
    if (type !== 'progress') this.forgetOldFinished();
    return event;
  }

  /** The newest event of this job in this process: fresher than state.json, which is written lazily. */
  last(id: string): JobEvent | undefined {
    return this.channels.get(id)?.last;
  }

  subscribe(id: string, listener: Listener): () => void {
    const c = this.channel(id);
    c.listeners.add(listener);
    return () => {
      c.listeners.delete(listener);
    };
  }

  listenerCount(id: string): number {
    return this.channels.get(id)?.listeners.size ?? 0;
  }

  private forgetOldFinished(): void {
    const finished = [...this.channels].filter(([, c]) => c.last && c.last.type !== 'progress' && c.listeners.size === 0);
    // Map order is insertion order: the oldest jobs go first; their state is on disk anyway.
    for (const [id] of finished.slice(0, Math.max(0, finished.length - KEEP_FINISHED))) this.channels.delete(id);
  }
}
