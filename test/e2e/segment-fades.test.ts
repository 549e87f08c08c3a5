import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSegmentArgs, type VideoFormat } from '../../converter/assemble/segment-args.js';
import type { Piece } from '../../converter/assemble/plan-pieces.js';
import { runFfmpeg } from '../../converter/engines/ffmpeg.js';

const FORMAT: VideoFormat = { width: 320, height: 180, fps: 30, background: '000000', zoom: 1.04, motionFps: 10, fadeFps: 15, crf: 18, preset: 'superfast' };

describe('e2e: crossfades and deck transitions in a segment', function () {
  this.timeout(60000);
  let dir: string;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'd2v-fades-'));
    for (const [name, color] of [['red', 'red'], ['blue', 'blue']]) {
      await runFfmpeg(['-loglevel', 'error', '-f', 'lavfi', '-i', `color=c=${color}:s=320x180`, '-frames:v', '1', join(dir, `${name}.png`)]);
    }
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  /** RGB of one pixel of the n-th encoded frame. */
  async function pixel(file: string, n: number, x: number, y: number): Promise<number[]> {
    const raw = (await runFfmpeg(['-loglevel', 'error', '-i', file, '-vf', `select=eq(n\\,${n}),format=rgb24,crop=1:1:${x}:${y}`,
      '-frames:v', '1', '-f', 'rawvideo', '-'])).stdout;
    return [...raw];
  }

  async function encode(transition: string): Promise<string> {
    const red = { slideIndex: 1, image: 'slide' as const, zoomed: false };
    const blue = { slideIndex: 2, image: 'slide' as const, zoomed: false };
    const pieces: Piece[] = [
      { kind: 'fade', from: red, to: blue, transition, frames: 15 },
      { kind: 'still', picture: blue, frames: 30 },
    ];
    const out = join(dir, `${transition}.mp4`);
    await runFfmpeg(['-loglevel', 'error', ...buildSegmentArgs(pieces, (i) => join(dir, i === 1 ? 'red.png' : 'blue.png'), FORMAT, out)]);
    return out;
  }

  it('a crossfade passes through the even mix of both pictures at its middle', async () => {
    const out = await encode('fade');
    // 15 frames at 30 fps are 8 frames at 15 fps: the fifth (index 4) is half way.
    const [r0, , b0] = await pixel(out, 0, 160, 90);
    assert.ok(r0 > 230 && b0 < 25, `starts red, got ${[r0, b0]}`);
    const [r, g, b] = await pixel(out, 4, 160, 90);
    assert.ok(Math.abs(r - 128) < 20 && Math.abs(b - 128) < 20 && g < 30, `half way expected purple, got ${[r, g, b]}`);
    const [r9, , b9] = await pixel(out, 8, 160, 90);
    assert.ok(r9 < 25 && b9 > 230, `ends blue, got ${[r9, b9]}`);
  });

  it('a deck transition (wipe) keeps its shape: half wiped at its middle', async () => {
    const out = await encode('wipeleft');
    const left = await pixel(out, 4, 40, 90);
    const right = await pixel(out, 4, 280, 90);
    assert.ok(left[0] > 200 && left[2] < 50, `left still red, got ${left}`);
    assert.ok(right[2] > 200 && right[0] < 50, `right already blue, got ${right}`);
  });
});
