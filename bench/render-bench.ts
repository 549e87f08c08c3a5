/**
 * Render benchmark: seconds per slide and peak memory (Node + every Chromium process) for one deck.
 *   npx tsx bench/render-bench.ts DECK [OUT_DIR] [--width 1920] [--pages N]
 * (The CLI, `deck2video render`, is what ../shared/tools/fidelity.sh should run; this is for timing.)
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderDeck } from '../converter/index.js';
import { withPeakMemory } from './tree-rss.js';

const args = process.argv.slice(2);
const wi = args.indexOf('--width');
const width = wi >= 0 ? Number(args.splice(wi, 2)[1]) : 1920;
const pi = args.indexOf('--pages');
const pages = pi >= 0 ? Number(args.splice(pi, 2)[1]) : undefined;
const [deckPath, outArg] = args;
if (!deckPath) throw new Error('usage: render-bench.ts DECK [OUT_DIR] [--width 1920]');
const out = outArg ?? mkdtempSync(join(tmpdir(), 'render-bench-'));
const render = () => renderDeck({ path: deckPath }, { outDir: out, width, pages });
// Timed and measured in separate runs: reading every process's memory map costs CPU the renderer
// would otherwise have (0.5 s on a 48-slide deck), so the timed run is left alone.
const t0 = performance.now();
const result = await render();
const t1 = performance.now();
const { peakMb, peakRssMb } = await withPeakMemory(render, 200);
const n = result.files.length;
process.stderr.write(
  `${n} slides at ${width} px in ${((t1 - t0) / 1000).toFixed(2)} s (${((t1 - t0) / 1000 / Math.max(1, n)).toFixed(3)} s/slide, ` +
    `deck reading and browser start included); peak memory (second run) ${peakMb} MB PSS / ${peakRssMb} MB summed RSS -> ${out}\n`,
);
for (const w of result.warnings) process.stderr.write(`warning: ${w}\n`);
