/**
 * Cuts the timeline into encodable pieces. A piece is either a still (one distinct picture held for
 * a while: a handful of frames however long it lasts), a crossfade between two pictures (a short
 * constant-rate run), or a slow zoom on an illustrative frame (a low-rate run). Pieces are encoded
 * once, cached by their content, and joined by stream copy: cost follows distinct pictures, not
 * video length.
 */
import type { Segment, ShotImage, Timeline } from './timeline-types.js';

/** A picture on screen: what it shows for which slide; `zoomed` is the end state of a motion shot. */
export interface Picture {
  slideIndex: number;
  image: ShotImage;
  zoomed: boolean;
}

/**
 * `dense`: a fade or zoom emitted on every frame of the grid instead of at its reduced rate, so that
 * a burned caption starting or ending inside it lands on a frame that exists.
 */
export type Piece =
  | { kind: 'still'; picture: Picture; frames: number }
  | { kind: 'fade'; from: Picture; to: Picture; transition: string; frames: number; dense?: boolean }
  | { kind: 'zoom'; picture: Picture; frames: number; dense?: boolean };

export interface SegmentPieces {
  slideIndex: number;
  pieces: Piece[];
}

/** Longest zoom, in seconds; the rest of a frame shot holds the zoomed picture. */
export const MAX_ZOOM_SECONDS = 5;

export function planPieces(timeline: Timeline): SegmentPieces[] {
  const out: SegmentPieces[] = [];
  let previous: Picture | undefined;
  const maxZoomFrames = MAX_ZOOM_SECONDS * timeline.fps;
  for (const segment of timeline.segments) {
    const pieces = segmentPieces(segment, previous, maxZoomFrames);
    out.push({ slideIndex: segment.slideIndex, pieces });
    previous = lastPicture(segment);
  }
  return out;
}

function segmentPieces(segment: Segment, previous: Picture | undefined, maxZoomFrames: number): Piece[] {
  const pieces: Piece[] = [];
  let before: Picture | undefined = previous;
  for (const [i, shot] of segment.shots.entries()) {
    const picture: Picture = { slideIndex: segment.slideIndex, image: shot.image, zoomed: false };
    let fade = 0;
    if (i === 0 && segment.transitionIn && before) {
      fade = Math.min(segment.transitionIn.frames, shot.frames - 1);
      pieces.push({ kind: 'fade', from: before, to: picture, transition: segment.transitionIn.type, frames: fade });
    } else if (i > 0 && shot.fadeIn > 0 && before) {
      fade = Math.min(shot.fadeIn, shot.frames - 1);
      pieces.push({ kind: 'fade', from: before, to: picture, transition: 'fade', frames: fade });
    }
    const body = shot.frames - fade;
    if (body > 0 && shot.motion) {
      // The zoom eases out over a few seconds and then holds: calm to watch, and its cost is
      // bounded however long the shot is.
      const moving = Math.min(body, maxZoomFrames);
      pieces.push({ kind: 'zoom', picture, frames: moving });
      if (body > moving) pieces.push({ kind: 'still', picture: { ...picture, zoomed: true }, frames: body - moving });
    } else if (body > 0) pieces.push({ kind: 'still', picture, frames: body });
    before = shot.motion ? { ...picture, zoomed: true } : picture;
  }
  return pieces;
}

function lastPicture(segment: Segment): Picture {
  const last = segment.shots[segment.shots.length - 1];
  return { slideIndex: segment.slideIndex, image: last.image, zoomed: last.motion };
}

export function pieceFrames(pieces: Piece[]): number {
  return pieces.reduce((n, p) => n + p.frames, 0);
}
