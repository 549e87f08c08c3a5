import assert from 'node:assert/strict';
import { parseDeckId } from '../../../converter/deck/google/deck-id.js';
import { contentUrlFor, resolveRootUrl } from '../../../converter/deck/google/root-url.js';
import { ConvertError } from '../../../converter/errors.js';

const ID = '1AbCdEfGhIjKlMnOpQrStUvWxYz_0123456789-abcd';

describe('deck/google: deck ids and root URLs', () => {
  it('takes the id, or the id out of the addresses users copy', () => {
    for (const text of [
      ID,
      `  ${ID}\n`,
      `https://docs.google.com/presentation/d/${ID}/edit#slide=id.p`,
      `https://docs.google.com/presentation/u/1/d/${ID}/edit?usp=sharing`,
      `docs.google.com/presentation/d/${ID}/present`,
      `https://drive.google.com/open?id=${ID}`,
      `https://drive.google.com/file/d/${ID}/view`,
    ]) assert.equal(parseDeckId(text), ID, text);
  });

  it('refuses what cannot be a deck id, as a usage error', () => {
    for (const text of ['', 'short', 'lecture.pptx', `https://example.com/presentation/d/${ID}/edit`, 'https://docs.google.com/presentation/', 'has spaces in it ok']) {
      assert.throws(() => parseDeckId(text), (e: ConvertError) => e.code === 'BAD_USAGE' && e.message.endsWith("give the id from the deck's address (docs.google.com/presentation/d/ID/edit) or the whole address"), text);
    }
  });

  it('normalises the root override (option first, then DECK2VIDEO_GOOGLE_ROOT_URL)', () => {
    assert.equal(resolveRootUrl(undefined, {}), '');
    assert.equal(resolveRootUrl(undefined, { DECK2VIDEO_GOOGLE_ROOT_URL: ' http://127.0.0.1:9/google ' }), 'http://127.0.0.1:9/google/');
    assert.equal(resolveRootUrl('https://proxy.example/?x=1#y', { DECK2VIDEO_GOOGLE_ROOT_URL: 'http://a/' }), 'https://proxy.example/');
    assert.throws(() => resolveRootUrl('not a url', {}), (e: ConvertError) => e.code === 'BAD_USAGE');
  });

  it('sends thumbnail downloads to the override, keeping path and query', () => {
    const google = 'https://lh7-rt.googleusercontent.com/docsz/AD_4nX?key=abc';
    assert.equal(contentUrlFor(google, ''), google);
    assert.equal(contentUrlFor(google, 'http://127.0.0.1:9/g/'), 'http://127.0.0.1:9/g/docsz/AD_4nX?key=abc');
    assert.equal(contentUrlFor('http://127.0.0.1:9/g/content/1.png', 'http://127.0.0.1:9/g/'), 'http://127.0.0.1:9/g/content/1.png');
  });
});
