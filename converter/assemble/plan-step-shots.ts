/**
 * Shots of a slide with build steps: step 0 from the start, step k from its click on, each click a cut
 * or a short crossfade. The illustrative frame still shows once: after the last step (slide-then-frame,
 * then the final step again to close) or before the first (frame-then-slide), and only where it fits
 * without cutting a step below MIN_STEP_MS or itself below the usual shortest shot.
 */
import { MIN_STEP_MS } from '../script/directives.js';
import { MIN_SHOT_MS, sentenceStartNear, type ShotPlanInput } from './plan-shots.js';
import type { SegmentSteps, Shot, ShotImage, TimelineOptions } from './timeline-types.js';

export interface Reveal {
  /** First frame of the step, from the segment start. */
  frame: number;
  /** Crossfade frames into the step (0 = cut). */
  fade: number;
}

/**
 * Where each click lands in the segment: on the narration clock from `narrationStart`, never sooner
 * than MIN_STEP_MS after the step before (step 0 counted from the end of the incoming transition).
 */
export function revealFrames(steps: SegmentSteps, narrationStart: number, transitionIn: number, o: TimelineOptions): Reveal[] {
  const toFrames = (ms: number) => Math.round((ms * o.fps) / 1000);
  const minStep = toFrames(MIN_STEP_MS);
  let previous = transitionIn;
  return steps.revealMs.map((ms, k) => {
    const frame = Math.max(narrationStart + toFrames(ms), previous + minStep);
    previous = frame;
    const fadeMs = o.transition === 'cut' ? 0 : Math.min(steps.fadeMs[k] ?? 0, o.transitionMs, 500);
    return { frame, fade: fadeMs > 0 ? Math.max(1, toFrames(fadeMs)) : 0 };
  });
}

/** The lead-in that gives step 0 its MIN_STEP_MS when the first click comes with the first words. */
export function leadInForSteps(steps: SegmentSteps | undefined, leadIn: number, transitionIn: number, o: TimelineOptions): number {
  const first = steps?.revealMs[0];
  if (first === undefined) return leadIn;
  const toFrames = (ms: number) => Math.round((ms * o.fps) / 1000);
  return Math.max(leadIn, transitionIn + toFrames(MIN_STEP_MS) - toFrames(first));
}

export function planStepShots(p: ShotPlanInput, reveals: Reveal[], o: TimelineOptions): Shot[] {
  const { input, frames } = p;
  const image: ShotImage = o.layout === 'side-by-side' && input.hasFrame ? 'side-by-side' : 'slide';
  const starts = [0, ...reveals.map((r) => r.frame)];
  const shots: Shot[] = starts.map((start, k) => ({
    image, start, frames: (starts[k + 1] ?? frames) - start, motion: false, fadeIn: k === 0 ? 0 : reveals[k - 1]!.fade, step: k,
  }));
  if (!input.hasFrame || o.layout === 'slide-only' || o.layout === 'side-by-side') return shots;

  const msToFrame = (ms: number) => Math.round((ms * o.fps) / 1000);
  const minShot = msToFrame(MIN_SHOT_MS);
  const minStep = msToFrame(MIN_STEP_MS);
  const at = (fraction: number, earliestMs: number) => p.narrationStart + msToFrame(sentenceStartNear(input, fraction, earliestMs));
  const frameShot = (start: number, end: number): Shot => ({ image: 'frame', start, frames: end - start, motion: o.motion, fadeIn: p.fade });

  if (o.layout === 'frame-then-slide') {
    if (input.narrationMs < o.minFrameNarrationMs / 2) return shots;
    // The frame opens the slide and gives way before the first click, leaving step 0 its moment.
    const cut = startAtOrBefore(p, o, Math.min(at(0.35, MIN_SHOT_MS), (reveals[0]?.frame ?? frames) - minStep));
    if (cut < minShot) return shots;
    return [frameShot(0, cut), { ...shots[0]!, start: cut, frames: shots[0]!.frames - cut, fadeIn: p.fade }, ...shots.slice(1)];
  }

  // slide-then-frame: after the last step has been seen, the frame, then the final step again to close.
  if (input.narrationMs < o.minFrameNarrationMs) return shots;
  const last = shots[shots.length - 1]!;
  const first = nextStart(p, o, Math.max(last.start + minShot, at(0.3, 4000)));
  const second = nextStart(p, o, Math.max(first + minShot, at(0.75, 0)));
  if (second > frames - minShot) return shots;
  return [
    ...shots.slice(0, -1),
    { ...last, frames: first - last.start },
    frameShot(first, second),
    { ...last, start: second, frames: frames - second, fadeIn: p.fade },
  ];
}

/** Sentence starts as segment frames. */
function startFrames(p: ShotPlanInput, o: TimelineOptions): number[] {
  return p.input.sentenceStartsMs.map((ms) => p.narrationStart + Math.round((ms * o.fps) / 1000));
}

/** The first sentence start at or after `frame` (so the picture never changes mid-sentence), else `frame`. */
function nextStart(p: ShotPlanInput, o: TimelineOptions, frame: number): number {
  const later = startFrames(p, o).filter((f) => f >= frame);
  return later.length ? Math.min(...later) : frame;
}

/** The last sentence start at or before `frame`, else `frame`. */
function startAtOrBefore(p: ShotPlanInput, o: TimelineOptions, frame: number): number {
  const earlier = startFrames(p, o).filter((f) => f <= frame && f > 0);
  return earlier.length ? Math.max(...earlier) : frame;
}
