import { strict as assert } from 'node:assert';
import { planPieces } from '../../converter/assemble/plan-pieces.js';
import { DEFAULT_TIMELINE_OPTIONS, planTimeline } from '../../converter/assemble/plan-timeline.js';
import type { SegmentInput, SegmentSteps, TimelineOptions } from '../../converter/assemble/timeline-types.js';

const STARTS = [0, 4000, 8000, 12000, 16000];
const built = (steps: SegmentSteps, over: Partial<SegmentInput> = {}): SegmentInput => ({
  slideIndex: 1, title: 'S1', narrationMs: 20000, sentenceStartsMs: STARTS, holdMs: 0, hasFrame: false, steps, ...over,
});
const o = (over: Partial<TimelineOptions> = {}): TimelineOptions => ({ ...DEFAULT_TIMELINE_OPTIONS, ...over });
const shotsOf = (inputs: SegmentInput[], opts = o(), i = 0) =>
  planTimeline(inputs, opts).segments[i]!.shots.map((s) => [s.image, s.step, s.start, s.frames, s.fadeIn, s.motion]);

describe('assemble/plan-timeline: build steps', () => {
  // 30 fps: 600 ms lead-in = 18 frames; 4 s = 120; the segment is 18 + 600 + 21 = 639 frames.
  it('one shot per step, from its click on; a fade click crossfades, an appear click cuts', () => {
    assert.deepEqual(shotsOf([built({ revealMs: [4000, 8000], fadeMs: [500, 0] })]), [
      ['slide', 0, 0, 138, 0, false],
      ['slide', 1, 138, 120, 15, false],
      ['slide', 2, 258, 381, 0, false],
    ]);
  });

  it('the illustrative frame comes once, after the last step has been seen, then the final step closes', () => {
    assert.deepEqual(shotsOf([built({ revealMs: [4000, 8000], fadeMs: [500, 0] }, { hasFrame: true })]), [
      ['slide', 0, 0, 138, 0, false],
      ['slide', 1, 138, 120, 15, false],
      ['slide', 2, 258, 120, 0, false],
      ['frame', undefined, 378, 120, 15, true],
      ['slide', 2, 498, 141, 15, false],
    ]);
    // The last click near the end leaves no room: no frame rather than a step or a frame cut short.
    assert.deepEqual(shotsOf([built({ revealMs: [4000, 16000], fadeMs: [0, 0] }, { hasFrame: true })]).map((s) => s[0]), ['slide', 'slide', 'slide']);
  });

  it('frame-then-slide opens on the frame and gives way before the first click; side-by-side composes every step', () => {
    assert.deepEqual(shotsOf([built({ revealMs: [8000], fadeMs: [0] }, { hasFrame: true })], o({ layout: 'frame-then-slide' })), [
      ['frame', undefined, 0, 138, 15, true],
      ['slide', 0, 138, 120, 15, false],
      ['slide', 1, 258, 381, 0, false],
    ]);
    assert.deepEqual(shotsOf([built({ revealMs: [8000], fadeMs: [0] }, { hasFrame: true })], o({ layout: 'side-by-side' })).map((s) => [s[0], s[1]]), [
      ['side-by-side', 0], ['side-by-side', 1],
    ]);
  });

  it('no step is shorter than 1.5 s: step 0 gets a longer lead-in, a late last click a longer segment', () => {
    const first = planTimeline([built({ revealMs: [0, 4000], fadeMs: [0, 0] }, { narrationMs: 3000 }), built({ revealMs: [0], fadeMs: [0] }, { slideIndex: 2 })], o());
    // Slide 1 has no incoming transition: 45 frames of step 0; slide 2 fades in over 15 more.
    assert.equal(first.segments[0]!.narrationStart, 45);
    assert.equal(first.segments[1]!.narrationStart, 60);
    const s1 = first.segments[0]!;
    // The click at 4 s comes after the 3 s narration: the segment runs until it has shown 1.5 s.
    assert.deepEqual(s1.shots.map((s) => [s.step, s.start, s.frames]), [[0, 0, 45], [1, 45, 120], [2, 165, 45]]);
    assert.equal(s1.frames, 210);
  });

  it('--transition cut makes every click a cut; pieces name the step they show', () => {
    const t = planTimeline([built({ revealMs: [4000, 8000], fadeMs: [500, 500] })], o({ transition: 'cut' }));
    assert.deepEqual(t.segments[0]!.shots.map((s) => s.fadeIn), [0, 0, 0]);
    const faded = planPieces(planTimeline([built({ revealMs: [4000], fadeMs: [300] })], o()))[0]!.pieces;
    assert.deepEqual(faded, [
      { kind: 'still', picture: { slideIndex: 1, image: 'slide', zoomed: false, step: 0 }, frames: 138 },
      { kind: 'fade', from: { slideIndex: 1, image: 'slide', zoomed: false, step: 0 }, to: { slideIndex: 1, image: 'slide', zoomed: false, step: 1 }, transition: 'fade', frames: 9 },
      { kind: 'still', picture: { slideIndex: 1, image: 'slide', zoomed: false, step: 1 }, frames: 492 },
    ]);
  });

  it('a silent slide shows each step on its hold', () => {
    const t = planTimeline([built({ revealMs: [3000, 4500], fadeMs: [0, 0] }, { narrationMs: 0, sentenceStartsMs: [], holdMs: 6000 })], o());
    assert.deepEqual(t.segments[0]!.shots.map((s) => [s.step, s.start, s.frames]), [[0, 0, 90], [1, 90, 45], [2, 135, 45]]);
  });
});
