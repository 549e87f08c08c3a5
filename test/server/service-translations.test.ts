import { strict as assert } from 'node:assert';
import { notedDeck } from './helpers/decks.js';
import { fakeConverter } from './helpers/fake-convert.js';
import { removeDir, startTestService, upload, waitForJob, type TestService } from './helpers/service.js';

interface Links {
  video: string;
  vtt: string;
  srt: string;
  translations?: Record<string, { video: string; vtt: string; srt: string }>;
}

describe('service: a job\'s videos in other languages (job option translate, ?lang=)', function () {
  this.timeout(60_000);
  let svc: TestService;
  let deck: Uint8Array;
  const fake = fakeConverter();

  before(async () => {
    deck = await notedDeck(1);
    svc = await startTestService({ runJob: fake.run });
  });
  after(async () => {
    await svc.close();
    removeDir(svc.dataDir);
  });

  it('passes translate on, lists each language\'s video and captions, and serves them by ?lang=', async () => {
    const res = await upload(svc.url, { deck, deckName: 'Leaf.pptx', fields: { translate: 'es,ar', translator: 'google', 'translate-slides': 'true' } });
    assert.equal(res.status, 202);
    const { id, key } = (await res.json()) as { id: string; key: string };
    const view = (await waitForJob(svc.url, id)) as { state: string; lang: string; links: Links };
    assert.equal(view.state, 'done');
    const call = fake.calls.find((c) => c.name === 'Leaf.pptx');
    assert.deepEqual([call?.options.translate, call?.options.translator, call?.options.translateSlides], [['es', 'ar'], 'google', true]);

    assert.equal(view.lang, 'en');
    assert.equal(view.links.video, `/v1/jobs/${id}/video?key=${key}`);
    assert.deepEqual(view.links.translations, {
      es: { video: `/v1/jobs/${id}/video?key=${key}&lang=es`, vtt: `/v1/jobs/${id}/captions.vtt?key=${key}&lang=es`, srt: `/v1/jobs/${id}/captions.srt?key=${key}&lang=es` },
      ar: { video: `/v1/jobs/${id}/video?key=${key}&lang=ar`, vtt: `/v1/jobs/${id}/captions.vtt?key=${key}&lang=ar`, srt: `/v1/jobs/${id}/captions.srt?key=${key}&lang=ar` },
    });

    assert.equal(await (await fetch(`${svc.url}${view.links.vtt}`)).text(), 'WEBVTT\n\n00:00:00.000 --> 00:00:01.000\nHello.\n');
    assert.equal(await (await fetch(`${svc.url}${view.links.translations!.es!.vtt}`)).text(), 'WEBVTT\n\n00:00:00.000 --> 00:00:01.000\nHola.\n');
    assert.equal(await (await fetch(`${svc.url}/v1/jobs/${id}/captions.srt?lang=AR`)).text(), '1\n00:00:00,000 --> 00:00:01,000\nمرحبا.\n');
    const video = await fetch(`${svc.url}${view.links.translations!.es!.video}&download=1`);
    assert.equal(video.status, 200);
    assert.equal(video.headers.get('content-type'), 'video/mp4');
    assert.equal(video.headers.get('content-disposition'), `attachment; filename="Leaf.es.mp4"; filename*=UTF-8''Leaf.es.mp4`);
    assert.equal(Buffer.from(new Uint8Array(await video.arrayBuffer()).subarray(4, 8)).toString('latin1'), 'ftyp');

    const missing = await fetch(`${svc.url}/v1/jobs/${id}/video?lang=fr`);
    assert.equal(missing.status, 404);
    assert.match(((await missing.json()) as { error: string }).error, /no video in "fr": its languages are en, es, ar$/);
  });

  it('with original false, the first translation is the job\'s video and the others are listed', async () => {
    const res = await upload(svc.url, { deck, deckName: 'Only.pptx', fields: { translate: 'es,ar', translator: 'libretranslate', original: 'false' } });
    const { id, key } = (await res.json()) as { id: string; key: string };
    const view = (await waitForJob(svc.url, id)) as { state: string; lang: string; links: Links };
    assert.equal(view.state, 'done');
    assert.equal(view.lang, 'es');
    assert.deepEqual(Object.keys(view.links.translations ?? {}), ['ar']);
    assert.equal(await (await fetch(`${svc.url}${view.links.vtt}`)).text(), 'WEBVTT\n\n00:00:00.000 --> 00:00:01.000\nHola.\n');
    assert.equal(await (await fetch(`${svc.url}/v1/jobs/${id}/captions.vtt?key=${key}&lang=es`)).text(), 'WEBVTT\n\n00:00:00.000 --> 00:00:01.000\nHola.\n');
    assert.equal((await fetch(`${svc.url}/v1/jobs/${id}/video?lang=en`)).status, 404);
  });

  it('refuses a bad language list before the job is queued (400 naming the field)', async () => {
    const res = await upload(svc.url, { deck, fields: { translate: 'es,<b>' } });
    assert.equal(res.status, 400);
    assert.match(((await res.json()) as { error: string }).error, /translate/);
  });
});
