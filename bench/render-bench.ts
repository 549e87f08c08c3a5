/**
 * Render benchmark: seconds per slide and peak memory (Node + every Chromium process) for one deck.
 *   npx tsx bench/render-bench.ts DECK [OUT_DIR] [--width 1920]
 * (The CLI, `deck2video render`, is what ../shared/tools/fidelity.sh should run; this is for timing.)
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderDeckFile } from '../converter/render/render-deck.js';

/**
 * Memory (kB) of this process and its descendants (Chromium's browser, renderers, utility processes):
 * summed RSS, which counts the pages they share once per process, and PSS, which splits shared pages
 * between the processes that map them (the memory really in use).
 */
function treeMemoryKb(root: number): { rss: number; pss: number } {
  const out = execFileSync('ps', ['-eo', 'pid=,ppid=,rss='], { encoding: 'utf8' });
  const rows = out.trim().split('\n').map((l) => l.trim().split(/\s+/).map(Number) as [number, number, number]);
  const kids = new Map<number, number[]>();
  for (const [pid, ppid] of rows) kids.set(ppid, [...(kids.get(ppid) ?? []), pid]);
  const rss = new Map(rows.map(([pid, , r]) => [pid, r]));
  const total = { rss: 0, pss: 0 };
  const stack = [root];
  while (stack.length) {
    const p = stack.pop()!;
    total.rss += rss.get(p) ?? 0;
    try {
      total.pss += Number(/Pss:\s+(\d+)/.exec(readFileSync(`/proc/${p}/smaps_rollup`, 'utf8'))?.[1] ?? 0);
    } catch {
      // The process ended between ps and here.
    }
    stack.push(...(kids.get(p) ?? []));
  }
  return total;
}

const args = process.argv.slice(2);
const wi = args.indexOf('--width');
const width = wi >= 0 ? Number(args.splice(wi, 2)[1]) : 1920;
const [deckPath, outArg] = args;
if (!deckPath) throw new Error('usage: render-bench.ts DECK [OUT_DIR] [--width 1920]');
const out = outArg ?? mkdtempSync(join(tmpdir(), 'render-bench-'));
const peak = { rss: 0, pss: 0 };
const timer = setInterval(() => {
  const m = treeMemoryKb(process.pid);
  peak.rss = Math.max(peak.rss, m.rss);
  peak.pss = Math.max(peak.pss, m.pss);
}, 200);
const t0 = performance.now();
const result = await renderDeckFile({ path: deckPath }, { outDir: out, width });
const t1 = performance.now();
clearInterval(timer);
const n = result.files.length;
process.stderr.write(
  `${n} slides at ${width} px in ${((t1 - t0) / 1000).toFixed(2)} s (${((t1 - t0) / 1000 / Math.max(1, n)).toFixed(3)} s/slide, ` +
    `deck reading and browser start included), peak memory ${(peak.pss / 1024).toFixed(0)} MB PSS / ${(peak.rss / 1024).toFixed(0)} MB summed RSS -> ${out}\n`,
);
for (const w of result.warnings) process.stderr.write(`warning: ${w}\n`);
