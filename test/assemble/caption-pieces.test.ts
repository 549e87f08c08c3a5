import assert from 'node:assert/strict';
import { cueBoundaries, segmentFrameCues, splitAtBoundaries } from '../../converter/assemble/caption-pieces.js';
import type { Piece } from '../../converter/assemble/plan-pieces.js';
import { pieceTiming, timestampExpression } from '../../converter/assemble/segment-args.js';

const slide = { slideIndex: 1, image: 'slide' as const, zoomed: false };
const frame = { slideIndex: 1, image: 'frame' as const, zoomed: false };

describe('assemble/caption-pieces: a frame at every cue start and end', () => {
  it('puts the video-clock cues on the segment\'s frame grid, inside the segment', () => {
    const cues = [
      { startMs: 10_000, endMs: 11_500, lines: ['a'] },
      { startMs: 11_500, endMs: 13_000, lines: ['b'] },
      { startMs: 30_000, endMs: 31_000, lines: ['next slide'] },
    ];
    assert.deepEqual(segmentFrameCues(cues, { start: 270, frames: 300 }, 30), [
      { start: 30, end: 75, lines: ['a'] },
      { start: 75, end: 120, lines: ['b'] },
    ]);
    assert.deepEqual(cueBoundaries(segmentFrameCues(cues, { start: 270, frames: 300 }, 30)), [30, 75, 120]);
  });

  it('splits stills at the boundaries inside them and makes a fade or zoom with a boundary inside dense', () => {
    const pieces: Piece[] = [
      { kind: 'fade', from: frame, to: slide, transition: 'fade', frames: 15 },
      { kind: 'still', picture: slide, frames: 285 },
      { kind: 'zoom', picture: frame, frames: 150 },
      { kind: 'still', picture: { ...frame, zoomed: true }, frames: 50 },
    ];
    const split = splitAtBoundaries(pieces, [0, 10, 15, 60, 200, 300, 450, 500]);
    assert.deepEqual(split, [
      { kind: 'fade', from: frame, to: slide, transition: 'fade', frames: 15, dense: true },
      { kind: 'still', picture: slide, frames: 45 },
      { kind: 'still', picture: slide, frames: 140 },
      { kind: 'still', picture: slide, frames: 100 },
      { kind: 'zoom', picture: frame, frames: 150 },
      { kind: 'still', picture: { ...frame, zoomed: true }, frames: 50 },
    ]);
    assert.equal(split.reduce((n, p) => n + p.frames, 0), 500, 'same length');
    assert.deepEqual(splitAtBoundaries(pieces, []), pieces);
  });
});

describe('assemble/segment-args: a dense fade or zoom has a frame on every grid frame', () => {
  const f = { width: 640, height: 360, fps: 30, background: '000000', zoom: 1.04, motionFps: 10, fadeFps: 15, crf: 23, preset: 'veryfast' };
  const pic = { slideIndex: 1, image: 'frame' as const, zoomed: false };
  it('emits one frame per grid frame, each at its own time', () => {
    assert.deepEqual(pieceTiming({ kind: 'zoom', picture: pic, frames: 150 }, f), { emitted: 51, step: 3 });
    assert.deepEqual(pieceTiming({ kind: 'zoom', picture: pic, frames: 150, dense: true }, f), { emitted: 150, step: 1 });
    assert.deepEqual(pieceTiming({ kind: 'fade', from: pic, to: pic, transition: 'fade', frames: 15 }, f), { emitted: 8, step: 2 });
    assert.deepEqual(pieceTiming({ kind: 'fade', from: pic, to: pic, transition: 'fade', frames: 15, dense: true }, f), { emitted: 15, step: 1 });
    assert.equal(timestampExpression([{ kind: 'zoom', picture: pic, frames: 150, dense: true }], f), '0+min((N-0)*1\\,149)');
  });
});
