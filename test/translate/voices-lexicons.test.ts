/** Voices and pronunciation lexicons per language for translated videos. */
import assert from 'node:assert/strict';
import { resolveNarrationOptions } from '../../converter/narrate/options.js';
import { parseVoiceChoice, voiceFor } from '../../converter/narrate/voice-choice.js';
import { ConvertError } from '../../converter/errors.js';
import { parseLexicon, splitLexicon } from '../../converter/script/lexicon.js';
import { lexiconFor, resolveScriptOptions } from '../../converter/script/options.js';

describe('translate: voices and lexicons per language', () => {
  it('--voice: one voice, voices per language, or both', () => {
    const c = parseVoiceChoice('alloy, es=nova ,pt-BR=shimmer');
    assert.deepEqual(c, { voice: 'alloy', voices: { es: 'nova', 'pt-br': 'shimmer' } });
    assert.equal(voiceFor(c, 'openai', 'en', true), 'alloy');
    assert.equal(voiceFor(c, 'openai', 'es-MX', false), 'nova');
    assert.equal(voiceFor(c, 'openai', 'fr', false), 'alloy', 'OpenAI voices speak any language');
    assert.equal(voiceFor(parseVoiceChoice('en-gb'), 'espeak', 'ar', false), '', "espeak-ng's own voice for Arabic");
    assert.equal(voiceFor(parseVoiceChoice('en-gb'), 'espeak', 'en', true), 'en-gb');
    assert.throws(() => parseVoiceChoice('alloy,nova'), (e: ConvertError) => e.code === 'BAD_USAGE' && /es=nova,fr=alloy/.test(e.message));
  });

  it('resolves --voice into the plain voice and the per-language ones', async () => {
    const o = await resolveNarrationOptions({ tts: 'openai', voice: 'es=nova,fr=alloy' }, {});
    assert.deepEqual([o.voice, o.voices], ['', { es: 'nova', fr: 'alloy' }]);
  });

  it('a lexicon file may hold one lexicon per language', () => {
    const file = parseLexicon('{"SQL": "sequel", "es": {"SQL": "ese cu ele", "USGS": "u ese ge ese"}}');
    const { own, byLang } = splitLexicon(file);
    assert.deepEqual(own, { SQL: 'sequel' });
    const o = resolveScriptOptions({ lexicon: own, lexicons: byLang });
    assert.deepEqual(lexiconFor(o, 'es-ES', false), { SQL: 'ese cu ele', USGS: 'u ese ge ese' });
    assert.deepEqual(lexiconFor(o, 'en'), { SQL: 'sequel' });
    assert.deepEqual(lexiconFor(o, 'fr', false), {});
  });
});
