/**
 * Running conversions as an unprivileged user when the service runs as root. Chromium draws every
 * deck, and its image decoders and layout engine parse bytes an attacker chose: as root it also has to
 * run without its sandbox. The conversion child runs as the chosen user instead (then Chromium keeps
 * its sandbox), and what it must write, the cache and the job's folder, is handed over to that user.
 */
import { execFileSync } from 'node:child_process';
import { chown, lstat, readdir, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { ConvertError } from '../../converter/index.js';

export interface RunAsUser {
  name: string;
  uid: number;
  gid: number;
}

/** The user's ids, from the system's user database (`id`); BAD_USAGE when there is no such user. */
export function lookupUser(name: string): RunAsUser {
  try {
    const uid = Number(execFileSync('id', ['-u', name], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim());
    const gid = Number(execFileSync('id', ['-g', name], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim());
    if (Number.isInteger(uid) && Number.isInteger(gid)) return { name, uid, gid };
  } catch {
    // not found
  }
  throw new ConvertError('BAD_USAGE', `there is no user "${name}" on this system: create it (e.g. "sudo useradd --system --no-create-home deck2video") or name another with --run-as`);
}

/** The conventional service account, when the system has one. */
export const DEFAULT_RUN_AS = 'deck2video';

/**
 * Which user conversions run as: --run-as (or DECK2VIDEO_RUN_AS) when given; as root without it, the
 * "deck2video" account when it exists. Undefined: conversions run as the service's own user.
 */
export function chooseRunAs(requested: string | undefined, isRoot = process.getuid?.() === 0): RunAsUser | undefined {
  if (requested) {
    if (!isRoot) throw new ConvertError('BAD_USAGE', '--run-as needs the service to be started as root (it switches users); without it, conversions run as your own user');
    return lookupUser(requested);
  }
  if (!isRoot) return undefined;
  try {
    return lookupUser(DEFAULT_RUN_AS);
  } catch {
    return undefined;
  }
}

/** Gives `dir` and everything below it to the user (only what is not theirs yet: a second start costs a walk, no writes). */
export async function handOver(dir: string, user: RunAsUser): Promise<void> {
  const st = await lstat(dir).catch(() => undefined);
  if (!st || st.isSymbolicLink()) return;
  if (st.uid !== user.uid || st.gid !== user.gid) await chown(dir, user.uid, user.gid);
  if (!st.isDirectory()) return;
  for (const name of await readdir(dir)) await handOver(join(dir, name), user);
}

/**
 * The user can reach `dir`: every folder above it lets them pass (x for them, their group or others).
 * A data dir under /root (mode 700) cannot be used by the conversion child: said at start, not when
 * the first job fails.
 */
export async function assertReachable(dir: string, user: RunAsUser): Promise<void> {
  for (let d = dirname(resolve(dir)); ; d = dirname(d)) {
    const st = await stat(d);
    const x = st.uid === user.uid ? 0o100 : st.gid === user.gid ? 0o010 : 0o001;
    if (!(st.mode & x)) {
      throw new ConvertError('BAD_USAGE', `conversions run as ${user.name}, who cannot reach ${dir} (${d} is closed to them): choose a --data-dir they can reach, such as /var/lib/deck2video`);
    }
    if (d === dirname(d)) return;
  }
}
