/** The openai provider through the real `openai` SDK against a local stand-in of /v1/audio/speech. */
import assert from 'node:assert/strict';
import { ConvertError } from '../../converter/errors.js';
import { narrateSlide } from '../../converter/narrate/narrate-slide.js';
import { resolveNarrationOptions, type NarrationOptions } from '../../converter/narrate/options.js';
import { createProvider } from '../../converter/narrate/registry.js';
import { parseWav } from '../../converter/narrate/wav.js';
import { buildScript } from '../../converter/script/build-script.js';
import { resolveScriptOptions } from '../../converter/script/options.js';
import { startStandIn, toneWav, type Reply, type StandIn } from './stand-in.js';

const WAV: Reply = { status: 200, headers: { 'content-type': 'audio/wav' }, body: toneWav(400) };

describe('narrate/openai-provider (stand-in server)', () => {
  let server: StandIn | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  const provider = async (s: StandIn, o: NarrationOptions = {}) =>
    createProvider(
      await resolveNarrationOptions({ tts: 'openai', openaiBaseUrl: `${s.url}/v1`, retryBaseMs: 5, ...o }, { OPENAI_API_KEY: 'sk-test-123' }),
    );

  it('sends the documented request and returns the WAV audio', async () => {
    server = await startStandIn(() => WAV);
    const p = await provider(server);
    const pcm = await p.synthesize('Hello there.', 'en');
    assert.deepEqual(pcm, parseWav(toneWav(400)));
    const [req] = server.requests;
    assert.equal(req!.method, 'POST');
    assert.equal(req!.url, '/v1/audio/speech');
    assert.equal(req!.headers.authorization, 'Bearer sk-test-123');
    assert.match(String(req!.headers['content-type']), /^application\/json/);
    assert.deepEqual(JSON.parse(req!.body), { model: 'gpt-4o-mini-tts', voice: 'alloy', input: 'Hello there.', response_format: 'wav' });
  });

  it('passes model, voice and instructions options', async () => {
    server = await startStandIn(() => WAV);
    const p = await provider(server, { ttsModel: 'kokoro', voice: 'af_heart', ttsInstructions: 'Calm teacher voice.' });
    await p.synthesize('Hola.', 'es');
    assert.deepEqual(JSON.parse(server.requests[0]!.body), {
      model: 'kokoro', voice: 'af_heart', input: 'Hola.', response_format: 'wav', instructions: 'Calm teacher voice.',
    });
    assert.match(p.voiceId('es'), /model=kokoro voice=af_heart instructions=Calm teacher voice\./);
  });

  it('cuts input over 4096 characters at clause boundaries and joins the audio', async () => {
    server = await startStandIn(() => WAV);
    const p = await provider(server);
    const clause = (i: number) => `clause number ${i} of a very long run-on sentence that a teacher pasted`;
    const text = Array.from({ length: 80 }, (_, i) => clause(i)).join(', ') + '.';
    assert.ok(text.length > 5000);
    const pcm = await p.synthesize(text, 'en');
    const inputs = server.requests.map((r) => JSON.parse(r.body).input as string);
    assert.equal(inputs.length, 2);
    assert.ok(inputs.every((t) => [...t].length <= 4096), inputs.map((t) => t.length).join(','));
    assert.ok(inputs[0]!.endsWith(','), 'the cut is after a comma');
    assert.equal(inputs.join(' '), text);
    assert.equal(pcm.samples.length, 2 * parseWav(toneWav(400)).samples.length);
  });

  it('retries 429 and 5xx with backoff, honouring Retry-After', async () => {
    const replies: Reply[] = [
      { status: 429, headers: { 'content-type': 'application/json', 'retry-after-ms': '20' }, body: '{"error":{"message":"Rate limit"}}' },
      { status: 503, body: 'busy' },
      WAV,
    ];
    server = await startStandIn((_, n) => replies[n - 1]!);
    const p = await provider(server);
    const started = Date.now();
    await p.synthesize('Retry me.', 'en');
    assert.equal(server.requests.length, 3);
    assert.ok(Date.now() - started >= 20, 'waited the server-requested 20 ms');
  });

  it('gives up after the retries with a one-line error', async () => {
    server = await startStandIn(() => ({ status: 429, headers: { 'content-type': 'application/json' }, body: '{"error":{"message":"Quota exceeded"}}' }));
    const p = await provider(server, { maxRetries: 2 });
    await assert.rejects(p.synthesize('Never.', 'en'), (e: ConvertError) => {
      assert.equal(e.code, 'INTERNAL');
      assert.match(e.message, /still rate-limiting after 2 retries \(429: .*Quota exceeded\): wait, lower --concurrency/);
      return true;
    });
    assert.equal(server.requests.length, 3);
  });

  it('without a key: MISSING_ENGINE naming OPENAI_API_KEY, and no request at all', async () => {
    server = await startStandIn(() => WAV);
    const o = await resolveNarrationOptions({ tts: 'openai', openaiBaseUrl: `${server.url}/v1` }, {});
    await assert.rejects(createProvider(o), (e: ConvertError) => {
      assert.equal(e.code, 'MISSING_ENGINE');
      assert.equal(e.exitCode, 4);
      assert.match(e.message, /OPENAI_API_KEY/);
      return true;
    });
    assert.equal(server.requests.length, 0);
  });

  it('maps a refused key to MISSING_ENGINE, a bad model to BAD_USAGE, non-WAV audio to INTERNAL', async () => {
    const json = { 'content-type': 'application/json' };
    const replies: Reply[] = [
      { status: 401, headers: json, body: '{"error":{"message":"Incorrect API key"}}' },
      { status: 404, headers: json, body: '{"error":{"message":"model not found"}}' },
      { status: 200, headers: { 'content-type': 'audio/mpeg' }, body: 'ID3\u0004mp3' },
    ];
    server = await startStandIn((_, n) => replies[n - 1]!);
    const p = await provider(server);
    await assert.rejects(p.synthesize('a', 'en'), (e: ConvertError) => e.code === 'MISSING_ENGINE' && /check OPENAI_API_KEY/.test(e.message));
    await assert.rejects(p.synthesize('b', 'en'), (e: ConvertError) => e.code === 'BAD_USAGE' && /--tts-model "gpt-4o-mini-tts"/.test(e.message));
    await assert.rejects(p.synthesize('c', 'en'), (e: ConvertError) => e.code === 'INTERNAL' && /audio\/mpeg/.test(e.message));
    assert.equal(server.requests.length, 3);
  });

  it('narrates a slide with bounded concurrency; timings from the audio returned', async () => {
    server = await startStandIn(() => ({ ...WAV, delayMs: 30 }));
    const p = await provider(server, { concurrency: 2 });
    const notes = 'One. Two. Three. Four. Five. Six.';
    const audio = await narrateSlide(buildScript(notes, '', resolveScriptOptions(), { deckLang: 'en' }), p);
    assert.equal(server.requests.length, 6);
    assert.equal(server.maxInFlight, 2);
    // Each answer is 400 ms of tone: shorter than a second, so each span is padded to the 1 s minimum.
    assert.deepEqual(audio.sentences.map((s) => [s.startMs, s.endMs]), [[0, 1000], [1300, 2300], [2600, 3600], [3900, 4900], [5200, 6200], [6500, 7500]]);
    assert.equal(audio.durationMs, 7500);
  });
});
