/**
 * Reading benchmark (part of `npm run bench`): the visuals of every slide of a 48-slide deck from
 * ../shared/decks, wall and CPU time. Was a "well under a second" assertion in the test suite, where
 * wall time depends on how busy the machine is; here it is measured and printed instead.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deckParts } from '../converter/deck/pptx/deck-parts.js';
import { openPackage } from '../converter/deck/pptx/open-package.js';
import { readSlideVisuals } from '../converter/deck/pptx/slide-visuals.js';

export async function readBench(shared: string): Promise<void> {
  const file = join(shared, 'poi', '2411-Performance_Up.pptx');
  if (!existsSync(file)) {
    console.log(`../shared/decks not found: the slide-reading benchmark is skipped (looked for ${file})`);
    return;
  }
  const pkg = await openPackage(new Uint8Array(readFileSync(file)));
  const slides = [...deckParts(pkg).slideOrder.entries()].sort((a, b) => a[1] - b[1]).map(([k]) => pkg.parts.find((p) => p.toLowerCase() === k)!);
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  slides.forEach((s, i) => readSlideVisuals(pkg, s, i + 1, () => ''));
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  console.log(`slide visuals of poi/2411-Performance_Up.pptx (${slides.length} slides): ${ms.toFixed(0)} ms wall, ${cpuMs.toFixed(0)} ms CPU (${(ms / slides.length).toFixed(1)} ms/slide)\n`);
}
