/**
 * The service with the hostile deck of issue 14: it is read and converted in a child process, so the
 * service keeps answering (/healthz included) while the job runs, the job ends, and no process of it
 * is left afterwards (its memory went back with it).
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { removeDir, startTestService, upload, waitForJob, type TestService } from '../server/helpers/service.js';
import { fiftyMegabyteRunDeck } from '../helpers/hostile-decks.js';

/** Processes started by this one (and theirs), as pid -> command line. */
function descendants(root = process.pid): Map<number, string> {
  const parent = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      parent.set(Number(name), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // gone meanwhile
    }
  }
  const out = new Map<number, string>();
  for (let grew = true; grew;) {
    grew = false;
    for (const [pid, ppid] of parent) {
      if (out.has(pid) || (ppid !== root && !out.has(ppid))) continue;
      try {
        out.set(pid, readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ').trim());
        grew = true;
      } catch {
        // gone meanwhile
      }
    }
  }
  return out;
}

describe('e2e: the service with a deck holding a 50 MB text run', function () {
  this.timeout(300_000);
  let svc: TestService;
  before(async () => {
    svc = await startTestService({ stateWriteIntervalMs: 250 });
  });
  after(async () => {
    await svc?.close();
    removeDir(svc.dataDir);
  });

  it('answers every health check while the job runs, finishes the job, and leaves no process behind', async () => {
    const latencies: number[] = [];
    let polling = true;
    const poller = (async () => {
      while (polling) {
        const t0 = performance.now();
        const res = await fetch(`${svc.url}/healthz`, { signal: AbortSignal.timeout(10_000) });
        assert.equal(res.status, 200);
        latencies.push(performance.now() - t0);
        await new Promise((r) => setTimeout(r, 200));
      }
    })();
    try {
      const res = await upload(svc.url, { deck: await fiftyMegabyteRunDeck(), fields: { images: 'none', resolution: '720p' } });
      assert.equal(res.status, 202, await res.clone().text());
      const { id } = (await res.json()) as { id: string };
      const job = await waitForJob(svc.url, id, {}, 240_000);
      assert.equal(job.state, 'done', JSON.stringify(job));
      assert.ok((job.warnings as string[]).includes('slide 1: text runs over 20,000 characters are drawn cut to their first 20,000'), JSON.stringify(job.warnings));
    } finally {
      polling = false;
      await poller;
    }
    const worst = Math.max(...latencies);
    console.log(`      ${latencies.length} health checks, slowest ${worst.toFixed(0)} ms, median ${latencies.sort((a, b) => a - b)[latencies.length >> 1]!.toFixed(0)} ms`);
    assert.ok(latencies.length > 10);
    const left = [...descendants().values()].filter((c) => /child-main|chrom|ffmpeg|espeak/.test(c));
    assert.deepEqual(left, [], 'the job\'s processes are gone');
  });
});
