/**
 * Slide renders through the artifact cache. The key is the slide's model (already fully resolved,
 * so it says everything about how the slide looks), the pictures it can reference, the deck theme
 * and size, the width and the renderer version.
 */
import type { ArtifactCache } from '../cache/artifact-cache.js';
import { cacheKey } from '../cache/cache-key.js';
import type { Deck, Slide } from '../deck/model.js';
import { slideAtStep } from '../deck/slide-step.js';
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

export function renderKey(deck: Deck, slide: Slide, width: number): string {
  // The build is left out: the flat slide and a step that hides nothing look the same and share a render.
  const { index: _index, id: _id, hidden: _hidden, notes: _notes, build: _build, ...look } = slide;
  return cacheKey({
    v: RENDERER_VERSION,
    width,
    size: deck.size,
    lang: deck.lang,
    theme: deck.theme,
    media: [...deck.media.entries()].map(([k, m]) => [k, m.hash]),
    look,
  });
}

export class SlideRenderer {
  private readonly media: MediaUris;
  /** Renders under way, so two steps that look alike are drawn once even when asked for at once. */
  private readonly pending = new Map<string, Promise<CachedRender>>();
  readonly warnings = new Set<string>();

  constructor(private readonly deck: Deck, private readonly pool: PagePool, private readonly cache: ArtifactCache, private readonly width: number) {
    this.media = new MediaUris(deck.media);
  }

  render(slide: Slide, signal?: AbortSignal): Promise<CachedRender> {
    const key = renderKey(this.deck, slide, this.width);
    let job = this.pending.get(key);
    if (!job) {
      job = this.produce(slide, key, signal);
      this.pending.set(key, job);
    }
    return job;
  }

  /**
   * Every build step of a slide (step 0 first), or the slide itself when it has no build. One after
   * the other: slides render side by side already, and a page queued per step would hold a copy of
   * the slide's pictures each (a 12-step slide raised the conversion's peak memory by a third).
   */
  async renderSteps(slide: Slide, signal?: AbortSignal): Promise<CachedRender[]> {
    const out: CachedRender[] = [];
    const count = slide.build ? slide.build.steps.length : 1;
    for (let k = 0; k < count; k++) out.push(await this.render(slide.build ? slideAtStep(slide, k) : slide, signal));
    return out;
  }

  private async produce(slide: Slide, key: string, signal?: AbortSignal): Promise<CachedRender> {
    const hit = await this.cache.has(RENDER_CACHE_KIND, key, 'png');
    if (hit) return { path: hit, key, cached: true };
    const png = await renderSlidePng(this.deck, slide, this.pool, this.width, this.media, (m) => this.warnings.add(m), signal);
    return { path: await this.cache.put(RENDER_CACHE_KIND, key, 'png', png), key, cached: false };
  }
}
