import assert from 'node:assert/strict';
import { assTime, burnStyle, escapeAss, toAss } from '../../../converter/assemble/captions/ass.js';

describe('assemble/captions/ass: captions to burn in', () => {
  it('times are frame boundaries floored to the centisecond (never later than the time ffmpeg gives the frame)', () => {
    assert.equal(assTime(0, 30), '0:00:00.00');
    assert.equal(assTime(1, 30), '0:00:00.03'); // 33.3 ms
    assert.equal(assTime(2, 30), '0:00:00.06'); // 66.7 ms: floored, not rounded up past the frame
    assert.equal(assTime(444, 30), '0:00:14.79'); // 14800 ms exactly, which ffmpeg computes as 14799
    assert.equal(assTime(30 * 3723 + 15, 30), '1:02:03.49');
    for (const fps of [24, 25, 30, 60]) {
      for (let f = 1; f < 20 * fps; f++) {
        const [h, m, s] = assTime(f, fps).split(':').map(Number);
        const ms = Math.round((h! * 3600 + m! * 60 + s!) * 1000);
        // As ffmpeg's ass filter computes a frame's time: pts * time base * 1000 in doubles, truncated.
        const frameMs = (n: number) => Math.trunc(n * (1 / fps) * 1000);
        assert.ok(ms <= frameMs(f) && ms > frameMs(f - 1), `frame ${f} at ${fps} fps: ${ms} ms`);
      }
    }
  });

  it('sizes text for the picture: 4.5% of its height, 4% above the bottom', () => {
    assert.deepEqual(burnStyle(1920, 1080), { fontSize: 49, marginV: 43, marginH: 96, box: 11 });
    assert.deepEqual(burnStyle(1280, 720), { fontSize: 32, marginV: 29, marginH: 64, box: 7 });
  });

  it('writes a script on the video\'s own pixels, one event per cue, lines joined by \\N', () => {
    const ass = toAss([{ start: 30, end: 75, lines: ['Welcome to the course,', 'everyone.'] }, { start: 75, end: 75, lines: ['empty'] }], 30, { width: 1280, height: 720 });
    assert.match(ass, /^\[Script Info\]\nScriptType: v4\.00\+\nPlayResX: 1280\nPlayResY: 720\nWrapStyle: 2\n/);
    assert.match(ass, /\nStyle: Default,Noto Sans,32,&H00FFFFFF,&H00FFFFFF,&H40000000,&H40000000,0,0,0,0,100,100,0,0,3,7,0,2,64,64,29,1\n/);
    assert.deepEqual(ass.split('\n').filter((l) => l.startsWith('Dialogue:')), ['Dialogue: 0,0:00:00.99,0:00:02.49,Default,,0,0,0,,Welcome to the course,\\Neveryone.']);
  });

  it('shows braces and backslashes typed in the notes instead of obeying them', () => {
    assert.equal(escapeAss('{\\an8}top \\N x'), '\\{\\\u2060an8\\}top \\\u2060N x');
    assert.equal(escapeAss('plain text'), 'plain text');
  });
});
