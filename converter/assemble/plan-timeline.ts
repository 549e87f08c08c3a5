/**
 * Lays the slides that are in the video end to end. A segment is its narration plus a lead-in and
 * a tail (or the reading time of a silent slide); the transition into a segment is its first frames,
 * so segments never overlap and chapters, captions and audio offsets all follow from `start`.
 */
import { planShots } from './plan-shots.js';
import type { Segment, SegmentInput, Timeline, TimelineOptions } from './timeline-types.js';

export const DEFAULT_TIMELINE_OPTIONS: TimelineOptions = {
  fps: 30,
  layout: 'slide-then-frame',
  leadInMs: 600,
  tailMs: 700,
  transition: 'fade',
  transitionMs: 500,
  motion: true,
  minFrameNarrationMs: 9000,
};

export function planTimeline(inputs: SegmentInput[], o: TimelineOptions): Timeline {
  const toFrames = (ms: number) => Math.round((ms * o.fps) / 1000);
  const transitionFrames = o.transition === 'cut' ? 0 : Math.max(1, toFrames(o.transitionMs));
  const segments: Segment[] = [];
  let start = 0;
  for (const [i, input] of inputs.entries()) {
    const type = input.deckTransition ?? o.transition;
    const transitionIn =
      i === 0 || type === 'cut' || transitionFrames === 0 ? undefined : { type, frames: transitionFrames };
    const narrated = input.narrationMs > 0;
    const narrationStart = narrated ? toFrames(o.leadInMs) : 0;
    const body = narrated
      ? narrationStart + Math.ceil((input.narrationMs * o.fps) / 1000) + toFrames(o.tailMs)
      : Math.ceil((input.holdMs * o.fps) / 1000);
    // A segment is never shorter than its own transition plus a moment of stillness.
    const frames = Math.max(body, (transitionIn?.frames ?? 0) + o.fps);
    const shots = planShots({ input, frames, narrationStart, fade: transitionFrames }, o);
    segments.push({
      slideIndex: input.slideIndex,
      title: input.title,
      start,
      frames,
      transitionIn,
      narrationStart,
      narrationMs: input.narrationMs,
      shots,
    });
    start += frames;
  }
  return { fps: o.fps, segments, totalFrames: start };
}

/** Frame number -> milliseconds on the video clock. */
export function frameToMs(frame: number, fps: number): number {
  return (frame * 1000) / fps;
}
