/**
 * Peak memory of a job and everything it starts (Chromium and its renderers, ffmpeg, espeak-ng):
 * the summed RSS of a process tree, sampled while the job runs.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** Processes in the tree below `root` (itself included). */
function treePids(root: number): number[] {
  const out = execFileSync('ps', ['-eo', 'pid=,ppid='], { encoding: 'utf8' });
  const kids = new Map<number, number[]>();
  for (const line of out.trim().split('\n')) {
    const [pid, ppid] = line.trim().split(/\s+/).map(Number);
    kids.set(ppid, [...(kids.get(ppid) ?? []), pid]);
  }
  const pids: number[] = [];
  const stack = [root];
  while (stack.length) {
    const p = stack.pop()!;
    pids.push(p);
    stack.push(...(kids.get(p) ?? []));
  }
  return pids;
}

/**
 * Proportional set size (kB) of the tree: shared pages (Chromium's processes share most of theirs)
 * count once, split among their users. Linux only; undefined elsewhere.
 */
export function treePssKb(root: number = process.pid): number | undefined {
  let total = 0;
  for (const pid of treePids(root)) {
    try {
      const m = /^Pss:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'));
      total += m ? Number(m[1]) : 0;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT' && pid === root) return undefined;
    }
  }
  return total;
}

/** Sum of RSS (kB) of `root` and its descendants (shared pages counted in every process). */
export function treeRssKb(root: number = process.pid): number {
  const out = execFileSync('ps', ['-eo', 'pid=,ppid=,rss='], { encoding: 'utf8' });
  const rows = out.trim().split('\n').map((l) => l.trim().split(/\s+/).map(Number) as [number, number, number]);
  const kids = new Map<number, number[]>();
  for (const [pid, ppid] of rows) kids.set(ppid, [...(kids.get(ppid) ?? []), pid]);
  const rss = new Map(rows.map(([pid, , r]) => [pid, r]));
  let total = 0;
  const stack = [root];
  while (stack.length) {
    const p = stack.pop()!;
    total += rss.get(p) ?? 0;
    stack.push(...(kids.get(p) ?? []));
  }
  return total;
}

/** Runs `work` while sampling the tree's memory; returns its result and the peaks in MB (PSS and RSS sums). */
export async function withPeakMemory<T>(work: () => Promise<T>, everyMs = 150): Promise<{ result: T; peakMb: number; peakRssMb: number }> {
  let rss = 0;
  let pss = 0;
  const sample = () => {
    try {
      rss = Math.max(rss, treeRssKb());
      pss = Math.max(pss, treePssKb() ?? 0);
    } catch {
      // processes come and go between ps and /proc: the next sample will do
    }
  };
  sample();
  const timer = setInterval(sample, everyMs);
  try {
    const result = await work();
    sample();
    return { result, peakMb: Math.round((pss || rss) / 1024), peakRssMb: Math.round(rss / 1024) };
  } finally {
    clearInterval(timer);
  }
}
