// Generates the example decks: examples/lecture.pptx (English), lecture-es.pptx (Spanish) and
// lecture-ar.pptx (Arabic, right-to-left). Run with `npm run examples` (or `npx tsx examples/make-examples.ts [OUT_DIR]`).
// Output is byte-for-byte reproducible (see lib/normalize-pptx.ts) when run in a fresh process:
// pptxgenjs numbers charts with a process-wide counter, so call makeExamples() once per process.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type PptxGenJS from 'pptxgenjs';
import { buildLectureAr } from './decks/lecture-ar.js';
import { buildLectureEn } from './decks/lecture-en.js';
import { buildLectureEs } from './decks/lecture-es.js';
import { makeArtAssets, type ArtAssets } from './lib/art-assets.js';
import { normalizePptx } from './lib/normalize-pptx.js';

export interface ExampleDeck {
  file: string;
  lang: string;
  build: (art: ArtAssets) => PptxGenJS;
}

export const EXAMPLE_DECKS: ExampleDeck[] = [
  { file: 'lecture.pptx', lang: 'en-GB', build: buildLectureEn },
  { file: 'lecture-es.pptx', lang: 'es-ES', build: buildLectureEs },
  { file: 'lecture-ar.pptx', lang: 'ar-SA', build: buildLectureAr },
];

/** Builds every example deck into `outDir` and returns the written paths. */
export async function makeExamples(outDir: string): Promise<string[]> {
  await mkdir(outDir, { recursive: true });
  const art = makeArtAssets();
  const written: string[] = [];
  for (const deck of EXAMPLE_DECKS) {
    const raw = (await deck.build(art).write({ outputType: 'nodebuffer', compression: true })) as Buffer;
    const bytes = await normalizePptx(raw, { lang: deck.lang, svgFallbacks: art.svgFallbacks });
    const target = path.join(outDir, deck.file);
    await writeFile(target, bytes);
    written.push(target);
  }
  return written;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const outDir = process.argv[2] ?? path.dirname(fileURLToPath(import.meta.url));
  const started = Date.now();
  for (const file of await makeExamples(outDir)) console.log(`wrote ${path.relative(process.cwd(), file) || file}`);
  console.log(`done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
