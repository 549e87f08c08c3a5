/**
 * The narrate stage of a conversion: every slide in the video that has something to say, each
 * through the artifact cache, with one provider shared by all slides (its limiter bounds the
 * requests while slides run side by side). Which slides are in the video is decided before
 * (plan-conversion.ts); a slide without sentences gets no audio: the timeline holds it silently.
 */
import type { ArtifactCache } from '../cache/artifact-cache.js';
import { ConvertError } from '../errors.js';
import { mapLimit } from '../parallel.js';
import type { ProgressListener } from '../progress.js';
import type { SlideScript } from '../script/build-script.js';
import { narrateSlideCached, type CachedSlideAudio } from './narrate-cached.js';
import type { ResolvedNarrationOptions } from './options.js';
import { createProvider } from './registry.js';

export interface NarrateDeckRun {
  narration: ResolvedNarrationOptions;
  cache: ArtifactCache;
  signal?: AbortSignal;
  onProgress?: ProgressListener;
}

export interface DeckNarration {
  /** Slide index -> its audio, for the slides that have sentences. */
  audio: Map<number, CachedSlideAudio>;
  /** Problems worth telling once (a missing voice, a fallback). */
  warnings: string[];
}

export async function narrateDeck(slides: readonly { index: number; script: SlideScript }[], run: NarrateDeckRun): Promise<DeckNarration> {
  const spoken = slides.filter((s) => s.script.sentences.length > 0);
  const audio = new Map<number, CachedSlideAudio>();
  if (spoken.length === 0) return { audio, warnings: [] };
  if (run.signal?.aborted) throw new ConvertError('CANCELLED', 'Narration was cancelled');
  const provider = await createProvider(run.narration);
  let done = 0;
  run.onProgress?.({ stage: 'narrate', done, total: spoken.length });
  // One slide failing stops the others' queued requests instead of letting them run on unseen.
  const inner = new AbortController();
  const forward = () => inner.abort(run.signal?.reason);
  run.signal?.addEventListener('abort', forward, { once: true });
  try {
    await mapLimit(spoken, Math.max(2, provider.concurrency), async ({ index, script }) => {
      if (inner.signal.aborted) throw new ConvertError('CANCELLED', 'Narration was cancelled');
      const a = await narrateSlideCached(script, provider, run.cache, inner.signal).catch((e: unknown) => {
        inner.abort(e);
        throw e;
      });
      audio.set(index, a);
      run.onProgress?.({ stage: 'narrate', done: ++done, total: spoken.length, detail: `slide ${index}` });
    });
  } finally {
    run.signal?.removeEventListener('abort', forward);
  }
  return { audio, warnings: [...provider.warnings] };
}
