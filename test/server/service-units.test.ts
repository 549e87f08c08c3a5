import { strict as assert } from 'node:assert';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bearerMatches, canReadJob, safeEqual } from '../../src/server/auth.js';
import { isJobId, newJobId } from '../../src/server/job-id.js';
import { JobStore } from '../../src/server/job-store.js';
import type { JobRecord } from '../../src/server/job-types.js';
import { jobView } from '../../src/server/job-view.js';
import { redactUrl } from '../../src/server/log-redact.js';
import { isSameOrigin, originAllowed } from '../../src/server/origin-guard.js';
import { overallProgress, recordStage, type StageCounts } from '../../src/server/progress-math.js';
import { disposition } from '../../src/server/routes/files-routes.js';
import { cleanName } from '../../src/server/upload.js';
import { defaultConcurrency } from '../../src/server/service-options.js';
import { removeDir } from './helpers/service.js';

describe('server: small parts', () => {
  it('job ids are UUID v4 and nothing else passes', () => {
    const id = newJobId();
    assert.ok(isJobId(id));
    for (const bad of ['', '..', `${id}/..`, id.toUpperCase(), `${id} `, '00000000-0000-1000-8000-000000000000', 42, null]) assert.equal(isJobId(bad), false, String(bad));
  });

  it('compares tokens exactly (scheme case-insensitive, no prefix or suffix matches)', () => {
    assert.equal(bearerMatches('Bearer abc', 'abc'), true);
    assert.equal(bearerMatches('bearer abc', 'abc'), true);
    assert.equal(bearerMatches('Bearer abcd', 'abc'), false);
    assert.equal(bearerMatches('Bearer ab', 'abc'), false);
    assert.equal(bearerMatches('abc', 'abc'), false);
    assert.equal(bearerMatches(undefined, 'abc'), false);
    assert.equal(safeEqual('', ''), true);
    const rec = { key: 'k1' } as JobRecord;
    assert.equal(canReadJob(false, rec, 'k1'), true);
    assert.equal(canReadJob(false, rec, ''), false);
    assert.equal(canReadJob(false, undefined, 'k1'), false);
    assert.equal(canReadJob(true, undefined, undefined), true);
  });

  it('weighs stage progress into one monotonic number below 1 until done', () => {
    let s: StageCounts = {};
    s = recordStage(s, { stage: 'read', done: 1, total: 1 });
    assert.equal(overallProgress(s), 0.03);
    s = recordStage(s, { stage: 'render', done: 1, total: 2 });
    assert.equal(overallProgress(s), 0.03 + 0.11);
    s = recordStage(s, { stage: 'narrate', done: 2, total: 2 });
    assert.equal(Number(overallProgress(s).toFixed(4)), 0.39);
    assert.equal(overallProgress(s, 0.5), 0.5, 'never goes back');
    for (const st of ['render', 'illustrate', 'encode', 'mux'] as const) s = recordStage(s, { stage: st, done: 3, total: 3 });
    assert.equal(overallProgress(s), 0.99);
    assert.equal(overallProgress(recordStage(s, { stage: 'done', done: 1, total: 1 })), 1);
  });

  it('keeps job keys out of logged URLs', () => {
    assert.equal(redactUrl('/v1/jobs/x/video?key=SECRET&download=1'), '/v1/jobs/x/video?key=[redacted]&download=1');
    assert.equal(redactUrl('/v1/jobs/x?download=1&key=SECRET'), '/v1/jobs/x?download=1&key=[redacted]');
  });

  it('decides origins: none (not a browser), same host, listed, anything else', () => {
    const allowed = new Set(['https://a.example']);
    assert.equal(originAllowed(undefined, 'h:1', allowed), true);
    assert.equal(originAllowed('https://h:1', 'h:1', allowed), true);
    assert.equal(originAllowed('https://a.example', 'h:1', allowed), true);
    assert.equal(originAllowed('https://a.example.evil', 'h:1', allowed), false);
    assert.equal(originAllowed('null', 'h:1', allowed), false);
    assert.equal(isSameOrigin('https://h:2', 'h:1'), false);
  });

  it('names downloads after the deck, safely', () => {
    assert.equal(disposition('attachment', 'Cells "1".pptx', '.mp4'), `attachment; filename="Cells _1_.mp4"; filename*=UTF-8''Cells%20%221%22.mp4`);
    assert.equal(cleanName('C:\\Users\\me\\Bio.pptx'), 'Bio.pptx');
    assert.equal(cleanName('../../etc/passwd'), 'passwd');
    assert.equal(cleanName('..'), 'presentation.pptx');
    assert.equal(cleanName(undefined), 'presentation.pptx');
  });

  it('runs one job per two cores by default', () => {
    assert.equal(defaultConcurrency(2), 1);
    assert.equal(defaultConcurrency(1), 1);
    assert.equal(defaultConcurrency(8), 4);
  });

  it('stores a job atomically and reads it back; job views hide the record internals', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'd2v-store-'));
    try {
      const store = new JobStore(dir);
      await store.init();
      const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3, 4, 5]);
      const r = await store.create({ deck: new Uint8Array([1, 2, 3]), deckName: 'a.pptx', slideCount: 2, options: { resolution: '720p' }, slideImages: new Map([[2, png]]) });
      assert.deepEqual(await store.ids(), [r.id]);
      assert.deepEqual(await store.read(r.id), r);
      assert.deepEqual(await store.readOptions(r.id), { resolution: '720p' });
      assert.deepEqual([...(await store.readSlideImages(r.id))].map(([n, b]) => [n, [...b]]), [[2, [...png]]]);
      await store.write({ ...r, state: 'running', progress: 0.5 });
      assert.equal((await store.read(r.id))?.state, 'running');
      assert.deepEqual(readdirSync(join(dir, 'jobs', r.id)).sort(), ['deck.pptx', 'options.json', 'out', 'slides', 'state.json'], 'no temp files left');
      assert.equal(await store.read('../../etc'), undefined);
      assert.throws(() => store.paths('../x'), /not a job id/);
      const view = jobView({ ...r, state: 'done', result: { durationMs: 5000, slides: [1, 2], warnings: ['w'] } });
      assert.deepEqual(Object.keys(view).sort(), ['createdAt', 'deckName', 'detail', 'durationMs', 'id', 'links', 'progress', 'slideCount', 'stage', 'state', 'updatedAt', 'warnings']);
      assert.equal(view.links.vtt, `/v1/jobs/${r.id}/captions.vtt?key=${r.key}`);
      assert.equal(JSON.parse(readFileSync(join(dir, 'jobs', r.id, 'state.json'), 'utf8')).progress, 0.5);
    } finally {
      removeDir(dir);
    }
  });
});
