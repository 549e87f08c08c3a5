/**
 * How the service answers what clients get wrong: form limits named for what was exceeded, a client
 * that hangs up logged as one info line (no error, no stack), and a manifest that never trusts the
 * request's Host header.
 */
import { strict as assert } from 'node:assert';
import { connect } from 'node:net';
import { fakeConverter } from './helpers/fake-convert.js';
import { rawGet, removeDir, startTestService, type TestService } from './helpers/service.js';

describe('service: client errors and what they leave in the log', function () {
  this.timeout(60_000);
  let svc: TestService;
  const log: Record<string, unknown>[] = [];

  before(async () => {
    svc = await startTestService({
      runJob: fakeConverter().run,
      maxUploadMb: 5,
      logger: { level: 'info', stream: { write: (line: string) => void log.push(JSON.parse(line)) } },
    });
  });
  after(async () => {
    await svc.close();
    removeDir(svc.dataDir);
  });

  it('too many form fields is 413 saying so, not "over the 5 MB limit"', async () => {
    const f = new FormData();
    for (let i = 0; i < 70; i++) f.append(`f${i}`, 'v');
    const res = await fetch(`${svc.url}/v1/jobs`, { method: 'POST', body: f });
    assert.equal(res.status, 413);
    assert.deepEqual(await res.json(), { error: 'The form has more than 64 option fields: send only the options you set (or all of them as one JSON field "options")' });
  });

  it('a client that hangs up mid-upload is one info line, without error or stack', async () => {
    const u = new URL(svc.url);
    const before = log.length;
    await new Promise<void>((resolve) => {
      const s = connect(Number(u.port), u.hostname, () => {
        s.write('POST /v1/jobs HTTP/1.1\r\nHost: x\r\nContent-Type: multipart/form-data; boundary=XX\r\nContent-Length: 4000000\r\n\r\n');
        s.write(`--XX\r\nContent-Disposition: form-data; name="deck"; filename="a.pptx"\r\n\r\n${'x'.repeat(100_000)}`);
        setTimeout(() => {
          s.destroy();
          resolve();
        }, 300);
      });
    });
    const until = Date.now() + 5000;
    const hungUp = () => log.slice(before).find((l) => l.msg === 'client closed the connection before the request was complete');
    while (!hungUp() && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
    assert.equal(hungUp()?.level, 30, 'logged at info');
    const mine = log.slice(before);
    assert.deepEqual(mine.filter((l) => (l.level as number) >= 50), [], 'no error lines');
    assert.ok(!JSON.stringify(mine).includes('"stack"'), 'no stack');
  });

  it('/addin/manifest.xml names the address the service listens on, whatever Host the request gives', async () => {
    const own = `https://${new URL(svc.url).host}/addin/taskpane.html`;
    for (const host of ['evil.example.com', 'a b', '[::1', '']) {
      const res = await rawGet(svc.url, '/addin/manifest.xml', { host });
      assert.equal(res.status, 200, `Host: ${host}`);
      assert.ok(res.body.includes(`<SourceLocation DefaultValue="${own}"/>`), `Host: ${host}`);
      assert.ok(!res.body.includes('evil'), `Host: ${host}`);
    }
  });

  it('/addin/manifest.xml uses --public-url when given', async () => {
    const other = await startTestService({ runJob: fakeConverter().run, publicUrl: 'https://slides.example.org/d2v' });
    try {
      const res = await rawGet(other.url, '/addin/manifest.xml', { host: 'evil.example.com' });
      assert.ok(res.body.includes('<SourceLocation DefaultValue="https://slides.example.org/d2v/addin/taskpane.html"/>'));
    } finally {
      await other.close();
      removeDir(other.dataDir);
    }
  });
});
