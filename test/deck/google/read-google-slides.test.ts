/** readGoogleSlides through the real googleapis client, every request sent to a local stand-in. */
import assert from 'node:assert/strict';
import { ConvertError } from '../../../converter/errors.js';
import { PRESENTATION_FIELDS } from '../../../converter/deck/google/slides-info.js';
import { mergeDeckInfo } from '../../../converter/deck/google/merge-info.js';
import { readDeck } from '../../../converter/deck/read-deck.js';
import { PPTX_MIME, readGoogleSlides, type GoogleSlidesOptions } from '../../../converter/deck/google/read-google-slides.js';
import type { ProgressEvent } from '../../../converter/progress.js';
import { DECK_ID, PNGS, TOKEN, riversDeck } from './fixture.js';
import { startGoogleStandIn, type FakeDeck, type GoogleStandIn, type StandInOptions } from './google-stand-in.js';
import { guardNetwork, type NetworkGuard } from './network-guard.js';

const FAST = { pace: { burst: 1, intervalMs: 5 }, retryWaitMs: 5 } satisfies GoogleSlidesOptions;

describe('deck/google: readGoogleSlides (stand-in for Slides v1 + Drive v3)', function () {
  this.timeout(30000);
  let server: GoogleStandIn | undefined;
  let guard: NetworkGuard | undefined;

  async function start(decks: FakeDeck[], o: Partial<StandInOptions> = {}): Promise<GoogleStandIn> {
    server = await startGoogleStandIn({ token: TOKEN, decks, ...o });
    guard = guardNetwork();
    return server;
  }
  /** The CLI's way in: token and root from the environment only. */
  const envOf = (s: GoogleStandIn, token = TOKEN) => ({ GOOGLE_OAUTH_ACCESS_TOKEN: token, DECK2VIDEO_GOOGLE_ROOT_URL: s.root });

  afterEach(async () => {
    guard?.restore();
    guard = undefined;
    await server?.close();
    server = undefined;
  });

  it('exports the deck as .pptx through Drive, takes titles, notes, ids and skips from the Slides API', async () => {
    const s = await start([await riversDeck()]);
    const events: ProgressEvent[] = [];
    const { deck, slideImages, warnings } = await readGoogleSlides(DECK_ID, { env: envOf(s), onProgress: (e) => events.push(e) });

    assert.deepEqual(
      s.requests.map((r) => `${r.method} ${decodeURIComponent(r.url)}`),
      [`GET /v1/presentations/${DECK_ID}?fields=${PRESENTATION_FIELDS}`, `GET /drive/v3/files/${DECK_ID}/export?mimeType=${PPTX_MIME}`],
    );
    assert.ok(s.requests.every((r) => r.authorization === `Bearer ${TOKEN}`));
    assert.deepEqual(guard!.hosts, [new URL(s.origin).host, new URL(s.origin).host]);

    assert.deepEqual(deck.source, { format: 'google-slides', name: `Google Slides ${DECK_ID}` });
    assert.equal(deck.title, 'Intro to Rivers');
    assert.deepEqual(
      deck.slides.map((x) => ({ index: x.index, objectId: x.objectId, hidden: x.hidden, title: x.title, notes: x.notes })),
      [
        { index: 1, objectId: 'p', hidden: false, title: 'Rivers', notes: 'Welcome, everyone.\nToday: rivers.' },
        // Skipped in Slides -> hidden; the API's notes win over the exported ones.
        { index: 2, objectId: 'g2c3d_0_1', hidden: true, title: 'Backup slide', notes: 'Notes as the teacher typed them' },
        { index: 3, objectId: 'g2c3d_0_2', hidden: false, title: '', notes: 'Deltas.' },
      ],
    );
    // The slide's drawing comes from the export, read by the pptx reader.
    assert.equal(deck.slides[2]!.text, 'Deltas form where rivers meet the sea');
    assert.deepEqual(deck.size, { width: 9144000, height: 5143500 });
    assert.equal(slideImages, undefined);
    assert.deepEqual(warnings, []);
    assert.deepEqual(deck.warnings, []);
    assert.deepEqual(events.map((e) => `${e.stage} ${e.done}/${e.total}`), ['read 0/2', 'read 1/2', 'read 2/2']);
  });

  it('hands back the export and the API part, which rebuild the same deck without Google (durable jobs)', async () => {
    const d = await riversDeck();
    const s = await start([d]);
    const first = await readGoogleSlides(DECK_ID, { env: envOf(s) });
    assert.ok(Buffer.from(first.pptx).equals(Buffer.from(d.pptx)), 'the bytes Drive exported');
    const stored = JSON.parse(JSON.stringify(first.info)) as typeof first.info;
    const again = mergeDeckInfo(await readDeck({ bytes: first.pptx, name: 'deck.pptx' }), stored, DECK_ID).deck;
    assert.deepEqual(again, first.deck);
    assert.equal(s.requests.length, 2);
  });

  it('accepts the deck address as well as the id; options override the environment', async () => {
    const s = await start([await riversDeck()]);
    const { deck } = await readGoogleSlides(`https://docs.google.com/presentation/d/${DECK_ID}/edit#slide=id.p`, {
      token: TOKEN,
      rootUrl: s.root,
      env: { GOOGLE_OAUTH_ACCESS_TOKEN: 'wrong', DECK2VIDEO_GOOGLE_ROOT_URL: 'http://192.0.2.1/' },
    });
    assert.equal(deck.slides.length, 3);
    assert.equal(s.requests.length, 2);
  });

  it('--renderer google: paced LARGE PNG thumbnails, downloaded through the root override, keyed by slide index', async () => {
    const s = await start([await riversDeck()], { prefix: 'google/' });
    const events: ProgressEvent[] = [];
    const { slideImages, warnings } = await readGoogleSlides(DECK_ID, { ...FAST, env: envOf(s), renderer: 'google', onProgress: (e) => events.push(e) });

    assert.deepEqual([...slideImages!.keys()], [1, 2, 3]);
    assert.deepEqual([...slideImages!.values()].map((b) => Buffer.from(b).toString('hex')), PNGS.map((b) => Buffer.from(b).toString('hex')));
    assert.deepEqual(warnings, []);
    const thumb = (id: string) => `GET /google/v1/presentations/${DECK_ID}/pages/${id}/thumbnail?thumbnailProperties.thumbnailSize=LARGE&thumbnailProperties.mimeType=PNG`;
    // Google answers with contentUrls on lh7-rt.googleusercontent.com: they are sent to the override too.
    const content = (id: string) => `GET /google/content/${DECK_ID}/${id}.png?sz=large`;
    assert.deepEqual(s.requests.slice(2).map((r) => `${r.method} ${r.url}`), [
      thumb('p'), content('p'), thumb('g2c3d_0_1'), content('g2c3d_0_1'), thumb('g2c3d_0_2'), content('g2c3d_0_2'),
    ]);
    assert.ok(s.requests.every((r) => r.authorization === `Bearer ${TOKEN}` && r.url.startsWith('/google/')));
    assert.equal(guard!.hosts.length, 8);
    assert.ok(guard!.hosts.every((h) => h === new URL(s.origin).host));
    assert.deepEqual(events.filter((e) => e.stage === 'render').map((e) => `${e.done}/${e.total}`), ['0/3', '1/3', '2/3', '3/3']);
  });

  it('uses contentUrls that already point at the override as they are, and only fetches the slides asked for', async () => {
    const s = await start([await riversDeck()], { contentUrls: 'self' });
    const { slideImages } = await readGoogleSlides(DECK_ID, { ...FAST, env: envOf(s), renderer: 'google', thumbnailSlides: [1, 3] });
    assert.deepEqual([...slideImages!.keys()], [1, 3]);
    assert.deepEqual(
      s.requests.slice(2).map((r) => r.url.split('?')[0]),
      [`/v1/presentations/${DECK_ID}/pages/p/thumbnail`, `/content/${DECK_ID}/p.png`, `/v1/presentations/${DECK_ID}/pages/g2c3d_0_2/thumbnail`, `/content/${DECK_ID}/g2c3d_0_2.png`],
    );
  });

  it('keeps getThumbnail within the pace: a burst, then one call per interval', async () => {
    const s = await start([await riversDeck()]);
    await readGoogleSlides(DECK_ID, { env: envOf(s), renderer: 'google', pace: { burst: 1, intervalMs: 250 } });
    const at = s.requests.filter((r) => r.url.includes('/thumbnail')).map((r) => r.at);
    assert.equal(at.length, 3);
    // Arrival times at the stand-in: the first call also opens the connection, so it arrives later
    // after its start than the others, which shortens the first gap (exact pacing: token-bucket.test.ts).
    assert.ok(at[1]! - at[0]! >= 150 && at[2]! - at[1]! >= 200, `gaps ${at[1]! - at[0]!} and ${at[2]! - at[1]!} ms`);
  });

  it('waits and asks again after 429 from the thumbnail quota', async () => {
    const s = await start([await riversDeck({ thumbnail429: 2 })]);
    const { slideImages, warnings } = await readGoogleSlides(DECK_ID, { ...FAST, env: envOf(s), renderer: 'google' });
    assert.deepEqual([...slideImages!.keys()], [1, 2, 3]);
    assert.deepEqual(warnings, []);
    assert.equal(s.requests.filter((r) => r.url.includes('/thumbnail')).length, 5);
  });

  it('falls back to our renders, with one warning, when the quota stays used up', async () => {
    const s = await start([await riversDeck({ thumbnail429: 99 })]);
    const { deck, slideImages, warnings } = await readGoogleSlides(DECK_ID, { ...FAST, thumbnailRetries: 1, env: envOf(s), renderer: 'google' });
    assert.equal(deck.slides.length, 3);
    assert.equal(slideImages!.size, 0);
    assert.deepEqual(warnings, ["Google's thumbnail quota (60 per minute per user) stayed used up: slides 1, 2, 3 use deck2video's own render"]);
    assert.equal(s.requests.filter((r) => r.url.includes('/thumbnail')).length, 2);
  });

  it('401: refused credentials are a MISSING_ENGINE error (exit 4) naming the fix, asked once', async () => {
    const s = await start([await riversDeck()]);
    const err = await readGoogleSlides(DECK_ID, { env: envOf(s, 'ya29.expired') }).catch((e: unknown) => e);
    assert.ok(err instanceof ConvertError);
    assert.equal(err.code, 'MISSING_ENGINE');
    assert.equal(err.exitCode, 4);
    assert.match(err.message, /^Google refused the credentials \(401: Request had invalid authentication credentials\. Expected OAuth 2 access token\.\): the access token is missing, expired or revoked; set GOOGLE_OAUTH_ACCESS_TOKEN .* gcloud auth application-default login/);
    assert.equal(s.requests.length, 1);
    assert.equal(s.requests[0]!.authorization, 'Bearer ya29.expired');
  });

  it('404: an unknown id is BAD_INPUT (exit 3)', async () => {
    const s = await start([await riversDeck()]);
    const err = await readGoogleSlides('1ZzZzZzZzZzZzZzZzZzZzZzZzZz', { env: envOf(s) }).catch((e: unknown) => e);
    assert.ok(err instanceof ConvertError);
    assert.equal(err.code, 'BAD_INPUT');
    assert.equal(err.exitCode, 3);
    assert.equal(err.message, 'no Google Slides deck with id 1ZzZzZzZzZzZzZzZzZzZzZzZzZz; check the id and that the account can open it');
    assert.equal(s.requests.length, 1);
  });

  it("Drive's 10 MB export cap is BAD_INPUT that says to download the .pptx from Slides", async () => {
    const s = await start([await riversDeck({ tooLarge: true })]);
    const err = await readGoogleSlides(DECK_ID, { env: envOf(s) }).catch((e: unknown) => e);
    assert.ok(err instanceof ConvertError);
    assert.equal(err.code, 'BAD_INPUT');
    assert.equal(
      err.message,
      `Google Drive cannot export deck ${DECK_ID}: its .pptx is over Drive's 10 MB export limit; in Google Slides use File > Download > Microsoft PowerPoint (.pptx) and convert that file instead`,
    );
  });

  it('a Drive file that is not a Slides deck is BAD_INPUT', async () => {
    const s = await start([await riversDeck({ notSlides: true })]);
    const err = await readGoogleSlides(DECK_ID, { env: envOf(s) }).catch((e: unknown) => e);
    assert.ok(err instanceof ConvertError);
    assert.equal(err.code, 'BAD_INPUT');
    assert.match(err.message, /is not a Google Slides deck \(it may be a \.pptx stored in Drive\)/);
  });

  it('warns when the export and the API disagree on the slide count, matching by position', async () => {
    const d = await riversDeck();
    d.slides.push({ objectId: 'g2c3d_0_9', title: 'Added meanwhile', notes: 'New.' });
    const s = await start([d]);
    const { deck } = await readGoogleSlides(DECK_ID, { env: envOf(s) });
    assert.deepEqual(deck.slides.map((x) => x.objectId), ['p', 'g2c3d_0_1', 'g2c3d_0_2']);
    assert.deepEqual(deck.warnings, [
      'the exported deck has 3 slides but the Slides API lists 4 (was the deck edited meanwhile?); slides are matched by position: convert again if they look wrong',
    ]);
  });

  it('stops when cancelled', async () => {
    const s = await start([await riversDeck()]);
    const ac = new AbortController();
    const p = readGoogleSlides(DECK_ID, {
      env: envOf(s),
      renderer: 'google',
      pace: { burst: 1, intervalMs: 10_000 },
      signal: ac.signal,
      onProgress: (e) => {
        if (e.stage === 'render' && e.done === 1) ac.abort();
      },
    });
    const err = await p.catch((e: unknown) => e);
    assert.ok(err instanceof ConvertError);
    assert.equal(err.code, 'CANCELLED');
    assert.equal(s.requests.filter((r) => r.url.includes('/thumbnail')).length, 1);
  });

  it('rejects a bad id or root before any request', async () => {
    const s = await start([await riversDeck()]);
    await assert.rejects(readGoogleSlides('not a deck', { env: envOf(s) }), (e: ConvertError) => e.code === 'BAD_USAGE' && /is not a Google Slides deck id or link/.test(e.message));
    await assert.rejects(
      readGoogleSlides(DECK_ID, { env: { ...envOf(s), DECK2VIDEO_GOOGLE_ROOT_URL: 'ftp://x/' } }),
      (e: ConvertError) => e.code === 'BAD_USAGE' && e.message.startsWith('DECK2VIDEO_GOOGLE_ROOT_URL="ftp://x/" is not an http(s) address'),
    );
    assert.equal(s.requests.length, 0);
  });
});
