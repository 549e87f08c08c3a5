import { strict as assert } from 'node:assert';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildAddin } from '../../scripts/build-addin.mjs';
import { removeDir, startTestService, type TestService } from '../server/helpers/service.js';

describe('task pane build and hosting under /addin/', function () {
  this.timeout(60_000);
  let dir: string;
  let out: string;
  let svc: TestService;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'd2v-build-'));
    out = await buildAddin({ outDir: join(dir, 'dist') });
    svc = await startTestService({ addinDir: out, token: 'secret' });
  });
  after(async () => {
    await svc.close();
    removeDir(svc.dataDir);
    removeDir(dir);
  });

  it('bundles the pane into self-contained static files', () => {
    assert.deepEqual(readdirSync(out).sort(), ['assets', 'commands.html', 'commands.js', 'commands.js.map', 'help.html', 'taskpane.css', 'taskpane.html', 'taskpane.js', 'taskpane.js.map']);
    assert.deepEqual(readdirSync(join(out, 'assets')).sort(), ['icon-16.png', 'icon-32.png', 'icon-64.png', 'icon-80.png']);
    const html = readFileSync(join(out, 'taskpane.html'), 'utf8');
    assert.match(html, /<script src="https:\/\/appsforoffice\.microsoft\.com\/lib\/1\/hosted\/office\.js"><\/script>/);
    assert.match(html, /<script src="taskpane\.js"><\/script>/);
    const js = readFileSync(join(out, 'taskpane.js'), 'utf8');
    assert.equal(/\bimport\s*[{(*"']|\brequire\(/.test(js), false, 'no module imports left in the bundle');
    assert.ok(js.length < 40_000, `bundle is ${js.length} bytes`);
  });

  it('serves the pane, icons and a manifest for itself without the token', async () => {
    const page = await fetch(`${svc.url}/addin/taskpane.html`);
    assert.equal(page.status, 200);
    assert.match(page.headers.get('content-type') ?? '', /^text\/html/);
    assert.equal(page.headers.get('cache-control'), 'no-cache');
    const icon = await fetch(`${svc.url}/addin/assets/icon-80.png`);
    assert.equal(icon.headers.get('content-type'), 'image/png');
    assert.equal((await icon.arrayBuffer()).byteLength, readFileSync(join(out, 'assets/icon-80.png')).length);
    const manifest = await fetch(`${svc.url}/addin/manifest.xml`);
    assert.equal(manifest.headers.get('content-type'), 'application/xml; charset=utf-8');
    assert.match(await manifest.text(), new RegExp(`<bt:Url id="Taskpane.Url" DefaultValue="https://${new URL(svc.url).host}/addin/taskpane.html"/>`));
    assert.equal((await fetch(`${svc.url}/addin/../package.json`)).status, 404);
    const root = await fetch(`${svc.url}/`, { redirect: 'manual' });
    assert.equal(root.status, 302);
    assert.equal(root.headers.get('location'), '/addin/taskpane.html');
  });
});
