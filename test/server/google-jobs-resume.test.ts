/**
 * Google Slides jobs across a restart. The token lives only in the first process's memory, so a
 * restarted service must finish a job from what it stored (the export, the Slides API's part,
 * Google's thumbnails) without asking Google, and must fail a job that had not read its deck yet,
 * saying to export again, rather than read it with the server's own Google credentials.
 * The resumed job runs the real conversion (Chromium, espeak-ng, ffmpeg) on a 3-slide deck.
 */
import { strict as assert } from 'node:assert';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TOKEN_ENV } from '../../converter/deck/google/google-auth.js';
import { ROOT_URL_ENV } from '../../converter/deck/google/root-url.js';
import { runFfmpeg, runFfprobe } from '../../converter/engines/ffmpeg.js';
import { EXPORT_AGAIN } from '../../src/server/google-job-source.js';
import { DECK_ID, TOKEN as GOOGLE_TOKEN, riversDeck } from '../deck/google/fixture.js';
import { startGoogleStandIn, type GoogleStandIn } from '../deck/google/google-stand-in.js';
import { notedDeck } from './helpers/decks.js';
import { fakeConverter } from './helpers/fake-convert.js';
import { removeDir, startTestService, upload, waitForJob, type TestService } from './helpers/service.js';
import { deckConverter, postGoogleJob } from './google-jobs-fixture.js';

const stateOf = (dataDir: string, id: string) => JSON.parse(readFileSync(join(dataDir, 'jobs', id, 'state.json'), 'utf8'));

/** Mean RGB of a vertical strip (x from `from` to `to`, fractions of the width) of the frame at `seconds`. */
async function stripColour(path: string, seconds: number, from: number, to: number): Promise<[number, number, number]> {
  const crop = `crop=iw*${to - from}:ih:iw*${from}:0,scale=1:1:flags=area`;
  const r = await runFfmpeg(['-loglevel', 'error', '-ss', String(seconds), '-i', path, '-frames:v', '1', '-vf', crop, '-f', 'rawvideo', '-pix_fmt', 'rgb24', 'pipe:1']);
  return [r.stdout[0] ?? 0, r.stdout[1] ?? 0, r.stdout[2] ?? 0];
}

function near(actual: [number, number, number], expected: [number, number, number], what: string): void {
  assert.ok(actual.every((v, i) => Math.abs(v - expected[i]!) <= 40), `${what}: expected about rgb(${expected.join(', ')}), got rgb(${actual.join(', ')})`);
}

describe('service: Google Slides jobs across a restart', function () {
  this.timeout(180_000);
  let google: GoogleStandIn | undefined;
  const services: TestService[] = [];
  const start = async (...a: Parameters<typeof startTestService>) => {
    const s = await startTestService(...a);
    services.push(s);
    return s;
  };

  afterEach(async () => {
    for (const s of services.splice(0)) {
      await s.close();
      removeDir(s.dataDir);
    }
    await google?.close();
    google = undefined;
  });

  it('resumes from the stored export and thumbnails, without the token or Google, to a video showing Google\'s pictures', async () => {
    google = await startGoogleStandIn({ token: GOOGLE_TOKEN, decks: [await riversDeck()] });
    const held = deckConverter({ gated: true });
    const first = await start({ runJob: held.run, googleRootUrl: google.root });
    const options = { renderer: 'google', resolution: '720p', layout: 'slide-only', images: 'none', transition: 'cut' };
    const res = await postGoogleJob(first.url, { googleSlidesId: DECK_ID, googleToken: GOOGLE_TOKEN, options });
    assert.equal(res.status, 202);
    const { id, key } = (await res.json()) as { id: string; key: string };
    await held.started(1);
    await first.close();
    assert.equal(stateOf(first.dataDir, id).state, 'queued');
    assert.equal(stateOf(first.dataDir, id).attempts, 1);
    // Google is gone: any request now would fail the job.
    const asked = google.requests.length;
    await google.close();
    google = undefined;

    const t0 = Date.now();
    const second = await start({ dataDir: first.dataDir, googleRootUrl: 'http://127.0.0.1:9/' });
    assert.deepEqual(second.resumed, [id]);
    const done = await waitForJob(second.url, id, {}, 150_000);
    const ms = Date.now() - t0;
    assert.equal(done.state, 'done', String(done.error));
    assert.equal(done.deckName, 'Intro to Rivers.pptx');
    assert.equal(done.slideCount, 3);
    assert.equal(asked, 6, 'the first run: details, export, two thumbnails and their downloads');
    const state = stateOf(second.dataDir, id);
    assert.equal(state.attempts, 2);
    assert.deepEqual(state.result.slides, [1, 3], 'the slide skipped in Google Slides is left out');

    const video = await fetch(`${second.url}/v1/jobs/${id}/video?key=${key}`);
    assert.equal(video.status, 200);
    const path = join(second.dataDir, 'resumed.mp4');
    writeFileSync(path, new Uint8Array(await video.arrayBuffer()));
    const probe = JSON.parse((await runFfprobe(['-show_entries', 'stream=codec_type,codec_name,width,height:format=duration', '-of', 'json', path])).stdout.toString()) as {
      streams: { codec_type: string; codec_name: string; width?: number; height?: number }[];
      format: { duration: string };
    };
    assert.deepEqual(probe.streams.filter((s) => s.codec_type === 'audio' || s.codec_type === 'video').map((s) => `${s.codec_type}:${s.codec_name}`).sort(), ['audio:aac', 'video:h264']);
    assert.deepEqual(probe.streams.filter((s) => s.codec_type === 'video').map((s) => [s.width, s.height]), [[1280, 720]]);
    const duration = Number(probe.format.duration);
    assert.ok(duration > 2, `duration ${duration}`);
    // Google's pictures, not our renders: slide 1 is red | green, slide 3 black | yellow.
    near(await stripColour(path, 0.5, 0, 0.3), [255, 0, 0], 'slide 1, left');
    near(await stripColour(path, 0.5, 0.7, 1), [0, 255, 0], 'slide 1, right');
    near(await stripColour(path, duration - 0.4, 0, 0.3), [0, 0, 0], 'slide 3, left');
    near(await stripColour(path, duration - 0.4, 0.7, 1), [255, 255, 0], 'slide 3, right');
    const vtt = await (await fetch(`${second.url}/v1/jobs/${id}/captions.vtt?key=${key}`)).text();
    assert.match(vtt, /Welcome, everyone\./);
    assert.match(vtt, /Deltas\./);
    assert.doesNotMatch(vtt, /teacher typed/, 'the skipped slide is not narrated');
    console.log(`      (resumed real conversion of 2 slides: ${(ms / 1000).toFixed(1)} s, video ${duration.toFixed(1)} s)`);
  });

  it('fails a job stopped before its deck was read: export again, and never with the server\'s own Google credentials', async () => {
    google = await startGoogleStandIn({ token: GOOGLE_TOKEN, decks: [await riversDeck()] });
    const blocker = fakeConverter({ gated: true });
    const first = await start({ runJob: blocker.run, concurrency: 1, googleRootUrl: google.root });
    const up = (await (await upload(first.url, { deck: await notedDeck(1) })).json()) as { id: string };
    await blocker.started(1);
    const res = await postGoogleJob(first.url, { googleSlidesId: DECK_ID, googleToken: GOOGLE_TOKEN });
    const { id } = (await res.json()) as { id: string };
    await first.close();
    assert.equal(stateOf(first.dataDir, id).state, 'queued');
    assert.equal(google.requests.length, 0);

    // The server's environment now holds a token Google (the stand-in) accepts: it must not be used.
    const saved = { token: process.env[TOKEN_ENV], root: process.env[ROOT_URL_ENV] };
    process.env[TOKEN_ENV] = GOOGLE_TOKEN;
    process.env[ROOT_URL_ENV] = google.root;
    try {
      const second = await start({ runJob: fakeConverter().run, dataDir: first.dataDir });
      assert.deepEqual([...second.resumed].sort(), [up.id, id].sort());
      const failed = await waitForJob(second.url, id);
      assert.equal(failed.state, 'failed');
      assert.equal(failed.error, EXPORT_AGAIN);
      assert.equal(failed.error, 'The service restarted before this job had read its deck from Google Slides, and Google access tokens are never stored: export again from Google Slides');
      assert.equal((await waitForJob(second.url, up.id)).state, 'done');
      assert.equal(google.requests.length, 0, 'nothing was asked of Google');
    } finally {
      for (const [k, v] of [[TOKEN_ENV, saved.token], [ROOT_URL_ENV, saved.root]] as const) {
        if (v === undefined) delete process.env[k];
        else process.env[k] = v;
      }
    }
  });
});
