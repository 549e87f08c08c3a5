/** The add-on's pure logic (addin/google-slides/lib-*.js), run as Apps Script would run it. */
import assert from 'node:assert/strict';
import { loadAddin, plain } from './google-slides-harness.js';

const { g } = loadAddin(() => ({ code: 500 }));
const SETTINGS = { serviceUrl: 'https://d2v.example.org/api', serviceToken: 'svc-secret' };
const throwsMessage = (fn: () => unknown, re: RegExp) => assert.throws(fn, (e: Error) => re.test(e.message));

describe('addin/google-slides lib-*.js', () => {
  it('accepts public https service addresses, normalised', () => {
    assert.equal(g.validateServiceUrl!(' https://D2V.example.org/ '), 'https://d2v.example.org');
    assert.equal(g.validateServiceUrl!('https://d2v.example.org:8443/deck2video//'), 'https://d2v.example.org:8443/deck2video');
    assert.equal(g.validateServiceUrl!('https://203.0.113.7/x'), 'https://203.0.113.7/x');
  });

  it('refuses addresses Apps Script cannot or should not use', () => {
    throwsMessage(() => g.validateServiceUrl!(''), /^Enter the address of your deck2video service/);
    throwsMessage(() => g.validateServiceUrl!('http://d2v.example.org'), /must start with https:\/\//);
    throwsMessage(() => g.validateServiceUrl!('https://d2v.example.org/?token=1'), /is not a web address/);
    throwsMessage(() => g.validateServiceUrl!('https://user:pw@d2v.example.org/'), /is not a web address/);
    for (const host of ['localhost:8080', '127.0.0.1', '10.1.2.3', '192.168.0.9', '172.20.0.1', 'printer.local', '169.254.169.254']) {
      throwsMessage(() => g.validateServiceUrl!(`https://${host}/`), /Apps Script runs on Google's servers and cannot reach/);
    }
  });

  it('settings: the token is never handed back; blank keeps it, clearToken removes it', () => {
    const saved = g.readSettings!({ DECK2VIDEO_SERVICE_URL: 'https://a.example/', DECK2VIDEO_SERVICE_TOKEN: 'tok' });
    assert.deepEqual(plain(g.publicSettings!(saved)), { serviceUrl: 'https://a.example/', hasToken: true });
    assert.deepEqual(plain(g.settingsUpdate!({ serviceUrl: 'https://b.example/', serviceToken: '  new-token ' })), {
      set: { DECK2VIDEO_SERVICE_URL: 'https://b.example', DECK2VIDEO_SERVICE_TOKEN: 'new-token' },
      remove: [],
    });
    assert.deepEqual(plain(g.settingsUpdate!({ serviceUrl: 'https://b.example', serviceToken: '' })), { set: { DECK2VIDEO_SERVICE_URL: 'https://b.example' }, remove: [] });
    assert.deepEqual(plain(g.settingsUpdate!({ serviceUrl: 'https://b.example', serviceToken: 'x', clearToken: true })), {
      set: { DECK2VIDEO_SERVICE_URL: 'https://b.example' },
      remove: ['DECK2VIDEO_SERVICE_TOKEN'],
    });
    throwsMessage(() => g.requireSettings!({}), /^Open Settings and enter the address/);
  });

  it('builds the Google-mode job request: JSON with the deck id, the Google token and the options', () => {
    const chosen = g.normaliseOptions!({ mode: 'google', includeHidden: true, resolution: '720p' });
    assert.deepEqual(plain(chosen), { mode: 'google', options: { includeHidden: true, resolution: '720p', renderer: 'google' } });
    assert.deepEqual(plain(g.buildGoogleJobRequest!(SETTINGS, 'deck-1', 'ya29.g', chosen.options)), {
      url: 'https://d2v.example.org/api/v1/jobs',
      params: {
        method: 'post',
        contentType: 'application/json',
        headers: { Accept: 'application/json', Authorization: 'Bearer svc-secret' },
        payload: '{"googleSlidesId":"deck-1","googleToken":"ya29.g","options":{"includeHidden":true,"resolution":"720p","renderer":"google"}}',
        muteHttpExceptions: true,
        followRedirects: false,
      },
    });
    assert.deepEqual(plain(g.normaliseOptions!({ mode: 'weird', resolution: '8k' })), { mode: 'upload', options: { includeHidden: false, resolution: '1080p' } });
  });

  it('the language picker: other languages (list or "es,fr") and translateSlides go with the options, junk is dropped', () => {
    assert.deepEqual(plain(g.normaliseOptions!({ resolution: '720p', translate: ['es', 'ar', 'es', '"><x', ''], translateSlides: true })), {
      mode: 'upload', options: { includeHidden: false, resolution: '720p', translate: 'es,ar', translateSlides: true },
    });
    assert.deepEqual(plain(g.normaliseOptions!({ translate: 'pt-BR, fr', translateSlides: 'yes' })).options, { includeHidden: false, resolution: '1080p', translate: 'pt-BR,fr', translateSlides: false });
    assert.deepEqual(plain(g.normaliseOptions!({ translate: [], translateSlides: true })).options, { includeHidden: false, resolution: '1080p' });
  });

  it('a done job\'s videos in other languages become absolute links beside the main one', () => {
    const body = JSON.stringify({ state: 'done', links: { video: '/v1/jobs/j1/video?key=k', translations: { es: { video: '/v1/jobs/j1/video?key=k&lang=es', vtt: 'x', srt: 'y' }, ar: { vtt: 'no video' } } } });
    const job = g.parseJobResponse!(200, body, 'j1') as { translations: Record<string, string> };
    assert.deepEqual(plain(job.translations), { es: '/v1/jobs/j1/video?key=k&lang=es' });
    const view = plain(g.describeJob!(SETTINGS, { ...job, translations: { ...job.translations, fr: 'javascript:alert(1)' } }, 0)) as { videoUrl: string; translations: unknown };
    assert.equal(view.videoUrl, 'https://d2v.example.org/v1/jobs/j1/video?key=k');
    assert.deepEqual(view.translations, [{ lang: 'es', videoUrl: 'https://d2v.example.org/v1/jobs/j1/video?key=k&lang=es' }]);
  });

  it('builds the Drive export and poll requests', () => {
    assert.deepEqual(plain(g.buildExportRequest!('a/b', 'ya29.x')), {
      url: 'https://www.googleapis.com/drive/v3/files/a%2Fb/export?mimeType=application%2Fvnd.openxmlformats-officedocument.presentationml.presentation',
      params: { method: 'get', headers: { Authorization: 'Bearer ya29.x' }, muteHttpExceptions: true },
    });
    assert.deepEqual(plain(g.buildPollRequest!({ serviceUrl: 'https://s.example', serviceToken: '' }, 'job 1')), {
      url: 'https://s.example/v1/jobs/job%201',
      params: { method: 'get', headers: { Accept: 'application/json' }, muteHttpExceptions: true, followRedirects: false },
    });
  });

  it("explains Drive's export failures, the 10 MB cap first", () => {
    const big = '{"error":{"code":403,"message":"This file is too large to be exported.","errors":[{"reason":"exportSizeLimitExceeded"}]}}';
    throwsMessage(() => g.checkExportResponse!(403, big), /^This deck is over Google Drive's 10 MB export limit\. Use File > Download > Microsoft PowerPoint \(\.pptx\)/);
    throwsMessage(() => g.checkExportResponse!(401, '{"error":{"message":"Invalid Credentials"}}'), /^Google refused to export the deck \(401: Invalid Credentials\)/);
    throwsMessage(() => g.checkExportResponse!(500, 'oops'), /^Google could not export the deck \(500: oops\)/);
    assert.equal(g.checkExportResponse!(200, ''), undefined);
  });

  it('reads the service answers', () => {
    assert.deepEqual(plain(g.parseCreateResponse!(202, '{"id":"j-7"}')), { id: 'j-7' });
    throwsMessage(() => g.parseCreateResponse!(401, '{"error":"unauthorized"}'), /refused the token \(401\)\. Check the service token in Settings/);
    throwsMessage(() => g.parseCreateResponse!(413, ''), /larger than the deck2video service accepts \(413\)/);
    throwsMessage(() => g.parseCreateResponse!(500, '{"error":{"message":"disk full"}}'), /^The deck2video service answered 500: disk full$/);
    throwsMessage(() => g.parseCreateResponse!(202, '<html>'), /did not return a job id/);
    assert.deepEqual(plain(g.parseJobResponse!(200, '{"state":"running","stage":"narrate","progress":0.42}', 'j')), {
      id: 'j', state: 'running', stage: 'narrate', progress: 0.42, videoUrl: '', translations: {},
    });
    assert.deepEqual(plain(g.parseJobResponse!(404, '', 'j')), { id: 'j', state: 'failed', error: 'The service no longer knows this job. Start the export again.' });
  });

  it('turns job states into what the sidebar shows, and when to ask again', () => {
    const view = (job: object, elapsed = 0) => plain(g.describeJob!(SETTINGS, { id: 'j1', ...job }, elapsed));
    assert.deepEqual(view({ state: 'queued' }), {
      id: 'j1', state: 'queued', finished: false, failed: false, percent: null, text: 'Waiting for the service to start…', videoUrl: '', nextPollMs: 5000,
    });
    assert.deepEqual(view({ state: 'running', stage: 'render', progress: 0.257 }, 11 * 60_000), {
      id: 'j1', state: 'running', finished: false, failed: false, percent: 25, text: 'Drawing the slides… 25%', videoUrl: '', nextPollMs: 15000,
    });
    assert.equal(view({ state: 'running', stage: 'encode', progress: 64 }).text, 'Encoding the video… 64%');
    assert.equal(view({ state: 'running', stage: 'narrate', progress: { done: 3, total: 12 } }).text, 'Narrating… 25%');
    assert.equal(view({ state: 'running', stage: 'mystery' }).text, 'Working…');
    assert.equal(view({ state: 'running' }, 2 * 3600_000).nextPollMs, 30000);
    assert.deepEqual(view({ state: 'running' }, 4 * 3600_000), {
      id: 'j1', state: 'running', finished: false, failed: false, percent: null, text: 'Still converting after 4 hours. Reopen this sidebar later to check again.', videoUrl: '', nextPollMs: 0,
    });
    assert.deepEqual(view({ state: 'done' }), {
      id: 'j1', state: 'done', finished: true, failed: false, percent: 100, text: 'Your video is ready.', videoUrl: 'https://d2v.example.org/api/v1/jobs/j1/video', nextPollMs: 0,
    });
    assert.equal(view({ state: 'done', videoUrl: '/v1/jobs/j1/video?sig=abc' }).videoUrl, 'https://d2v.example.org/v1/jobs/j1/video?sig=abc');
    assert.equal(view({ state: 'done', videoUrl: 'https://cdn.example/v.mp4' }).videoUrl, 'https://cdn.example/v.mp4');
    // Anything but https or a path is not a link the sidebar will show.
    assert.equal(view({ state: 'done', videoUrl: 'javascript:alert(1)' }).videoUrl, 'https://d2v.example.org/api/v1/jobs/j1/video');
    assert.deepEqual(view({ state: 'failed', error: { code: 'BAD_INPUT', message: 'the deck is encrypted' } }), {
      id: 'j1', state: 'failed', finished: true, failed: true, percent: null, text: 'The export failed: the deck is encrypted', videoUrl: '', nextPollMs: 0,
    });
  });

  it('names the uploaded file after the deck', () => {
    assert.equal(g.deckFileName!('Week 3: Rivers/Deltas'), 'Week 3 Rivers Deltas.pptx');
    assert.equal(g.deckFileName!(''), 'deck.pptx');
  });
});
