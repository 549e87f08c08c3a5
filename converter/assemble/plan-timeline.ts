/**
 * Lays the slides that are in the video end to end. A segment is its narration plus a lead-in and
 * a tail (or the reading time of a silent slide); the transition into a segment is its first frames,
 * so segments never overlap and chapters, captions and audio offsets all follow from `start`.
 */
import { MIN_STEP_MS } from '../script/directives.js';
import { planShots } from './plan-shots.js';
import { leadInForSteps, planStepShots, revealFrames } from './plan-step-shots.js';
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
    const inFrames = transitionIn?.frames ?? 0;
    const narrationStart = narrated ? leadInForSteps(input.steps, toFrames(o.leadInMs), inFrames, o) : 0;
    const body = narrated
      ? narrationStart + Math.ceil((input.narrationMs * o.fps) / 1000) + toFrames(o.tailMs)
      : Math.ceil((input.holdMs * o.fps) / 1000);
    const reveals = input.steps ? revealFrames(input.steps, narrationStart, inFrames, o) : undefined;
    // A segment is never shorter than its own transition plus a moment of stillness, and its last
    // build step stays on screen as long as any other.
    const lastStep = reveals?.length ? reveals[reveals.length - 1]!.frame + toFrames(MIN_STEP_MS) : 0;
    const frames = Math.max(body, inFrames + o.fps, lastStep);
    const plan = { input, frames, narrationStart, fade: transitionFrames };
    const shots = reveals ? planStepShots(plan, reveals, o) : planShots(plan, o);
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
