import assert from 'node:assert/strict';
import { ConvertError } from '../../converter/errors.js';
import { narrateSlide, narrationKey } from '../../converter/narrate/narrate-slide.js';
import { resolveNarrationOptions } from '../../converter/narrate/options.js';
import type { Pcm } from '../../converter/narrate/pcm.js';
import type { TtsProvider } from '../../converter/narrate/provider.js';
import { createProvider } from '../../converter/narrate/registry.js';
import { parseWav } from '../../converter/narrate/wav.js';
import { buildScript, type SlideScript } from '../../converter/script/build-script.js';
import { resolveScriptOptions } from '../../converter/script/options.js';

/**
 * A provider of known audio: 100 ms of engine silence, then a tone lasting 100 ms per word, then
 * 50 ms of silence, at 22050 Hz (espeak-ng's rate, so resampling is exercised).
 */
function toneProvider(log: string[] = []): TtsProvider {
  return {
    name: 'tone',
    concurrency: 2,
    warnings: [],
    voiceId: (lang) => `tone ${lang}`,
    async synthesize(text: string): Promise<Pcm> {
      log.push(text);
      if (text.includes('FAIL')) throw new ConvertError('INTERNAL', 'engine failed');
      const rate = 22050;
      const words = text.split(/\s+/).length;
      const voiced = Math.round(rate * 0.1 * words);
      const samples = new Int16Array(Math.round(rate * 0.1) + voiced + Math.round(rate * 0.05));
      for (let i = 0; i < voiced; i++) samples[Math.round(rate * 0.1) + i] = Math.round(8000 * Math.sin(i / 3));
      return { sampleRate: rate, samples };
    },
  };
}

const script = (notes: string): SlideScript => buildScript(notes, '', resolveScriptOptions(), { deckLang: 'en' });

describe('narrate/narrate-slide', () => {
  it('lays sentences end to end with their pauses; spans come from sample counts', async () => {
    const audio = await narrateSlide(script('[pause 0.5s] One two three four five six seven eight nine ten eleven twelve. Hi. [pause 2s] Last words here.'), toneProvider());
    // Tone 1.2 s + 15 ms lead + 40 ms tail margins + the resampler's ringing at the tone's edges
    // (a fraction of a ms), rounded up to a whole ms = 1256 ms; "Hi." is padded to the 1 s minimum.
    assert.deepEqual(audio.sentences.map((s) => [s.caption, s.startMs, s.endMs, s.pauseAfterMs]), [
      ['One two three four five six seven eight nine ten eleven twelve.', 500, 1756, 300],
      ['Hi.', 2056, 3056, 2000],
      ['Last words here.', 5056, 6056, 0],
    ]);
    assert.equal(audio.durationMs, 6056);
    assert.equal(audio.leadingPauseMs, 500);
    const pcm = parseWav(audio.wav);
    assert.equal(pcm.sampleRate, 24000);
    assert.equal(pcm.samples.length, 6056 * 24);
    // Silence where the script says so, sound inside the spans.
    assert.ok(pcm.samples.subarray(0, 500 * 24).every((s) => s === 0));
    assert.ok(pcm.samples.subarray(3056 * 24, 5056 * 24).every((s) => s === 0));
    assert.ok(pcm.samples.subarray(600 * 24, 1700 * 24).some((s) => Math.abs(s) > 4000));
  });

  it('a slide without sentences is a silent hold of its reading time', async () => {
    const s = buildScript('', 'Title\nthree more words', resolveScriptOptions(), { deckLang: 'en' });
    const audio = await narrateSlide(s, toneProvider());
    assert.deepEqual([audio.sentences, audio.durationMs], [[], 3000]);
    assert.equal(parseWav(audio.wav).samples.length, 72000);
  });

  it('the first failure rejects and cancels the rest; an aborted signal is CANCELLED', async () => {
    await assert.rejects(narrateSlide(script('Fine. FAIL here. Also fine.'), toneProvider()), /engine failed/);
    const ac = new AbortController();
    ac.abort();
    await assert.rejects(narrateSlide(script('Hello.'), toneProvider(), ac.signal), (e: ConvertError) => e.code === 'CANCELLED');
  });

  it('the cache key changes with the voice and the script, not otherwise', () => {
    const p = toneProvider();
    const a = narrationKey(script('Hello there.'), p);
    assert.equal(narrationKey(script('Hello there.'), p), a);
    assert.notEqual(narrationKey(script('Hello there!'), p), a);
    assert.notEqual(narrationKey({ ...script('Hello there.'), lang: 'fr' }, p), a);
  });

  it('with real espeak-ng: duration equals lead + spans + pauses exactly, spans hold speech', async () => {
    const provider = await createProvider(await resolveNarrationOptions({}));
    const audio = await narrateSlide(script('Welcome to the course. Today: volcanoes, and why they erupt. [pause 1s] Ready?'), provider);
    const sum = audio.leadingPauseMs + audio.sentences.reduce((n, s) => n + (s.endMs - s.startMs) + s.pauseAfterMs, 0);
    assert.equal(audio.durationMs, sum);
    assert.equal(parseWav(audio.wav).samples.length, audio.durationMs * 24);
    const pcm = parseWav(audio.wav);
    for (const s of audio.sentences) {
      assert.ok(Number.isInteger(s.startMs) && Number.isInteger(s.endMs));
      assert.ok(s.endMs - s.startMs >= 1000);
      const span = pcm.samples.subarray(s.startMs * 24, s.endMs * 24);
      assert.ok(span.some((v) => Math.abs(v) > 3000), `speech inside "${s.caption}"`);
    }
    assert.deepEqual(audio.sentences.map((s) => s.pauseAfterMs), [300, 1000, 0]);
  });
});
