import { strict as assert } from 'node:assert';
import { buildChapterMetadata, escapeMetadata } from '../../converter/assemble/chapters.js';
import { DEFAULT_TIMELINE_OPTIONS, planTimeline } from '../../converter/assemble/plan-timeline.js';
import { buildMuxArgs, concatList, iso639_2 } from '../../converter/assemble/mux-args.js';
import { LoudnessMeter } from '../../converter/assemble/loudness-meter.js';
import { applyGainLimited, limiterOptions } from '../../converter/assemble/limiter.js';
import { parseWavHeader, wavHeader, wavDurationMs } from '../../converter/narrate/wav.js';
import { planTrack } from '../../converter/assemble/narration-track.js';

describe('assemble/chapters', () => {
  it('writes one chapter per segment with titles, "Slide N" when untitled', () => {
    const t = planTimeline([
      { slideIndex: 1, title: 'Intro; a=b #1', narrationMs: 1000, sentenceStartsMs: [0], holdMs: 0, hasFrame: false },
      { slideIndex: 4, title: '  ', narrationMs: 0, sentenceStartsMs: [], holdMs: 3000, hasFrame: false },
    ], DEFAULT_TIMELINE_OPTIONS);
    assert.equal(buildChapterMetadata(t, 'The Water Cycle'), [
      ';FFMETADATA1', 'title=The Water Cycle',
      '[CHAPTER]', 'TIMEBASE=1/1000', 'START=0', 'END=2300', 'title=Intro\\; a\\=b \\#1',
      '[CHAPTER]', 'TIMEBASE=1/1000', 'START=2300', 'END=5300', 'title=Slide 4', '',
    ].join('\n'));
    assert.equal(escapeMetadata('a\\b\nc'), 'a\\\\b\\\nc');
  });
});

describe('assemble/mux-args', () => {
  it('joins segments and the AAC narration by copy, adds mov_text captions, chapters and faststart', () => {
    const args = buildMuxArgs({
      concatList: 'l.ffconcat', audio: 'a.m4a', captions: 'c.srt', metadata: 'm.ffmeta', language: 'spa', out: 'o.mp4',
    });
    assert.deepEqual(args, [
      '-f', 'concat', '-safe', '0', '-i', 'l.ffconcat', '-i', 'a.m4a', '-i', 'c.srt', '-i', 'm.ffmeta',
      '-map', '0:v:0', '-map', '1:a:0', '-map', '2:s:0', '-map_metadata', '3', '-map_chapters', '3',
      '-c:v', 'copy', '-c:a', 'copy',
      '-c:s', 'mov_text', '-metadata:s:s:0', 'language=spa', '-metadata:s:a:0', 'language=spa',
      '-movflags', '+faststart', '-f', 'mp4', 'o.mp4',
    ]);
  });

  it('without captions maps no subtitle stream and reads metadata from input 2', () => {
    const args = buildMuxArgs({ concatList: 'l', audio: 'a', metadata: 'm', language: 'eng', out: 'o' });
    assert.ok(!args.includes('2:s:0') && !args.includes('mov_text'));
    assert.equal(args[args.indexOf('-map_metadata') + 1], '2');
  });

  it('quotes concat entries and maps languages to ISO 639-2', () => {
    assert.equal(concatList(["/a/it's.mp4", '/b.mp4']), "ffconcat version 1.0\nfile '/a/it'\\''s.mp4'\nfile '/b.mp4'\n");
    assert.deepEqual(['en-US', 'es', 'ar', 'hi', 'xx'].map(iso639_2), ['eng', 'spa', 'ara', 'hin', 'und']);
  });
});

describe('assemble/loudness-meter + limiter', () => {
  const sine = (rate: number, seconds: number, amplitude: number, hz = 1000) =>
    Int16Array.from({ length: rate * seconds }, (_, i) => Math.round(amplitude * 32767 * Math.sin((2 * Math.PI * hz * i) / rate)));

  it('measures a full-scale 1 kHz sine at -3.01 LUFS (the BS.1770 reference), at 24 and 48 kHz', () => {
    for (const rate of [24000, 48000]) {
      const m = new LoudnessMeter(rate);
      m.add(sine(rate, 5, 1));
      assert.ok(Math.abs(m.integrated() - -3.01) < 0.05, `${rate} Hz: ${m.integrated()}`);
    }
  });

  it('gates out silence: a tone between long silences measures like the tone alone', () => {
    const m = new LoudnessMeter(24000);
    m.addSilence(24000 * 30);
    m.add(sine(24000, 5, 0.1));
    m.addSilence(24000 * 30);
    // (blocks that straddle the tone's edges pass the relative gate and pull it down a little)
    assert.ok(Math.abs(m.integrated() - (-3.01 - 20)) < 0.3, String(m.integrated()));
    assert.equal(new LoudnessMeter(24000).integrated(), -Infinity);
  });

  it('applies gain and keeps every sample under the ceiling without clipping', () => {
    const pcm = sine(24000, 1, 0.5);
    const out = applyGainLimited(pcm, limiterOptions(12, -2.5, 24000));
    const ceiling = 10 ** (-2.5 / 20) * 32767;
    assert.ok(Math.max(...out.map(Math.abs)) <= Math.ceil(ceiling));
    const quiet = applyGainLimited(sine(24000, 1, 0.01), limiterOptions(6, -2.5, 24000));
    assert.ok(Math.abs(Math.max(...quiet) - Math.round(0.01 * 32767 * 10 ** (6 / 20))) <= 1);
  });
});

describe('assemble/wav + narration-track', () => {
  it('round-trips a header and measures duration', () => {
    const data = new Uint8Array(44 + 24000 * 2);
    data.set(wavHeader(24000, 1, 24000 * 2));
    assert.deepEqual(parseWavHeader(data), { sampleRate: 24000, channels: 1, dataOffset: 44, dataLength: 48000 });
    assert.equal(wavDurationMs(data), 1000);
  });
  it('places narration at segment start + lead-in, in whole samples', () => {
    const t = planTimeline([
      { slideIndex: 1, title: '', narrationMs: 1000, sentenceStartsMs: [0], holdMs: 0, hasFrame: false },
      { slideIndex: 2, title: '', narrationMs: 0, sentenceStartsMs: [], holdMs: 3000, hasFrame: false },
      { slideIndex: 3, title: '', narrationMs: 1000, sentenceStartsMs: [0], holdMs: 0, hasFrame: false },
    ], DEFAULT_TIMELINE_OPTIONS);
    const layout = planTrack(t, 24000);
    assert.deepEqual([...layout.offsets], [[1, 18 * 800], [3, (69 + 90 + 18) * 800]]);
    assert.equal(layout.totalSamples, t.totalFrames * 800);
  });
});
