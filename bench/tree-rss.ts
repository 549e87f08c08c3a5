/**
 * Peak memory of a job and everything it starts (Chromium and its renderers, ffmpeg, espeak-ng):
 * the summed PSS and RSS of the process tree, sampled while the job runs.
 *
 * Sampling runs in a worker thread and reads /proc directly: an earlier version spawned `ps` twice per
 * sample on the main thread, which blocked the event loop of the very job it measured (tens of ms every
 * 150 ms) and made the benchmarks slower than the tool. Linux only; elsewhere the peaks read 0.
 */
import { Worker } from 'node:worker_threads';

// Plain JavaScript: it runs in a worker, outside the TypeScript build.
const SAMPLER = `
const { parentPort, workerData } = require('node:worker_threads');
const { readdirSync, readFileSync } = require('node:fs');
const { root, everyMs } = workerData;
let peakPss = 0, peakRss = 0;
function sample() {
  const kids = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^[0-9]+$/.test(name)) continue;
    try {
      const stat = readFileSync('/proc/' + name + '/stat', 'utf8');
      // Fields after the command name (which may contain spaces) start after the last ')'.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (!kids.has(ppid)) kids.set(ppid, []);
      kids.get(ppid).push(Number(name));
    } catch {}
  }
  let pss = 0, rss = 0;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop();
    try {
      const text = readFileSync('/proc/' + pid + '/smaps_rollup', 'utf8');
      pss += Number((/^Pss:\\s+(\\d+) kB/m.exec(text) || [0, 0])[1]);
      rss += Number((/^Rss:\\s+(\\d+) kB/m.exec(text) || [0, 0])[1]);
    } catch {}
    stack.push(...(kids.get(pid) || []));
  }
  peakPss = Math.max(peakPss, pss);
  peakRss = Math.max(peakRss, rss);
}
sample();
const timer = setInterval(sample, everyMs);
parentPort.on('message', () => {
  clearInterval(timer);
  sample();
  parentPort.postMessage({ peakPss, peakRss });
});
`;

/** Runs `work` while sampling the tree's memory; returns its result and the peaks in MB (PSS and RSS sums). */
export async function withPeakMemory<T>(work: () => Promise<T>, everyMs = 150): Promise<{ result: T; peakMb: number; peakRssMb: number }> {
  const worker = new Worker(SAMPLER, { eval: true, workerData: { root: process.pid, everyMs } });
  const peaks = () =>
    new Promise<{ peakPss: number; peakRss: number }>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
      worker.postMessage('stop');
    });
  try {
    const result = await work();
    const { peakPss, peakRss } = await peaks();
    return { result, peakMb: Math.round(peakPss / 1024), peakRssMb: Math.round(peakRss / 1024) };
  } finally {
    await worker.terminate();
  }
}
