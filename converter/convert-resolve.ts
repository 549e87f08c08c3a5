/**
 * ConvertOptions -> ResolvedConvertOptions, once, at the entry point. Bad values are BAD_USAGE with
 * the accepted values named. The video format depends on the deck's aspect, so it is worked out
 * from the resolved options and the deck by a separate pure function.
 */
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { VideoFormat } from './assemble/segment-args.js';
import { DEFAULT_TIMELINE_OPTIONS } from './assemble/plan-timeline.js';
import type { Layout, TimelineOptions } from './assemble/timeline-types.js';
import { defaultCacheDir } from './cache/artifact-cache.js';
import { tempPrefix } from './cache/sweep.js';
import type { ConvertOptions, Fit, Resolution } from './convert-options.js';
import { ConvertError } from './errors.js';
import { assertCacheUsable } from './preflight.js';
import { resolveIllustrateOptions, type ResolvedIllustrateOptions } from './illustrate/options.js';
import { resolveNarrationOptions, type ResolvedNarrationOptions } from './narrate/options.js';

export const RESOLUTIONS: Record<Resolution, number> = { '720p': 720, '1080p': 1080, '1440p': 1440, '2160p': 2160 };
const LAYOUTS: Layout[] = ['slide-then-frame', 'side-by-side', 'frame-then-slide', 'slide-only'];
const XFADE = /^[a-z]{2,20}$/;

export interface ResolvedConvertOptions {
  output: string | undefined;
  includeHidden: boolean;
  narration: ResolvedNarrationOptions;
  /** Without the frame size, which follows from the video format. */
  illustrate: ResolvedIllustrateOptions;
  timeline: TimelineOptions;
  /** Whether --transition was given: then it wins over the deck's own transitions. */
  transitionForced: boolean;
  height: number;
  fit: Fit;
  cfr: boolean;
  burnCaptions: boolean;
  slideImages: Map<number, Uint8Array> | undefined;
  cacheDir: string;
  /** The cache is this run's own (--no-cache): removed when the run ends. */
  cacheIsTemporary: boolean;
  jobs: number;
  signal: AbortSignal | undefined;
  onProgress: NonNullable<ConvertOptions['onProgress']>;
}

function usage(message: string): never {
  throw new ConvertError('BAD_USAGE', message);
}

export async function resolveConvertOptions(o: ConvertOptions, env: NodeJS.ProcessEnv = process.env): Promise<ResolvedConvertOptions> {
  const resolution = o.resolution ?? '1080p';
  if (!(resolution in RESOLUTIONS)) usage(`Unknown --resolution "${resolution}": use ${Object.keys(RESOLUTIONS).join(', ')}.`);
  const fit = o.fit ?? 'pad';
  if (fit !== 'pad' && fit !== 'native') usage(`Unknown --fit "${fit}": use pad or native.`);
  const layout = o.layout ?? DEFAULT_TIMELINE_OPTIONS.layout;
  if (!LAYOUTS.includes(layout)) usage(`Unknown --layout "${layout}": use ${LAYOUTS.join(', ')}.`);
  const transition = (o.transition ?? 'fade').toLowerCase();
  if (!XFADE.test(transition)) usage(`Unknown --transition "${o.transition}": use fade, cut or an ffmpeg xfade name such as wipeleft.`);
  const seconds = o.transitionDuration ?? DEFAULT_TIMELINE_OPTIONS.transitionMs / 1000;
  if (!(Number.isFinite(seconds) && seconds >= 0.1 && seconds <= 3)) usage(`--transition-duration ${seconds} is out of range: use 0.1 to 3 seconds.`);
  const jobs = o.jobs ?? 2;
  if (!(Number.isInteger(jobs) && jobs >= 1 && jobs <= 16)) usage(`--jobs ${o.jobs} must be a whole number from 1 to 16.`);

  // --no-cache: a private cache that lives only for this run. Only named here (the cache makes its folders
  // when it writes), so resolving has no side effect; the pipeline removes it at the end.
  const cacheDir = o.noCache ? join(tmpdir(), tempPrefix('cache') + randomBytes(4).toString('hex')) : o.cacheDir ?? defaultCacheDir(env);
  // Before any work: an unusable cache (HOME not writable) used to fail at the first artifact written.
  if (!o.noCache) await assertCacheUsable(cacheDir);
  const narration = await resolveNarrationOptions(o, env);
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
      layout,
      transition,
      transitionMs: Math.round(seconds * 1000),
      motion: o.motion ?? true,
    },
    transitionForced: o.transition !== undefined,
    height: RESOLUTIONS[resolution],
    fit,
    cfr: o.cfr ?? false,
    burnCaptions: o.burnCaptions ?? false,
    slideImages: o.slideImages,
    cacheDir,
    cacheIsTemporary: o.noCache ?? false,
    jobs,
    signal: o.signal,
    onProgress: o.onProgress ?? (() => undefined),
  };
}

/** Video size for a deck: 16:9 with the slide padded (fit pad), or the deck's own aspect (fit native). */
export function videoFormat(o: Pick<ResolvedConvertOptions, 'height' | 'fit'>, deckSize: { width: number; height: number }): VideoFormat {
  const aspect = deckSize.width / deckSize.height;
  const height = o.height;
  const width = o.fit === 'pad' ? even((height * 16) / 9) : even(height * aspect);
  // superfast rather than veryfast: a third less CPU per segment (zooms and fades are most of what is
  // encoded) for the same picture (SSIM of a held slide 0.9976 vs 0.9974), at ~250 kb/s instead of 140.
  return { width, height, fps: 30, background: '000000', zoom: 1.04, motionFps: 10, fadeFps: 15, crf: 20, preset: 'superfast' };
}

/** Width at which to render slides so they fill the video without scaling up. */
export function slideRenderWidth(format: VideoFormat, deckSize: { width: number; height: number }): number {
  const aspect = deckSize.width / deckSize.height;
  return even(Math.min(format.width, format.height * aspect));
}

function even(n: number): number {
  return 2 * Math.round(n / 2);
}
