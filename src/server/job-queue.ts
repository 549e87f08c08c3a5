/**
 * Runs jobs, `concurrency` at a time, in arrival order; the rest wait in the queue. A job's run
 * reads everything from its folder (so a restarted server runs it exactly like the first time),
 * calls the injected conversion, streams progress to subscribers and keeps state.json current.
 *
 * Stopping the service aborts running conversions and puts their jobs back to `queued` on disk: the
 * next start resumes them, and the artifact cache makes the finished parts cheap.
 *
 * A Google Slides job first gets its deck (google-job-source.ts): read from Google on its first run,
 * rebuilt from the job folder on any later one; the conversion then gets the deck itself.
 */
import { ConvertError, isConvertError, type ConvertInput, type ConvertOptions, type ConvertResult, type ProgressEvent } from '../../converter/index.js';
import { basename } from 'node:path';
import { prepareGoogleDeck, type GoogleJobDeps } from './google-job-source.js';
import type { JobEvents } from './job-events.js';
import { toConvertOptions } from './job-options.js';
import type { JobStore } from './job-store.js';
import type { JobRecord } from './job-types.js';
import { jobView } from './job-view.js';
import { overallProgress, recordStage } from './progress-math.js';
import { StateWriter } from './state-writer.js';

/** The conversion: a deck file's bytes (uploads) or a deck already read (Google Slides jobs). */
export type RunJob = (input: ConvertInput, options: ConvertOptions) => Promise<ConvertResult>;

export interface QueueLog {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

export interface JobQueueOptions {
  store: JobStore;
  events: JobEvents;
  runJob: RunJob;
  /** What Google Slides jobs need (tokens in memory, limits); without it they fail. */
  google?: GoogleJobDeps;
  concurrency: number;
  log: QueueLog;
  /** A job whose runs keep getting interrupted (it crashes the server?) fails after this many. */
  maxAttempts?: number;
  stateWriteIntervalMs?: number;
}

const SHUTDOWN = 'shutdown';
const CANCEL = 'cancel';

interface Running {
  controller: AbortController;
  finished: Promise<void>;
}

export class JobQueue {
  private readonly pending: string[] = [];
  private readonly running = new Map<string, Running>();
  private stopped = false;
  private idleWaiters: (() => void)[] = [];

  constructor(private readonly o: JobQueueOptions) {}

  get counts(): { queued: number; running: number } {
    return { queued: this.pending.length, running: this.running.size };
  }

  enqueue(id: string): void {
    if (this.stopped || this.pending.includes(id) || this.running.has(id)) return;
    this.pending.push(id);
    this.pump();
  }

  /** Stop a queued or running job; it ends as failed ("cancelled"). False if it was not active. */
  async cancel(id: string): Promise<boolean> {
    const at = this.pending.indexOf(id);
    if (at >= 0) {
      this.pending.splice(at, 1);
      const r = await this.o.store.read(id);
      if (r) await this.finish(r, new StateWriter((x) => this.o.store.write(x), 0), { cancelled: true });
      this.o.google?.tokens.forget(id);
      this.notifyIdle();
      return true;
    }
    const run = this.running.get(id);
    if (!run) return false;
    run.controller.abort(CANCEL);
    await run.finished;
    return true;
  }

  /** Abort running jobs (they go back to `queued` on disk) and start nothing more. */
  async stop(graceMs = 15_000): Promise<void> {
    this.stopped = true;
    this.pending.length = 0;
    const runs = [...this.running.values()];
    for (const r of runs) r.controller.abort(SHUTDOWN);
    await Promise.race([Promise.all(runs.map((r) => r.finished)), new Promise((res) => setTimeout(res, graceMs).unref())]);
    // Tokens live in this process only; the next start has none (jobs not yet read fail, saying so).
    this.o.google?.tokens.clear();
  }

  /** Resolves when nothing is queued or running (tests, and graceful drains). */
  idle(): Promise<void> {
    if (this.pending.length === 0 && this.running.size === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  private notifyIdle(): void {
    if (this.pending.length === 0 && this.running.size === 0) for (const w of this.idleWaiters.splice(0)) w();
  }

  private pump(): void {
    while (!this.stopped && this.running.size < this.o.concurrency && this.pending.length > 0) {
      const id = this.pending.shift() as string;
      const controller = new AbortController();
      const finished = this.run(id, controller.signal)
        .catch((e) => this.o.log.error({ job: id, err: e }, 'job runner failed'))
        .finally(() => {
          // Held until here (not just until the deck is read) so a failure logged above is scrubbed of it.
          this.o.google?.tokens.forget(id);
          this.running.delete(id);
          this.pump();
          this.notifyIdle();
        });
      this.running.set(id, { controller, finished });
    }
  }

  private async run(id: string, signal: AbortSignal): Promise<void> {
    const { store, events, log } = this.o;
    const initial = await store.read(id);
    if (!initial || initial.state === 'done' || initial.state === 'failed') return;
    const writer = new StateWriter((r) => store.write(r), this.o.stateWriteIntervalMs ?? 250);
    const now = new Date().toISOString();
    let record: JobRecord = { ...initial, state: 'running', stage: 'read', progress: 0, detail: '', stages: {}, attempts: initial.attempts + 1, startedAt: now, updatedAt: now };
    delete record.error;
    delete record.errorCode;
    const maxAttempts = this.o.maxAttempts ?? 3;
    if (record.attempts > maxAttempts) {
      await this.finish(record, writer, { error: `The service stopped ${maxAttempts} times while converting this deck: it was given up; try again, or convert it with the deck2video command`, code: 'INTERNAL' });
      return;
    }
    await writer.flush(record);
    events.publish('progress', jobView(record));
    log.info({ job: id, attempt: record.attempts, deck: record.deckName, slides: record.slideCount }, 'job started');

    let settled = false;
    const onProgress = (e: ProgressEvent) => {
      if (settled) return;
      const stages = recordStage(record.stages, e);
      record = { ...record, stages, stage: e.stage, detail: e.detail ?? '', progress: overallProgress(stages, record.progress), updatedAt: new Date().toISOString() };
      events.publish('progress', jobView(record));
      writer.schedule(record);
    };

    const started = Date.now();
    try {
      const paths = store.paths(id);
      const jobOptions = await store.readOptions(id);
      const options: ConvertOptions = {
        ...toConvertOptions(jobOptions),
        output: paths.video,
        cacheDir: store.cacheDir,
        signal,
        onProgress,
      };
      let input: ConvertInput;
      if (record.google) {
        if (!this.o.google) throw new ConvertError('INTERNAL', 'this service was started without support for Google Slides jobs');
        const prepared = await prepareGoogleDeck(this.o.google, record, jobOptions, signal, onProgress);
        if (Object.keys(prepared.patch).length > 0) {
          record = { ...record, ...prepared.patch, updatedAt: new Date().toISOString() };
          await writer.flush(record);
          events.publish('progress', jobView(record));
        }
        input = { deck: prepared.deck };
        if (prepared.slideImages) options.slideImages = prepared.slideImages;
      } else {
        if (record.slideImages > 0) options.slideImages = await store.readSlideImages(id);
        input = { bytes: await store.readDeck(id), name: record.deckName };
      }
      const result = await this.o.runJob(input, options);
      settled = true;
      // Problems with Google's slide pictures belong to the result too (kept on disk for a resumed run).
      const warnings = [...(record.google?.warnings ?? []), ...result.warnings];
      // Every video of the job by language, as the file stem in the out folder (video.es.mp4 -> video.es).
      const files = Object.fromEntries([result, ...result.translations].map((v) => [v.lang, basename(v.video, '.mp4')]));
      record = { ...record, result: { durationMs: result.durationMs, slides: result.slides, warnings, lang: result.lang, files } };
      await this.finish(record, writer, {});
      log.info({ job: id, ms: Date.now() - started, videoMs: result.durationMs, timings: result.timings }, 'job done');
    } catch (e) {
      settled = true;
      if (signal.aborted && signal.reason === SHUTDOWN) {
        // Not a failure: the job runs again when the service starts next.
        record = { ...record, state: 'queued', stage: 'queued', progress: 0, detail: '', stages: {}, updatedAt: new Date().toISOString() };
        await writer.flush(record);
        log.info({ job: id }, 'job interrupted by shutdown; it resumes on the next start');
        return;
      }
      if (signal.aborted && signal.reason === CANCEL) {
        await this.finish(record, writer, { cancelled: true });
        log.info({ job: id }, 'job cancelled');
        return;
      }
      const known = isConvertError(e) && e.code !== 'INTERNAL';
      const message = isConvertError(e) ? e.message : `internal error: ${e instanceof Error ? e.message : String(e)}`;
      await this.finish(record, writer, { error: oneLine(message), code: isConvertError(e) ? e.code : 'INTERNAL' });
      if (known) log.warn({ job: id, code: (e as { code: string }).code, error: message }, 'job failed');
      else log.error({ job: id, err: e }, 'job failed');
    }
  }

  private async finish(record: JobRecord, writer: StateWriter, end: { error?: string; code?: string; cancelled?: boolean }): Promise<void> {
    const now = new Date().toISOString();
    const failed = end.cancelled || end.error !== undefined;
    const final: JobRecord = failed
      ? { ...record, state: 'failed', error: end.cancelled ? 'The conversion was cancelled' : end.error, errorCode: end.cancelled ? 'CANCELLED' : end.code, updatedAt: now, finishedAt: now }
      : { ...record, state: 'done', stage: 'done', progress: 1, detail: '', updatedAt: now, finishedAt: now };
    await writer.flush(final);
    this.o.events.publish(failed ? 'failed' : 'done', jobView(final));
  }
}

function oneLine(s: string): string {
  return s.replace(/\s*\n\s*/g, ' ').trim();
}
