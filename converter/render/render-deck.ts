/**
 * A deck -> slide-001.png, slide-002.png, … : every slide (hidden ones included) or a chosen subset,
 * built as HTML and screenshotted in one Chromium with a small page pool. Chromium starts while the
 * deck is being read (both take about half a second; there is no reason to wait for one before the other).
 * With `clicks`, each slide's build steps too: slide-001-click-0.png (before the first click) …
 * slide-001-click-N.png.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from '../atomic-file.js';
import { cacheKey } from '../cache/cache-key.js';
import { clickCount } from '../deck/build-steps.js';
import type { Deck, Slide } from '../deck/model.js';
import { deckOf, type AnyDeckInput } from '../deck/read-deck.js';
import { slideAtStep } from '../deck/slide-step.js';
import { ChromePool } from '../engines/chrome.js';
import type { PagePool } from '../engines/lazy-chrome-pool.js';
import { ConvertError } from '../errors.js';
import { checkOptions } from '../options/parse-options.js';
import { RENDER_OPTIONS, type RenderOptions } from '../options/render-options.js';
import { mapLimit } from '../parallel.js';
import type { ProgressListener } from '../progress.js';
import { MediaUris } from './media.js';
import { makeContext } from './render-context.js';
import { SHRINK_TEXT_TO_FIT } from './shrink-fit.js';
import { slideHtml } from './slide-html.js';
import { parseSlideRange } from './slide-range.js';

export type { RenderOptions };

export interface RenderResult {
  /** Written files, in slide order (a slide's steps right after it). */
  files: string[];
  /** Problems met while rendering (unsupported pictures, charts), each once; with the deck's own repairs. */
  warnings: string[];
}

export function slideFileName(index: number): string {
  return `slide-${String(index).padStart(3, '0')}.png`;
}

/** A build step's picture: slide-NNN-click-K.png (K = 0 before the first click). */
export function stepFileName(index: number, step: number): string {
  return `slide-${String(index).padStart(3, '0')}-click-${step}.png`;
}

/** PNG bytes of one slide at `width` px (the page's own size times the device scale). */
export async function renderSlidePng(deck: Deck, slide: Slide, pool: PagePool, width: number, media: MediaUris, warn: (m: string) => void, signal?: AbortSignal): Promise<Uint8Array> {
  const ctx = makeContext(media, { theme: deck.theme, lang: deck.lang, warn });
  const page = slideHtml(deck, slide, ctx);
  try {
    return await pool.screenshot(page.html, page.width, page.height, {
      scale: width / page.width,
      signal,
      afterLoad: page.needsShrink ? SHRINK_TEXT_TO_FIT : undefined,
    });
  } catch (e) {
    // Too much to draw is the deck's problem (exit 3), said for the slide it is on.
    if (e instanceof ConvertError && e.code === 'BAD_INPUT') {
      throw new ConvertError('BAD_INPUT', `slide ${slide.index} is too large to draw: ${e.message}; simplify it (fewer shapes, less text) and try again`, { cause: e });
    }
    throw e;
  }
}

/** Renders a deck (a file, its bytes, or a deck already read) to PNG files in `outDir`. */
export async function renderDeck(input: AnyDeckInput, options: RenderOptions): Promise<RenderResult> {
  const o = checkOptions(RENDER_OPTIONS, options);
  if (typeof o.outDir !== 'string' || o.outDir.trim() === '') throw new ConvertError('BAD_USAGE', 'outDir is missing: give the folder to write slide-001.png, … into');
  const pages = o.pages ?? 2;
  const launching = o.pool ? undefined : ChromePool.launch({ pages, signal: o.signal });
  // A failed launch must not surface as an unhandled rejection while the deck is still being read.
  launching?.catch(() => {});
  let pool: PagePool | undefined = o.pool;
  try {
    const deck = await deckOf(input);
    const wanted = o.slides === undefined ? undefined : parseSlideRange(typeof o.slides === 'string' ? o.slides : o.slides.join(','), deck.slides.length);
    pool ??= await launching!;
    const result = await renderSlides(deck, deck.slides.filter((s) => !wanted || wanted.includes(s.index)), pool, {
      outDir: o.outDir, width: o.width ?? 1920, pages, clicks: o.clicks ?? false, signal: o.signal, onProgress: o.onProgress,
    });
    return { files: result.files, warnings: [...deck.warnings, ...result.warnings] };
  } finally {
    if (!o.pool) await (pool ?? (await launching?.catch(() => undefined)))?.close();
  }
}

interface SlideFilesOptions {
  outDir: string;
  width: number;
  pages: number;
  clicks: boolean;
  signal?: AbortSignal;
  onProgress?: ProgressListener;
}

async function renderSlides(deck: Deck, slides: Slide[], pool: PagePool, o: SlideFilesOptions): Promise<{ files: string[]; warnings: string[] }> {
  await mkdir(o.outDir, { recursive: true });
  const warnings = new Set<string>();
  const media = new MediaUris(deck.media);
  let done = 0;
  o.onProgress?.({ stage: 'render', done: 0, total: slides.length });
  const files = await mapLimit(slides, o.pages, async (slide) => {
    // Steps that look alike (often the last step and the flat slide) are rendered once.
    const pngs = new Map<string, Uint8Array>();
    const outputs: [string, Slide][] = [[slideFileName(slide.index), slideAtStep({ ...slide, build: undefined }, 0)]];
    if (o.clicks) for (let k = 0; k <= clickCount(slide.build); k++) outputs.push([stepFileName(slide.index, k), slideAtStep(slide, k)]);
    const written: string[] = [];
    for (const [name, look] of outputs) {
      if (o.signal?.aborted) throw new ConvertError('CANCELLED', 'Rendering was cancelled');
      const key = cacheKey(look);
      const png = pngs.get(key) ?? (await renderSlidePng(deck, look, pool, o.width, media, (m) => warnings.add(m), o.signal));
      pngs.set(key, png);
      const file = join(o.outDir, name);
      // Atomic (no half-written PNG on Ctrl-C), not flushed: a lost render is made again by re-running.
      await writeFileAtomic(file, png);
      written.push(file);
    }
    o.onProgress?.({ stage: 'render', done: ++done, total: slides.length, detail: `slide ${slide.index}` });
    return written;
  });
  // The reader may already have said that the deck has EMF/WMF pictures: say it once per deck.
  const readerSaidMetafiles = deck.warnings.some((w) => /\b(EMF|WMF)\b/.test(w));
  return { files: files.flat(), warnings: [...warnings].filter((w) => !(readerSaidMetafiles && /\b(EMF|WMF)\b/.test(w))) };
}
