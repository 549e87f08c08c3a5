import { strict as assert } from 'node:assert';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { notedDeck } from './helpers/decks.js';
import { fakeConverter } from './helpers/fake-convert.js';
import { rawGet, removeDir, startTestService, upload, waitForJob, type TestService } from './helpers/service.js';

const TOKEN = 'correct-horse-battery-staple';
const AUTH = { authorization: `Bearer ${TOKEN}` };

describe('service: token, limits, origins (test-double conversion)', function () {
  this.timeout(60_000);
  let svc: TestService;
  let deck: Uint8Array;

  before(async () => {
    deck = await notedDeck(2);
    svc = await startTestService({ runJob: fakeConverter().run, token: TOKEN, maxUploadMb: 1, maxSlides: 3, allowOrigins: ['https://slides.example.org'] });
  });
  after(async () => {
    await svc.close();
    removeDir(svc.dataDir);
  });

  const errorOf = async (res: Response) => ((await res.json()) as { error: string }).error;

  it('answers 401 without the token, with a wrong one, and with another scheme', async () => {
    for (const headers of [{}, { authorization: 'Bearer nope' }, { authorization: `Basic ${TOKEN}` }, { authorization: `Bearer ${TOKEN}x` }] as Record<string, string>[]) {
      const res = await upload(svc.url, { deck }, headers);
      assert.equal(res.status, 401, JSON.stringify(headers));
      assert.equal(res.headers.get('www-authenticate'), 'Bearer realm="deck2video"');
      assert.match(await errorOf(res), /^Missing or wrong access token: send "Authorization: Bearer <token>"/);
    }
    assert.deepEqual(readdirSync(join(svc.dataDir, 'jobs')), [], 'nothing was stored');
  });

  it('accepts the token; the job key alone opens only that job\'s links', async () => {
    const res = await upload(svc.url, { deck }, AUTH);
    assert.equal(res.status, 202);
    const job = (await res.json()) as { id: string; key: string; links: { self: string } };
    assert.equal((await fetch(`${svc.url}/v1/jobs/${job.id}`)).status, 401);
    assert.equal((await fetch(`${svc.url}/v1/jobs/${job.id}?key=wrong`)).status, 401);
    const done = await waitForJob(svc.url, job.id, AUTH);
    assert.equal(done.state, 'done');
    assert.equal((await fetch(`${svc.url}${job.links.self}`)).status, 200);
    assert.equal((await fetch(`${svc.url}/v1/jobs/${job.id}/video?key=${job.key}`)).status, 200);
    assert.equal((await fetch(`${svc.url}/v1/jobs/${job.id}/video`)).status, 401);
    // Another job's key does not open this job.
    const other = (await (await upload(svc.url, { deck }, AUTH)).json()) as { id: string; key: string };
    assert.equal((await fetch(`${svc.url}/v1/jobs/${job.id}/captions.vtt?key=${other.key}`)).status, 401);
    await waitForJob(svc.url, other.id, AUTH);
  });

  it('keeps /healthz and /addin/ open without the token', async () => {
    const health = await fetch(`${svc.url}/healthz`);
    assert.equal(health.status, 200);
    assert.deepEqual(((await health.json()) as { ok: boolean }).ok, true);
    const pane = await fetch(`${svc.url}/addin/taskpane.html`);
    assert.equal(pane.status, 503, 'no add-in build in this test: a clear 503, not a 401');
    const manifest = await fetch(`${svc.url}/addin/manifest.xml`);
    assert.equal(manifest.status, 200);
    const host = new URL(svc.url).host;
    assert.match(await manifest.text(), new RegExp(`<SourceLocation DefaultValue="https://${host.replace(/\./g, '\\.')}/addin/taskpane.html"/>`));
  });

  it('answers 413 with a JSON message for a deck over --max-upload-mb, and stores nothing', async () => {
    const big = new Uint8Array(1.5 * 1024 * 1024);
    big.set(deck);
    const res = await upload(svc.url, { deck: big }, AUTH);
    assert.equal(res.status, 413);
    assert.equal(await errorOf(res), "The upload is over this service's 1 MB limit: compress the deck's pictures (File > Compress Pictures) or start the service with a larger --max-upload-mb");
    const huge = new Uint8Array(4 * 1024 * 1024);
    const early = await upload(svc.url, { deck: huge }, AUTH);
    assert.equal(early.status, 413, 'refused from Content-Length alone');
    assert.equal(readdirSync(join(svc.dataDir, 'jobs')).filter((n) => n.startsWith('.')).length, 0);
  });

  it('answers 422 for a file that is not a deck and for too many slides, 400 for bad options', async () => {
    const notDeck = await upload(svc.url, { deck: new TextEncoder().encode('hello, I am a text file'), deckName: 'notes.pptx' }, AUTH);
    assert.equal(notDeck.status, 422);
    assert.match(await errorOf(notDeck), /^notes\.pptx: /);
    const tooMany = await upload(svc.url, { deck: await notedDeck(4) }, AUTH);
    assert.equal(tooMany.status, 422);
    assert.equal(await errorOf(tooMany), 'lecture.pptx has 4 slides; this service converts at most 3: split the deck, or start the service with a larger --max-slides');
    const badOption = await upload(svc.url, { deck, fields: { resolution: '9000p' } }, AUTH);
    assert.equal(badOption.status, 400);
    assert.equal(await errorOf(badOption), 'Unknown resolution "9000p": use one of 720p, 1080p, 1440p, 2160p');
    const serverPath = await upload(svc.url, { deck, fields: { lexicon: '/etc/passwd' } }, AUTH);
    assert.equal(serverPath.status, 400);
    assert.match(await errorOf(serverPath), /^Unknown option "lexicon": use tts, voice, lang/);
    const noDeck = await upload(svc.url, { fields: { tts: 'espeak' } }, AUTH);
    assert.equal(noDeck.status, 400);
    assert.equal(await errorOf(noDeck), 'The form has no deck: send the .pptx file in a field named "deck"');
    const badImage = await upload(svc.url, { deck, images: new Map([[1, new TextEncoder().encode('not a picture')]]) }, AUTH);
    assert.equal(badImage.status, 400);
    assert.equal(await errorOf(badImage), 'Slide image slide-001.png is not a PNG or JPEG image');
  });

  it('never lets a job id reach outside the data dir', async () => {
    // Raw paths, sent as written (fetch would normalise the dots away).
    for (const id of ['..', '..%2F..%2F..%2Fetc', '%2e%2e', '.incoming-x', 'ABCDEF00-0000-4000-8000-000000000000', '00000000-0000-4000-8000-000000000000']) {
      const { status, body } = await rawGet(svc.url, `/v1/jobs/${id}/captions.vtt`, AUTH);
      assert.equal(status, 404, id);
      assert.match(JSON.parse(body).error, /^No job /, id);
    }
  });

  it('allows its own origin and --allow-origin, refuses other origins with 403', async () => {
    const host = new URL(svc.url).host;
    const own = await fetch(`${svc.url}/v1/jobs/00000000-0000-4000-8000-000000000000`, { headers: { ...AUTH, origin: `https://${host}` } });
    assert.equal(own.status, 404);
    const allowed = await fetch(`${svc.url}/v1/jobs/00000000-0000-4000-8000-000000000000`, { headers: { ...AUTH, origin: 'https://slides.example.org' } });
    assert.equal(allowed.status, 404);
    assert.equal(allowed.headers.get('access-control-allow-origin'), 'https://slides.example.org');
    const preflight = await fetch(`${svc.url}/v1/jobs`, { method: 'OPTIONS', headers: { origin: 'https://slides.example.org', 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization' } });
    assert.equal(preflight.status, 204);
    assert.match(preflight.headers.get('access-control-allow-headers') ?? '', /Authorization/);
    const evil = await upload(svc.url, { deck }, { ...AUTH, origin: 'https://evil.example.com' });
    assert.equal(evil.status, 403);
    assert.equal(evil.headers.get('access-control-allow-origin'), null);
    assert.equal(await errorOf(evil), 'Requests from https://evil.example.com are not allowed: start the service with --allow-origin https://evil.example.com to allow that page');
  });
});
