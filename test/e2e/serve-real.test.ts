/**
 * The service with the real conversion (convertDeck: Chromium, espeak-ng, ffmpeg), over real HTTP:
 * upload -> SSE -> done -> a valid MP4; three jobs at once; and a server killed with SIGKILL in the
 * middle of a job, started again on the same data dir, finishing that job.
 */
import { strict as assert } from 'node:assert';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runFfmpeg, runFfprobe } from '../../converter/engines/ffmpeg.js';
import { repoRoot } from '../helpers/repo-root.js';
import { notedDeck } from '../server/helpers/decks.js';
import { readEvents, removeDir, startTestService, upload, waitForJob, type TestService } from '../server/helpers/service.js';

const TOKEN = 's3cret-token';
const AUTH = { authorization: `Bearer ${TOKEN}` };

async function assertPlayableMp4(path: string, minSeconds: number): Promise<void> {
  const r = await runFfprobe(['-show_entries', 'stream=codec_type,codec_name:format=duration', '-of', 'json', path]);
  const p = JSON.parse(r.stdout.toString()) as { streams: { codec_type: string; codec_name: string }[]; format: { duration: string } };
  const av = p.streams.filter((s) => s.codec_type === 'audio' || s.codec_type === 'video');
  assert.deepEqual(av.map((s) => `${s.codec_type}:${s.codec_name}`).sort(), ['audio:aac', 'video:h264']);
  assert.ok(Number(p.format.duration) >= minSeconds, `duration ${p.format.duration}`);
  await runFfmpeg(['-loglevel', 'error', '-i', path, '-f', 'null', '-']);
}

describe('e2e: service with the real conversion', function () {
  this.timeout(300_000);
  let svc: TestService;
  let deck: Uint8Array;

  before(async () => {
    deck = await notedDeck(2);
    svc = await startTestService({ token: TOKEN, concurrency: 1 });
  });
  after(async () => {
    await svc?.close();
    if (svc) removeDir(svc.dataDir);
  });

  it('upload -> progress events in order -> done -> a valid MP4 with captions', async () => {
    const res = await upload(svc.url, { deck, deckName: 'Photosynthesis.pptx', fields: { resolution: '720p' } }, AUTH);
    assert.equal(res.status, 202);
    const { id } = (await res.json()) as { id: string };
    const { events } = await readEvents(`${svc.url}/v1/jobs/${id}/events`, AUTH, 240_000);
    assert.equal(events.at(-1)?.event, 'done', JSON.stringify(events.at(-1)));
    const seqs = events.map((e) => Number(e.id));
    assert.deepEqual(seqs, [...seqs].sort((a, b) => a - b));
    const progress = events.map((e) => (e.data as { progress: number }).progress);
    assert.deepEqual(progress, [...progress].sort((a, b) => a - b));
    const stages = new Set(events.map((e) => (e.data as { stage: string }).stage));
    for (const s of ['render', 'narrate', 'encode', 'done']) assert.ok(stages.has(s), `stage ${s} reported`);

    assert.equal((await fetch(`${svc.url}/v1/jobs/${id}/video`)).status, 401);
    const video = await fetch(`${svc.url}/v1/jobs/${id}/video`, { headers: AUTH });
    assert.equal(video.status, 200);
    const path = join(svc.dataDir, 'downloaded.mp4');
    writeFileSync(path, new Uint8Array(await video.arrayBuffer()));
    await assertPlayableMp4(path, 2);
    const vtt = await (await fetch(`${svc.url}/v1/jobs/${id}/captions.vtt`, { headers: AUTH })).text();
    assert.match(vtt, /^WEBVTT/);
    assert.match(vtt, /Plants make sugar from light\./);
    const srt = await (await fetch(`${svc.url}/v1/jobs/${id}/captions.srt`, { headers: AUTH })).text();
    assert.match(srt, /^1\n00:00:\d\d,\d{3} --> /);
  });

  it('three jobs sent at once all finish (queued behind --concurrency 1)', async () => {
    const ids = await Promise.all(['a', 'b', 'c'].map(async (n) => ((await (await upload(svc.url, { deck, deckName: `${n}.pptx`, fields: { resolution: '720p' } }, AUTH)).json()) as { id: string }).id));
    const done = await Promise.all(ids.map((id) => waitForJob(svc.url, id, AUTH, 240_000)));
    assert.deepEqual(done.map((v) => v.state), ['done', 'done', 'done']);
    for (const id of ids) await assertPlayableMp4(join(svc.dataDir, 'jobs', id, 'out', 'video.mp4'), 2);
  });
});

describe('e2e: a service killed with SIGKILL mid-job resumes the job', function () {
  this.timeout(300_000);
  let dataDir: string;
  const children: ChildProcess[] = [];

  /** `deck2video serve` as its own process group, so SIGKILL reaches it and everything it started. */
  function serve(): Promise<{ child: ChildProcess; url: string; log: () => string }> {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'serve', '--host', '127.0.0.1', '--port', '0', '--data-dir', dataDir], {
      cwd: repoRoot,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, DECK2VIDEO_TOKEN: TOKEN },
    });
    children.push(child);
    let out = '';
    let err = '';
    child.stdout?.on('data', (b: Buffer) => (out += b.toString()));
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`serve did not start: ${err}`)), 90_000);
      child.stderr?.on('data', (b: Buffer) => {
        err += b.toString();
        const m = /listening on (http:\/\/\S+)/.exec(err);
        if (m) {
          clearTimeout(timer);
          resolve({ child, url: m[1] as string, log: () => out });
        }
      });
      child.on('exit', (code) => reject(new Error(`serve exited (${code}): ${err}`)));
    });
  }

  const exited = (child: ChildProcess) => new Promise<void>((r) => (child.exitCode !== null || child.signalCode !== null ? r() : child.on('exit', () => r())));

  before(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'd2v-kill-'));
  });
  after(async () => {
    for (const c of children) {
      if (c.exitCode === null && c.signalCode === null && c.pid) {
        try {
          process.kill(-c.pid, 'SIGKILL');
        } catch {
          // already gone
        }
        await exited(c);
      }
    }
    removeDir(dataDir);
  });

  it('finishes the job after a restart on the same data dir', async () => {
    const first = await serve();
    const longer = await notedDeck(3, { notes: (i) => `Slide ${i}. ${'Light reaches the leaf and the plant turns it into sugar. '.repeat(2)}` });
    const res = await upload(first.url, { deck: longer, fields: { resolution: '720p' } }, AUTH);
    assert.equal(res.status, 202);
    const { id } = (await res.json()) as { id: string };
    // Kill as soon as the conversion is under way.
    const deadline = Date.now() + 120_000;
    for (;;) {
      const v = (await (await fetch(`${first.url}/v1/jobs/${id}`, { headers: AUTH })).json()) as { state: string; progress: number };
      if (v.state === 'running' && v.progress > 0) break;
      assert.notEqual(v.state, 'done', 'the job finished before it could be killed');
      assert.ok(Date.now() < deadline, 'the job never started');
      await new Promise((r) => setTimeout(r, 100));
    }
    process.kill(-(first.child.pid as number), 'SIGKILL');
    await exited(first.child);
    const killed = JSON.parse(readFileSync(join(dataDir, 'jobs', id, 'state.json'), 'utf8')) as { state: string; attempts: number };
    assert.equal(killed.state, 'running', 'the state on disk is what the killed server left');
    assert.equal(killed.attempts, 1);
    assert.equal(existsSync(join(dataDir, 'jobs', id, 'out', 'video.mp4')), false);

    const second = await serve();
    const v = await waitForJob(second.url, id, AUTH, 240_000);
    assert.equal(v.state, 'done', JSON.stringify(v));
    const state = JSON.parse(readFileSync(join(dataDir, 'jobs', id, 'state.json'), 'utf8')) as { attempts: number };
    assert.equal(state.attempts, 2);
    await assertPlayableMp4(join(dataDir, 'jobs', id, 'out', 'video.mp4'), 3);
    const resumedLine = second.log().split('\n').find((l) => l.includes('unfinished job'));
    assert.ok(resumedLine, 'the restart logs the resumed job');
    assert.deepEqual((JSON.parse(resumedLine) as { jobs: string[] }).jobs, [id]);
    second.child.kill('SIGINT');
    await exited(second.child);
    assert.equal(second.child.exitCode, 130);
  });
});
