/**
 * Finding and running espeak-ng, the offline TTS engine. Text always goes through stdin and arguments
 * through spawn's array (never a shell), so nothing in the notes can be interpreted as an option or
 * a command.
 */
import { spawn } from 'node:child_process';
import { access, constants } from 'node:fs/promises';
import path from 'node:path';
import { ConvertError, missingEngine } from '../errors.js';

export interface EspeakEngine {
  path: string;
  /** e.g. "1.51" */
  version: string;
  /** Voice names from `espeak-ng --voices` (lower case): en-us, es, fr-fr, hi, ar, cmn, … */
  voices: ReadonlySet<string>;
}

export const ESPEAK_INSTALL_HINT = 'sudo apt-get install espeak-ng';
const USUAL_PATHS = ['/usr/bin/espeak-ng', '/usr/local/bin/espeak-ng', '/opt/homebrew/bin/espeak-ng'];
const STDERR_TAIL = 2000;

const found = new Map<string, Promise<EspeakEngine>>();

/** The explicit path, else espeak-ng on PATH, else the usual install places; MISSING_ENGINE otherwise. */
export function findEspeak(explicit = '', envPath = process.env.PATH ?? ''): Promise<EspeakEngine> {
  const key = `${explicit}\0${envPath}`;
  let engine = found.get(key);
  if (!engine) {
    engine = locate(explicit, envPath);
    found.set(key, engine);
    engine.catch(() => found.delete(key));
  }
  return engine;
}

async function locate(explicit: string, envPath: string): Promise<EspeakEngine> {
  const candidates = explicit
    ? [explicit]
    : [...envPath.split(path.delimiter).filter(Boolean).map((d) => path.join(d, 'espeak-ng')), ...USUAL_PATHS];
  for (const candidate of candidates) {
    if (!(await isExecutable(candidate))) continue;
    const version = (await runEspeak(candidate, ['--version'], '')).toString('utf8');
    const list = (await runEspeak(candidate, ['--voices'], '')).toString('utf8');
    return { path: candidate, version: /\b(\d+\.\d+(?:\.\d+)?)/.exec(version)?.[1] ?? 'unknown', voices: parseVoices(list) };
  }
  throw missingEngine(
    explicit
      ? `espeak-ng not found at ${explicit}: fix ESPEAK_NG_PATH, or install it with "${ESPEAK_INSTALL_HINT}".`
      : `espeak-ng is not installed (needed for --tts espeak): install it with "${ESPEAK_INSTALL_HINT}", or use --tts openai.`,
  );
}

/** The VoiceName column is not unique; the second column (language) is the name -v accepts. */
export function parseVoices(listing: string): Set<string> {
  const voices = new Set<string>();
  for (const line of listing.split('\n').slice(1)) {
    const cols = line.trim().split(/\s+/);
    if (cols.length >= 2 && cols[1]) voices.add(cols[1].toLowerCase());
  }
  return voices;
}

async function isExecutable(file: string): Promise<boolean> {
  try {
    await access(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Run espeak-ng with `args`, feeding `stdin`; resolve with stdout. Killed when `signal` aborts. */
export function runEspeak(file: string, args: string[], stdin: string, signal?: AbortSignal): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new ConvertError('CANCELLED', 'Narration was cancelled.'));
    const child = spawn(file, args, { stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    let err = '';
    const onAbort = () => child.kill('SIGKILL');
    signal?.addEventListener('abort', onAbort, { once: true });
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => {
      err = (err + d.toString('utf8')).slice(-STDERR_TAIL);
    });
    child.stdin.on('error', () => {}); // a crashed child closes stdin; the exit handler reports it
    child.on('error', (e) => {
      signal?.removeEventListener('abort', onAbort);
      reject(missingEngine(`Cannot run espeak-ng at ${file}: install it with "${ESPEAK_INSTALL_HINT}".`, e));
    });
    child.on('close', (code, sig) => {
      signal?.removeEventListener('abort', onAbort);
      if (signal?.aborted) return reject(new ConvertError('CANCELLED', 'Narration was cancelled.'));
      if (code === 0) return resolve(Buffer.concat(out));
      reject(
        new ConvertError('INTERNAL', `espeak-ng failed (${sig ?? `exit ${code}`}): run with --verbose for its output.`, {
          detail: err.trim(),
        }),
      );
    });
    child.stdin.end(stdin, 'utf8');
  });
}
