import { strict as assert } from 'node:assert';
import { DEFAULT_TIMELINE_OPTIONS, planTimeline } from '../../converter/assemble/plan-timeline.js';
import { planPieces, pieceFrames } from '../../converter/assemble/plan-pieces.js';
import type { SegmentInput, TimelineOptions } from '../../converter/assemble/timeline-types.js';

const narrated = (slideIndex: number, narrationMs: number, starts: number[], hasFrame = true): SegmentInput => ({
  slideIndex, title: `S${slideIndex}`, narrationMs, sentenceStartsMs: starts, holdMs: 0, hasFrame,
});
const silent = (slideIndex: number, holdMs: number): SegmentInput => ({
  slideIndex, title: '', narrationMs: 0, sentenceStartsMs: [], holdMs, hasFrame: false,
});
const o = (over: Partial<TimelineOptions> = {}): TimelineOptions => ({ ...DEFAULT_TIMELINE_OPTIONS, ...over });

describe('assemble/plan-timeline', () => {
  it('lays segments end to end: lead-in + narration + tail, silent slides hold their reading time', () => {
    const t = planTimeline([narrated(1, 10000, [0]), silent(3, 4000), narrated(4, 2000, [0])], o());
    // 600 ms lead-in = 18 frames, 10 s = 300, 700 ms tail = 21
    assert.deepEqual(t.segments.map((s) => [s.slideIndex, s.start, s.frames, s.narrationStart]), [
      [1, 0, 339, 18],
      [3, 339, 120, 0],
      [4, 459, 18 + 60 + 21, 18],
    ]);
    assert.equal(t.totalFrames, 459 + 99);
    assert.equal(t.segments[0].transitionIn, undefined);
    assert.deepEqual(t.segments[1].transitionIn, { type: 'fade', frames: 15 });
  });

  it('rounds narration up to whole frames so no speech is cut', () => {
    const t = planTimeline([narrated(1, 1001, [0], false)], o({ leadInMs: 0, tailMs: 0 }));
    assert.equal(t.segments[0].frames, 31);
  });

  it('uses the deck transition when the slide sets one, and cut removes transitions', () => {
    const inputs = [narrated(1, 3000, [0], false), { ...narrated(2, 3000, [0], false), deckTransition: 'wipeleft' }];
    assert.deepEqual(planTimeline(inputs, o()).segments[1].transitionIn, { type: 'wipeleft', frames: 15 });
    assert.equal(planTimeline([narrated(1, 3000, [0]), narrated(2, 3000, [0])], o({ transition: 'cut' })).segments[1].transitionIn, undefined);
  });

  it('slide-then-frame switches to the frame and back at sentence starts', () => {
    const t = planTimeline([narrated(1, 20000, [0, 5000, 9000, 15000])], o());
    const shots = t.segments[0].shots;
    assert.deepEqual(shots.map((s) => [s.image, s.start, s.frames, s.motion, s.fadeIn]), [
      ['slide', 0, 18 + 150, false, 0],
      ['frame', 168, 300, true, 15],
      ['slide', 468, t.segments[0].frames - 468, false, 15],
    ]);
  });

  it('keeps the slide for short narrations, slides without a frame and slide-only', () => {
    assert.deepEqual(planTimeline([narrated(1, 5000, [0, 2500])], o()).segments[0].shots.map((s) => s.image), ['slide']);
    assert.deepEqual(planTimeline([narrated(1, 20000, [0, 9000], false)], o()).segments[0].shots.map((s) => s.image), ['slide']);
    assert.deepEqual(planTimeline([narrated(1, 20000, [0, 9000])], o({ layout: 'slide-only' })).segments[0].shots.map((s) => s.image), ['slide']);
  });

  it('side-by-side shows one composed picture; frame-then-slide opens on the frame', () => {
    assert.deepEqual(planTimeline([narrated(1, 20000, [0])], o({ layout: 'side-by-side' })).segments[0].shots.map((s) => s.image), ['side-by-side']);
    const f = planTimeline([narrated(1, 20000, [0, 7000])], o({ layout: 'frame-then-slide' })).segments[0].shots;
    assert.deepEqual(f.map((s) => s.image), ['frame', 'slide']);
    assert.equal(f[1].start, 18 + 210);
  });

  it('motion off makes frame shots still', () => {
    const shots = planTimeline([narrated(1, 20000, [0, 6000, 15000])], o({ motion: false })).segments[0].shots;
    assert.equal(shots.some((s) => s.motion), false);
  });
});

describe('assemble/plan-pieces', () => {
  it('cuts every segment into pieces whose frames add up to the segment exactly', () => {
    const t = planTimeline([narrated(1, 20000, [0, 5000, 9000, 15000]), silent(2, 4000), narrated(3, 12000, [0, 6000])], o());
    const segs = planPieces(t);
    for (const [i, s] of segs.entries()) assert.equal(pieceFrames(s.pieces), t.segments[i].frames);
    assert.deepEqual(segs[0].pieces.map((p) => `${p.kind}${p.frames}`), ['still168', 'fade15', 'zoom150', 'still135', 'fade15', 'still156']);
    // the transition into slide 2 starts from slide 1's last picture (its slide, not the frame)
    const fade = segs[1].pieces[0];
    assert.equal(fade.kind, 'fade');
    if (fade.kind === 'fade') {
      assert.deepEqual(fade.from, { slideIndex: 1, image: 'slide', zoomed: false });
      assert.deepEqual(fade.to, { slideIndex: 2, image: 'slide', zoomed: false });
    }
    // leaving a zoomed frame fades from its zoomed end state, so nothing jumps
    const out = segs[0].pieces[4];
    assert.ok(out.kind === 'fade' && out.from.zoomed && out.from.image === 'frame');
  });
});

describe('assemble/segment-args', () => {
  it('maps concatenated frames to exact times: stills every ten seconds, fades and zooms at their rates', async () => {
    const { timestampExpression, pieceTiming } = await import('../../converter/assemble/segment-args.js');
    const f = { width: 640, height: 360, fps: 30, background: '000000', zoom: 1.04, motionFps: 10, fadeFps: 15, crf: 23, preset: 'veryfast' };
    const pic = { slideIndex: 1, image: 'slide' as const, zoomed: false };
    const pieces = [
      { kind: 'fade' as const, from: pic, to: pic, transition: 'fade', frames: 15 },
      { kind: 'still' as const, picture: pic, frames: 100 },
    ];
    assert.deepEqual(pieceTiming(pieces[0], f), { emitted: 8, step: 2 });
    assert.deepEqual(pieceTiming(pieces[1], f), { emitted: 2, step: 300 });
    assert.deepEqual(pieceTiming({ kind: 'still', picture: pic, frames: 901 }, f), { emitted: 4, step: 300 });
    assert.deepEqual(pieceTiming({ kind: 'zoom', picture: pic, frames: 150 }, f), { emitted: 51, step: 3 });
    assert.equal(timestampExpression(pieces, f), 'if(lt(N\\,8)\\,0+min((N-0)*2\\,14)\\,15+min((N-8)*300\\,99))');
  });

  it('caps zooms at five seconds and holds the zoomed picture for the rest of the shot', () => {
    const t = planTimeline([narrated(1, 30000, [0, 9000, 22000])], o());
    const kinds = planPieces(t)[0].pieces.map((p) => `${p.kind}${p.frames}`);
    assert.deepEqual(kinds.slice(1, 4), ['fade15', 'zoom150', 'still225']);
    const held = planPieces(t)[0].pieces[3];
    assert.ok(held.kind === 'still' && held.picture.zoomed);
  });
});
