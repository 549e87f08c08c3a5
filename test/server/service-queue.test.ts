import { strict as assert } from 'node:assert';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { notedDeck } from './helpers/decks.js';
import { fakeConverter } from './helpers/fake-convert.js';
import { removeDir, startTestService, upload, waitForJob } from './helpers/service.js';

const state = (dataDir: string, id: string) => JSON.parse(readFileSync(join(dataDir, 'jobs', id, 'state.json'), 'utf8')) as { state: string; attempts: number; error?: string; stage: string };
const idOf = async (res: Response) => ((await res.json()) as { id: string }).id;

describe('service: queue, cancel, restart (test-double conversion)', function () {
  this.timeout(60_000);
  let deck: Uint8Array;
  before(async () => {
    deck = await notedDeck(2);
  });

  it('runs three jobs sent at once one after the other with --concurrency 1; all finish', async () => {
    const fake = fakeConverter({ gated: true });
    const svc = await startTestService({ runJob: fake.run, concurrency: 1 });
    try {
      const ids = await Promise.all(['a.pptx', 'b.pptx', 'c.pptx'].map(async (name) => idOf(await upload(svc.url, { deck, deckName: name }))));
      await fake.started(1);
      const states = await Promise.all(ids.map(async (id) => ((await (await fetch(`${svc.url}/v1/jobs/${id}`)).json()) as { state: string }).state));
      assert.deepEqual([...states].sort(), ['queued', 'queued', 'running']);
      assert.deepEqual(svc.queue.counts, { queued: 2, running: 1 });
      fake.release();
      const done = await Promise.all(ids.map((id) => waitForJob(svc.url, id)));
      assert.deepEqual(done.map((v) => v.state), ['done', 'done', 'done']);
      assert.equal(fake.maxParallel, 1);
      assert.equal(fake.calls.length, 3);
      const health = (await (await fetch(`${svc.url}/healthz`)).json()) as { jobs: { queued: number; running: number } };
      assert.deepEqual(health.jobs, { queued: 0, running: 0 });
    } finally {
      await svc.close();
      removeDir(svc.dataDir);
    }
  });

  it('runs them side by side with --concurrency 3', async () => {
    const fake = fakeConverter({ gated: true });
    const svc = await startTestService({ runJob: fake.run, concurrency: 3 });
    try {
      const ids = await Promise.all([1, 2, 3].map(async () => idOf(await upload(svc.url, { deck }))));
      await fake.started(3);
      assert.equal(fake.maxParallel, 3);
      fake.release();
      const done = await Promise.all(ids.map((id) => waitForJob(svc.url, id)));
      assert.deepEqual(done.map((v) => v.state), ['done', 'done', 'done']);
    } finally {
      await svc.close();
      removeDir(svc.dataDir);
    }
  });

  it('cancels a running job and a queued one (DELETE)', async () => {
    const fake = fakeConverter({ gated: true });
    const svc = await startTestService({ runJob: fake.run, concurrency: 1 });
    try {
      const running = await idOf(await upload(svc.url, { deck }));
      const queued = await idOf(await upload(svc.url, { deck }));
      await fake.started(1);
      const r1 = await fetch(`${svc.url}/v1/jobs/${queued}`, { method: 'DELETE' });
      assert.equal(r1.status, 202);
      assert.equal(((await r1.json()) as { state: string }).state, 'failed');
      const r2 = await fetch(`${svc.url}/v1/jobs/${running}`, { method: 'DELETE' });
      assert.equal(((await r2.json()) as { state: string; error: string }).error, 'The conversion was cancelled');
      assert.equal(state(svc.dataDir, running).state, 'failed');
      assert.equal(state(svc.dataDir, queued).state, 'failed');
      assert.equal(fake.calls.length, 1, 'the queued job never started');
    } finally {
      await svc.close();
      removeDir(svc.dataDir);
    }
  });

  it('puts a running job back in the queue on shutdown and finishes it after a restart', async () => {
    const first = fakeConverter({ gated: true });
    const svc = await startTestService({ runJob: first.run });
    const id = await idOf(await upload(svc.url, { deck }));
    await first.started(1);
    assert.equal(state(svc.dataDir, id).state, 'running');
    await svc.close();
    assert.equal(state(svc.dataDir, id).state, 'queued');
    assert.equal(state(svc.dataDir, id).attempts, 1);

    const second = fakeConverter();
    const again = await startTestService({ runJob: second.run, dataDir: svc.dataDir });
    try {
      assert.deepEqual(again.resumed, [id]);
      const v = await waitForJob(again.url, id);
      assert.equal(v.state, 'done');
      assert.equal(state(again.dataDir, id).attempts, 2);
      assert.ok(existsSync(join(again.dataDir, 'jobs', id, 'out', 'video.mp4')));
    } finally {
      await again.close();
      removeDir(again.dataDir);
    }
  });

  it('resumes a job left "running" by a crash, drops half-uploaded jobs, gives up after 3 attempts', async () => {
    const fake = fakeConverter({ gated: true });
    const svc = await startTestService({ runJob: fake.run });
    const crashed = await idOf(await upload(svc.url, { deck }));
    const poison = await idOf(await upload(svc.url, { deck }));
    await fake.started(1);
    await svc.close();
    // As a SIGKILL leaves things: state "running", and an upload that never completed.
    const crashedState = { ...state(svc.dataDir, crashed), state: 'running', stage: 'render' };
    writeFileSync(join(svc.dataDir, 'jobs', crashed, 'state.json'), JSON.stringify(crashedState));
    const poisonState = { ...state(svc.dataDir, poison), state: 'running', attempts: 3 };
    writeFileSync(join(svc.dataDir, 'jobs', poison, 'state.json'), JSON.stringify(poisonState));
    mkdirSync(join(svc.dataDir, 'jobs', '.incoming-0f0e0d0c-0000-4000-8000-000000000000'));

    const again = await startTestService({ runJob: fakeConverter().run, dataDir: svc.dataDir });
    try {
      assert.deepEqual([...again.resumed].sort(), [crashed, poison].sort());
      assert.equal(existsSync(join(svc.dataDir, 'jobs', '.incoming-0f0e0d0c-0000-4000-8000-000000000000')), false);
      assert.equal((await waitForJob(again.url, crashed)).state, 'done');
      const given = await waitForJob(again.url, poison);
      assert.equal(given.state, 'failed');
      assert.equal(given.error, 'The service stopped 3 times while converting this deck: it was given up; try again, or convert it with the deck2video command');
    } finally {
      await again.close();
      removeDir(again.dataDir);
    }
  });
});
