/**
 * A caption cue and the limits every cue respects. Times are integer ms, relative to the slide's audio
 * until the assembly stage shifts them by the slide's offset on the video timeline.
 */

export interface Cue {
  startMs: number;
  endMs: number;
  /** One or two lines, logical (typing) order; players apply the bidi algorithm. */
  lines: string[];
}

export const MAX_LINE_WIDTH = 42;
export const MAX_LINES = 2;
export const MIN_CUE_MS = 1000;
export const MAX_CUE_MS = 7000;

/** Cues moved by `offsetMs` (a slide's start on the video timeline). */
export function shiftCues(cues: readonly Cue[], offsetMs: number): Cue[] {
  return cues.map((c) => ({ startMs: c.startMs + offsetMs, endMs: c.endMs + offsetMs, lines: [...c.lines] }));
}
