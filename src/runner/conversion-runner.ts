/**
 * Runs a conversion in a child process (child-main.ts): start it with a deck and options, get typed
 * progress events, cancel it, and get the result or a ConvertError with its code. The service uses
 * it for every job, and so can the Redis workers (issue 13): `childRunJob(o)` has the shape of
 * convertDeck itself.
 *
 * Why a process and not a worker thread: its memory goes back to the system when it exits (a job that
 * drew 10^5 shapes used to leave the service 1.2 GB larger), a crash or an out-of-memory kill takes
 * only the job, and it can run as another, unprivileged user (RunnerOptions.user).
 */
import { fork, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { ConvertError, type ConvertInput, type ConvertOptions, type ConvertResult } from '../../converter/index.js';
import type { ChildReply, ChildRequest } from './protocol.js';

export interface RunnerOptions {
  /** Run the child as this user (the parent must be root to switch). */
  user?: { uid: number; gid: number };
  /** After a cancel, how long the child has to clean up (stop Chromium and ffmpeg) before it is killed. */
  graceMs?: number;
}

export interface ConversionHandle {
  /** The child's process id. */
  readonly pid: number | undefined;
  /** The video, or the ConvertError the conversion ended with (CANCELLED after cancel()). */
  readonly result: Promise<ConvertResult>;
  cancel(): void;
}

/** Built (dist/…/child-main.js) or run from source under tsx (…/child-main.ts), the child sits beside this file. */
function childEntry(): { path: string; execArgv: string[] } {
  const self = fileURLToPath(import.meta.url);
  const fromSource = self.endsWith('.ts');
  return { path: self.replace(/conversion-runner\.(ts|js)$/, `child-main.$1`), execArgv: fromSource ? ['--import', 'tsx'] : [] };
}

function spawnChild(o: RunnerOptions): ChildProcess {
  const entry = childEntry();
  return fork(entry.path, [], {
    execArgv: entry.execArgv,
    serialization: 'advanced',
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    ...(o.user ? { uid: o.user.uid, gid: o.user.gid, env: { ...process.env, HOME: tmpdir() } } : {}),
  });
}

/** Start one request in a fresh child; `onReply` sees every message; resolves on the final one. */
function runChild<T>(request: ChildRequest, o: RunnerOptions, onReply: (r: ChildReply) => T | undefined, signal?: AbortSignal):
  { pid: number | undefined; done: Promise<T>; cancel: () => void } {
  const child = spawnChild(o);
  let killTimer: NodeJS.Timeout | undefined;
  const cancel = () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    if (child.connected) child.send({ type: 'cancel' } satisfies ChildRequest);
    else child.kill('SIGTERM');
    killTimer ??= setTimeout(() => killTree(child.pid), o.graceMs ?? 10_000);
  };
  const done = new Promise<T>((resolve, reject) => {
    let settled: { value: T } | undefined;
    let failed: ConvertError | undefined;
    child.on('message', (reply: ChildReply) => {
      if (reply.type === 'failed') failed = new ConvertError(reply.error.code, reply.error.message, { detail: reply.error.detail });
      else {
        const value = onReply(reply);
        if (value !== undefined) settled = { value };
      }
    });
    child.on('error', (e) => reject(new ConvertError('INTERNAL', `the conversion process could not be started: ${e.message}`, { cause: e })));
    // 'close', not 'exit': it comes after the IPC channel is drained, so the last reply is never lost.
    child.on('close', (code, sig) => {
      clearTimeout(killTimer);
      signal?.removeEventListener('abort', cancel);
      if (settled) return resolve(settled.value);
      if (failed) return reject(failed);
      if (signal?.aborted) return reject(new ConvertError('CANCELLED', 'The conversion was cancelled'));
      const how = sig === 'SIGKILL' ? 'it was killed (out of memory?)' : sig ? `signal ${sig}` : `exit code ${code}`;
      reject(new ConvertError('INTERNAL', `the conversion process stopped without a result (${how}): try again, or convert the deck with the deck2video command`));
    });
  });
  if (signal?.aborted) cancel();
  else signal?.addEventListener('abort', cancel, { once: true });
  child.send(request);
  return { pid: child.pid, done, cancel };
}

/** Start a conversion in a child process. Aborting options.signal cancels it, like cancel(). */
export function startConversion(input: ConvertInput, options: ConvertOptions, o: RunnerOptions = {}): ConversionHandle {
  const { signal, onProgress, ...rest } = options;
  const run = runChild<ConvertResult>({ type: 'convert', input, options: rest }, o, (reply) => {
    if (reply.type === 'progress') onProgress?.(reply.event);
    return reply.type === 'converted' ? reply.result : undefined;
  }, signal);
  return { pid: run.pid, result: run.done, cancel: run.cancel };
}

/** convertDeck's own shape, run in a child: what the service's queue (and issue 13's workers) call. */
export function childRunJob(o: RunnerOptions = {}): (input: ConvertInput, options: ConvertOptions) => Promise<ConvertResult> {
  return (input, options) => startConversion(input, options, o).result;
}

/** Reads a deck in a child process and counts its slides (uploads: a hostile deck costs the child, not the service). */
export function inspectInChild(input: { bytes: Uint8Array; name: string }, o: RunnerOptions = {}): Promise<{ slides: number }> {
  return runChild<{ slides: number }>({ type: 'inspect', input }, o, (reply) => (reply.type === 'inspected' ? { slides: reply.slides } : undefined)).done;
}

/**
 * SIGKILL a process and everything it started (Chromium puts itself in its own process group, so a
 * group kill would miss it). Linux reads the tree from /proc; elsewhere only the process itself.
 */
export function killTree(pid: number | undefined): void {
  if (!pid) return;
  const children = new Map<number, number[]>();
  try {
    for (const name of readdirSync('/proc')) {
      if (!/^\d+$/.test(name)) continue;
      try {
        const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
        const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
        children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
      } catch {
        // gone meanwhile
      }
    }
  } catch {
    // no /proc
  }
  const all: number[] = [];
  const stack = [pid];
  while (stack.length) {
    const p = stack.pop()!;
    all.push(p);
    stack.push(...(children.get(p) ?? []));
  }
  for (const p of all) {
    try {
      process.kill(p, 'SIGKILL');
    } catch {
      // already gone
    }
  }
}
