/**
 * `npm run bench`: converts the example deck and a 45-slide lecture from ../shared/decks offline and
 * prints time per stage, the realtime factor (video seconds per wall second) and peak memory
 * (Chromium, ffmpeg and espeak-ng included); then edits one slide's notes and converts again with
 * the same cache to show what a re-export costs.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';
import { convertDeck, type ConvertResult } from '../converter/index.js';
import { readBench } from './read-bench.js';
import { withPeakMemory } from './tree-rss.js';

/** The repository root: the nearest folder above this file with a package.json (works from dist/ and from source). */
function repoRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}
const root = repoRoot();
const shared = resolve(root, '..', 'shared', 'decks');

interface Run {
  label: string;
  wallMs: number;
  peakMb: number;
  peakRssMb: number;
  result: ConvertResult;
}

async function convert(label: string, input: { path: string } | { bytes: Uint8Array; name: string }, cacheDir: string, out: string): Promise<Run> {
  const t0 = performance.now();
  const { result, peakMb, peakRssMb } = await withPeakMemory(() => convertDeck(input, { output: out, cacheDir }));
  const run = { label, wallMs: performance.now() - t0, peakMb, peakRssMb, result };
  report(run);
  return run;
}

function report(r: Run): void {
  const video = r.result.durationMs / 1000;
  const wall = r.wallMs / 1000;
  const stages = Object.entries(r.result.timings).map(([k, v]) => `${k} ${(v / 1000).toFixed(1)}s`).join(', ');
  console.log(`${r.label}: ${r.result.slides.length} slides, video ${video.toFixed(1)} s, wall ${wall.toFixed(1)} s, ` +
    `${(video / wall).toFixed(1)}x realtime, peak memory ${r.peakMb} MB (PSS; RSS summed over processes ${r.peakRssMb} MB)`);
  console.log(`  stages: ${stages}`);
}

/**
 * The same deck (same file name: a title taken from the name shows on every card) with one more
 * sentence in the notes of one slide (the first from `from` on that has notes). */
async function editOneSlidesNotes(path: string, from: number): Promise<{ bytes: Uint8Array; slide: number }> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  for (let n = from; zip.file(`ppt/slides/slide${n}.xml`); n++) {
    const rels = await zip.file(`ppt/slides/_rels/slide${n}.xml.rels`)?.async('string');
    const target = rels && /Target="\.\.\/notesSlides\/(notesSlide\d+\.xml)"/.exec(rels)?.[1];
    const part = target && `ppt/notesSlides/${target}`;
    const xml = part ? await zip.file(part)?.async('string') : undefined;
    // Append to the notes body (not the slide-number placeholder that may come after it).
    const body = xml?.search(/<p:ph [^>]*type="body"/) ?? -1;
    const i = body < 0 || !xml ? -1 : xml.indexOf('</a:t>', body);
    if (!part || !xml || i < 0) continue;
    zip.file(part, `${xml.slice(0, i)} One more sentence, added for the re-export benchmark.${xml.slice(i)}`);
    return { bytes: await zip.generateAsync({ type: 'uint8array' }), slide: n };
  }
  throw new Error(`no slide with notes from slide ${from} on in ${path}`);
}

async function bench(label: string, deck: string, editSlide: number): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'deck2video-bench-'));
  try {
    const cache = join(work, 'cache');
    const first = await convert(`${label} (first export, empty cache)`, { path: deck }, cache, join(work, 'first.mp4'));
    const edited = await editOneSlidesNotes(deck, editSlide);
    const again = await convert(`${label} (notes of slide file ${edited.slide} edited)`, { bytes: edited.bytes, name: basename(deck) }, cache, join(work, 'again.mp4'));
    console.log(`  re-export after editing one slide's notes: ${(again.wallMs / 1000).toFixed(1)} s = ${((100 * again.wallMs) / first.wallMs).toFixed(0)}% of the first export\n`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

await readBench(shared);
await bench('examples/lecture.pptx', join(root, 'examples', 'lecture.pptx'), 5);
const lecture = join(shared, 'workshop-library', 'clean-prepare-data-python', 'slides.pptx');
if (existsSync(lecture)) await bench('45-slide lecture (workshop-library/clean-prepare-data-python, 44 slides)', lecture, 10);
else console.log(`../shared/decks not found: the 45-slide lecture benchmark is skipped (looked for ${lecture})`);
