/**
 * The video timeline. Every position is an integer number of video frames at `fps`: segment
 * boundaries, shots and transitions all sit on one grid, so concatenated pieces add up exactly and
 * audio offsets are whole sample counts (48000 / 30 = 1600 samples per frame).
 */

/** How slide and illustrative frame share the screen (--layout). */
export const LAYOUTS = ['slide-then-frame', 'side-by-side', 'frame-then-slide', 'slide-only'] as const;
export type Layout = (typeof LAYOUTS)[number];

/** What a shot shows: the rendered slide, the illustrative frame, or both composed side by side. */
export type ShotImage = 'slide' | 'frame' | 'side-by-side';

export interface TimelineOptions {
  fps: number;
  layout: Layout;
  /** Silence before the narration of each slide starts (covers the incoming transition). */
  leadInMs: number;
  /** Silence after the narration ends, before the next slide. */
  tailMs: number;
  /** xfade transition name used between segments ('fade', 'wipeleft', …) or 'cut'. */
  transition: string;
  transitionMs: number;
  /** Slow zoom on illustrative frames. */
  motion: boolean;
  /** Narrations shorter than this keep the slide on screen the whole time (slide-then-frame). */
  minFrameNarrationMs: number;
}

/** What the timeline needs to know about one slide that is in the video. */
export interface SegmentInput {
  slideIndex: number;
  title: string;
  /** Narration length; 0 for a silent slide (then holdMs applies). */
  narrationMs: number;
  /** Sentence starts within the narration, in ms (used to switch shots between sentences). */
  sentenceStartsMs: number[];
  /** Reading time for a silent slide. */
  holdMs: number;
  hasFrame: boolean;
  /** The deck's own transition into this slide, mapped to an xfade name, if it sets one. */
  deckTransition?: string;
}

export interface Shot {
  image: ShotImage;
  /** First frame, relative to the segment start. */
  start: number;
  frames: number;
  /** Slow zoom over the shot (illustrative frames only). */
  motion: boolean;
  /** Crossfade frames at the start of this shot from the previous shot's image (0 = cut). */
  fadeIn: number;
}

export interface Segment {
  slideIndex: number;
  title: string;
  /** First frame of the segment in the video. */
  start: number;
  frames: number;
  /** Frames at the start of the segment that blend in from the previous segment's last image. */
  transitionIn: { type: string; frames: number } | undefined;
  /** Where the narration starts, in frames from the segment start. */
  narrationStart: number;
  narrationMs: number;
  shots: Shot[];
}

export interface Timeline {
  fps: number;
  segments: Segment[];
  totalFrames: number;
}
