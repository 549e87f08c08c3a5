/**
 * ConvertOptions -> ResolvedConvertOptions, once, at the entry point (convertDeck, planConversion):
 * every value checked against the table (convert-options.ts), every default filled, nothing
 * downstream sees an undefined. The video format depends on the deck's aspect, so it is worked out
 * from the resolved options and the deck (assemble/video-format.ts).
 */
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DEFAULT_TIMELINE_OPTIONS } from '../assemble/plan-timeline.js';
import type { TimelineOptions } from '../assemble/timeline-types.js';
import { resolutionHeight, type Fit } from '../assemble/video-format.js';
import { defaultCacheDir } from '../cache/artifact-cache.js';
import { tempPrefix } from '../cache/sweep.js';
import { assertCacheUsable } from '../preflight.js';
import { resolveIllustrateOptions, type ResolvedIllustrateOptions } from '../illustrate/options.js';
import { resolveNarrationOptions, type ResolvedNarrationOptions } from '../narrate/options.js';
import type { ProgressListener } from '../progress.js';
import { resolveTranslateOptions, type ResolvedTranslateOptions } from '../translate/options.js';
import { CONVERT_OPTIONS, type ConvertOptions } from './convert-options.js';
import { checkOptions } from './parse-options.js';

export interface ResolvedConvertOptions {
  output: string | undefined;
  includeHidden: boolean;
  narration: ResolvedNarrationOptions;
  /** Without the frame size, which follows from the video format. */
  illustrate: ResolvedIllustrateOptions;
  timeline: TimelineOptions;
  /** Videos in other languages (none when `languages` is empty). */
  translate: ResolvedTranslateOptions;
  /** Whether a transition was given: then it wins over the deck's own transitions. */
  transitionForced: boolean;
  height: number;
  fit: Fit;
  cfr: boolean;
  burnCaptions: boolean;
  /** Slides with builds show them step by step (false: --no-builds). */
  builds: boolean;
  slideImages: Map<number, Uint8Array> | undefined;
  cacheDir: string;
  /** The cache is this run's own (--no-cache): removed when the run ends. */
  cacheIsTemporary: boolean;
  jobs: number;
  signal: AbortSignal | undefined;
  onProgress: ProgressListener;
}

export async function resolveConvertOptions(options: ConvertOptions, env: NodeJS.ProcessEnv = process.env): Promise<ResolvedConvertOptions> {
  const o = checkOptions(CONVERT_OPTIONS, options);
  // --no-cache: a private cache that lives only for this run. Only named here (the cache makes its folders
  // when it writes), so resolving has no side effect; the pipeline removes it at the end. Absolute,
  // because ffmpeg reads the cached segments through a list file in another folder (a relative cache dir
  // broke the final join).
  const cacheDir = o.noCache ? join(tmpdir(), tempPrefix('cache') + randomBytes(4).toString('hex')) : resolve(o.cacheDir ?? defaultCacheDir(env));
  // Before any work: an unusable cache (HOME not writable) used to fail at the first artifact written.
  if (!o.noCache) await assertCacheUsable(cacheDir);
  const narration = await resolveNarrationOptions(o, env);
  const translate = await resolveTranslateOptions(o, env);
  const illustrate = resolveIllustrateOptions({
    images: o.images,
    imageStyle: o.imageStyle,
    imageModel: o.imageModel,
    promptLlm: o.promptLlm,
    promptLlmModel: o.promptModel,
    openaiBaseUrl: o.openaiBaseUrl,
    openaiApiKey: o.openaiApiKey,
    cacheDir,
    includeHidden: o.includeHidden,
  }, env);

  return {
    output: o.output,
    includeHidden: o.includeHidden ?? false,
    narration,
    illustrate,
    timeline: {
      ...DEFAULT_TIMELINE_OPTIONS,
      layout: o.layout ?? DEFAULT_TIMELINE_OPTIONS.layout,
      transition: o.transition ?? 'fade',
      transitionMs: Math.round((o.transitionDuration ?? DEFAULT_TIMELINE_OPTIONS.transitionMs / 1000) * 1000),
      motion: o.motion ?? true,
    },
    translate,
    transitionForced: o.transition !== undefined,
    height: resolutionHeight(o.resolution ?? '1080p'),
    fit: o.fit ?? 'pad',
    cfr: o.cfr ?? false,
    burnCaptions: o.burnCaptions ?? false,
    builds: o.builds ?? true,
    slideImages: o.slideImages,
    cacheDir,
    cacheIsTemporary: o.noCache ?? false,
    jobs: o.jobs ?? 2,
    signal: o.signal,
    onProgress: o.onProgress ?? (() => undefined),
  };
}
