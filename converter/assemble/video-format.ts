/**
 * The video's picture: its height (--resolution), whether the slide is padded into 16:9 or keeps the
 * deck's own aspect (--fit), and the encoder settings every segment shares.
 */
import type { VideoFormat } from './segment-args.js';

export const RESOLUTIONS = ['720p', '1080p', '1440p', '2160p'] as const;
export type Resolution = (typeof RESOLUTIONS)[number];

export const FITS = ['pad', 'native'] as const;
export type Fit = (typeof FITS)[number];

export function resolutionHeight(r: Resolution): number {
  return Number.parseInt(r, 10);
}

/** Video size for a deck: 16:9 with the slide padded (fit pad), or the deck's own aspect (fit native). */
export function videoFormat(o: { height: number; fit: Fit }, deckSize: { width: number; height: number }): VideoFormat {
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
