/** The google provider through the real `googleapis` client, its root URL pointed at a local stand-in. */
import assert from 'node:assert/strict';
import { google } from 'googleapis';
import { ConvertError } from '../../converter/errors.js';
import { googleVoiceFor } from '../../converter/narrate/google-voices.js';
import { resolveNarrationOptions, type NarrationOptions } from '../../converter/narrate/options.js';
import { createProvider } from '../../converter/narrate/registry.js';
import { parseWav } from '../../converter/narrate/wav.js';
import { startStandIn, toneWav, type Reply, type StandIn } from './stand-in.js';

const audio = (ms: number): Reply => ({
  status: 200,
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ audioContent: Buffer.from(toneWav(ms)).toString('base64') }),
});

describe('narrate/google-provider (stand-in server)', () => {
  let server: StandIn | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  const provider = async (s: StandIn, o: NarrationOptions = {}) => {
    const auth = new google.auth.OAuth2();
    auth.setCredentials({ access_token: 'ya29.test-token' });
    return createProvider(await resolveNarrationOptions({ tts: 'google', googleRootUrl: `${s.url}/`, googleAuth: auth, retryBaseMs: 5, ...o }, {}));
  };

  it('sends text:synthesize with LINEAR16 at 24 kHz and the language, with the bearer token', async () => {
    server = await startStandIn(() => audio(300));
    const p = await provider(server);
    const pcm = await p.synthesize('Bonjour à tous.', 'fr');
    assert.deepEqual(pcm, parseWav(toneWav(300)));
    const [req] = server.requests;
    assert.equal(req!.method, 'POST');
    assert.equal(req!.url, '/v1/text:synthesize');
    assert.equal(req!.headers.authorization, 'Bearer ya29.test-token');
    assert.deepEqual(JSON.parse(req!.body), {
      input: { text: 'Bonjour à tous.' },
      voice: { languageCode: 'fr-FR' },
      audioConfig: { audioEncoding: 'LINEAR16', sampleRateHertz: 24000 },
    });
  });

  it('uses --voice only for its own language', async () => {
    server = await startStandIn(() => audio(100));
    const p = await provider(server, { voice: 'en-GB-Neural2-A' });
    await p.synthesize('Hello.', 'en');
    await p.synthesize('مرحبا.', 'ar');
    assert.deepEqual(server.requests.map((r) => JSON.parse(r.body).voice), [{ languageCode: 'en-GB', name: 'en-GB-Neural2-A' }, { languageCode: 'ar-XA' }]);
    assert.deepEqual([googleVoiceFor('hi', ''), googleVoiceFor('es-MX', ''), googleVoiceFor('zh', 'cmn-CN-Wavenet-A')], [
      { languageCode: 'hi-IN' }, { languageCode: 'es-MX' }, { languageCode: 'cmn-CN', name: 'cmn-CN-Wavenet-A' },
    ]);
  });

  it('retries 429 and 500, then succeeds', async () => {
    const replies: Reply[] = [
      { status: 429, headers: { 'content-type': 'application/json' }, body: '{"error":{"code":429,"message":"Quota"}}' },
      { status: 500, headers: { 'content-type': 'application/json' }, body: '{"error":{"code":500,"message":"Internal"}}' },
      audio(200),
    ];
    server = await startStandIn((_, n) => replies[n - 1]!);
    const p = await provider(server);
    await p.synthesize('Retry.', 'en');
    assert.equal(server.requests.length, 3);
  });

  it('cuts input over 5000 bytes (Devanagari is 3 bytes a letter) at sentence boundaries', async () => {
    server = await startStandIn(() => audio(100));
    const p = await provider(server);
    const text = Array.from({ length: 120 }, (_, i) => `यह वाक्य संख्या ${i} है।`).join(' ');
    assert.ok(Buffer.byteLength(text) > 5000);
    await p.synthesize(text, 'hi');
    const inputs = server.requests.map((r) => JSON.parse(r.body).input.text as string);
    assert.ok(inputs.length >= 2);
    assert.ok(inputs.every((t) => Buffer.byteLength(t) <= 5000 && t.endsWith('है।')));
    assert.equal(inputs.join(' '), text);
  });

  it('a bad request is BAD_USAGE; refused credentials MISSING_ENGINE', async () => {
    const replies: Reply[] = [
      { status: 400, headers: { 'content-type': 'application/json' }, body: '{"error":{"code":400,"message":"Voice xx does not exist"}}' },
      { status: 403, headers: { 'content-type': 'application/json' }, body: '{"error":{"code":403,"message":"API disabled"}}' },
    ];
    server = await startStandIn((_, n) => replies[n - 1]!);
    const p = await provider(server);
    await assert.rejects(p.synthesize('a', 'en'), (e: ConvertError) => e.code === 'BAD_USAGE' && /400: Voice xx does not exist/.test(e.message));
    await assert.rejects(p.synthesize('b', 'en'), (e: ConvertError) => e.code === 'MISSING_ENGINE' && /Text-to-Speech API is enabled/.test(e.message));
  });

  it('without usable credentials: MISSING_ENGINE when the provider is made, and no request', async () => {
    server = await startStandIn(() => audio(100));
    const saved = process.env.GOOGLE_APPLICATION_CREDENTIALS;
    process.env.GOOGLE_APPLICATION_CREDENTIALS = '/nonexistent/key.json';
    try {
      const o = await resolveNarrationOptions({ tts: 'google', googleRootUrl: `${server.url}/` }, {});
      await assert.rejects(createProvider(o), (e: ConvertError) => {
        assert.equal(e.code, 'MISSING_ENGINE');
        assert.match(e.message, /GOOGLE_APPLICATION_CREDENTIALS/);
        return true;
      });
    } finally {
      if (saved === undefined) delete process.env.GOOGLE_APPLICATION_CREDENTIALS;
      else process.env.GOOGLE_APPLICATION_CREDENTIALS = saved;
    }
    assert.equal(server.requests.length, 0);
  });
});
