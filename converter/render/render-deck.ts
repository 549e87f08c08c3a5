/**
 * Deck -> slide-001.png, slide-002.png, … : every slide (hidden ones included) or a chosen subset,
 * built as HTML and screenshotted in one Chromium with a small page pool.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Deck, Slide } from '../deck/model.js';
import { readDeck, type DeckInput } from '../deck/read-deck.js';
import { ChromePool } from '../engines/chrome.js';
import type { PagePool } from '../engines/lazy-chrome-pool.js';
import { ConvertError } from '../errors.js';
import { mapLimit } from '../parallel.js';
import type { ProgressListener } from '../progress.js';
import { MediaUris } from './media.js';
import { makeContext } from './render-context.js';
import { slideHtml } from './slide-html.js';

export interface RenderOptions {
  /** Output width in px (default 1920); the height follows the slide's aspect ratio. */
  width?: number;
  /** 1-based slide numbers to render (default: all). */
  slides?: number[];
  outDir: string;
  /** A browser to reuse; when absent one is launched and closed here. */
  pool?: PagePool;
  /** Pages used in parallel when launching our own browser (default 2). */
  pages?: number;
  signal?: AbortSignal;
  onProgress?: ProgressListener;
}

export interface RenderResult {
  /** Written files, in slide order. */
  files: string[];
  /** Problems met while rendering (unsupported pictures, charts), each once. */
  warnings: string[];
}

export function slideFileName(index: number): string {
  return `slide-${String(index).padStart(3, '0')}.png`;
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
  return pool.screenshot(page.html, page.width, page.height, { scale: width / page.width, signal });
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
      if (options.signal?.aborted) throw new ConvertError('CANCELLED', 'Rendering was cancelled');
      const png = await renderSlidePng(deck, slide, pool, width, media, (m) => warnings.add(m), options.signal);
      const file = join(options.outDir, slideFileName(slide.index));
      await writeFile(file, png);
      options.onProgress?.({ stage: 'render', done: ++done, total: slides.length, detail: `slide ${slide.index}` });
      return file;
    });
    // The reader may already have said that the deck has EMF/WMF pictures: say it once per deck.
    const readerSaidMetafiles = deck.warnings.some((w) => /\b(EMF|WMF)\b/.test(w));
    return { files, warnings: [...warnings].filter((w) => !(readerSaidMetafiles && /\b(EMF|WMF)\b/.test(w))) };
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
