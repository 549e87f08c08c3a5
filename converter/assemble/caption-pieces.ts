/**
 * Burned-in captions on our variable-frame-rate segments. A held picture is a handful of frames (one
 * every ten seconds), and a filter can draw only on frames that exist: 29 of 73 cues of a talk were
 * never drawn, others stayed on screen until the next frame. So every cue start and end becomes a frame:
 * a still is split there into two stills of the same picture (one more encoded frame each), and a fade
 * or zoom a cue changes inside is emitted at the full frame rate for its few seconds. The cost still
 * follows the distinct pictures, plus two frames a cue.
 */
import type { Cue } from './captions/cue.js';
import type { FrameCue } from './captions/ass.js';
import type { Piece } from './plan-pieces.js';

/** The cues inside a segment, on its own frame grid (the frame at or after each cue's time). */
export function segmentFrameCues(cues: readonly Cue[], segment: { start: number; frames: number }, fps: number): FrameCue[] {
  const frameOf = (ms: number) => Math.round((ms * fps) / 1000) - segment.start;
  return cues
    .map((c) => ({ start: Math.max(0, frameOf(c.startMs)), end: Math.min(segment.frames, frameOf(c.endMs)), lines: c.lines }))
    .filter((c) => c.end > c.start);
}

/** The frames (segment-local) where what is drawn changes. */
export function cueBoundaries(cues: readonly FrameCue[]): number[] {
  return [...new Set(cues.flatMap((c) => [c.start, c.end]))].sort((a, b) => a - b);
}

/** Pieces with a frame at every boundary: stills split there, fades and zooms made dense. */
export function splitAtBoundaries(pieces: readonly Piece[], boundaries: readonly number[]): Piece[] {
  const out: Piece[] = [];
  let first = 0;
  for (const piece of pieces) {
    const inside = boundaries.filter((b) => b > first && b < first + piece.frames).map((b) => b - first);
    if (inside.length === 0) out.push(piece);
    else if (piece.kind === 'still') {
      let at = 0;
      for (const cut of [...inside, piece.frames]) {
        out.push({ ...piece, frames: cut - at });
        at = cut;
      }
    } else out.push({ ...piece, dense: true });
    first += piece.frames;
  }
  return out;
}
