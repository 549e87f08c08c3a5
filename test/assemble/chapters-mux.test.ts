import { strict as assert } from 'node:assert';
import { buildChapterMetadata, escapeMetadata } from '../../converter/assemble/chapters.js';
import { DEFAULT_TIMELINE_OPTIONS, planTimeline } from '../../converter/assemble/plan-timeline.js';
import { buildMuxArgs, concatList, iso639_2 } from '../../converter/assemble/mux-args.js';
import { normalizeFilter, parseMeasurement, SPEECH_TARGET } from '../../converter/assemble/loudness.js';
import { parseWavHeader, wavHeader, wavDurationMs } from '../../converter/assemble/wav.js';
import { planTrack } from '../../converter/assemble/audio-track.js';

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
  it('joins pieces by copy, encodes AAC, adds mov_text captions, chapters and faststart', () => {
    const args = buildMuxArgs({
      concatList: 'l.ffconcat', track: 't.wav', captions: 'c.srt', metadata: 'm.ffmeta', audioFilter: 'aresample=48000',
      language: 'spa', audioBitrate: '128k', out: 'o.mp4',
    });
    assert.deepEqual(args, [
      '-f', 'concat', '-safe', '0', '-i', 'l.ffconcat', '-i', 't.wav', '-i', 'c.srt', '-i', 'm.ffmeta',
      '-map', '0:v:0', '-map', '1:a:0', '-map', '2:s:0', '-map_metadata', '3', '-map_chapters', '3',
      '-c:v', 'copy', '-af', 'aresample=48000', '-c:a', 'aac', '-b:a', '128k', '-ac', '1',
      '-c:s', 'mov_text', '-metadata:s:s:0', 'language=spa', '-metadata:s:a:0', 'language=spa',
      '-movflags', '+faststart', '-f', 'mp4', 'o.mp4',
    ]);
  });

  it('without captions maps no subtitle stream and reads metadata from input 2', () => {
    const args = buildMuxArgs({ concatList: 'l', track: 't', metadata: 'm', audioFilter: 'x', language: 'eng', audioBitrate: '96k', out: 'o' });
    assert.ok(!args.includes('2:s:0') && !args.includes('mov_text'));
    assert.equal(args[args.indexOf('-map_metadata') + 1], '2');
  });

  it('quotes concat entries and maps languages to ISO 639-2', () => {
    assert.equal(concatList(["/a/it's.mp4", '/b.mp4']), "ffconcat version 1.0\nfile '/a/it'\\''s.mp4'\nfile '/b.mp4'\n");
    assert.deepEqual(['en-US', 'es', 'ar', 'hi', 'xx'].map(iso639_2), ['eng', 'spa', 'ara', 'hin', 'und']);
  });
});

describe('assemble/loudness', () => {
  const stderr = '[Parsed_loudnorm_0 @ 0x1]\n{\n\t"input_i" : "-27.61",\n\t"input_tp" : "-4.47",\n\t"input_lra" : "18.06",\n\t"input_thresh" : "-39.20",\n\t"output_i" : "-16.58",\n\t"target_offset" : "0.58"\n}\n';
  it('parses the measurement and builds the linear second pass', () => {
    const m = parseMeasurement(stderr);
    assert.equal(normalizeFilter(m, SPEECH_TARGET, 48000),
      'loudnorm=I=-16:TP=-1.5:LRA=11:measured_I=-27.61:measured_TP=-4.47:measured_LRA=18.06:measured_thresh=-39.20:offset=0.58:linear=true,aresample=48000');
  });
  it('leaves a silent track alone', () => {
    const m = parseMeasurement(stderr.replace('-27.61', '-inf'));
    assert.equal(normalizeFilter(m, SPEECH_TARGET, 48000), 'aresample=48000');
    assert.equal(normalizeFilter(undefined, SPEECH_TARGET, 48000), 'aresample=48000');
  });
});

describe('assemble/wav + audio-track', () => {
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
