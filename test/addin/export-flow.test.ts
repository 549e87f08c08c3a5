import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { exportVideo, type Status } from '../../addin/powerpoint/src/export-flow.js';
import { describeError, PaneError } from '../../addin/powerpoint/src/pane-error.js';
import { ServiceClient, type ClientEnv } from '../../addin/powerpoint/src/service-client.js';
import { ConvertError } from '../../converter/errors.js';
import { repoRoot } from '../helpers/repo-root.js';
import { notedDeck } from '../server/helpers/decks.js';
import { fakeConverter } from '../server/helpers/fake-convert.js';
import { removeDir, startTestService, type TestService } from '../server/helpers/service.js';
import { officeMock, powerPointMock } from './helpers/office-mocks.js';

// Node 20 has no EventSource: the client polls, as it does in web views without one.
const env: ClientEnv = { fetch: (a, b) => fetch(a, b), EventSource: undefined, pollMs: 30 };
const OPTIONS = { tts: 'espeak', voice: '', lang: 'en', images: 'offline', resolution: '720p', burnCaptions: true };

describe('task pane: Export, against a local service (office-addin-mock + test-double conversion)', function () {
  this.timeout(60_000);
  let svc: TestService;
  let deck: Uint8Array;
  const fake = fakeConverter();
  const icon = readFileSync(join(repoRoot, 'addin/powerpoint/assets/icon-16.png'));

  before(async () => {
    deck = await notedDeck(2);
    svc = await startTestService({ runJob: fake.run, token: 'T0KEN' });
  });
  after(async () => {
    await svc.close();
    removeDir(svc.dataDir);
  });

  it('without PowerPointApi 1.8: uploads the deck with the options, follows the job, ends with links', async () => {
    const { office } = await officeMock(deck);
    const statuses: Status[] = [];
    const client = new ServiceClient(svc.url, 'T0KEN', env);
    const result = await exportVideo({ office, powerPoint: powerPointMock([icon, icon]).powerPoint, client, onStatus: (s) => statuses.push(s) }, OPTIONS);
    assert.equal(result.usedSlideImages, false);
    assert.equal(result.job.state, 'done');
    const id = result.job.id;
    assert.match(result.job.links.video ?? '', new RegExp(`^/v1/jobs/${id}/video\\?key=`));
    assert.ok(Buffer.from(readFileSync(join(svc.dataDir, 'jobs', id, 'deck.pptx'))).equals(Buffer.from(deck)));
    assert.deepEqual(JSON.parse(readFileSync(join(svc.dataDir, 'jobs', id, 'options.json'), 'utf8')), { tts: 'espeak', lang: 'en', images: 'offline', resolution: '720p', burnCaptions: true });
    assert.deepEqual(readdirSync(join(svc.dataDir, 'jobs', id, 'slides')), []);
    assert.equal(fake.calls.at(-1)?.name, 'Biology 101.pptx');
    const phases = statuses.map((s) => s.phase).filter((p, i, a) => p !== a[i - 1]);
    assert.deepEqual(phases[0], 'reading');
    assert.equal(phases.at(-1), 'done');
    assert.ok(phases.includes('uploading'));
    assert.ok(!phases.includes('pictures'));
    const progress = statuses.map((s) => s.progress);
    assert.deepEqual(progress, [...progress].sort((a, b) => a - b), 'the bar never goes back');
    assert.equal(progress.at(-1), 1);
    const video = await fetch(client.url(result.job.links.video as string));
    assert.equal(video.status, 200, 'the link works without the token');
  });

  it('with other languages picked: sends translate and translateSlides, ends with each language\'s links', async () => {
    const { office } = await officeMock(deck);
    const client = new ServiceClient(svc.url, 'T0KEN', env);
    const result = await exportVideo({ office, client, onStatus: () => undefined }, { ...OPTIONS, translate: 'es,ar', translateSlides: true });
    const { id } = result.job;
    assert.deepEqual(JSON.parse(readFileSync(join(svc.dataDir, 'jobs', id, 'options.json'), 'utf8')), {
      tts: 'espeak', lang: 'en', images: 'offline', resolution: '720p', burnCaptions: true, translate: ['es', 'ar'], translateSlides: true,
    });
    assert.equal(result.job.lang, 'en');
    assert.deepEqual(Object.keys(result.job.links.translations ?? {}), ['es', 'ar']);
    const vtt = await fetch(client.url(result.job.links.translations!.es!.vtt));
    assert.equal(await vtt.text(), 'WEBVTT\n\n00:00:00.000 --> 00:00:01.000\nHola.\n');
  });

  it('with PowerPointApi 1.8: sends PowerPoint\'s slide pictures, which the conversion receives', async () => {
    const { office } = await officeMock(deck, { powerPointApi18: true });
    const pp = powerPointMock([icon, icon]);
    const statuses: Status[] = [];
    const result = await exportVideo({ office, powerPoint: pp.powerPoint, client: new ServiceClient(svc.url, 'T0KEN', env), onStatus: (s) => statuses.push(s), imageWidth: 1280 }, OPTIONS);
    assert.equal(result.usedSlideImages, true);
    assert.deepEqual(pp.calls.widths, [1280, 1280]);
    assert.deepEqual(readdirSync(join(svc.dataDir, 'jobs', result.job.id, 'slides')), ['slide-001.png', 'slide-002.png']);
    assert.deepEqual(fake.calls.at(-1)?.slideImages, [1, 2]);
    assert.ok(statuses.some((s) => s.phase === 'pictures' && s.text === 'Taking pictures of the slides (2/2)'));
  });

  it('when the 1.8 pictures fail, still exports (the service draws the slides) and says why', async () => {
    const { office } = await officeMock(deck, { powerPointApi18: true });
    const pp = powerPointMock([icon], { fail: { code: 'GeneralException', message: 'Busy' } });
    const result = await exportVideo({ office, powerPoint: pp.powerPoint, client: new ServiceClient(svc.url, 'T0KEN', env), onStatus: () => undefined }, OPTIONS);
    assert.equal(result.usedSlideImages, false);
    assert.equal(result.job.state, 'done');
    assert.equal(result.note, 'PowerPoint could not make pictures of the slides (Busy): save the presentation, close other add-ins that read it, and try again; the service draws the slides itself instead');
  });

  it('drops pictures that are not PNG/JPEG, and pictures the service refuses, and still exports', async () => {
    const { office } = await officeMock(deck, { powerPointApi18: true });
    const client = new ServiceClient(svc.url, 'T0KEN', env);
    const notPng = powerPointMock([icon, new TextEncoder().encode('GIF89a...')]);
    const r1 = await exportVideo({ office, powerPoint: notPng.powerPoint, client, onStatus: () => undefined }, OPTIONS);
    assert.deepEqual([r1.job.state, r1.usedSlideImages], ['done', false]);
    assert.equal(r1.note, "PowerPoint's picture of slide 2 is not a PNG image; the service draws the slides itself instead");
    // Three pictures for a two-slide deck: the service says no (400), the pane sends the deck alone.
    const tooMany = powerPointMock([icon, icon, icon]);
    const r2 = await exportVideo({ office, powerPoint: tooMany.powerPoint, client, onStatus: () => undefined }, OPTIONS);
    assert.deepEqual([r2.job.state, r2.usedSlideImages], ['done', false]);
    assert.equal(r2.note, 'Slide image slide-003.png does not match the deck, which has 2 slides; the service draws the slides itself instead');
    assert.deepEqual(readdirSync(join(svc.dataDir, 'jobs', r2.job.id, 'slides')), []);
  });

  it('Cancel stops following and cancels the job on the service', async () => {
    const gated = fakeConverter({ gated: true });
    const s2 = await startTestService({ runJob: gated.run });
    try {
      const { office } = await officeMock(deck);
      const client = new ServiceClient(s2.url, '', env);
      const controller = new AbortController();
      let cancelJob: (() => Promise<void>) | undefined;
      const exporting = exportVideo({ office, client, onStatus: () => undefined, signal: controller.signal, onJob: (job) => (cancelJob = () => client.cancel(job)) }, OPTIONS);
      const rejected = assert.rejects(exporting, new PaneError('Export cancelled'));
      await gated.started(1);
      // What the pane's Cancel button does.
      controller.abort();
      await cancelJob?.();
      await rejected;
      const id = readdirSync(join(s2.dataDir, 'jobs'))[0] as string;
      const state = JSON.parse(readFileSync(join(s2.dataDir, 'jobs', id, 'state.json'), 'utf8')) as { state: string; error: string };
      assert.deepEqual([state.state, state.error], ['failed', 'The conversion was cancelled']);
    } finally {
      await s2.close();
      removeDir(s2.dataDir);
    }
  });

  it('shows readable errors: missing token, too large, bad deck, failed conversion, no service', async () => {
    const { office } = await officeMock(deck);
    const run = (client: ServiceClient, o = office) => exportVideo({ office: o, client, onStatus: () => undefined }, OPTIONS).then(() => 'no error', (e) => describeError(e, client.baseUrl));
    assert.equal(await run(new ServiceClient(svc.url, '', env)), 'The service needs an access token: enter the token under Service settings (ask whoever runs the service for it)');
    assert.equal(await run(new ServiceClient(svc.url, 'wrong', env)), 'The service needs an access token: enter the token under Service settings (ask whoever runs the service for it)');

    const small = await startTestService({ runJob: fake.run, maxUploadMb: 1 });
    const failing = await startTestService({ runJob: fakeConverter({ failWith: new ConvertError('BAD_INPUT', 'slide 2 has a picture that cannot be read; replace it and try again') }).run });
    try {
      const bigDeck = await officeMock(new Uint8Array(1024 * 1024 + 10));
      assert.equal(await run(new ServiceClient(small.url, '', env), bigDeck.office), "The upload is over this service's 1 MB limit: compress the deck's pictures (File > Compress Pictures) or start the service with a larger --max-upload-mb");
      const notDeck = await officeMock(new TextEncoder().encode('not a zip'));
      assert.match(await run(new ServiceClient(small.url, '', env), notDeck.office), /^Biology 101\.pptx: /);
      assert.equal(await run(new ServiceClient(failing.url, '', env)), 'The conversion failed: slide 2 has a picture that cannot be read; replace it and try again');
    } finally {
      await small.close();
      await failing.close();
      removeDir(small.dataDir);
      removeDir(failing.dataDir);
    }
    assert.equal(await run(new ServiceClient('http://127.0.0.1:9', '', env)), 'Cannot reach the deck2video service at http://127.0.0.1:9: check that it is running ("deck2video serve") and that the address under Service settings is right');
    assert.equal(describeError(new PaneError('x')), 'x');
    assert.equal(describeError({ code: 'E', message: 'odd' }), 'Something went wrong: odd. Try again; if it keeps failing, ask whoever runs the deck2video service');
  });
});
