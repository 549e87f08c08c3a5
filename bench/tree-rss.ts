/**
 * Peak memory of a job and everything it starts (Chromium and its renderers, ffmpeg, espeak-ng):
 * the summed RSS of a process tree, sampled while the job runs.
 */
import { execFileSync } from 'node:child_process';

/** Sum of RSS (kB) of `root` and its descendants. */
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

/** Runs `work` while sampling the tree's RSS every `everyMs`; returns its result and the peak in MB. */
export async function withPeakMemory<T>(work: () => Promise<T>, everyMs = 150): Promise<{ result: T; peakMb: number }> {
  let peak = treeRssKb();
  const timer = setInterval(() => {
    try {
      peak = Math.max(peak, treeRssKb());
    } catch {
      // ps can fail while processes come and go; the next sample will do.
    }
  }, everyMs);
  try {
    const result = await work();
    peak = Math.max(peak, treeRssKb());
    return { result, peakMb: Math.round(peak / 1024) };
  } finally {
    clearInterval(timer);
  }
}
