import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isConvertError } from '../../converter/errors.js';
import { illustrateDeck } from '../../converter/illustrate/illustrate-deck.js';
import { resolveIllustrateOptions, type IllustrateOptions } from '../../converter/illustrate/options.js';
import { makeDeck, WATER_LESSON } from './fixtures.js';
import { chatReply, imageReply, OpenAiStandIn } from './openai-stand-in.js';
import { encodePng } from '../../examples/lib/png-encode.js';

// A real (tiny) PNG, as GPT image models return: base64 in b64_json.
const PNG = new Uint8Array(encodePng(3, 2, new Uint8Array(3 * 2 * 4).fill(200), 4));
const B64 = Buffer.from(PNG).toString('base64');

describe('illustrate/openai provider (real SDK, local stand-in server)', function () {
  this.timeout(20_000);
  let api: OpenAiStandIn;
  let cacheDir: string;
  const deck = makeDeck(WATER_LESSON, { title: 'Plants and water' });
  const opts = (o: IllustrateOptions = {}) =>
    resolveIllustrateOptions({ images: 'openai', openaiBaseUrl: api.baseURL, openaiApiKey: 'sk-test', cacheDir, maxRetries: 2, ...o }, {});

  beforeEach(async () => {
    api = new OpenAiStandIn(() => imageReply(B64, 30));
    await api.start();
    cacheDir = await mkdtemp(join(tmpdir(), 'd2v-openai-'));
  });
  afterEach(async () => {
    await api.stop();
    await rm(cacheDir, { recursive: true, force: true });
  });

  it('calls images.generate with the model, the frame-matching size and the styled prompt; stores the b64 PNG', async () => {
    const events: string[] = [];
    const frames = await illustrateDeck(deck, undefined, opts(), undefined, (e) => events.push(`${e.done}/${e.total}`));
    assert.deepEqual([...frames.keys()], [1, 2, 3, 4]);
    assert.equal(api.requests.length, 4);
    for (const r of api.requests) {
      assert.equal(r.path, '/v1/images/generations');
      assert.equal(r.headers.authorization, 'Bearer sk-test');
      assert.equal(r.body.model, 'gpt-image-1.5');
      assert.equal(r.body.size, '1536x1024');
      assert.equal(r.body.n, 1);
      assert.equal(r.body.quality, 'medium');
      assert.equal(r.body.response_format, undefined); // GPT image models always answer in base64
      assert.match(String(r.body.prompt), /\n\nStyle for every image in this series: flat vector illustration, soft light, no lettering\. Colour palette: blue \(#4472C4\)/);
    }
    const prompts = api.requests.map((r) => String(r.body.prompt)).sort();
    assert.ok(prompts[0]!.startsWith('A side-by-side comparison of Plant cells and Animal cells'));
    const f1 = frames.get(1)!;
    assert.deepEqual(new Uint8Array(await readFile(f1.path)), PNG);
    assert.equal(f1.cached, false);
    assert.deepEqual([f1.width, f1.height], [1536, 1024]);
    assert.deepEqual(events, ['0/4', '1/4', '2/4', '3/4', '4/4']);

    // Bounded concurrency: never more than 2 requests at once (the default).
    assert.ok(api.maxInFlight <= 2 && api.maxInFlight >= 1, `max in flight ${api.maxInFlight}`);

    // A second run is served from the cache: no request, no key needed.
    const again = await illustrateDeck(deck, undefined, opts({ openaiApiKey: '' }));
    assert.equal(api.requests.length, 4);
    assert.ok([...again.values()].every((f) => f.cached));
  });

  it('portrait videos ask for a portrait image; other models keep their own size rules', async () => {
    await illustrateDeck(makeDeck(WATER_LESSON.slice(0, 1)), undefined, opts({ size: { width: 1080, height: 1920 } }));
    await illustrateDeck(makeDeck(WATER_LESSON.slice(0, 1)), undefined, opts({ imageModel: 'dall-e-3' }));
    assert.deepEqual(api.requests.map((r) => [r.body.model, r.body.size, r.body.response_format ?? null]), [
      ['gpt-image-1.5', '1024x1536', null],
      ['dall-e-3', '1792x1024', 'b64_json'],
    ]);
  });

  it('retries 429 and 5xx answers, then succeeds', async () => {
    api.script(
      '/v1/images/generations',
      { status: 429, body: { error: { message: 'Rate limit', type: 'rate_limit' } }, headers: { 'retry-after-ms': '10' } },
      { status: 503, body: { error: { message: 'Overloaded' } }, headers: { 'retry-after-ms': '10' } },
    );
    const frames = await illustrateDeck(makeDeck(WATER_LESSON.slice(0, 1)), undefined, opts());
    assert.equal(api.requests.length, 3);
    assert.equal(frames.size, 1);
    assert.deepEqual(new Uint8Array(await readFile(frames.get(1)!.path)), PNG);
  });

  it('gives up after the retries with a one-line error', async () => {
    const busy = { status: 500, body: { error: { message: 'Server exploded' } }, headers: { 'retry-after-ms': '5' } };
    api.script('/v1/images/generations', busy, busy, busy);
    await assert.rejects(illustrateDeck(makeDeck(WATER_LESSON.slice(0, 1)), undefined, opts()), (e: unknown) => {
      assert.ok(isConvertError(e));
      assert.equal(e.code, 'INTERNAL');
      assert.equal(e.message, 'Image generation failed for slide 1 (500 Server exploded): try again later or use --images offline');
      return true;
    });
    assert.equal(api.requests.length, 3);
  });

  it('a missing OPENAI_API_KEY is exit 4 and no request is made', async () => {
    await assert.rejects(illustrateDeck(deck, undefined, opts({ openaiApiKey: '' })), (e: unknown) => {
      assert.ok(isConvertError(e));
      assert.equal(e.code, 'MISSING_ENGINE');
      assert.equal(e.exitCode, 4);
      assert.match(e.message, /^OPENAI_API_KEY is not set: /);
      return true;
    });
    assert.equal(api.requests.length, 0);
  });

  it('a rejected key is exit 4; an answer without image data is a clear error', async () => {
    api.script('/v1/images/generations', { status: 401, body: { error: { message: 'Incorrect API key' } } });
    await assert.rejects(illustrateDeck(makeDeck(WATER_LESSON.slice(0, 1)), undefined, opts()), (e: unknown) => isConvertError(e) && e.exitCode === 4);
    api.script('/v1/images/generations', { status: 200, body: { created: 1, data: [{ url: 'https://example.invalid/x.png' }] } });
    await assert.rejects(illustrateDeck(makeDeck(WATER_LESSON.slice(0, 1)), undefined, opts()), /returned no image data for slide 1/);
  });

  it('--prompt-llm: a chat model writes the subject, the style lock is still appended, answers are cached', async () => {
    api = await restartWithChat(api);
    const frames = await illustrateDeck(makeDeck(WATER_LESSON.slice(0, 2)), undefined, opts({ promptLlm: true }));
    const chats = api.requests.filter((r) => r.path === '/v1/chat/completions');
    const images = api.requests.filter((r) => r.path === '/v1/images/generations');
    assert.equal(chats.length, 2);
    assert.equal(images.length, 2);
    assert.equal(chats[0]!.body.model, 'gpt-5-mini');
    const messages = chats[0]!.body.messages as { role: string; content: string }[];
    assert.equal(messages[0]!.role, 'system');
    assert.match(messages[1]!.content, /^Slide title: (Photosynthesis|The water cycle)\n\nSpeaker notes:\n/);
    for (const r of images) assert.match(String(r.body.prompt), /^A leaf catching sunlight, seen up close\.\n\nStyle for every image in this series: /);
    assert.equal(frames.get(1)!.prompt.split('\n\n')[0], 'A leaf catching sunlight, seen up close.');
    // Same notes again: subjects come from the cache, frames too.
    await illustrateDeck(makeDeck(WATER_LESSON.slice(0, 2)), undefined, opts({ promptLlm: true }));
    assert.equal(api.requests.length, 4);
  });
});

async function restartWithChat(old: OpenAiStandIn): Promise<OpenAiStandIn> {
  await old.stop();
  const api = new OpenAiStandIn((req) => (req.path === '/v1/chat/completions' ? chatReply(' "A leaf catching sunlight, seen up close." ') : imageReply(B64)));
  await api.start();
  return api;
}
