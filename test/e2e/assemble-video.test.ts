import { strict as assert } from 'node:assert';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assembleVideo, type SlideMedia } from '../../converter/assemble/assemble-video.js';
import { DEFAULT_TIMELINE_OPTIONS, planTimeline } from '../../converter/assemble/plan-timeline.js';
import { wavHeader } from '../../converter/narrate/wav.js';
import { ArtifactCache } from '../../converter/cache/artifact-cache.js';
import { runFfmpeg, runFfprobe } from '../../converter/engines/ffmpeg.js';

const FORMAT = { width: 640, height: 360, fps: 30, background: '000000', zoom: 1.04, motionFps: 10, fadeFps: 15, crf: 23, preset: 'veryfast' };

/**
 * A speech-like test signal: a 220 Hz tone gated on and off, with a short loud burst at the start of
 * each syllable, so its peaks sit far above its loudness as in real speech (the limiter has work to do).
 */
function toneWav(path: string, ms: number, sampleRate = 24000): void {
  const n = Math.round((ms * sampleRate) / 1000);
  const pcm = new Int16Array(n);
  const syllable = sampleRate / 4;
  for (let i = 0; i < n; i++) {
    const inSyllable = i % (2 * syllable);
    const on = inSyllable < syllable;
    const amplitude = inSyllable < sampleRate / 100 ? 32000 : 4000;
    pcm[i] = on ? Math.round(amplitude * Math.sin((2 * Math.PI * 220 * i) / sampleRate)) : 0;
  }
  writeFileSync(path, Buffer.concat([wavHeader(sampleRate, 1, n * 2), Buffer.from(pcm.buffer)]));
}

async function png(path: string, color: string, w = 640, h = 360): Promise<void> {
  await runFfmpeg(['-loglevel', 'error', '-f', 'lavfi', '-i', `color=c=${color}:s=${w}x${h}`, '-frames:v', '1', path]);
}

describe('e2e: assemble video with ffmpeg', function () {
  this.timeout(120000);
  let dir: string;
  let media: Map<number, SlideMedia>;
  const inputs = [
    { slideIndex: 1, title: 'Red', narrationMs: 12000, sentenceStartsMs: [0, 4000, 8000], holdMs: 0, hasFrame: true },
    { slideIndex: 2, title: '', narrationMs: 0, sentenceStartsMs: [], holdMs: 3000, hasFrame: false },
    { slideIndex: 3, title: 'Blue', narrationMs: 2000, sentenceStartsMs: [0], holdMs: 0, hasFrame: false },
  ];

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'd2v-asm-'));
    await png(join(dir, 's1.png'), 'red');
    await png(join(dir, 'f1.png'), 'yellow');
    await png(join(dir, 's2.png'), 'green', 480, 360); // 4:3 slide, pillarboxed
    await png(join(dir, 's3.png'), 'blue');
    toneWav(join(dir, 'n1.wav'), 12000);
    toneWav(join(dir, 'n3.wav'), 2000);
    media = new Map<number, SlideMedia>([
      [1, { slidePng: join(dir, 's1.png'), slideHash: 'r', framePng: join(dir, 'f1.png'), frameHash: 'y', narrationWav: join(dir, 'n1.wav') }],
      [2, { slidePng: join(dir, 's2.png'), slideHash: 'g' }],
      [3, { slidePng: join(dir, 's3.png'), slideHash: 'b', narrationWav: join(dir, 'n3.wav') }],
    ]);
  });
  after(() => { if (!process.env.KEEP) rmSync(dir, { recursive: true, force: true }); });

  const request = (out: string, cacheDir: string, signal?: AbortSignal) => {
    const timeline = planTimeline(inputs, DEFAULT_TIMELINE_OPTIONS);
    return {
      timeline,
      media, format: FORMAT, sampleRate: 24000, title: 'Colours', language: 'en', cfr: false,
      out, cache: new ArtifactCache(cacheDir), workDir: dir, concurrency: 2, signal,
    };
  };

  it('makes an H.264/AAC MP4 whose duration, chapters and loudness match the plan', async () => {
    const out = join(dir, 'out.mp4');
    const req = request(out, join(dir, 'cache'));
    const first = await assembleVideo(req);
    assert.ok(first.segmentsEncoded > 0);
    const probe = JSON.parse((await runFfprobe(['-show_streams', '-show_format', '-show_chapters', '-of', 'json', out])).stdout.toString());
    // (mp4 chapters also add a QuickTime chapter text track: a data stream, not counted here)
    const codecs = probe.streams.filter((s: { codec_type: string }) => s.codec_type !== 'data').map((s: { codec_name: string }) => s.codec_name);
    assert.deepEqual(codecs, ['h264', 'aac']);
    assert.equal(probe.streams[0].pix_fmt, 'yuv420p');
    assert.equal(probe.streams[0].width, 640);
    const expected = req.timeline.totalFrames / 30;
    assert.ok(Math.abs(Number(probe.format.duration) - expected) < 0.05, `duration ${probe.format.duration} vs ${expected}`);
    assert.deepEqual(probe.chapters.map((c: { tags: { title: string } }) => c.tags.title), ['Red', 'Slide 2', 'Blue']);
    assert.equal(probe.format.tags.title, 'Colours');
    // Loudness of the whole file within 1 LU of -16 LUFS.
    const ebur = (await runFfmpeg(['-i', out, '-map', '0:a', '-af', 'ebur128=peak=true', '-f', 'null', '-'])).stderr;
    const integrated = Number(/I:\s+(-?[\d.]+) LUFS\s*\n\s*Threshold/.exec(ebur.slice(ebur.lastIndexOf('Summary')))![1]);
    assert.ok(Math.abs(integrated + 16) <= 1, `integrated loudness ${integrated}`);
    const truePeak = Number(/True peak:\s+Peak:\s+(-?[\d.]+) dBFS/.exec(ebur.slice(ebur.lastIndexOf('Summary')))![1]);
    assert.ok(truePeak <= -1.5, `true peak ${truePeak} dBTP`);
    // The middle of slide 3 is blue; the pillarbox of slide 2 is black at the edge and green inside.
    const at = async (t: number, x: number, y: number) => {
      const raw = (await runFfmpeg(['-ss', String(t), '-i', out, '-frames:v', '1', '-vf', `format=rgb24,crop=1:1:${x}:${y}`, '-f', 'rawvideo', '-pix_fmt', 'rgb24', '-'])).stdout;
      return [...raw];
    };
    const seg = req.timeline.segments;
    const mid = (i: number) => (seg[i].start + seg[i].frames / 2) / 30;
    const [r, g, b] = await at(mid(2), 320, 180);
    assert.ok(b > 200 && r < 40 && g < 40, `blue expected, got ${[r, g, b]}`);
    const edge = await at(mid(1), 10, 180);
    assert.ok(edge.every((v) => v < 20), `pillarbox expected black, got ${edge}`);
    const inside = await at(mid(1), 320, 180);
    assert.ok(inside[1] > 100 && inside[0] < 40, `green expected, got ${inside}`);

    // Re-running reuses every piece.
    const again = await assembleVideo(request(join(dir, 'out2.mp4'), join(dir, 'cache')));
    assert.equal(again.segmentsEncoded, 0);
  });

  it('puts each narration within half an AAC frame of its place and re-encodes only the narration that changed', async () => {
    const cacheDir = join(dir, 'cache-audio');
    const first = await assembleVideo(request(join(dir, 'a1.mp4'), cacheDir));
    assert.deepEqual([first.narrationsEncoded, first.narrationsCached], [2, 0]);
    const req = request(join(dir, 'a1.mp4'), cacheDir);
    const raw = (await runFfmpeg(['-loglevel', 'error', '-i', join(dir, 'a1.mp4'), '-map', '0:a', '-f', 's16le', '-ac', '1', '-ar', '24000', '-'])).stdout;
    const pcm = new Int16Array(raw.buffer, raw.byteOffset, raw.length >> 1);
    for (const seg of req.timeline.segments.filter((s) => s.narrationMs > 0)) {
      const planned = Math.round(((seg.start + seg.narrationStart) * 24000) / 30);
      // The test signal starts loud at its first samples: find where the track first gets loud.
      let onset = planned - 3000;
      while (Math.abs(pcm[onset]) < 2000) onset++;
      assert.ok(Math.abs(onset - planned) <= 512 + 4, `slide ${seg.slideIndex}: speech at ${onset}, planned ${planned}`);
      // Nothing before it in its segment but silence.
      const leadIn = pcm.subarray(Math.round((seg.start * 24000) / 30), onset - 600);
      assert.ok(leadIn.every((v) => Math.abs(v) < 50), `slide ${seg.slideIndex}: noise in the lead-in`);
    }
    // One narration changes (a longer slide 3): only its audio is encoded again.
    toneWav(join(dir, 'n3.wav'), 2500);
    try {
      inputs[2].narrationMs = 2500;
      const again = await assembleVideo(request(join(dir, 'a2.mp4'), cacheDir));
      assert.deepEqual([again.narrationsEncoded, again.narrationsCached], [1, 1]);
    } finally {
      inputs[2].narrationMs = 2000;
      toneWav(join(dir, 'n3.wav'), 2000);
    }
  });

  it('cancellation leaves no output and no partial file', async () => {
    const out = join(dir, 'cancel.mp4');
    const ac = new AbortController();
    setTimeout(() => ac.abort(), 150);
    await assert.rejects(assembleVideo(request(out, join(dir, 'cache-cancel'), ac.signal)), /cancelled/);
    assert.equal(existsSync(out), false);
    assert.deepEqual(readdirSync(dir).filter((f) => f.startsWith('.cancel')), []);
  });
});
