/**
 * Which image is on screen when, inside one slide's segment. Switches happen at sentence starts so
 * the picture never changes mid-sentence; with no usable sentence boundary they fall back to fixed
 * fractions of the narration.
 */
import type { SegmentInput, Shot, ShotImage, TimelineOptions } from './timeline-types.js';

export interface ShotPlanInput {
  input: SegmentInput;
  /** Segment length and where the narration starts, in frames. */
  frames: number;
  narrationStart: number;
  /** Crossfade length between shots, in frames (0 = cut). */
  fade: number;
}

/** Shortest shot of the slide or the frame when they alternate. */
export const MIN_SHOT_MS = 2500;

export function planShots(p: ShotPlanInput, o: TimelineOptions): Shot[] {
  const { input, frames } = p;
  const whole = (image: ShotImage): Shot[] => [{ image, start: 0, frames, motion: image === 'frame' && o.motion, fadeIn: 0 }];
  if (!input.hasFrame || o.layout === 'slide-only') return whole('slide');
  if (o.layout === 'side-by-side') return whole('side-by-side');

  const msToFrame = (ms: number) => Math.round((ms * o.fps) / 1000);
  const minShot = msToFrame(MIN_SHOT_MS);
  const at = (fraction: number, earliestMs: number) =>
    p.narrationStart + msToFrame(sentenceStartNear(input, fraction, earliestMs));

  if (o.layout === 'frame-then-slide') {
    if (input.narrationMs < o.minFrameNarrationMs / 2) return whole('slide');
    const cut = clamp(at(0.35, MIN_SHOT_MS), minShot, frames - minShot);
    if (cut <= 0 || cut >= frames) return whole('slide');
    return [
      { image: 'frame', start: 0, frames: cut, motion: o.motion, fadeIn: 0 },
      { image: 'slide', start: cut, frames: frames - cut, motion: false, fadeIn: p.fade },
    ];
  }

  // slide-then-frame: the slide first (the viewer reads it), the frame for the middle, the slide again
  // to close, so the last thing seen of every slide is the slide itself.
  if (input.narrationMs < o.minFrameNarrationMs) return whole('slide');
  const first = at(0.3, 4000);
  const second = at(0.75, 0);
  if (first < minShot || second - first < minShot || frames - second < minShot) return whole('slide');
  return [
    { image: 'slide', start: 0, frames: first, motion: false, fadeIn: 0 },
    { image: 'frame', start: first, frames: second - first, motion: o.motion, fadeIn: p.fade },
    { image: 'slide', start: second, frames: frames - second, motion: false, fadeIn: p.fade },
  ];
}

/**
 * The sentence start closest to `fraction` of the narration (and not before `earliestMs`); the
 * fraction itself when the notes are one long sentence.
 */
export function sentenceStartNear(input: SegmentInput, fraction: number, earliestMs: number): number {
  const target = Math.max(input.narrationMs * fraction, earliestMs);
  const candidates = input.sentenceStartsMs.filter((s) => s > 0 && s >= earliestMs && s < input.narrationMs);
  let best = target;
  let bestDistance = Infinity;
  for (const s of candidates) {
    const d = Math.abs(s - target);
    if (d < bestDistance && d <= input.narrationMs * 0.2) {
      best = s;
      bestDistance = d;
    }
  }
  return Math.min(best, input.narrationMs);
}

function clamp(v: number, lo: number, hi: number): number {
  return Math.max(lo, Math.min(hi, v));
}
