/**
 * The one place that spawns ffmpeg and ffprobe. Argument lists are built elsewhere by pure functions;
 * this runner only finds the binaries, runs them, keeps the tail of stderr for error messages, and
 * kills the process when the caller aborts.
 */
import { spawn, spawnSync } from 'node:child_process';
import { ConvertError, missingEngine } from '../errors.js';

const INSTALL_HINT =
  'install it with "sudo apt-get install ffmpeg" (macOS: "brew install ffmpeg") or set FFMPEG_PATH';

let cached: { ffmpeg: string; ffprobe: string; version: string } | undefined;

/**
 * Finds ffmpeg and ffprobe: FFMPEG_PATH / FFPROBE_PATH, else the PATH. `version` is ffmpeg's first
 * line ("ffmpeg version 5.1.6-0+deb12u1 …"), for the keys of what it encodes.
 */
export function findFfmpeg(): { ffmpeg: string; ffprobe: string; version: string } {
  if (cached) return cached;
  const ffmpeg = process.env.FFMPEG_PATH || 'ffmpeg';
  const ffprobe = process.env.FFPROBE_PATH || ffmpeg.replace(/ffmpeg(\.exe)?$/, 'ffprobe$1');
  let version = '';
  for (const bin of [ffmpeg, ffprobe]) {
    const r = spawnSync(bin, ['-version'], { stdio: ['ignore', 'pipe', 'ignore'], encoding: 'utf8' });
    if (r.error || r.status !== 0) throw missingEngine(`${bin} not found: ${INSTALL_HINT}`);
    version ||= (r.stdout.split('\n')[0] ?? '').replace(/\s+Copyright.*$/, '').trim();
  }
  cached = { ffmpeg, ffprobe, version };
  return cached;
}

export interface RunOptions {
  signal?: AbortSignal;
  /** Bytes written to stdin (e.g. a concat list), if any. */
  input?: Uint8Array | string;
  /** Called with each stderr chunk (ffmpeg's `-progress pipe:2` lines, for progress bars). */
  onStderr?: (chunk: string) => void;
}

export interface RunResult {
  stdout: Buffer;
  stderr: string;
}

const STDERR_TAIL = 4000;

function run(bin: string, args: string[], what: string, opts: RunOptions): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    if (opts.signal?.aborted) return reject(cancelled());
    const child = spawn(bin, args, { stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    let err = '';
    const onAbort = () => child.kill('SIGKILL');
    opts.signal?.addEventListener('abort', onAbort, { once: true });
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => {
      const s = b.toString('utf8');
      opts.onStderr?.(s);
      err = (err + s).slice(-STDERR_TAIL);
    });
    child.stdin.on('error', () => undefined); // ffmpeg may exit before reading all input
    child.stdin.end(opts.input ?? '');
    child.on('error', (e) => {
      opts.signal?.removeEventListener('abort', onAbort);
      reject(missingEngine(`${bin} could not be started (${e.message}): ${INSTALL_HINT}`, e));
    });
    child.on('close', (code) => {
      opts.signal?.removeEventListener('abort', onAbort);
      if (opts.signal?.aborted) return reject(cancelled());
      if (code === 0) return resolve({ stdout: Buffer.concat(out), stderr: err });
      const last = err.trim().split('\n').filter(Boolean).pop() ?? `exit code ${code}`;
      reject(new ConvertError('INTERNAL', `${what} failed: ${last}`, { detail: `${bin} ${args.join(' ')}\n${err}` }));
    });
  });
}

function cancelled(): ConvertError {
  return new ConvertError('CANCELLED', 'cancelled');
}

export function runFfmpeg(args: string[], opts: RunOptions = {}): Promise<RunResult> {
  return run(findFfmpeg().ffmpeg, ['-hide_banner', '-nostdin', '-y', ...args], 'ffmpeg', opts);
}

export function runFfprobe(args: string[], opts: RunOptions = {}): Promise<RunResult> {
  return run(findFfmpeg().ffprobe, ['-v', 'error', ...args], 'ffprobe', opts);
}
