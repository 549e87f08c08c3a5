/**
 * Google Slides jobs over real HTTP: POST /v1/jobs with JSON {googleSlidesId, googleToken, options},
 * the deck read by the real googleapis client from a local stand-in for Slides v1 + Drive v3, the
 * export stored in the job folder, the token kept out of the data dir and the logs. The conversion is
 * a double that records the deck it is given (the real one runs in google-jobs-resume.test.ts).
 */
import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PRESENTATION_FIELDS } from '../../converter/deck/google/slides-info.js';
import { PPTX_MIME } from '../../converter/deck/google/read-google-slides.js';
import { DECK_ID, PNGS, TOKEN as GOOGLE_TOKEN, riversDeck } from '../deck/google/fixture.js';
import { startGoogleStandIn, type FakeDeck, type GoogleStandIn } from '../deck/google/google-stand-in.js';
import { notedDeck } from './helpers/decks.js';
import { fakeConverter } from './helpers/fake-convert.js';
import { readEvents, removeDir, startTestService, upload, waitForJob, type TestService } from './helpers/service.js';
import { deckConverter, fileCount, filesContaining, logCapture, postGoogleJob } from './google-jobs-fixture.js';

const SERVICE_TOKEN = 'service-token-4f1c';
const AUTH = { authorization: `Bearer ${SERVICE_TOKEN}` };
const WRONG_GOOGLE_TOKEN = 'ya29.a-token-google-refuses';

interface Created {
  id: string;
  key: string;
  state: string;
  deckName: string;
  slideCount: number;
  links: Record<string, string>;
}

describe('service: Google Slides jobs (stand-in for Google, test-double conversion)', function () {
  this.timeout(60_000);
  let google: GoogleStandIn;
  let svc: TestService;
  let deck: FakeDeck;
  const conv = deckConverter();
  const log = logCapture();

  before(async () => {
    deck = await riversDeck();
    google = await startGoogleStandIn({ token: GOOGLE_TOKEN, decks: [deck] });
    svc = await startTestService({ runJob: conv.run, token: SERVICE_TOKEN, googleRootUrl: google.root, logger: log.logger });
  });
  after(async () => {
    await svc?.close();
    await google?.close();
    if (svc) removeDir(svc.dataDir);
  });

  const errorOf = async (res: Response) => ((await res.json()) as { error: string }).error;
  const jobDir = (id: string) => join(svc.dataDir, 'jobs', id);
  const stateOf = (id: string) => JSON.parse(readFileSync(join(jobDir(id), 'state.json'), 'utf8'));

  it('accepts a Google job (202), reads the deck with the client\'s token, stores the export, and ends done', async () => {
    const before = google.requests.length;
    const res = await postGoogleJob(svc.url, { googleSlidesId: DECK_ID, googleToken: GOOGLE_TOKEN, options: { resolution: '720p', renderer: 'ours' } }, AUTH);
    assert.equal(res.status, 202);
    const job = (await res.json()) as Created;
    assert.equal(res.headers.get('location'), `/v1/jobs/${job.id}`);
    assert.match(job.id, /^[0-9a-f-]{36}$/);
    // Not read yet: named after the id, size unknown.
    assert.equal(job.deckName, `Google Slides ${DECK_ID}`);
    assert.equal(job.slideCount, 0);
    assert.equal(job.links.events, `/v1/jobs/${job.id}/events?key=${job.key}`);

    const { events } = await readEvents(`${svc.url}${job.links.events}`);
    assert.equal(events.at(-1)?.event, 'done', JSON.stringify(events.at(-1)));
    const progress = events.map((e) => (e.data as { progress: number }).progress);
    assert.deepEqual(progress, [...progress].sort((a, b) => a - b), 'progress never goes back');
    const details = events.map((e) => (e.data as { detail: string }).detail);
    for (const d of ['Google Slides API', 'Google Drive export', 'Google Slides deck read']) assert.ok(details.includes(d), `progress "${d}"`);

    // Exactly the reader's two calls, each with the client's Google token.
    const calls = google.requests.slice(before);
    assert.deepEqual(
      calls.map((r) => `${r.method} ${decodeURIComponent(r.url)}`),
      [`GET /v1/presentations/${DECK_ID}?fields=${PRESENTATION_FIELDS}`, `GET /drive/v3/files/${DECK_ID}/export?mimeType=${PPTX_MIME}`],
    );
    assert.ok(calls.every((r) => r.authorization === `Bearer ${GOOGLE_TOKEN}`));

    // The conversion got the merged deck: the API's titles, notes and skips on the export's slides.
    const call = conv.calls.at(-1)!;
    assert.deepEqual(
      call.deck.slides.map((s) => ({ index: s.index, objectId: s.objectId, hidden: s.hidden, title: s.title, notes: s.notes })),
      [
        { index: 1, objectId: 'p', hidden: false, title: 'Rivers', notes: 'Welcome, everyone.\nToday: rivers.' },
        { index: 2, objectId: 'g2c3d_0_1', hidden: true, title: 'Backup slide', notes: 'Notes as the teacher typed them' },
        { index: 3, objectId: 'g2c3d_0_2', hidden: false, title: '', notes: 'Deltas.' },
      ],
    );
    assert.equal(call.slideImages, undefined, 'renderer ours: no Google pictures');
    assert.equal(call.options.resolution, '720p');
    assert.equal('renderer' in call.options, false, 'renderer is the job\'s, not the converter\'s');

    // Everything a restart needs, and no token.
    const dir = jobDir(job.id);
    assert.deepEqual(readdirSync(dir).sort(), ['deck.pptx', 'google-info.json', 'options.json', 'out', 'slides', 'state.json']);
    assert.ok(readFileSync(join(dir, 'deck.pptx')).equals(Buffer.from(deck.pptx)), 'the bytes Drive exported');
    const info = JSON.parse(readFileSync(join(dir, 'google-info.json'), 'utf8'));
    assert.equal(info.presentationId, DECK_ID);
    assert.deepEqual(info.slides.map((s: { objectId: string; skipped: boolean }) => [s.objectId, s.skipped]), [['p', false], ['g2c3d_0_1', true], ['g2c3d_0_2', false]]);
    assert.deepEqual(JSON.parse(readFileSync(join(dir, 'options.json'), 'utf8')), { resolution: '720p', renderer: 'ours' });
    const state = stateOf(job.id);
    assert.deepEqual(state.google, { deckId: DECK_ID });
    assert.equal(state.slideImages, 0);

    const done = await waitForJob(svc.url, job.id, AUTH);
    assert.equal(done.state, 'done');
    assert.equal(done.deckName, 'Intro to Rivers.pptx');
    assert.equal(done.slideCount, 3);
    const video = await fetch(`${svc.url}/v1/jobs/${job.id}/video?key=${job.key}&download=1`);
    assert.equal(video.status, 200);
    assert.equal(video.headers.get('content-type'), 'video/mp4');
    assert.equal(video.headers.get('content-disposition'), `attachment; filename="Intro to Rivers.mp4"; filename*=UTF-8''Intro%20to%20Rivers.mp4`);
    const mp4 = Buffer.from(await video.arrayBuffer());
    assert.equal(mp4.subarray(4, 8).toString('latin1'), 'ftyp');
  });

  it('with renderer google, fetches Google\'s pictures of the shown slides, stores them and converts with them', async () => {
    const before = google.requests.length;
    const res = await postGoogleJob(svc.url, { googleSlidesId: `https://docs.google.com/presentation/d/${DECK_ID}/edit#slide=id.p`, googleToken: GOOGLE_TOKEN, options: { renderer: 'google' } }, AUTH);
    assert.equal(res.status, 202);
    const { id } = (await res.json()) as Created;
    const done = await waitForJob(svc.url, id, AUTH);
    assert.equal(done.state, 'done', String(done.error));

    const paths = google.requests.slice(before).map((r) => new URL(r.url, 'http://x').pathname);
    assert.deepEqual(paths, [
      `/v1/presentations/${DECK_ID}`,
      `/drive/v3/files/${DECK_ID}/export`,
      // The skipped slide 2 is left out of the video, so its picture is not asked for.
      `/v1/presentations/${DECK_ID}/pages/p/thumbnail`,
      `/content/${DECK_ID}/p.png`,
      `/v1/presentations/${DECK_ID}/pages/g2c3d_0_2/thumbnail`,
      `/content/${DECK_ID}/g2c3d_0_2.png`,
    ]);
    const call = conv.calls.at(-1)!;
    assert.deepEqual([...(call.slideImages?.keys() ?? [])], [1, 3]);
    assert.deepEqual(call.slideImages?.get(1), PNGS[0]);
    assert.deepEqual(call.slideImages?.get(3), PNGS[2]);
    assert.deepEqual(readdirSync(join(jobDir(id), 'slides')).sort(), ['slide-001.png', 'slide-003.png']);
    assert.deepEqual(new Uint8Array(readFileSync(join(jobDir(id), 'slides', 'slide-003.png'))), PNGS[2]);
    assert.equal(stateOf(id).slideImages, 2);
  });

  it('answers 400 with what to send for a missing or empty token, a bad id, stray fields and bad options; nothing is stored', async () => {
    const jobsBefore = readdirSync(join(svc.dataDir, 'jobs')).sort();
    const cases: [unknown, string][] = [
      [{ googleSlidesId: DECK_ID }, "The job has no googleToken: send the user's Google access token with the drive.readonly scope (ScriptApp.getOAuthToken() in the add-on); this service never reads Google decks with its own credentials"],
      [{ googleSlidesId: DECK_ID, googleToken: '  ' }, "The job has no googleToken: send the user's Google access token with the drive.readonly scope (ScriptApp.getOAuthToken() in the add-on); this service never reads Google decks with its own credentials"],
      [{ googleSlidesId: DECK_ID, googleToken: 42 }, "The job has no googleToken: send the user's Google access token with the drive.readonly scope (ScriptApp.getOAuthToken() in the add-on); this service never reads Google decks with its own credentials"],
      [{ googleSlidesId: DECK_ID, googleToken: 'ya29.two words' }, 'The googleToken is not an OAuth access token (printable characters, no spaces, at most 4096): send the token exactly as Google issued it'],
      [{ googleSlidesId: 'not a deck!', googleToken: GOOGLE_TOKEN }, 'Bad googleSlidesId: "not a deck!" is not a Google Slides deck id or link; give the id from the deck\'s address (docs.google.com/presentation/d/ID/edit) or the whole address'],
      [{ googleSlidesId: 'https://example.org/presentation/d/1AbCdEfGhIjKlMnOp/edit', googleToken: GOOGLE_TOKEN }, 'Bad googleSlidesId: "https://example.org/presentation/d/1AbCdEfGhIjKlMnOp/edit" is not a Google Slides deck id or link; give the id from the deck\'s address (docs.google.com/presentation/d/ID/edit) or the whole address'],
      [{ googleToken: GOOGLE_TOKEN }, 'The job has no googleSlidesId: send the Google Slides deck id or its docs.google.com address as {"googleSlidesId": "…", "googleToken": "…", "options": {…}}'],
      [{ googleSlidesId: DECK_ID, googleToken: GOOGLE_TOKEN, resolution: '720p' }, 'Unknown field "resolution" in the job: send {"googleSlidesId": "…", "googleToken": "…", "options": {…}}'],
      [[DECK_ID, GOOGLE_TOKEN], 'Send a Google Slides job as a JSON object {"googleSlidesId": "…", "googleToken": "…", "options": {…}}, or upload a deck as multipart/form-data'],
      [{ googleSlidesId: DECK_ID, googleToken: GOOGLE_TOKEN, options: '720p' }, 'The options field must be a JSON object such as {"resolution":"720p","renderer":"google"}'],
      [{ googleSlidesId: DECK_ID, googleToken: GOOGLE_TOKEN, options: { renderer: 'libreoffice' } }, 'Unknown renderer "libreoffice": use one of ours, google'],
      [{ googleSlidesId: DECK_ID, googleToken: GOOGLE_TOKEN, options: { lexicon: '/etc/passwd' } }, 'Unknown option "lexicon": use tts, voice, lang, rate, images, imageStyle, translate, translator, translateSlides, original, resolution, fit, layout, transition, motion, builds, burnCaptions, includeHidden, narrateText, renderer'],
    ];
    for (const [body, message] of cases) {
      const res = await postGoogleJob(svc.url, body, AUTH);
      assert.equal(res.status, 400, JSON.stringify(body));
      const error = await errorOf(res);
      assert.equal(error, message);
      assert.ok(!error.includes(GOOGLE_TOKEN), 'the token is never echoed');
    }
    const notJson = await fetch(`${svc.url}/v1/jobs`, { method: 'POST', headers: { 'content-type': 'application/json', ...AUTH }, body: '{"googleSlidesId":' });
    assert.equal(notJson.status, 400);
    // Same bearer-token rule as uploads.
    const stranger = await postGoogleJob(svc.url, { googleSlidesId: DECK_ID, googleToken: GOOGLE_TOKEN });
    assert.equal(stranger.status, 401);
    assert.deepEqual(readdirSync(join(svc.dataDir, 'jobs')).sort(), jobsBefore, 'no job was created');
  });

  it('refuses renderer google for an uploaded deck (400); renderer ours is accepted there', async () => {
    const pptx = await notedDeck(1);
    const google400 = await upload(svc.url, { deck: pptx, fields: { renderer: 'google' } }, AUTH);
    assert.equal(google400.status, 400);
    assert.equal(await errorOf(google400), 'renderer google needs a Google Slides job (JSON with googleSlidesId): Google can only draw decks it holds; leave renderer out or use ours for an uploaded deck');
    const unknown = await upload(svc.url, { deck: pptx, fields: { lexicon: 'x' } }, AUTH);
    assert.equal(await errorOf(unknown), 'Unknown option "lexicon": use tts, voice, lang, rate, images, imageStyle, translate, translator, translateSlides, original, resolution, fit, layout, transition, motion, builds, burnCaptions, includeHidden, narrateText');
    // An upload job needs the upload double (it reads bytes); this service's double takes Google decks only.
    const ours = await upload(svc.url, { deck: pptx, fields: { renderer: 'ours', resolution: '720p' } }, AUTH);
    assert.equal(ours.status, 202);
    const { id } = (await ours.json()) as Created;
    assert.deepEqual(JSON.parse(readFileSync(join(jobDir(id), 'options.json'), 'utf8')), { renderer: 'ours', resolution: '720p' });
    await waitForJob(svc.url, id, AUTH);
  });

  it('fails a job whose token Google refuses, with advice for the add-on user', async () => {
    const res = await postGoogleJob(svc.url, { googleSlidesId: DECK_ID, googleToken: WRONG_GOOGLE_TOKEN }, AUTH);
    const { id } = (await res.json()) as Created;
    const done = await waitForJob(svc.url, id, AUTH);
    assert.equal(done.state, 'failed');
    assert.equal(
      done.error,
      'Google refused the credentials (401: Request had invalid authentication credentials. Expected OAuth 2 access token.): the access token is missing, expired or revoked; export again from Google Slides, signed in with an account that can open the deck',
    );
    assert.equal(stateOf(id).errorCode, 'MISSING_ENGINE');
    assert.equal(existsSync(join(jobDir(id), 'google-info.json')), false);
  });

  it('never writes a Google token to the data dir or the logs', async () => {
    // Hold a token in memory (a queued job) and log it on purpose, as a careless error could.
    const gated = fakeConverter({ gated: true });
    const log2 = logCapture();
    const s2 = await startTestService({ runJob: gated.run, concurrency: 1, googleRootUrl: google.root, logger: log2.logger });
    try {
      try {
        const blocker = (await (await upload(s2.url, { deck: await notedDeck(1) })).json()) as Created;
        await gated.started(1);
        const held = (await (await postGoogleJob(s2.url, { googleSlidesId: DECK_ID, googleToken: GOOGLE_TOKEN })).json()) as Created;
        s2.app.log.error({ err: new Error(`request failed: Authorization: Bearer ${GOOGLE_TOKEN}`), headers: { authorization: `Bearer ${GOOGLE_TOKEN}` } }, `token ${GOOGLE_TOKEN}`);
        const line = log2.lines.at(-1) ?? '';
        assert.match(line, /"msg":"token \[redacted\]"/);
        assert.match(line, /"authorization":"Bearer \[redacted\]"/);
        // A queued Google job can be cancelled like any other.
        assert.equal((await fetch(`${s2.url}/v1/jobs/${held.id}`, { method: 'DELETE' })).status, 202);
        assert.equal((await waitForJob(s2.url, held.id)).error, 'The conversion was cancelled');
        await s2.queue.cancel(blocker.id);
        await s2.queue.idle();
      } finally {
        await s2.close();
      }
      for (const [name, lines] of [['main', log.lines], ['second', log2.lines]] as const) {
        assert.ok(lines.some((l) => l.includes('"msg":"job created"') && l.includes(`"googleSlidesId":"${DECK_ID}"`)), `${name} log has the Google jobs`);
        for (const t of [GOOGLE_TOKEN, WRONG_GOOGLE_TOKEN]) assert.deepEqual(lines.filter((l) => l.includes(t)), [], `${name} log`);
      }
      for (const dir of [svc.dataDir, s2.dataDir]) {
        assert.ok(fileCount(dir) >= 5, `the search looked at the jobs (${fileCount(dir)} files)`);
        for (const t of [GOOGLE_TOKEN, WRONG_GOOGLE_TOKEN]) assert.deepEqual(filesContaining(dir, t), []);
      }
    } finally {
      removeDir(s2.dataDir);
    }
  });
});
