/** Code.gs with stand-ins for SlidesApp, UrlFetchApp, PropertiesService, ScriptApp and HtmlService. */
import assert from 'node:assert/strict';
import { ADDON_TOKEN, FakeBlob, loadAddin, plain, type FetchCall, type FakeResponse } from './google-slides-harness.js';

const SETTINGS = { DECK2VIDEO_SERVICE_URL: 'https://d2v.example.org', DECK2VIDEO_SERVICE_TOKEN: 'svc-secret' };
const PPTX = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]);
const EXPORT_URL = 'https://www.googleapis.com/drive/v3/files/deck-id-123/export?mimeType=application%2Fvnd.openxmlformats-officedocument.presentationml.presentation';

function route(table: Record<string, FakeResponse>) {
  return (call: FetchCall): FakeResponse => {
    const r = table[call.url];
    if (!r) throw new Error(`unexpected fetch ${call.url}`);
    return r;
  };
}

describe('addin/google-slides Code.gs', () => {
  it('adds "Export to AI video" to the add-on menu, which opens the sidebar', () => {
    const h = loadAddin(() => ({ code: 500 }));
    h.g.onOpen!({});
    assert.deepEqual(h.menus, [{ title: 'Export to AI video', fn: 'showSidebar' }]);
    h.g[h.menus[0]!.fn]!();
    assert.deepEqual(h.sidebars, [{ file: 'Sidebar', title: 'Export to AI video' }]);
  });

  it('upload mode: exports the .pptx through Drive with its own token, then uploads it with the options', () => {
    const h = loadAddin(route({ [EXPORT_URL]: { code: 200, bytes: PPTX }, 'https://d2v.example.org/v1/jobs': { code: 202, text: '{"id":"job-1"}' } }), { props: SETTINGS });
    const view = h.g.startExport!({ mode: 'upload', includeHidden: false, resolution: '1080p' });
    assert.deepEqual(plain(view), { id: 'job-1', state: 'queued', finished: false, failed: false, percent: null, text: 'Waiting for the service to start…', videoUrl: '', nextPollMs: 5000 });
    assert.deepEqual(h.fetches.map((f) => f.url), [EXPORT_URL, 'https://d2v.example.org/v1/jobs']);
    assert.deepEqual(plain(h.fetches[0]!.params.headers), { Authorization: `Bearer ${ADDON_TOKEN}` });
    const upload = h.fetches[1]!.params;
    assert.equal(upload.method, 'post');
    assert.equal(upload.contentType, undefined, 'UrlFetchApp sets multipart/form-data itself');
    assert.deepEqual(plain(upload.headers), { Accept: 'application/json', Authorization: 'Bearer svc-secret' });
    const payload = upload.payload as { deck: FakeBlob; options: string };
    assert.deepEqual([payload.deck.getName(), payload.deck.getContentType(), Buffer.from(payload.deck.bytes).toString('hex')], [
      'Intro to Rivers.pptx', 'application/vnd.openxmlformats-officedocument.presentationml.presentation', '504b0304010203',
    ]);
    assert.deepEqual(JSON.parse(payload.options), { includeHidden: false, resolution: '1080p' });
    // The Google token never goes to the service in this mode.
    assert.ok(!JSON.stringify(plain(upload.headers)).includes(ADDON_TOKEN) && !payload.options.includes(ADDON_TOKEN));
    assert.equal(h.props.get('DECK2VIDEO_LAST_JOB_deck-id-123'), 'job-1');
  });

  it('Google mode: one JSON request with the deck id and ScriptApp.getOAuthToken(); no export', () => {
    const h = loadAddin(route({ 'https://d2v.example.org/v1/jobs': { code: 202, text: '{"id":"job-2"}' } }), { props: SETTINGS });
    h.g.startExport!({ mode: 'google', includeHidden: true });
    assert.equal(h.fetches.length, 1);
    assert.equal(h.fetches[0]!.params.contentType, 'application/json');
    assert.deepEqual(JSON.parse(h.fetches[0]!.params.payload as string), {
      googleSlidesId: 'deck-id-123', googleToken: ADDON_TOKEN, options: { includeHidden: true, resolution: '1080p', renderer: 'google' },
    });
  });

  it('polls the job once per call and links the video when done', () => {
    let state = '{"state":"running","stage":"render","progress":0.5}';
    const h = loadAddin((c) => (c.url === 'https://d2v.example.org/v1/jobs/job-1' ? { code: 200, text: state } : { code: 500 }), { props: SETTINGS });
    assert.equal(h.g.pollJob!('job-1', 1000).text, 'Drawing the slides… 50%');
    // The service's own view of a finished job (src/server/job-view.ts): links relative to its root.
    state = '{"id":"job-1","state":"done","stage":"done","progress":1,"links":{"self":"/v1/jobs/job-1?key=k1","video":"/v1/jobs/job-1/video?key=k1"}}';
    const done = plain(h.g.pollJob!('job-1', 60_000));
    assert.equal(done.videoUrl, 'https://d2v.example.org/v1/jobs/job-1/video?key=k1');
    assert.equal(done.nextPollMs, 0);
    assert.equal(h.fetches.length, 2);
    assert.deepEqual(plain(h.fetches[1]!.params.headers), { Accept: 'application/json', Authorization: 'Bearer svc-secret' });
  });

  it('says what to do: no settings, export over 10 MB, unreachable service', () => {
    const none = loadAddin(() => ({ code: 500 }));
    assert.throws(() => none.g.startExport!({}), (e: Error) => /^Open Settings and enter the address/.test(e.message));
    assert.equal(none.fetches.length, 0);

    const big = loadAddin(route({ [EXPORT_URL]: { code: 403, text: '{"error":{"code":403,"message":"This file is too large to be exported.","errors":[{"reason":"exportSizeLimitExceeded"}]}}' } }), { props: SETTINGS });
    assert.throws(() => big.g.startExport!({ mode: 'upload' }), (e: Error) => /over Google Drive's 10 MB export limit/.test(e.message));
    assert.equal(big.fetches.length, 1);

    const down = loadAddin((c) => {
      throw new Error(`Exception: Address unavailable: ${c.url}`);
    }, { props: SETTINGS });
    assert.throws(() => down.g.pollJob!('j', 0), (e: Error) => e.message.startsWith('Could not reach the deck2video service at https://d2v.example.org (Exception: Address unavailable') && e.message.includes('urlFetchWhitelist'));
  });

  it('saves settings without ever returning the token, and tells the sidebar where it left off', () => {
    const h = loadAddin(() => ({ code: 500 }), { props: { 'DECK2VIDEO_LAST_JOB_deck-id-123': 'job-9' } });
    assert.deepEqual(plain(h.g.saveSettings!({ serviceUrl: 'https://d2v.example.org/', serviceToken: 'tok' })), { serviceUrl: 'https://d2v.example.org', hasToken: true });
    assert.equal(h.props.get('DECK2VIDEO_SERVICE_TOKEN'), 'tok');
    assert.deepEqual(plain(h.g.getSidebarState!()), {
      settings: { serviceUrl: 'https://d2v.example.org', hasToken: true },
      deck: { id: 'deck-id-123', title: 'Intro to Rivers' },
      lastJobId: 'job-9',
    });
    assert.throws(() => h.g.saveSettings!({ serviceUrl: 'http://d2v.example.org' }), (e: Error) => /https/.test(e.message));
    assert.equal(h.props.get('DECK2VIDEO_SERVICE_URL'), 'https://d2v.example.org');
  });
});
