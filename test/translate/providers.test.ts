/**
 * Each translator through its real client (googleapis, the openai SDK, fetch for LibreTranslate)
 * against a local stand-in server: the request each service expects, batching, retries on 429/5xx,
 * and the exit-4 error when credentials are missing (with nothing sent).
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ArtifactCache } from '../../converter/cache/artifact-cache.js';
import { ConvertError } from '../../converter/errors.js';
import type { ConvertOptions } from '../../converter/options/convert-options.js';
import { resolveTranslateOptions } from '../../converter/translate/options.js';
import { createTranslator } from '../../converter/translate/registry.js';
import { translateTexts } from '../../converter/translate/translate-texts.js';
import { guardNetwork } from '../deck/google/network-guard.js';
import { startStandIn, type Reply, type StandIn } from '../narrate/stand-in.js';
import { DictionaryTranslator } from './dictionary-translator.js';
import { answer } from './translation-stand-in.js';

const ES = { 'The sun warms the sea.': 'El sol calienta el mar.', 'It is 96 mm.': 'Son 96 mm.' };
const failing = (status: number): Reply => ({ status, headers: { 'content-type': 'application/json', 'retry-after-ms': '1' }, body: JSON.stringify({ error: { code: status, message: 'busy' } }) });
const many = (n: number) => Array.from({ length: n }, (_, i) => `Sentence number ${'x'.repeat(i % 7)} word${i}.`);

describe('translate/providers (stand-in servers)', () => {
  let server: StandIn | undefined;
  let dir = '';
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'd2v-trp-'))));
  afterEach(async () => {
    await server?.close();
    server = undefined;
    rmSync(dir, { recursive: true, force: true });
  });

  /** A stand-in that fails the first `failures` requests with those statuses, then answers from the dictionary. */
  const standIn = async (failures: number[] = []) => {
    const t = new DictionaryTranslator({ es: ES });
    server = await startStandIn((req, n) => (n <= failures.length ? failing(failures[n - 1]!) : answer(req, t)));
    return server;
  };
  const translate = async (o: ConvertOptions, env: Record<string, string>, texts: string[]) => {
    const provider = await createTranslator(await resolveTranslateOptions({ translate: ['es'], retryBaseMs: 1, ...o }, env));
    return translateTexts(texts, 'en', 'es', { provider, cache: new ArtifactCache(dir) });
  };
  const bodies = (s: StandIn) => s.requests.map((r) => JSON.parse(r.body) as Record<string, unknown>);

  describe('google', () => {
    const env = (s: StandIn, project = 'my-project') => ({ DECK2VIDEO_GOOGLE_ROOT_URL: s.url, GOOGLE_OAUTH_ACCESS_TOKEN: 'ya29.token', ...(project ? { GOOGLE_CLOUD_PROJECT: project } : {}) });

    it('v3 translateText: HTML, the languages, the bearer token; retried on 429 and 503', async () => {
      const s = await standIn([429, 503]);
      const out = await translate({ translator: 'google' }, env(s), ['The sun warms the sea.', 'It is <span translate="no">96</span> mm.']);
      assert.deepEqual(out.map((o) => o.markup), ['El sol calienta el mar.', 'Son <span translate="no">96</span> mm.']);
      assert.equal(s.requests.length, 3);
      const last = s.requests[2]!;
      assert.equal(last.method, 'POST');
      assert.equal(last.url, '/v3/projects/my-project/locations/global:translateText');
      assert.equal(last.headers.authorization, 'Bearer ya29.token');
      assert.deepEqual(JSON.parse(last.body), {
        contents: ['The sun warms the sea.', 'It is <span translate="no">96</span> mm.'], mimeType: 'text/html', sourceLanguageCode: 'en', targetLanguageCode: 'es',
      });
    });

    it('v2 without a project: q/source/target/format html, the answer wrapped in "data"; 128 texts a request', async () => {
      const s = await standIn();
      const texts = many(130);
      const out = await translate({ translator: 'google', concurrency: 1 }, env(s, ''), texts);
      assert.deepEqual(out.map((o) => o.markup), texts, 'unknown to the dictionary: returned as sent');
      assert.deepEqual(s.requests.map((r) => r.url), ['/language/translate/v2', '/language/translate/v2']);
      assert.deepEqual(bodies(s).map((b) => (b.q as string[]).length), [128, 2]);
      assert.deepEqual({ ...bodies(s)[1], q: undefined }, { q: undefined, source: 'en', target: 'es', format: 'html' });
    });

    it('no token and no application default credentials: exit 4 with the fix, nothing sent', async () => {
      const saved = { HOME: process.env.HOME, G: process.env.GOOGLE_APPLICATION_CREDENTIALS, M: process.env.METADATA_SERVER_DETECTION };
      process.env.HOME = dir;
      delete process.env.GOOGLE_APPLICATION_CREDENTIALS;
      process.env.METADATA_SERVER_DETECTION = 'none';
      const guard = guardNetwork();
      try {
        const err = await translate({ translator: 'google' }, { GOOGLE_CLOUD_PROJECT: 'p' }, ['Hello there.']).catch((e: unknown) => e);
        assert.ok(err instanceof ConvertError);
        assert.equal(err.code, 'MISSING_ENGINE');
        assert.equal(err.exitCode, 4);
        assert.match(err.message, /^--translator google needs Google credentials: set GOOGLE_OAUTH_ACCESS_TOKEN .*GOOGLE_CLOUD_PROJECT for Cloud Translation v3$/);
        assert.deepEqual(guard.hosts, []);
      } finally {
        guard.restore();
        process.env.HOME = saved.HOME;
        if (saved.G === undefined) delete process.env.GOOGLE_APPLICATION_CREDENTIALS;
        else process.env.GOOGLE_APPLICATION_CREDENTIALS = saved.G;
        if (saved.M === undefined) delete process.env.METADATA_SERVER_DETECTION;
        else process.env.METADATA_SERVER_DETECTION = saved.M;
      }
    });

    it('a refused language is bad usage that names --translate', async () => {
      server = await startStandIn(() => ({ status: 400, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ error: { code: 400, message: 'Target language is invalid.' } }) }));
      const err = await translate({ translator: 'google' }, env(server), ['Hello there.']).catch((e: unknown) => e);
      assert.ok(err instanceof ConvertError);
      assert.equal(err.code, 'BAD_USAGE');
      assert.match(err.message, /^Cloud Translation refused the request \(400: .*Target language is invalid.*\): check --translate es and --translate-model$/);
    });
  });

  describe('openai', () => {
    it('one chat request per batch of 40, JSON in and out, the model and the instructions; retried on 429', async () => {
      const s = await standIn([429]);
      const texts = ['The sun warms the sea.', ...many(40)];
      const out = await translate({ translator: 'openai', openaiBaseUrl: s.url, translateModel: 'local-model', concurrency: 1 }, { OPENAI_API_KEY: 'sk-test' }, texts);
      assert.equal(out[0]!.markup, 'El sol calienta el mar.');
      assert.deepEqual(s.requests.map((r) => [r.method, r.url]), [['POST', '/chat/completions'], ['POST', '/chat/completions'], ['POST', '/chat/completions']]);
      assert.equal(s.requests[1]!.headers.authorization, 'Bearer sk-test');
      const [first, second] = bodies(s).slice(1) as { model: string; temperature: number; response_format: unknown; messages: { role: string; content: string }[] }[];
      assert.deepEqual([first!.model, first!.temperature, first!.response_format], ['local-model', 0, { type: 'json_object' }]);
      assert.equal(first!.messages[0]!.role, 'system');
      assert.match(first!.messages[0]!.content, /^You translate a teacher's lesson from English \(en\) to Spanish \(es\)\. .*exactly 40 strings, in the same order: never merge two items into one and never split one item into two\./);
      assert.deepEqual(JSON.parse(first!.messages[1]!.content).items, texts.slice(0, 40));
      assert.deepEqual(JSON.parse(second!.messages[1]!.content).items, texts.slice(40));
    });

    it('an answer with one text too few is repaired text by text through the same client', async () => {
      const t = new DictionaryTranslator({ es: ES });
      server = await startStandIn((req) => {
        const r = answer(req, t);
        const body = JSON.parse(String(r.body)) as { choices: { message: { content: string } }[] };
        const list = (JSON.parse(body.choices[0]!.message.content) as { translations: string[] }).translations;
        if (list.length > 1) body.choices[0]!.message.content = JSON.stringify({ translations: [list.join(' ')] });
        return { ...r, body: JSON.stringify(body) };
      });
      const out = await translate({ translator: 'openai', openaiBaseUrl: server.url }, { OPENAI_API_KEY: 'k' }, Object.keys(ES));
      assert.deepEqual(out.map((o) => o.markup), ['El sol calienta el mar.', 'Son 96 mm.']);
      assert.deepEqual(bodies(server).map((b) => JSON.parse((b.messages as { content: string }[])[1]!.content).items.length), [2, 1, 1]);
    });

    it('no API key: exit 4 with the fix', async () => {
      const err = await translate({ translator: 'openai' }, {}, ['Hello there.']).catch((e: unknown) => e);
      assert.ok(err instanceof ConvertError);
      assert.equal(err.code, 'MISSING_ENGINE');
      assert.match(err.message, /^--translator openai needs an API key: set OPENAI_API_KEY/);
    });
  });

  describe('libretranslate', () => {
    it('POST /translate with q, source, target, format html (and the key when set); 50 texts a request; retried on 502', async () => {
      const s = await standIn([502]);
      const texts = ['The sun warms the sea.', ...many(50)];
      const out = await translate({ translator: 'libretranslate', libretranslateUrl: `${s.url}/lt`, concurrency: 1 }, { LIBRETRANSLATE_API_KEY: 'k1' }, texts);
      assert.equal(out[0]!.markup, 'El sol calienta el mar.');
      assert.deepEqual(s.requests.map((r) => r.url), ['/lt/translate', '/lt/translate', '/lt/translate']);
      assert.equal(s.requests[1]!.headers['content-type'], 'application/json');
      assert.deepEqual(bodies(s).slice(1).map((b) => ({ ...b, q: (b.q as string[]).length })), [
        { q: 50, source: 'en', target: 'es', format: 'html', api_key: 'k1' },
        { q: 1, source: 'en', target: 'es', format: 'html', api_key: 'k1' },
      ]);
    });

    it('a language pair the server lacks is bad usage; no server address is exit 4', async () => {
      server = await startStandIn(() => ({ status: 400, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ error: 'es is not supported' }) }));
      const bad = await translate({ translator: 'libretranslate', libretranslateUrl: server.url }, {}, ['Hello there.']).catch((e: unknown) => e);
      assert.ok(bad instanceof ConvertError);
      assert.equal(bad.message, `The LibreTranslate server at ${new URL(server.url).host} cannot translate en to es (es is not supported): install that language pair on the server or choose another --translate language`);
      const missing = await translate({ translator: 'libretranslate' }, {}, ['Hello there.']).catch((e: unknown) => e);
      assert.ok(missing instanceof ConvertError);
      assert.equal(missing.code, 'MISSING_ENGINE');
      assert.equal(missing.message, '--translator libretranslate needs the address of your LibreTranslate server: give --libretranslate-url http://host:5000 or set LIBRETRANSLATE_URL');
    });
  });

  it('translating needs a translator chosen by name', async () => {
    const err = await resolveTranslateOptions({ translate: ['es', 'fr'] }, {}).catch((e: unknown) => e);
    assert.ok(err instanceof ConvertError);
    assert.equal(err.code, 'BAD_USAGE');
    assert.equal(err.message, '--translate es,fr needs a translator: add --translator google|openai|libretranslate (none is chosen for you: each sends the text to a service)');
    assert.equal((await resolveTranslateOptions({ translate: ['es'] }, { DECK2VIDEO_TRANSLATOR: 'google', GOOGLE_OAUTH_ACCESS_TOKEN: 't' })).translator, 'google');
  });
});
