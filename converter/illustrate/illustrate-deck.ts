/**
 * The illustrate stage: plan every frame, then produce the ones not already cached, with bounded
 * concurrency, through the chosen provider. Frames are independent of each other; the plan's
 * style lock is what makes them belong together.
 */
import { ArtifactCache } from '../cache/artifact-cache.js';
import { cacheKey } from '../cache/cache-key.js';
import { pictureEngines } from '../engines/engine-versions.js';
import type { Deck } from '../deck/model.js';
import { ChromePool } from '../engines/chrome.js';
import type { PagePool } from '../engines/lazy-chrome-pool.js';
import { ConvertError } from '../errors.js';
import type { ProgressListener } from '../progress.js';
import { mapLimit } from '../parallel.js';
import { resolveIllustrateOptions, type IllustrateOptions, type ResolvedIllustrateOptions } from './options.js';
import { planIllustrations, type FramePlan, type IllustrationPlan } from './plan.js';
import { applyPromptLlm } from './prompt-llm.js';
import { OpenAiImageProvider } from './providers/openai-images.js';
import { slideInputsFromDeck, type SlideIllustrationInput } from './slide-inputs.js';

export interface IllustratedFrame {
  slideIndex: number;
  /** The image in the cache directory (PNG). */
  path: string;
  prompt: string;
  width: number;
  height: number;
  /** True when the frame came from the cache. */
  cached: boolean;
  /** Time spent producing it (0 when cached). */
  ms: number;
}

export const FRAME_CACHE_KIND = 'frames';

/**
 * Resolves options and plans the frames; with --prompt-llm (openai provider only: offline cards
 * do not use prompts) the subjects are rewritten by the chat model. Used by --dry-run too.
 */
export async function prepareIllustrations(
  deck: Pick<Deck, 'theme' | 'lang' | 'title' | 'slides'>,
  slides: SlideIllustrationInput[] | undefined,
  options: IllustrateOptions | ResolvedIllustrateOptions,
  signal?: AbortSignal,
): Promise<{ plan: IllustrationPlan; options: ResolvedIllustrateOptions }> {
  const o = resolveIllustrateOptions(options);
  const inputs = slides ?? slideInputsFromDeck(deck, o.includeHidden);
  let plan = planIllustrations(deck, inputs, o);
  if (o.promptLlm && o.images === 'openai' && plan.frames.length) {
    plan = await applyPromptLlm(plan, new Map(inputs.map((s) => [s.slideIndex, { title: s.title, notes: s.notes }])), o, signal);
  }
  return { plan, options: o };
}

/** Produces the illustrative frame of every planned slide; slide index -> frame. */
export async function illustrateDeck(
  deck: Pick<Deck, 'theme' | 'lang' | 'title' | 'slides'>,
  slides: SlideIllustrationInput[] | undefined,
  options: IllustrateOptions | ResolvedIllustrateOptions,
  pool?: PagePool,
  onProgress?: ProgressListener,
  signal?: AbortSignal,
): Promise<Map<number, IllustratedFrame>> {
  const { plan, options: o } = await prepareIllustrations(deck, slides, options, signal);
  const cache = new ArtifactCache(o.cacheDir);
  const total = plan.frames.length;
  const out = new Map<number, IllustratedFrame>();
  if (total === 0) return out;

  // An offline card is drawn by Chromium with the installed fonts: their versions belong in its key.
  const engines = plan.provider === 'offline' ? await pictureEngines(cache) : undefined;
  const keyOf = (f: FramePlan) => (engines ? cacheKey({ frame: f.key, engines }) : f.key);
  // Cached frames first, so a rerun needs neither a key nor a browser.
  const todo: FramePlan[] = [];
  for (const f of plan.frames) {
    const path = await cache.has(FRAME_CACHE_KIND, keyOf(f), 'png');
    if (path) out.set(f.slideIndex, { slideIndex: f.slideIndex, path, prompt: f.prompt, ...f.size, cached: true, ms: 0 });
    else todo.push(f);
  }
  let done = out.size;
  onProgress?.({ stage: 'illustrate', done, total, detail: done ? `${done} cached` : undefined });
  if (todo.length === 0) return out;

  const produce = await producer(plan, o, pool, signal);
  try {
    await mapLimit(todo, plan.provider === 'offline' ? produce.parallel : o.concurrency, async (f) => {
      if (signal?.aborted) throw new ConvertError('CANCELLED', 'Illustration was cancelled');
      const t0 = performance.now();
      const bytes = await produce.frame(f);
      const path = await cache.put(FRAME_CACHE_KIND, keyOf(f), 'png', bytes);
      const ms = Math.round(performance.now() - t0);
      out.set(f.slideIndex, { slideIndex: f.slideIndex, path, prompt: f.prompt, ...f.size, cached: false, ms });
      onProgress?.({ stage: 'illustrate', done: ++done, total, detail: `slide ${f.slideIndex}` });
    });
  } finally {
    await produce.close();
  }
  return new Map([...out.entries()].sort((a, b) => a[0] - b[0]));
}

interface Producer {
  frame(f: FramePlan): Promise<Uint8Array>;
  parallel: number;
  close(): Promise<void>;
}

async function producer(plan: IllustrationPlan, o: ResolvedIllustrateOptions, pool: PagePool | undefined, signal?: AbortSignal): Promise<Producer> {
  if (plan.provider === 'openai') {
    const api = new OpenAiImageProvider(o);
    return {
      frame: async (f) => {
        const img = await api.generate(f.prompt, `${f.size.width}x${f.size.height}`, f.slideIndex, signal);
        if (img.ext !== 'png') {
          throw new ConvertError('INTERNAL', `The image API returned ${img.ext.toUpperCase()} for slide ${f.slideIndex}, not PNG: check the server behind OPENAI_BASE_URL`);
        }
        return img.bytes;
      },
      parallel: o.concurrency,
      close: async () => {},
    };
  }
  // Offline: the shared pool when the pipeline has one, else our own for this call.
  const own = pool ? undefined : await ChromePool.launch({ pages: 2, signal });
  const chrome = (pool ?? own)!;
  return {
    frame: (f) => chrome.screenshot(f.cardHtml!, f.size.width, f.size.height, { signal }),
    parallel: 2,
    close: async () => {
      if (own) await own.close();
    },
  };
}
