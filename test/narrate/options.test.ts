import assert from 'node:assert/strict';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ConvertError } from '../../converter/errors.js';
import * as D from '../../converter/narrate/defaults.js';
import { resolveNarrationOptions, type NarrationOptions } from '../../converter/narrate/options.js';
import { untyped } from '../helpers/untyped.js';

describe('narrate/options', () => {
  it('resolves every default once', async () => {
    const o = await resolveNarrationOptions({}, { PATH: '/usr/bin' });
    assert.deepEqual({ ...o, env: undefined }, {
      script: { lang: '', skipUrls: false, lexicon: {}, lexicons: {}, narrateText: false, sentenceGapMs: 300, paragraphGapMs: 600 },
      tts: 'espeak',
      voice: '',
      voices: {},
      rate: D.ESPEAK_RATE_WPM,
      ttsModel: 'gpt-4o-mini-tts',
      ttsInstructions: '',
      openai: { baseURL: 'https://api.openai.com/v1', apiKey: '' },
      google: { rootUrl: 'https://texttospeech.googleapis.com/', auth: null },
      espeakPath: '',
      concurrency: 0,
      retry: { retries: 4, baseMs: 500, maxMs: 20_000 },
      env: undefined,
    });
  });

  it('takes the key and base URL from the environment, options first', async () => {
    const env = { OPENAI_API_KEY: 'sk-env', OPENAI_BASE_URL: 'http://localhost:8880/v1' };
    assert.deepEqual((await resolveNarrationOptions(untyped<NarrationOptions>({ tts: 'OpenAI' }), env)).openai, { baseURL: 'http://localhost:8880/v1', apiKey: 'sk-env' });
    const o = await resolveNarrationOptions({ tts: 'openai', openaiApiKey: 'sk-opt', openaiBaseUrl: 'http://127.0.0.1:1/v1' }, env);
    assert.deepEqual([o.tts, o.openai], ['openai', { baseURL: 'http://127.0.0.1:1/v1', apiKey: 'sk-opt' }]);
  });

  it('loads a lexicon path into the script options', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'narr-opts-'));
    const file = path.join(dir, 'words.json');
    await writeFile(file, '{"SQL":"sequel"}');
    assert.deepEqual((await resolveNarrationOptions({ lexicon: file, lang: 'es', skipUrls: true }, {})).script, {
      lang: 'es', skipUrls: true, lexicon: { SQL: 'sequel' }, lexicons: {}, narrateText: false, sentenceGapMs: 300, paragraphGapMs: 600,
    });
  });

  it('rejects bad values with BAD_USAGE', async () => {
    const bad = async (o: object, re: RegExp) =>
      assert.rejects(resolveNarrationOptions(o, {}), (e: ConvertError) => e.code === 'BAD_USAGE' && re.test(e.message));
    // In the library's words (option names); the CLI says --tts, --rate (test/cli/convert-options.test.ts).
    await bad({ tts: 'festival' }, /^Unknown tts "festival": use one of espeak, openai, google$/);
    await bad({ rate: 20 }, /^rate 20 is out of range: give 80 to 450 words per minute$/);
    await bad({ concurrency: 1.5 }, /^concurrency 1\.5 is not usable: give a whole number/);
  });
});
