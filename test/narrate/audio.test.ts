import assert from 'node:assert/strict';
import { concatPcm, silence, trimSilence, type Pcm } from '../../converter/narrate/pcm.js';
import { resample } from '../../converter/narrate/resample.js';
import { encodeWav, isWav, parseWav, parseWavHeader, pcmFromS16le } from '../../converter/narrate/wav.js';

function sine(freq: number, rate: number, seconds: number, amp = 10000): Pcm {
  const samples = new Int16Array(Math.round(rate * seconds));
  for (let i = 0; i < samples.length; i++) samples[i] = Math.round(amp * Math.sin((2 * Math.PI * freq * i) / rate));
  return { sampleRate: rate, samples };
}

/** Amplitude of `freq` in `p` (single-bin DFT), in the units of the samples. */
function amplitudeAt(p: Pcm, freq: number): number {
  let re = 0;
  let im = 0;
  for (let i = 0; i < p.samples.length; i++) {
    const a = (2 * Math.PI * freq * i) / p.sampleRate;
    re += p.samples[i]! * Math.cos(a);
    im -= p.samples[i]! * Math.sin(a);
  }
  return (2 * Math.hypot(re, im)) / p.samples.length;
}

describe('narrate/wav', () => {
  it('writes a canonical 44-byte header and reads it back', () => {
    const pcm: Pcm = { sampleRate: 24000, samples: Int16Array.from([0, 1, -1, 32767, -32768]) };
    const wav = encodeWav(pcm);
    assert.equal(wav.length, 54);
    const b = Buffer.from(wav);
    assert.deepEqual(
      [b.toString('latin1', 0, 4), b.readUInt32LE(4), b.toString('latin1', 8, 16), b.readUInt16LE(20), b.readUInt16LE(22)],
      ['RIFF', 46, 'WAVEfmt ', 1, 1],
    );
    assert.deepEqual([b.readUInt32LE(24), b.readUInt32LE(28), b.readUInt16LE(32), b.readUInt16LE(34)], [24000, 48000, 2, 16]);
    assert.deepEqual([b.toString('latin1', 36, 40), b.readUInt32LE(40)], ['data', 10]);
    assert.deepEqual(parseWav(wav), pcm);
  });

  it('reads streamed WAVs whose data size is a placeholder (espeak-ng --stdout)', () => {
    const wav = Buffer.from(encodeWav({ sampleRate: 22050, samples: Int16Array.from([5, 6, 7]) }));
    wav.writeUInt32LE(0x7ffff000, 4);
    wav.writeUInt32LE(0x7ffff000, 40);
    assert.deepEqual(parseWav(wav), { sampleRate: 22050, samples: Int16Array.from([5, 6, 7]) });
  });

  it('a zero data size is a streaming placeholder when samples follow, and an empty WAV when nothing or another chunk does', () => {
    const streamed = Buffer.from(encodeWav({ sampleRate: 22050, samples: Int16Array.from([5, 6, 7]) }));
    streamed.writeUInt32LE(0, 40);
    assert.deepEqual(parseWav(streamed).samples, Int16Array.from([5, 6, 7]));
    assert.equal(parseWavHeader(streamed).dataLength, 6);
    const empty = Buffer.from(encodeWav({ sampleRate: 22050, samples: new Int16Array(0) }));
    assert.deepEqual(parseWav(empty).samples, new Int16Array(0));
    const list = Buffer.concat([empty, Buffer.from('LIST'), Buffer.from([4, 0, 0, 0]), Buffer.from('INFO')]);
    list.writeUInt32LE(list.length - 8, 4);
    assert.deepEqual(parseWav(list).samples, new Int16Array(0));
    assert.equal(parseWavHeader(list).dataLength, 0);
  });

  it('mixes stereo to mono and reads 8-bit, 24-bit and float samples', () => {
    const stereo = Buffer.from(encodeWav({ sampleRate: 16000, samples: Int16Array.from([100, 300, -50, -150]) }));
    stereo.writeUInt16LE(2, 22); // channels
    stereo.writeUInt16LE(4, 32); // block align
    assert.deepEqual(parseWav(stereo).samples, Int16Array.from([200, -100]));
    const float = Buffer.alloc(44 + 8);
    Buffer.from(encodeWav({ sampleRate: 8000, samples: new Int16Array(4) })).copy(float, 0, 0, 44);
    float.writeUInt16LE(3, 20);
    float.writeUInt16LE(32, 34);
    float.writeUInt16LE(4, 32);
    float.writeUInt32LE(8, 40);
    float.writeFloatLE(0.5, 44);
    float.writeFloatLE(-1, 48);
    assert.deepEqual(parseWav(float).samples, Int16Array.from([16384, -32767]));
    assert.equal(isWav(Buffer.from('ID3 mp3 bytes')), false);
    assert.throws(() => parseWav(Buffer.from('ID3 mp3 bytes')), /not a RIFF/);
  });

  it('reads raw s16le PCM', () => {
    assert.deepEqual(pcmFromS16le(Buffer.from([0x01, 0x00, 0xff, 0xff, 0x00]), 24000).samples, Int16Array.from([1, -1]));
  });
});

describe('narrate/pcm', () => {
  it('trims silence at both ends, keeping the margins', () => {
    const samples = new Int16Array(1000);
    samples.fill(2000, 400, 600);
    samples[100] = 100; // below the threshold: silence
    const t = trimSilence({ sampleRate: 1000, samples }, 164, 15, 40);
    assert.equal(t.samples.length, 15 + 200 + 40);
    assert.equal(t.samples[15], 2000);
    assert.equal(trimSilence({ sampleRate: 1000, samples: new Int16Array(50) }, 164, 15, 40).samples.length, 0);
  });

  it('makes exact silences and joins pieces', () => {
    assert.equal(silence(1500, 24000).samples.length, 36000);
    const joined = concatPcm([{ sampleRate: 8, samples: Int16Array.from([1, 2]) }, { sampleRate: 8, samples: Int16Array.from([3]) }], 8);
    assert.deepEqual(joined.samples, Int16Array.from([1, 2, 3]));
    assert.throws(() => concatPcm([{ sampleRate: 9, samples: new Int16Array(1) }], 8), /9 Hz/);
  });
});

describe('narrate/resample', () => {
  it('22050 -> 24000 keeps length, pitch and level of a tone', () => {
    const out = resample(sine(440, 22050, 1), 24000);
    assert.equal(out.sampleRate, 24000);
    assert.equal(out.samples.length, 24000);
    const mid = { sampleRate: 24000, samples: out.samples.subarray(2400, 21600) };
    assert.ok(Math.abs(amplitudeAt(mid, 440) - 10000) < 50, `440 Hz amplitude ${amplitudeAt(mid, 440)}`);
    assert.ok(amplitudeAt(mid, 480) < 100, 'no energy moved to another frequency');
  });

  it('44100 -> 24000 removes what the new rate cannot carry (no aliasing)', () => {
    const out = resample(sine(15000, 44100, 0.5), 24000);
    assert.equal(out.samples.length, 12000);
    const mid = { sampleRate: 24000, samples: out.samples.subarray(1200, 10800) };
    // 15 kHz would fold to 9 kHz at 24 kHz: it must be filtered out instead.
    assert.ok(amplitudeAt(mid, 9000) < 100, `9 kHz alias amplitude ${amplitudeAt(mid, 9000)}`);
  });

  it('is the identity at the same rate and keeps a constant level exactly', () => {
    const p = sine(100, 24000, 0.01);
    assert.equal(resample(p, 24000), p);
    const dc = resample({ sampleRate: 16000, samples: new Int16Array(1600).fill(1000) }, 24000);
    assert.deepEqual([...dc.samples.subarray(100, 2300)].filter((v) => v !== 1000), []);
  });
});
