/**
 * Narrating a whole deck: options resolved, scripts built with one deck language, one provider shared
 * by all slides (its limiter keeps the requests bounded while slides run side by side).
 * Skipped slides ([skip]) and, unless asked, hidden slides get no audio.
 */
import type { Deck } from '../deck/model.js';
import type { SlideScript } from '../script/build-script.js';
import { buildDeckScripts } from '../script/deck-script.js';
import { resolveNarrationOptions, type NarrationOptions, type ResolvedNarrationOptions } from './options.js';
import { createProvider } from './registry.js';
import { narrateSlide, type SlideAudio } from './narrate-slide.js';

export interface NarratedSlide {
  /** 1-based slide index, as in the Deck. */
  index: number;
  script: SlideScript;
  /** Absent for skipped and (unless included) hidden slides. */
  audio?: SlideAudio;
}

export interface DeckNarration {
  lang: string;
  slides: NarratedSlide[];
  warnings: string[];
}

export interface NarrationProgress {
  stage: 'narrate';
  done: number;
  total: number;
  slide: number;
}

export interface NarrateDeckRun {
  signal?: AbortSignal;
  onProgress?: (e: NarrationProgress) => void;
  includeHidden?: boolean;
}

export async function narrateDeck(
  deck: Deck,
  options: NarrationOptions | ResolvedNarrationOptions = {},
  run: NarrateDeckRun = {},
): Promise<DeckNarration> {
  const o = isResolved(options) ? options : await resolveNarrationOptions(options);
  const { lang, scripts } = buildDeckScripts(deck, o.script);
  const provider = await createProvider(o);
  const wanted = deck.slides.map((s, i) => !scripts[i]!.skip && (run.includeHidden || !s.hidden));
  const total = wanted.filter(Boolean).length;
  let done = 0;
  // One slide failing stops the others' queued requests instead of letting them run on unseen.
  const inner = new AbortController();
  const forward = () => inner.abort(run.signal?.reason);
  run.signal?.addEventListener('abort', forward, { once: true });
  if (run.signal?.aborted) forward();
  try {
    const slides = await Promise.all(
      deck.slides.map(async (slide, i): Promise<NarratedSlide> => {
        const script = scripts[i]!;
        if (!wanted[i]) return { index: slide.index, script };
        const audio = await narrateSlide(script, provider, inner.signal).catch((e: unknown) => {
          inner.abort(e);
          throw e;
        });
        run.onProgress?.({ stage: 'narrate', done: ++done, total, slide: slide.index });
        return { index: slide.index, script, audio };
      }),
    );
    return { lang, slides, warnings: [...provider.warnings] };
  } finally {
    run.signal?.removeEventListener('abort', forward);
  }
}

function isResolved(o: NarrationOptions | ResolvedNarrationOptions): o is ResolvedNarrationOptions {
  return typeof (o as ResolvedNarrationOptions).script === 'object' && typeof (o as ResolvedNarrationOptions).retry === 'object';
}
