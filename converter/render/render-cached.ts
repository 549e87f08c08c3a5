/**
 * Slide renders through the artifact cache. The key is exactly what the picture depends on: the
 * slide's model (already fully resolved: its layout's and master's shapes and background are in it),
 * the pictures that model uses (by content), the deck theme, size and language, the width, the
 * renderer version, and the engines that draw it (Chromium's version, the installed fonts). Replacing
 * a picture used on one slide re-renders that slide only; upgrading Chromium or adding a font
 * re-renders everything.
 */
import type { ArtifactCache } from '../cache/artifact-cache.js';
import { cacheKey } from '../cache/cache-key.js';
import type { Deck, Media, Slide } from '../deck/model.js';
import { pictureEngines, type PictureEngines } from '../engines/engine-versions.js';
import type { PagePool } from '../engines/lazy-chrome-pool.js';
import { MediaUris } from './media.js';
import { renderSlidePng } from './render-deck.js';

/** Bump when the renderer's output changes for the same model. */
export const RENDERER_VERSION = 2;
export const RENDER_CACHE_KIND = 'renders';

export interface CachedRender {
  path: string;
  /** Content key, for downstream cache keys. */
  key: string;
  cached: boolean;
}

export function renderKey(deck: Deck, slide: Slide, width: number, engines: PictureEngines): string {
  const { index: _index, id: _id, hidden: _hidden, notes: _notes, ...look } = slide;
  return cacheKey({
    v: RENDERER_VERSION,
    width,
    size: deck.size,
    lang: deck.lang,
    theme: deck.theme,
    media: [...mediaUsed(look, deck.media)].sort().map((k) => [k, deck.media.get(k)!.hash]),
    look,
    engines,
  });
}

/**
 * The media keys a slide's model refers to, wherever they sit (pictures, picture fills of shapes,
 * table cells and backgrounds, inside groups): every string of the model that names a deck picture.
 */
export function mediaUsed(model: unknown, media: ReadonlyMap<string, Media>, into = new Set<string>()): Set<string> {
  if (typeof model === 'string') {
    if (media.has(model)) into.add(model);
  } else if (Array.isArray(model)) {
    for (const v of model) mediaUsed(v, media, into);
  } else if (model && typeof model === 'object' && !(model instanceof Uint8Array)) {
    for (const v of Object.values(model)) mediaUsed(v, media, into);
  }
  return into;
}

export class SlideRenderer {
  private readonly media: MediaUris;
  readonly warnings = new Set<string>();

  constructor(private readonly deck: Deck, private readonly pool: PagePool, private readonly cache: ArtifactCache, private readonly width: number) {
    this.media = new MediaUris(deck.media);
  }

  async render(slide: Slide, signal?: AbortSignal): Promise<CachedRender> {
    const key = renderKey(this.deck, slide, this.width, await pictureEngines(this.cache));
    const hit = await this.cache.has(RENDER_CACHE_KIND, key, 'png');
    if (hit) return { path: hit, key, cached: true };
    const png = await renderSlidePng(this.deck, slide, this.pool, this.width, this.media, (m) => this.warnings.add(m), signal);
    return { path: await this.cache.put(RENDER_CACHE_KIND, key, 'png', png), key, cached: false };
  }
}
