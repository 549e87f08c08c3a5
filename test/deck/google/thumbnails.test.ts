/** Thumbnail downloads: no token to Google's content host; through a root override, the token like every request. */
import assert from 'node:assert/strict';
import { google } from 'googleapis';
import { fetchThumbnails } from '../../../converter/deck/google/thumbnails.js';
import { TokenBucket } from '../../../converter/deck/google/token-bucket.js';
import { DECK_ID, PNGS, TOKEN, riversDeck } from './fixture.js';
import { startGoogleStandIn } from './google-stand-in.js';

describe('deck/google: thumbnail downloads', () => {
  it('sends no Authorization header to the content host when no override is set', async () => {
    const s = await startGoogleStandIn({ token: TOKEN, decks: [await riversDeck()], contentUrls: 'self' });
    try {
      const client = new google.auth.OAuth2();
      client.setCredentials({ access_token: TOKEN });
      // The API client alone is pointed at the stand-in; the job itself has no override (rootUrl '').
      const slides = google.slides({ version: 'v1', auth: client, rootUrl: s.root });
      const { images, warnings } = await fetchThumbnails({
        slides, creds: { api: client, client, kind: 'token' }, presentationId: DECK_ID, rootUrl: '', host: 'slides.googleapis.com',
        pages: [{ index: 1, objectId: 'p' }], bucket: new TokenBucket({ burst: 1, intervalMs: 5 }), retryWaitMs: 5, retries: 1,
      });
      assert.deepEqual(warnings, []);
      assert.ok(Buffer.from(images.get(1)!).equals(Buffer.from(PNGS[0]!)));
      assert.deepEqual(s.requests.map((r) => [r.url.split('?')[0], r.authorization]), [
        [`/v1/presentations/${DECK_ID}/pages/p/thumbnail`, `Bearer ${TOKEN}`],
        [`/content/${DECK_ID}/p.png`, undefined],
      ]);
    } finally {
      await s.close();
    }
  });

  it('a thumbnail that is not a PNG leaves that slide to our render, with a warning', async () => {
    const d = await riversDeck();
    d.slides[0]!.png = new TextEncoder().encode('<html>sign in</html>');
    const s = await startGoogleStandIn({ token: TOKEN, decks: [d], contentUrls: 'self' });
    try {
      const client = new google.auth.OAuth2();
      client.setCredentials({ access_token: TOKEN });
      const slides = google.slides({ version: 'v1', auth: client, rootUrl: s.root });
      const { images, warnings } = await fetchThumbnails({
        slides, creds: { api: client, client, kind: 'token' }, presentationId: DECK_ID, rootUrl: s.root, host: 'x',
        pages: [{ index: 1, objectId: 'p' }, { index: 3, objectId: 'g2c3d_0_2' }], bucket: new TokenBucket({ burst: 2, intervalMs: 5 }), retryWaitMs: 5, retries: 1,
      });
      assert.deepEqual([...images.keys()], [3]);
      assert.deepEqual(warnings, ["slide 1: Google's thumbnail could not be downloaded (not a PNG (20 bytes)); deck2video's own render is used"]);
    } finally {
      await s.close();
    }
  });
});
