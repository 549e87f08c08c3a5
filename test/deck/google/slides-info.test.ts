import assert from 'node:assert/strict';
import { deckInfoFrom } from '../../../converter/deck/google/slides-info.js';
import { apiErrorOf, explainGoogleError } from '../../../converter/deck/google/google-errors.js';

const run = (content: string) => ({ textRun: { content } });

describe('deck/google: Slides API answers and errors', () => {
  it('reads titles, speaker notes (by speakerNotesObjectId) and skips from presentations.get', () => {
    const info = deckInfoFrom({
      presentationId: 'abc',
      title: ' Lecture ',
      locale: 'fr',
      slides: [
        {
          objectId: 's1',
          pageElements: [
            { objectId: 'b', shape: { placeholder: { type: 'BODY' }, text: { textElements: [run('Body\n')] } } },
            { objectId: 't', shape: { placeholder: { type: 'CENTERED_TITLE' }, text: { textElements: [{ paragraphMarker: {} }, run('Two\u000blines\n'), run('and more\n')] } } },
          ],
          slideProperties: {
            isSkipped: false,
            notesPage: {
              notesProperties: { speakerNotesObjectId: 'n' },
              pageElements: [
                { objectId: 'other', shape: { placeholder: { type: 'BODY' }, text: { textElements: [run('not the notes\n')] } } },
                { objectId: 'n', shape: { text: { textElements: [run('\n'), run('First line\u000bsecond  \n'), run('\n'), { autoText: { type: 'SLIDE_NUMBER', content: '3' } }, run(' is the page\n'), run('\n')] } } },
              ],
            },
          },
        },
        { objectId: 's2', slideProperties: { isSkipped: true } },
      ],
    });
    assert.deepEqual(info, {
      presentationId: 'abc',
      title: 'Lecture',
      locale: 'fr',
      slides: [
        { objectId: 's1', title: 'Two lines and more', notes: 'First line\nsecond\n\n3 is the page', skipped: false },
        { objectId: 's2', title: '', notes: '', skipped: true },
      ],
    });
  });

  it('reads Google error bodies whether parsed, bytes or text', () => {
    const body = { error: { code: 403, message: 'This file is too large to be exported.', errors: [{ reason: 'exportSizeLimitExceeded' }] } };
    const bytes = new TextEncoder().encode(JSON.stringify(body));
    for (const data of [body, bytes.buffer, Buffer.from(bytes), JSON.stringify(body)]) {
      assert.deepEqual(apiErrorOf({ status: 403, response: { status: 403, data } }), { status: 403, message: 'This file is too large to be exported.', reasons: ['exportSizeLimitExceeded'] });
    }
    const scope = { status: 403, response: { data: { error: { code: 403, message: 'Request had insufficient authentication scopes.', status: 'PERMISSION_DENIED', details: [{ reason: 'ACCESS_TOKEN_SCOPE_INSUFFICIENT' }] } } } };
    const e = explainGoogleError(scope, 'details', 'abc', 'slides.googleapis.com');
    assert.equal(e.code, 'MISSING_ENGINE');
    assert.match(e.message, /^Google refused the credentials \(403: Request had insufficient authentication scopes\.\): they lack the drive\.readonly scope; /);
    const disabled = explainGoogleError({ status: 403, response: { data: { error: { message: 'Google Slides API has not been used in project 1 before or it is disabled.', status: 'PERMISSION_DENIED', details: [{ reason: 'SERVICE_DISABLED' }] } } } }, 'details', 'abc', 'h');
    assert.match(disabled.message, /enable the Google Slides API and the Google Drive API/);
    const net = explainGoogleError(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:9'), { code: 'ECONNREFUSED' }), 'export', 'abc', '127.0.0.1:9');
    assert.equal(net.code, 'INTERNAL');
    assert.equal(net.message, 'cannot reach Google at 127.0.0.1:9 (connect ECONNREFUSED 127.0.0.1:9): check the network and DECK2VIDEO_GOOGLE_ROOT_URL');
  });
});
