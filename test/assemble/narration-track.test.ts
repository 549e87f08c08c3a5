import { strict as assert } from 'node:assert';
import { adtsFrames } from '../../converter/assemble/adts.js';
import { CHUNK_LEAD_SAMPLES, chunkBody, chunkLength, newChunk, placeChunks, type TrackLayout } from '../../converter/assemble/narration-track.js';
import { levelNarration, LOUDNESS_TARGET } from '../../converter/assemble/narration-level.js';
import { LoudnessMeter } from '../../converter/assemble/loudness-meter.js';

/** An ADTS frame header (AAC-LC, 24 kHz, mono) of `length` bytes in all, body filled with `fill`. */
function frame(length: number, fill: number): Uint8Array {
  const f = new Uint8Array(length).fill(fill);
  f.set([0xff, 0xf1, 0x58, 0x40 | ((length >> 11) & 3), (length >> 3) & 0xff, ((length & 7) << 5) | 0x1f, 0xfc]);
  return f;
}

const concat = (parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};

function layout(offsets: [number, number][], totalSamples: number): TrackLayout {
  return { sampleRate: 24000, totalSamples, offsets: new Map(offsets), room: new Map(offsets.map(([i]) => [i, 1e9])) };
}

describe('assemble/adts', () => {
  it('splits a stream at the lengths its headers give', () => {
    const frames = adtsFrames(concat([frame(11, 1), frame(300, 2), frame(7, 3)]));
    assert.deepEqual(frames.map((f) => [f.length, f[f.length - 1]]), [[11, 1], [300, 2], [7, 0xfc]]);
  });
  it('refuses a bad sync word and a truncated frame with one-line errors', () => {
    assert.throws(() => adtsFrames(concat([frame(11, 1), new Uint8Array([0, 1, 2, 3, 4, 5, 6])])), /not an ADTS AAC stream \(bad frame header at byte 11\)/);
    assert.throws(() => adtsFrames(frame(40, 1).subarray(0, 30)), /truncated \(frame at byte 0 claims 40 bytes\)/);
  });
});

describe('assemble/narration-track', () => {
  it('pads a narration to whole AAC frames with two frames of silence ahead and at least one after', () => {
    assert.equal(chunkLength(0), 3 * 1024);
    assert.equal(chunkLength(1), 4 * 1024);
    assert.equal(chunkLength(1024), 4 * 1024);
    assert.equal(chunkLength(1025), 5 * 1024);
    const { chunk, speech } = newChunk(3);
    speech.set([5, -6, 7]);
    assert.equal(chunk.length, chunkLength(3));
    assert.deepEqual([...chunk.subarray(CHUNK_LEAD_SAMPLES - 1, CHUNK_LEAD_SAMPLES + 4)], [0, 5, -6, 7, 0]);
    assert.equal(chunk.subarray(0, CHUNK_LEAD_SAMPLES).some((v) => v !== 0), false);
  });

  it('puts each chunk on the frame nearest its speech, never over the chunk before, and covers the video', () => {
    // Slide 1's speech at sample 14400: (14400 - 2048) / 1024 = 12.06 -> frame 12, so it starts at
    // 12 * 1024 + 2048 = 14336, 64 samples (2.7 ms) early. Slide 3's would start at frame 15, inside
    // slide 1's 10 frames: it waits for frame 22.
    const placed = placeChunks(layout([[3, 17900], [1, 14400]], 100 * 1024 + 1), new Map([[1, 10], [3, 4]]));
    assert.deepEqual(placed.placements, [{ slideIndex: 1, startFrame: 12 }, { slideIndex: 3, startFrame: 22 }]);
    assert.equal(placed.totalFrames, 101);
    // A chunk that runs past the end of the video lengthens the track to hold it.
    assert.equal(placeChunks(layout([[1, 2048]], 4096), new Map([[1, 10]])).totalFrames, 10);
  });

  it('takes the frames after the priming frame, as one run of bytes', () => {
    const adts = concat([frame(20, 9), frame(12, 1), frame(13, 2), frame(14, 3)]);
    const body = chunkBody(adts, 2 * 1024);
    assert.deepEqual(adtsFrames(body).map((f) => f.length), [12, 13]);
    assert.throws(() => chunkBody(adts, 4 * 1024), /has 4 AAC frames, expected at least 5/);
  });
});

describe('assemble/narration-level', () => {
  const speechLike = (amplitude: number, seconds: number) => {
    const pcm = new Int16Array(24000 * seconds);
    for (let i = 0; i < pcm.length; i++) {
      const on = i % 12000 < 6000;
      const burst = i % 12000 < 240 ? 8 : 1;
      pcm[i] = on ? Math.round(Math.min(32000, amplitude * burst) * Math.sin((2 * Math.PI * 220 * i) / 24000)) : 0;
    }
    return pcm;
  };
  const lufs = (pcm: Int16Array) => {
    const m = new LoudnessMeter(24000);
    m.add(pcm);
    return m.integrated();
  };

  it('brings quiet and loud narrations to the target within 0.5 LU, peaks under the ceiling', () => {
    for (const amplitude of [1000, 3000, 12000]) {
      const out = levelNarration(speechLike(amplitude, 6), 24000);
      assert.ok(Math.abs(lufs(out.pcm) - LOUDNESS_TARGET.integrated) < 0.5, `amplitude ${amplitude}: ${lufs(out.pcm)} LUFS`);
      const peak = out.pcm.reduce((m, v) => Math.max(m, Math.abs(v)), 0);
      assert.ok(peak <= Math.round(32767 * 10 ** (-2.5 / 20)), `amplitude ${amplitude}: peak ${peak}`);
    }
  });

  it('raises a whisper by 24 dB at most rather than amplifying noise without bound', () => {
    assert.equal(levelNarration(speechLike(30, 6), 24000).gainDb, 24);
  });

  it('levels a narration shorter than one gating block, and leaves silence as it is', () => {
    const short = levelNarration(speechLike(3000, 1).subarray(0, 7200), 24000);
    assert.ok(Number.isFinite(short.measuredLufs) && short.gainDb > 0, `gain ${short.gainDb}`);
    const silent = levelNarration(new Int16Array(24000), 24000);
    const into = new Int16Array(30000).fill(7);
    levelNarration(speechLike(3000, 1), 24000, into.subarray(100, 24100));
    assert.deepEqual([into[99], into[24100]], [7, 7], 'writes only its window');
    assert.notEqual(into[150], 7);
    assert.equal(silent.gainDb, 0);
    assert.equal(silent.pcm.some((v) => v !== 0), false);
  });
});
