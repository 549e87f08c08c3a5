/** Real espeak-ng, short texts, in the five languages we test. */
import assert from 'node:assert/strict';
import { findEspeak, parseVoices } from '../../converter/engines/espeak.js';
import { ConvertError } from '../../converter/errors.js';
import { espeakVoiceFor } from '../../converter/narrate/espeak-voices.js';
import { resolveNarrationOptions } from '../../converter/narrate/options.js';
import type { Pcm } from '../../converter/narrate/pcm.js';
import { createProvider } from '../../converter/narrate/registry.js';

function rmsDbfs(p: Pcm): number {
  let sum = 0;
  for (const s of p.samples) sum += s * s;
  return 20 * Math.log10(Math.sqrt(sum / p.samples.length) / 32768);
}

describe('narrate/espeak (real espeak-ng)', () => {
  const cases: [string, string, string][] = [
    ['en', 'en-us', 'Volcanoes form where magma rises.'],
    ['es', 'es', 'Los volcanes se forman donde sube el magma.'],
    ['fr', 'fr-fr', 'Les volcans se forment là où monte le magma.'],
    ['hi', 'hi', 'ज्वालामुखी वहाँ बनते हैं जहाँ मैग्मा ऊपर उठता है।'],
    ['ar', 'ar', 'تتشكل البراكين حيث يرتفع الصهير.'],
  ];

  for (const [lang, voice, text] of cases) {
    it(`speaks ${lang} with the ${voice} voice`, async () => {
      const provider = await createProvider(await resolveNarrationOptions({ tts: 'espeak' }));
      assert.match(provider.voiceId(lang), new RegExp(`^espeak-ng \\d+\\.\\d+\\S* voice=${voice} rate=160$`));
      const pcm = await provider.synthesize(text, lang);
      assert.equal(pcm.sampleRate, 22050);
      const seconds = pcm.samples.length / pcm.sampleRate;
      assert.ok(seconds > 1 && seconds < 5, `${lang}: ${seconds} s`);
      assert.ok(rmsDbfs(pcm) > -30, `${lang}: audible (${rmsDbfs(pcm).toFixed(1)} dBFS)`);
      assert.deepEqual(provider.warnings, []);
    });
  }

  it('--rate changes the speed', async () => {
    const slow = await createProvider(await resolveNarrationOptions({ rate: 100 }));
    const fast = await createProvider(await resolveNarrationOptions({ rate: 300 }));
    const text = 'One two three four five six seven eight.';
    const a = (await slow.synthesize(text, 'en')).samples.length;
    const b = (await fast.synthesize(text, 'en')).samples.length;
    assert.ok(a > 2 * b, `100 wpm: ${a} samples, 300 wpm: ${b} samples`);
  });

  it('passes text on stdin, never as options or through a shell', async () => {
    const provider = await createProvider(await resolveNarrationOptions({}));
    const pcm = await provider.synthesize('--help -v xx; $(echo hi) `date` "quoted"', 'en');
    assert.ok(pcm.samples.length > 22050, 'the text was spoken');
  });

  it('falls back to English with a warning for a language without a voice', async () => {
    const provider = await createProvider(await resolveNarrationOptions({}));
    assert.match(provider.voiceId('xx'), /voice=en-us/);
    assert.deepEqual(provider.warnings, ['espeak-ng has no voice for "xx": narrating it with en-us; use --tts openai or google for this language.']);
  });

  it('maps languages to espeak-ng voice names', () => {
    const voices = parseVoices('Pty Language Age/Gender VoiceName File Other Languages\n 5  ar  --/M Arabic sem/ar\n 2  en-us  --/M English_(America) gmw/en-US (en 3)\n 5 fr-fr --/M French roa/fr\n 5 cmn --/M Chinese sit/cmn\n 5 pt-br --/M Portuguese roa/pt-BR\n 5 es --/M Spanish roa/es\n 5 es-419 --/M Spanish_(Latin_America) roa/es-419\n');
    assert.deepEqual([...voices], ['ar', 'en-us', 'fr-fr', 'cmn', 'pt-br', 'es', 'es-419']);
    assert.deepEqual(
      ['en', 'en-US', 'fr', 'zh', 'pt', 'pt-BR', 'ar-EG', 'hi', 'es', 'es-ES', 'es-MX'].map((l) => espeakVoiceFor(l, voices)),
      ['en-us', 'en-us', 'fr-fr', 'cmn', 'pt-br', 'pt-br', 'ar', undefined, 'es', 'es', 'es-419'],
    );
  });

  it('a missing espeak-ng is MISSING_ENGINE (exit 4) with the install command', async () => {
    await assert.rejects(findEspeak('/nonexistent/espeak-ng'), (e: ConvertError) => {
      assert.equal(e.code, 'MISSING_ENGINE');
      assert.equal(e.exitCode, 4);
      assert.match(e.message, /sudo apt-get install espeak-ng/);
      assert.doesNotMatch(e.message, /\n/);
      return true;
    });
  });
});
