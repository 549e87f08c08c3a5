/**
 * Render benchmark: seconds per slide and peak memory (Node + every Chromium process) for one deck.
 *   npx tsx bench/render-bench.ts DECK [OUT_DIR] [--width 1920]
 * Also the renderer entry for ../shared/tools/fidelity.sh while the CLI is not built.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readDeck } from '../converter/deck/read-deck.js';
import { renderDeck } from '../converter/render/render-deck.js';

/** Sum of RSS (kB) of this process and its descendants (Chromium and its renderers, GPU, utility processes). */
function treeRssKb(root: number): number {
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

const args = process.argv.slice(2);
const wi = args.indexOf('--width');
const width = wi >= 0 ? Number(args.splice(wi, 2)[1]) : 1920;
const [deckPath, outArg] = args;
if (!deckPath) throw new Error('usage: render-bench.ts DECK [OUT_DIR] [--width 1920]');
const out = outArg ?? mkdtempSync(join(tmpdir(), 'render-bench-'));
let peak = 0;
const timer = setInterval(() => (peak = Math.max(peak, treeRssKb(process.pid))), 200);
const t0 = performance.now();
const deck = await readDeck({ path: deckPath });
const t1 = performance.now();
const result = await renderDeck(deck, { outDir: out, width });
const t2 = performance.now();
clearInterval(timer);
const n = result.files.length;
process.stderr.write(
  `${n} slides at ${width} px: read ${((t1 - t0) / 1000).toFixed(2)} s, render ${((t2 - t1) / 1000).toFixed(2)} s ` +
    `(${((t2 - t0) / 1000 / Math.max(1, n)).toFixed(3)} s/slide all in), peak RSS ${(peak / 1024).toFixed(0)} MB -> ${out}\n`,
);
for (const w of result.warnings) process.stderr.write(`warning: ${w}\n`);
