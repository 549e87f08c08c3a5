/**
 * Chromium confined: it resolves no host name (its own net log says so), keeps its sandbox when not
 * root, and the service's conversion child can run as an unprivileged user with Chromium sandboxed.
 */
import assert from 'node:assert/strict';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ChromePool, sandboxFlags } from '../../converter/engines/chrome.js';
import { startConversion } from '../../src/runner/conversion-runner.js';
import { handOver, lookupUser } from '../../src/runner/run-as.js';
import { notedDeck } from '../server/helpers/decks.js';

/** Chromium's processes (pid, uid, command line): the browser started with that profile folder and all it started. */
function chromiumProcesses(profileDirPart: string): { pid: number; uid: number; args: string[] }[] {
  const all = new Map<number, { ppid: number; uid: number; args: string[] }>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const status = readFileSync(`/proc/${name}/status`, 'utf8');
      all.set(Number(name), {
        ppid: Number(/^PPid:\s+(\d+)/m.exec(status)![1]),
        uid: Number(/^Uid:\s+(\d+)/m.exec(status)![1]),
        args: readFileSync(`/proc/${name}/cmdline`, 'utf8').split('\0'),
      });
    } catch {
      // gone meanwhile
    }
  }
  const ours = new Set([...all].filter(([, p]) => /chrom/i.test(p.args[0] ?? '') && p.args.some((a) => a.includes(profileDirPart))).map(([pid]) => pid));
  for (let grew = true; grew;) {
    grew = false;
    for (const [pid, p] of all) {
      if (ours.has(pid) || !ours.has(p.ppid)) continue;
      ours.add(pid);
      grew = true;
    }
  }
  return [...ours].map((pid) => ({ pid, uid: all.get(pid)!.uid, args: all.get(pid)!.args }));
}

const seccomp = (pid: number) => Number(/^Seccomp:\s+(\d+)/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? -1);

describe('e2e: Chromium confined', function () {
  this.timeout(180_000);
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'd2v-confined-'));
    chmodSync(dir, 0o755);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps the sandbox unless root (or turned off by DECK2VIDEO_CHROME_SANDBOX=off)', () => {
    assert.deepEqual(sandboxFlags({}, 1000), []);
    assert.deepEqual(sandboxFlags({}, 0), ['--no-sandbox', '--no-zygote']);
    assert.deepEqual(sandboxFlags({ DECK2VIDEO_CHROME_SANDBOX: 'off' }, 1000), ['--no-sandbox', '--no-zygote']);
  });

  it('resolves no host name: its net log has no DNS lookup, neither its own resolver\'s nor the system\'s', async () => {
    const log = join(dir, 'netlog.json');
    const pool = await ChromePool.launch({ pages: 1, extraArgs: [`--log-net-log=${log}`, '--net-log-capture-mode=Everything'] });
    try {
      for (let i = 0; i < 3; i++) await pool.screenshot(`<p>page ${i}</p>`, 200, 100);
      // Chromium's own services ask for their hosts in the first seconds.
      await new Promise((r) => setTimeout(r, 3000));
    } finally {
      await pool.close();
    }
    const netlog = JSON.parse(readFileSync(log, 'utf8')) as { constants: { logEventTypes: Record<string, number> }; events: { type: number; params?: { host?: string } }[] };
    const names = new Map(Object.entries(netlog.constants.logEventTypes).map(([k, v]) => [v, k]));
    const count = (re: RegExp) => netlog.events.filter((e) => re.test(names.get(e.type) ?? '')).length;
    const refused = count(/^HOST_RESOLVER_MANAGER_REQUEST$/);
    console.log(`      host lookups asked for and refused inside the browser: ${refused}`);
    assert.equal(count(/^(DNS_TRANSACTION|HOST_RESOLVER_DNS_TASK|HOST_RESOLVER_SYSTEM_TASK)/), 0, 'no DNS transaction, no system lookup');
  });

  it('the service\'s conversion child runs as an unprivileged user, and Chromium keeps its sandbox there', async function () {
    if (process.getuid?.() !== 0) {
      console.log('      not root: switching users is not possible here (the sandbox rule is checked above)');
      return this.skip();
    }
    const user = lookupUser('nobody');
    const out = join(dir, 'out');
    const cache = join(dir, 'cache');
    // What the service does before a job: the cache and the job's output folder become the user's.
    for (const d of [out, cache]) {
      mkdirSync(d);
      await handOver(d, user);
    }
    const seen: { uid: number; sandboxed: boolean; renderers: number[] }[] = [];
    const handle = startConversion({ bytes: await notedDeck(2), name: 'n.pptx' }, {
      output: join(out, 'v.mp4'), cacheDir: cache, resolution: '720p', images: 'none',
      onProgress: (e) => {
        if (e.stage !== 'render' || e.done !== 1) return;
        const procs = chromiumProcesses(`deck2video-chrome-`).filter((p) => p.uid === user.uid);
        // Chromium rewrites its helpers' command lines into one string: look for the flags as text.
        const line = (p: { args: string[] }) => p.args.join(' ');
        const renderers = procs.filter((p) => line(p).includes('--type=renderer')).map((p) => seccomp(p.pid));
        seen.push({ uid: procs[0]?.uid ?? -1, sandboxed: procs.length > 0 && !procs.some((p) => line(p).includes('--no-sandbox')), renderers });
      },
    }, { user: { uid: user.uid, gid: user.gid } });
    const result = await handle.result;
    assert.equal(result.slides.length, 2);
    assert.ok(seen.length > 0, 'saw Chromium while it rendered');
    assert.equal(seen[0]!.uid, user.uid, 'Chromium runs as the unprivileged user');
    assert.equal(seen[0]!.sandboxed, true, 'without --no-sandbox');
    assert.ok(seen[0]!.renderers.length > 0 && seen[0]!.renderers.every((s) => s === 2), `renderers under a seccomp filter: ${JSON.stringify(seen[0]!.renderers)}`);
  });
});
