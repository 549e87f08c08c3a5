/**
 * Options of a whole conversion, as the CLI, the service and library users pass them: every field
 * optional. They are resolved once by resolveConvertOptions (convert-resolve.ts); nothing downstream
 * sees an undefined.
 */
import type { Layout } from './assemble/timeline-types.js';
import type { ProgressListener } from './progress.js';
import type { NarrationOptions } from './narrate/options.js';

export type Resolution = '720p' | '1080p' | '1440p' | '2160p';
export type Fit = 'pad' | 'native';

export interface ConvertOptions extends NarrationOptions {
  /** Output video path; default: the deck's path with .mp4 (captions .srt/.vtt beside it). */
  output?: string;
  includeHidden?: boolean;

  /** Illustrative frames: offline (default), openai, none. */
  images?: string;
  imageStyle?: string;
  imageModel?: string;
  /** Write image prompts with an OpenAI-compatible chat model. */
  promptLlm?: boolean;
  promptModel?: string;

  layout?: Layout;
  /** fade (default), cut, or any ffmpeg xfade transition name. */
  transition?: string;
  /** Seconds. */
  transitionDuration?: number;
  motion?: boolean;
  /** Play each slide's builds click by click (default true); false shows every slide flat, in its final look. */
  builds?: boolean;
  resolution?: Resolution;
  fit?: Fit;
  cfr?: boolean;
  burnCaptions?: boolean;

  /** Slide images to use instead of our own renders (PowerPoint's Slide.getImageAsBase64, Google thumbnails): slide index -> PNG/JPEG bytes. */
  slideImages?: Map<number, Uint8Array>;

  cacheDir?: string;
  /** Use a throwaway cache for this run. */
  noCache?: boolean;
  /** Parallel ffmpeg processes / Chromium pages (default 2). */
  jobs?: number;

  signal?: AbortSignal;
  onProgress?: ProgressListener;
}

export type { DeckInput } from './deck/read-deck.js';

export interface ConvertResult {
  video: string;
  srt: string;
  vtt: string;
  durationMs: number;
  /** Slide indexes in the video, in order. */
  slides: number[];
  warnings: string[];
  /** Wall time per stage, ms. */
  timings: Record<string, number>;
}
