import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync } from 'node:fs';
import { request } from 'node:https';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CliIO } from '../../src/cli/io.js';
import { runCli } from '../../src/cli/program.js';
import { removeDir, startTestService } from './helpers/service.js';

function capture(): CliIO & { out: string; err: string } {
  const io = { out: '', err: '', isTTY: false, stdout: (t: string) => void (io.out += t), stderr: (t: string) => void (io.err += t) };
  return io;
}

function httpsGet(url: string, ca: Buffer): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { ca }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('cli: deck2video serve', function () {
  this.timeout(60_000);
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'd2v-serve-'));
  });
  after(() => removeDir(dir));

  it('refuses bad flags with exit 2 and one line', async () => {
    for (const [argv, message] of [
      [['serve', '--cert', 'c.pem'], 'deck2video: --cert and --key go together: give both, or neither for plain HTTP\n'],
      [['serve', '--port', '70000'], 'deck2video: --port 70000 is not usable: give a whole number from 0 to 65535\n'],
      [['serve', '--concurrency', '0', '--port', '0'], 'deck2video: --concurrency 0 is not usable: give a whole number from 1 to 64\n'],
      [['serve', '--allow-origin', 'ftp://x', '--port', '0'], 'deck2video: --allow-origin ftp://x is not a web origin: give one like https://example.org\n'],
      [['serve', '--cert', join(dir, 'missing.pem'), '--key', join(dir, 'missing.key'), '--port', '0'], `deck2video: --cert ${join(dir, 'missing.pem')} cannot be read (ENOENT): give the path of a PEM file\n`],
      [['serve', '--run-as', 'no-such-user-d2v', '--port', '0'], process.getuid?.() === 0
        ? 'deck2video: there is no user "no-such-user-d2v" on this system: create it (e.g. "sudo useradd --system --no-create-home deck2video") or name another with --run-as\n'
        : 'deck2video: --run-as needs the service to be started as root (it switches users); without it, conversions run as your own user\n'],
    ] as const) {
      const io = capture();
      const code = await runCli([...argv, '--data-dir', join(dir, 'data')], io);
      assert.equal(code, 2, argv.join(' '));
      assert.equal(io.err, message);
    }
  });

  it('serves until Ctrl-C, logging JSON lines without job keys', async () => {
    const io = capture();
    const controller = new AbortController();
    const running = runCli(['serve', '--host', '127.0.0.1', '--port', '0', '--data-dir', join(dir, 'data')], io, controller.signal);
    const deadline = Date.now() + 30_000;
    while (!/listening on (http:\/\/\S+)/.test(io.err) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    const url = /listening on (http:\/\/\S+)/.exec(io.err)?.[1] as string;
    assert.ok(url, io.err);
    assert.equal((await fetch(`${url}/healthz`)).status, 200);
    assert.equal((await fetch(`${url}/v1/jobs/00000000-0000-4000-8000-000000000000?key=SECRETKEY`)).status, 404);
    controller.abort();
    assert.equal(await running, 130);
    const lines = io.out.trim().split('\n').map((l) => JSON.parse(l) as { msg: string; req?: { url: string } });
    assert.ok(lines.some((l) => l.req?.url === '/v1/jobs/00000000-0000-4000-8000-000000000000?key=[redacted]'));
    assert.equal(io.out.includes('SECRETKEY'), false);
  });

  it('serves HTTPS with --cert/--key', async () => {
    const cert = join(dir, 'cert.pem');
    const key = join(dir, 'key.pem');
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '1', '-subj', '/CN=localhost', '-addext', 'subjectAltName=DNS:localhost,IP:127.0.0.1'], { stdio: 'ignore' });
    const svc = await startTestService({ https: { cert: readFileSync(cert), key: readFileSync(key) } });
    try {
      assert.match(svc.url, /^https:\/\/127\.0\.0\.1:\d+$/);
      const res = await httpsGet(`${svc.url}/healthz`, readFileSync(cert));
      assert.equal(res.status, 200);
      assert.equal((JSON.parse(res.body) as { ok: boolean }).ok, true);
    } finally {
      await svc.close();
      removeDir(svc.dataDir);
    }

    // --dev-certs: the certificate office-addin-dev-certs leaves in ~/.office-addin-dev-certs.
    const home = join(dir, 'home');
    mkdirSync(join(home, '.office-addin-dev-certs'), { recursive: true });
    copyFileSync(cert, join(home, '.office-addin-dev-certs', 'localhost.crt'));
    copyFileSync(key, join(home, '.office-addin-dev-certs', 'localhost.key'));
    const savedHome = process.env.HOME;
    process.env.HOME = home;
    const io = capture();
    const controller = new AbortController();
    try {
      const running = runCli(['serve', '--dev-certs', '--host', '127.0.0.1', '--port', '0', '--data-dir', join(dir, 'data2')], io, controller.signal);
      const deadline = Date.now() + 30_000;
      while (!/listening on (https:\/\/\S+)/.test(io.err) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      const url = /listening on (https:\/\/\S+)/.exec(io.err)?.[1] as string;
      assert.ok(url, io.err);
      assert.equal((await httpsGet(`${url}/healthz`, readFileSync(cert))).status, 200);
      controller.abort();
      assert.equal(await running, 130);
    } finally {
      process.env.HOME = savedHome;
    }
  });
});
