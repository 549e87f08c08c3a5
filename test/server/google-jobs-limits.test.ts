/**
 * Google Slides jobs and the service's --max-slides: the deck's size is known only once it has been
 * read from Google (a local stand-in here), so the job fails then; with renderer google, before any
 * of the paced thumbnails is asked for whenever the count already shows the deck is too big.
 */
import { strict as assert } from 'node:assert';
import { DECK_ID, TOKEN as GOOGLE_TOKEN, riversDeck } from '../deck/google/fixture.js';
import { startGoogleStandIn, type GoogleStandIn } from '../deck/google/google-stand-in.js';
import { removeDir, startTestService, waitForJob, type TestService } from './helpers/service.js';
import { deckConverter, postGoogleJob } from './google-jobs-fixture.js';

interface Created {
  id: string;
}

describe('service: Google Slides jobs and the slide limit', function () {
  this.timeout(60_000);
  let google: GoogleStandIn;
  let svc: TestService;

  before(async () => {
    google = await startGoogleStandIn({ token: GOOGLE_TOKEN, decks: [await riversDeck()] });
    svc = await startTestService({ runJob: deckConverter().run, maxSlides: 2, googleRootUrl: google.root });
  });
  after(async () => {
    await svc?.close();
    await google?.close();
    if (svc) removeDir(svc.dataDir);
  });

  it('fails a deck over --max-slides once it is read, and before any thumbnail is asked for', async () => {
    const ours = (await (await postGoogleJob(svc.url, { googleSlidesId: DECK_ID, googleToken: GOOGLE_TOKEN })).json()) as Created;
    const a = await waitForJob(svc.url, ours.id);
    assert.equal(a.state, 'failed');
    assert.equal(a.error, 'Intro to Rivers.pptx has 3 slides; this service converts at most 2: split the deck, or start the service with a larger --max-slides');

    const before = google.requests.length;
    const thumbs = (await (await postGoogleJob(svc.url, { googleSlidesId: DECK_ID, googleToken: GOOGLE_TOKEN, options: { renderer: 'google', includeHidden: true } })).json()) as Created;
    const b = await waitForJob(svc.url, thumbs.id);
    assert.equal(b.state, 'failed');
    assert.equal(b.error, `Google Slides deck ${DECK_ID} has at least 3 slides; this service converts at most 2: split the deck, or start the service with a larger --max-slides`);
    assert.deepEqual(google.requests.slice(before).map((r) => new URL(r.url, 'http://x').pathname), [`/v1/presentations/${DECK_ID}`, `/drive/v3/files/${DECK_ID}/export`]);
  });
});
