/**
 * Deck -> slide-001.png, slide-002.png, … : every slide (hidden ones included) or a chosen subset,
 * built as HTML and screenshotted in one Chromium with a small page pool. With `clicks`, each slide's
 * build steps too: slide-001-click-0.png (before the first click) … slide-001-click-N.png.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { cacheKey } from '../cache/cache-key.js';
import { clickCount } from '../deck/build-steps.js';
import type { Deck, Slide } from '../deck/model.js';
import { readDeck, type DeckInput } from '../deck/read-deck.js';
import { slideAtStep } from '../deck/slide-step.js';
import { ChromePool } from '../engines/chrome.js';
import type { PagePool } from '../engines/lazy-chrome-pool.js';
import { ConvertError } from '../errors.js';
import { mapLimit } from '../parallel.js';
import type { ProgressListener } from '../progress.js';
import { MediaUris } from './media.js';
import { makeContext } from './render-context.js';
import { SHRINK_TEXT_TO_FIT } from './shrink-fit.js';
import { slideHtml } from './slide-html.js';

export interface RenderOptions {
  /** Output width in px (default 1920); the height follows the slide's aspect ratio. */
  width?: number;
  /** 1-based slide numbers to render (default: all). */
  slides?: number[];
  /** Also write every build step: slide-NNN-click-K.png for K = 0..clicks. */
  clicks?: boolean;
  outDir: string;
  /** A browser to reuse; when absent one is launched and closed here. */
  pool?: PagePool;
  /** Pages used in parallel when launching our own browser (default 2). */
  pages?: number;
  signal?: AbortSignal;
  onProgress?: ProgressListener;
}

export interface RenderResult {
  /** Written files, in slide order (a slide's steps right after it). */
  files: string[];
  /** Problems met while rendering (unsupported pictures, charts), each once. */
  warnings: string[];
}

export function slideFileName(index: number): string {
  return `slide-${String(index).padStart(3, '0')}.png`;
}

/** A build step's picture: slide-NNN-click-K.png (K = 0 before the first click). */
export function stepFileName(index: number, step: number): string {
  return `slide-${String(index).padStart(3, '0')}-click-${step}.png`;
}

export function outputWidth(width: number | undefined): number {
  const w = width ?? 1920;
  if (!Number.isInteger(w) || w < 16 || w > 7680) {
    throw new ConvertError('BAD_USAGE', `--width ${width} is not usable: give a whole number of pixels from 16 to 7680`);
  }
  return w;
}

/** PNG bytes of one slide at `width` px (the page's own size times the device scale). */
export async function renderSlidePng(deck: Deck, slide: Slide, pool: PagePool, width: number, media: MediaUris, warn: (m: string) => void, signal?: AbortSignal): Promise<Uint8Array> {
  const ctx = makeContext(media, { theme: deck.theme, lang: deck.lang, warn });
  const page = slideHtml(deck, slide, ctx);
  return pool.screenshot(page.html, page.width, page.height, {
    scale: width / page.width,
    signal,
    afterLoad: page.needsShrink ? SHRINK_TEXT_TO_FIT : undefined,
  });
}

export async function renderDeck(deck: Deck, options: RenderOptions): Promise<RenderResult> {
  const width = outputWidth(options.width);
  const wanted = options.slides ? new Set(options.slides) : undefined;
  const slides = deck.slides.filter((s) => !wanted || wanted.has(s.index));
  await mkdir(options.outDir, { recursive: true });
  const warnings = new Set<string>();
  const media = new MediaUris(deck.media);
  const pages = options.pages ?? 2;
  const pool = options.pool ?? (await ChromePool.launch({ pages, signal: options.signal }));
  let done = 0;
  options.onProgress?.({ stage: 'render', done: 0, total: slides.length });
  try {
    const files = await mapLimit(slides, pages, async (slide) => {
      // Steps that look alike (often the last step and the flat slide) are rendered once.
      const pngs = new Map<string, Promise<Uint8Array>>();
      const png = (s: Slide) => {
        const key = cacheKey({ ...s, build: undefined });
        if (!pngs.has(key)) pngs.set(key, renderSlidePng(deck, s, pool, width, media, (m) => warnings.add(m), options.signal));
        return pngs.get(key)!;
      };
      const outputs: [string, Slide][] = [[slideFileName(slide.index), slideAtStep({ ...slide, build: undefined }, 0)]];
      if (options.clicks) {
        for (let k = 0; k <= clickCount(slide.build); k++) outputs.push([stepFileName(slide.index, k), slideAtStep(slide, k)]);
      }
      const written: string[] = [];
      for (const [name, look] of outputs) {
        if (options.signal?.aborted) throw new ConvertError('CANCELLED', 'Rendering was cancelled');
        const file = join(options.outDir, name);
        await writeFile(file, await png(look));
        written.push(file);
      }
      options.onProgress?.({ stage: 'render', done: ++done, total: slides.length, detail: `slide ${slide.index}` });
      return written;
    });
    // The reader may already have said that the deck has EMF/WMF pictures: say it once per deck.
    const readerSaidMetafiles = deck.warnings.some((w) => /\b(EMF|WMF)\b/.test(w));
    return { files: files.flat(), warnings: [...warnings].filter((w) => !(readerSaidMetafiles && /\b(EMF|WMF)\b/.test(w))) };
  } finally {
    if (!options.pool) await pool.close();
  }
}

/**
 * Reads a deck and renders it, starting Chromium while the deck is being read (both take about half a
 * second; there is no reason to wait for one before the other). `select` picks slides once the deck's
 * slide count is known (it may throw a usage error).
 */
export async function renderDeckFile(
  input: DeckInput,
  options: Omit<RenderOptions, 'pool' | 'slides'> & { select?: (slideCount: number) => number[] | undefined },
): Promise<RenderResult & { deck: Deck }> {
  outputWidth(options.width);
  const launching = ChromePool.launch({ pages: options.pages ?? 2, signal: options.signal });
  // A failed launch must not surface as an unhandled rejection while the deck is still being read.
  launching.catch(() => {});
  let pool: ChromePool | undefined;
  try {
    const deck = await readDeck(input);
    const slides = options.select?.(deck.slides.length);
    pool = await launching;
    const result = await renderDeck(deck, { ...options, slides, pool });
    return { ...result, deck };
  } finally {
    pool = pool ?? (await launching.catch(() => undefined));
    await pool?.close();
  }
}
