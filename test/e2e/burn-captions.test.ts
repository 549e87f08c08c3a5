import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assembleVideo, type SlideMedia } from '../../converter/assemble/assemble-video.js';
import type { Cue } from '../../converter/assemble/captions/cue.js';
import { DEFAULT_TIMELINE_OPTIONS, planTimeline } from '../../converter/assemble/plan-timeline.js';
import { ArtifactCache } from '../../converter/cache/artifact-cache.js';
import { runFfmpeg } from '../../converter/engines/ffmpeg.js';

const FORMAT = { width: 640, height: 360, fps: 30, background: '000000', zoom: 1.04, motionFps: 10, fadeFps: 15, crf: 23, preset: 'veryfast' };

/**
 * Many short cues over held stills, crossfades, a slow zoom and slide changes: each must be drawn on
 * exactly the frames of its time, as a viewer stepping through the video frame by frame sees it.
 */
describe('e2e: burned-in captions, every cue on exactly its frames', function () {
  this.timeout(180000);
  let dir: string;

  before(() => { dir = mkdtempSync(join(tmpdir(), 'd2v-burn-')); });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('draws each of 21 short cues from its first frame to its last and on no other frame', async () => {
    for (const [name, color] of [['s1', 'red'], ['f1', 'yellow'], ['s2', 'green'], ['s3', 'blue']]) {
      const size = name === 's2' ? '480x360' : '640x360';
      await runFfmpeg(['-loglevel', 'error', '-f', 'lavfi', '-i', `color=c=${color}:s=${size}`, '-frames:v', '1', join(dir, `${name}.png`)]);
    }
    const media = new Map<number, SlideMedia>([
      [1, { slidePng: join(dir, 's1.png'), slideHash: 'r', framePng: join(dir, 'f1.png'), frameHash: 'y' }],
      [2, { slidePng: join(dir, 's2.png'), slideHash: 'g' }],
      [3, { slidePng: join(dir, 's3.png'), slideHash: 'b' }],
    ]);
    // Slide 1 goes from the slide to its frame (a crossfade, then a zoom); 2 is silent; 3 is short.
    const timeline = planTimeline([
      { slideIndex: 1, title: 'Red', narrationMs: 12000, sentenceStartsMs: [0, 4000, 8000], holdMs: 0, hasFrame: true },
      { slideIndex: 2, title: '', narrationMs: 0, sentenceStartsMs: [], holdMs: 3000, hasFrame: false },
      { slideIndex: 3, title: 'Blue', narrationMs: 2000, sentenceStartsMs: [0], holdMs: 0, hasFrame: false },
    ], DEFAULT_TIMELINE_OPTIONS);
    const totalMs = (timeline.totalFrames * 1000) / 30;
    // Half a second on, 0.4 s off, at times that fall on whole 100 ms (where a frame's time is a whole
    // ms: ffmpeg's double arithmetic makes it one ms early) and between frames.
    const cues: Cue[] = [];
    for (let k = 0, t = 300; t + 600 < totalMs; k++, t += 900) cues.push({ startMs: t + (k % 3) * 17, endMs: t + 500 + (k % 2) * 33, lines: [`Cue ${k + 1} here`] });
    assert.equal(cues.length, 21);

    const request = (out: string) => ({
      timeline, media, format: FORMAT, sampleRate: 24000, title: 'Burn', language: 'en', burnCaptions: cues, cfr: false,
      out, cache: new ArtifactCache(join(dir, 'cache')), workDir: dir, concurrency: 2,
    });
    const out = join(dir, 'burned.mp4');
    await assembleVideo(request(out));

    // The bottom middle of each frame, grey, at the video's frame rate (the fps filter repeats held frames).
    const band = { x: 192, y: 270, w: 256, h: 90 };
    const raw = (await runFfmpeg(['-loglevel', 'error', '-i', out, '-vf', `fps=30,crop=${band.w}:${band.h}:${band.x}:${band.y},format=gray`,
      '-f', 'rawvideo', '-'])).stdout;
    const size = band.w * band.h;
    const frames = raw.length / size;
    assert.equal(frames, timeline.totalFrames);
    // The pictures are flat colours (through fades and the zoom too): a caption is pixels far from the band's corner.
    const captioned = (i: number) => {
      const f = raw.subarray(i * size, (i + 1) * size);
      let off = 0;
      for (const v of f) if (Math.abs(v - f[0]!) > 40) off++;
      return off > 50;
    };
    const expected = (i: number) => cues.some((c) => Math.round((c.startMs * 30) / 1000) <= i && i < Math.round((c.endMs * 30) / 1000));
    const wrong: number[] = [];
    for (let i = 0; i < frames; i++) if (captioned(i) !== expected(i)) wrong.push(i);
    assert.deepEqual(wrong, [], 'frames whose caption is missing or left over');

    // The burned segments are cached with their captions: the same request encodes nothing again.
    const again = await assembleVideo(request(join(dir, 'again.mp4')));
    assert.deepEqual([again.segmentsEncoded, again.segmentsCached], [0, 3]);
  });
});
