import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runFfprobe } from '../../converter/engines/ffmpeg.js';
import { ConvertError } from '../../converter/errors.js';
import { repoRoot } from '../helpers/repo-root.js';
import { notedDeck } from './helpers/decks.js';
import { fakeConverter } from './helpers/fake-convert.js';
import { readEvents, removeDir, startTestService, upload, waitForJob, type TestService } from './helpers/service.js';

describe('service: jobs over HTTP (test-double conversion)', function () {
  this.timeout(60_000);
  let svc: TestService;
  let deck: Uint8Array;
  const fake = fakeConverter();

  before(async () => {
    deck = await notedDeck(2);
    svc = await startTestService({ runJob: fake.run });
  });
  after(async () => {
    await svc.close();
    removeDir(svc.dataDir);
  });

  it('accepts a multipart upload with options: 202, the job id, and the job on disk', async () => {
    const res = await upload(svc.url, { deck, deckName: 'Photosynthesis.pptx', fields: { resolution: '720p', 'burn-captions': 'true', tts: 'espeak', voice: 'en-gb' } });
    assert.equal(res.status, 202);
    const body = (await res.json()) as { id: string; key: string; state: string; slideCount: number; deckName: string; links: Record<string, string> };
    assert.match(body.id, /^[0-9a-f-]{36}$/);
    assert.equal(res.headers.get('location'), `/v1/jobs/${body.id}`);
    assert.equal(body.slideCount, 2);
    assert.equal(body.deckName, 'Photosynthesis.pptx');
    assert.equal(body.links.events, `/v1/jobs/${body.id}/events?key=${body.key}`);
    const dir = join(svc.dataDir, 'jobs', body.id);
    assert.deepEqual(readdirSync(dir).sort(), ['deck.pptx', 'options.json', 'out', 'slides', 'state.json']);
    assert.deepEqual(new Uint8Array(readFileSync(join(dir, 'deck.pptx'))), deck);
    assert.deepEqual(JSON.parse(readFileSync(join(dir, 'options.json'), 'utf8')), { resolution: '720p', burnCaptions: true, tts: 'espeak', voice: 'en-gb' });

    const done = await waitForJob(svc.url, body.id);
    assert.equal(done.state, 'done');
    assert.equal(done.stage, 'done');
    assert.equal(done.progress, 1);
    const call = fake.calls.find((c) => c.name === 'Photosynthesis.pptx');
    assert.ok(call);
    assert.equal(call.options.resolution, '720p');
    assert.equal(call.options.burnCaptions, true);
    assert.equal(call.options.output, join(dir, 'out', 'video.mp4'));
    assert.equal(call.options.cacheDir, join(svc.dataDir, 'cache'));
    const state = JSON.parse(readFileSync(join(dir, 'state.json'), 'utf8')) as { state: string; attempts: number; result: { slides: number[] } };
    assert.equal(state.state, 'done');
    assert.equal(state.attempts, 1);
    assert.deepEqual(state.result.slides, [1, 2]);
  });

  it('serves the video (with ranges) and both caption files of a done job', async () => {
    const res = await upload(svc.url, { deck, deckName: 'Leaf é.pptx' });
    const { id } = (await res.json()) as { id: string };
    await waitForJob(svc.url, id);
    const video = await fetch(`${svc.url}/v1/jobs/${id}/video`);
    assert.equal(video.status, 200);
    assert.equal(video.headers.get('content-type'), 'video/mp4');
    assert.equal(video.headers.get('content-disposition'), `inline; filename="Leaf _.mp4"; filename*=UTF-8''Leaf%20%C3%A9.mp4`);
    const bytes = new Uint8Array(await video.arrayBuffer());
    assert.equal(Buffer.from(bytes.subarray(4, 8)).toString('latin1'), 'ftyp');
    const probe = await runFfprobe(['-show_entries', 'stream=codec_type', '-of', 'csv=p=0', join(svc.dataDir, 'jobs', id, 'out', 'video.mp4')]);
    assert.deepEqual(probe.stdout.toString().trim().split('\n').sort(), ['audio', 'video']);

    const part = await fetch(`${svc.url}/v1/jobs/${id}/video`, { headers: { range: 'bytes=0-99' } });
    assert.equal(part.status, 206);
    assert.equal((await part.arrayBuffer()).byteLength, 100);

    const download = await fetch(`${svc.url}/v1/jobs/${id}/video?download=1`);
    assert.match(download.headers.get('content-disposition') ?? '', /^attachment; /);
    await download.arrayBuffer();

    const vtt = await fetch(`${svc.url}/v1/jobs/${id}/captions.vtt`);
    assert.equal(vtt.headers.get('content-type'), 'text/vtt; charset=utf-8');
    assert.equal(await vtt.text(), 'WEBVTT\n\n00:00:00.000 --> 00:00:01.000\nHello.\n');
    const srt = await fetch(`${svc.url}/v1/jobs/${id}/captions.srt`);
    assert.equal(srt.headers.get('content-type'), 'application/x-subrip; charset=utf-8');
    assert.equal(await srt.text(), '1\n00:00:00,000 --> 00:00:01,000\nHello.\n');
  });

  it('streams SSE: current state first, then progress in order, then done, then the stream ends', async () => {
    const slow = fakeConverter({ gated: true });
    const s2 = await startTestService({ runJob: slow.run });
    try {
      const { id } = (await (await upload(s2.url, { deck })).json()) as { id: string };
      await slow.started(1);
      const reading = readEvents(`${s2.url}/v1/jobs/${id}/events`);
      // Let the conversion go on only once the subscriber is connected.
      while (s2.events.listenerCount(id) === 0) await new Promise((r) => setTimeout(r, 5));
      slow.release();
      const { events, status, contentType } = await reading;
      assert.equal(status, 200);
      assert.equal(contentType, 'text/event-stream; charset=utf-8');
      const first = events[0]?.data as { state: string; stage: string };
      assert.equal(first.state, 'running');
      assert.equal(first.stage, 'read');
      const last = events.at(-1);
      assert.equal(last?.event, 'done');
      assert.equal(events.filter((e) => e.event !== 'progress').length, 1);
      const ids = events.map((e) => Number(e.id));
      assert.deepEqual(ids, [...ids].sort((a, b) => a - b));
      assert.equal(new Set(ids).size, ids.length);
      const progress = events.map((e) => (e.data as { progress: number }).progress);
      assert.deepEqual(progress, [...progress].sort((a, b) => a - b), 'progress never goes back');
      assert.equal(progress.at(-1), 1);
      const stages = events.map((e) => (e.data as { stage: string }).stage).filter((s, i, a) => s !== a[i - 1]);
      assert.deepEqual(stages, ['read', 'render', 'illustrate', 'narrate', 'encode', 'mux', 'done']);
      const doneView = last?.data as { links: { video: string } };
      assert.match(doneView.links.video, new RegExp(`^/v1/jobs/${id}/video\\?key=`));
    } finally {
      await s2.close();
      removeDir(s2.dataDir);
    }
  });

  it('gives a late subscriber the final state at once and ends the stream', async () => {
    const { id } = (await (await upload(svc.url, { deck })).json()) as { id: string };
    await waitForJob(svc.url, id);
    const { events } = await readEvents(`${svc.url}/v1/jobs/${id}/events`);
    assert.equal(events.length, 1);
    assert.equal(events[0]?.event, 'done');
    assert.equal((events[0]?.data as { state: string }).state, 'done');
  });

  it('sends heartbeats while a job waits', async () => {
    const gated = fakeConverter({ gated: true });
    const s3 = await startTestService({ runJob: gated.run, heartbeatMs: 50 });
    try {
      const { id } = (await (await upload(s3.url, { deck })).json()) as { id: string };
      await gated.started(1);
      setTimeout(() => gated.release(), 400);
      const { comments, events } = await readEvents(`${s3.url}/v1/jobs/${id}/events`);
      assert.ok(comments >= 3, `expected heartbeats, got ${comments}`);
      assert.equal(events.at(-1)?.event, 'done');
    } finally {
      await s3.close();
      removeDir(s3.dataDir);
    }
  });

  it('reports a failed conversion with the converter\'s one-line message, and 409 for its video', async () => {
    const failing = fakeConverter({ failWith: new ConvertError('MISSING_ENGINE', 'espeak-ng not found: install it with "sudo apt-get install espeak-ng"') });
    const s4 = await startTestService({ runJob: failing.run });
    try {
      const { id } = (await (await upload(s4.url, { deck })).json()) as { id: string };
      const v = await waitForJob(s4.url, id);
      assert.equal(v.state, 'failed');
      assert.equal(v.error, 'espeak-ng not found: install it with "sudo apt-get install espeak-ng"');
      const { events } = await readEvents(`${s4.url}/v1/jobs/${id}/events`);
      assert.equal(events.at(-1)?.event, 'failed');
      const video = await fetch(`${s4.url}/v1/jobs/${id}/video`);
      assert.equal(video.status, 409);
      assert.match(((await video.json()) as { error: string }).error, /^The job failed, so there is no video: espeak-ng not found/);
    } finally {
      await s4.close();
      removeDir(s4.dataDir);
    }
  });

  it('passes PowerPoint\'s slide images to the conversion and keeps them in the job folder', async () => {
    const png = readFileSync(join(repoRoot, 'addin/powerpoint/assets/icon-16.png'));
    const res = await upload(svc.url, { deck, images: new Map([[1, png], [2, png]]) });
    assert.equal(res.status, 202);
    const { id } = (await res.json()) as { id: string };
    await waitForJob(svc.url, id);
    assert.deepEqual(readdirSync(join(svc.dataDir, 'jobs', id, 'slides')), ['slide-001.png', 'slide-002.png']);
    const call = fake.calls.at(-1);
    assert.deepEqual(call?.slideImages, [1, 2]);
    assert.ok(existsSync(join(svc.dataDir, 'jobs', id, 'out', 'video.mp4')));
  });
});
