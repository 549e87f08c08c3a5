import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { OfficeAddinManifest } from 'office-addin-manifest';
import { checkManifest } from '../../scripts/write-manifest.js';
import { DEFAULT_BASE_URL, manifestXml } from '../../src/server/manifest-xml.js';
import { repoRoot } from '../helpers/repo-root.js';
import { removeDir } from '../server/helpers/service.js';

const MANIFEST = join(repoRoot, 'manifest.xml');

function pngSize(path: string): [number, number] {
  const b = readFileSync(path);
  assert.equal(b.subarray(1, 4).toString('latin1'), 'PNG', path);
  return [b.readUInt32BE(16), b.readUInt32BE(20)];
}

describe('add-in manifest (manifest.xml)', function () {
  this.timeout(30_000);

  it('is the generated manifest for https://localhost:3000 (no hand edits drift from the script)', () => {
    assert.equal(readFileSync(MANIFEST, 'utf8'), manifestXml({ baseUrl: DEFAULT_BASE_URL }));
  });

  it('is read by office-addin-manifest without errors: a PowerPoint task pane served by the service', async () => {
    const info = await OfficeAddinManifest.readManifestFile(MANIFEST);
    assert.equal(info.officeAppType, 'TaskPaneApp');
    assert.deepEqual(info.hosts, ['Presentation']);
    assert.equal(info.defaultSettings?.sourceLocation, 'https://localhost:3000/addin/taskpane.html');
    assert.equal(info.iconUrl, 'https://localhost:3000/addin/assets/icon-32.png');
    assert.equal(info.highResolutionIconUrl, 'https://localhost:3000/addin/assets/icon-64.png');
    assert.equal(info.permissions, 'ReadWriteDocument');
    assert.match(info.id ?? '', /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    assert.deepEqual(await checkManifest(MANIFEST), []);
  });

  it('puts one "Export to AI video" button on the Home tab that opens the task pane', () => {
    const xml = readFileSync(MANIFEST, 'utf8');
    const tab = /<OfficeTab id="TabHome">([\s\S]*?)<\/OfficeTab>/.exec(xml)?.[1] ?? '';
    assert.equal(tab.match(/<Control xsi:type="Button"/g)?.length, 1);
    assert.match(tab, /<Action xsi:type="ShowTaskpane">\s*<TaskpaneId>Deck2Video\.Taskpane<\/TaskpaneId>\s*<SourceLocation resid="Taskpane\.Url"\/>/);
    assert.match(xml, /<bt:Url id="Taskpane\.Url" DefaultValue="https:\/\/localhost:3000\/addin\/taskpane\.html"\/>/);
    assert.match(xml, /<bt:String id="ExportButton\.Label" DefaultValue="Export to AI video"\/>/);
    for (const n of [16, 32, 80]) assert.match(xml, new RegExp(`<bt:Image id="Icon\\.${n}x${n}" DefaultValue="https://localhost:3000/addin/assets/icon-${n}\\.png"/>`));
  });

  it('names icons that exist at their stated sizes', () => {
    for (const n of [16, 32, 64, 80]) assert.deepEqual(pngSize(join(repoRoot, 'addin/powerpoint/assets', `icon-${n}.png`)), [n, n]);
  });

  it('is written for another service URL by the script; http:// is refused', () => {
    const dir = mkdtempSync(join(tmpdir(), 'd2v-manifest-'));
    try {
      const out = join(dir, 'manifest.xml');
      const ok = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/write-manifest.ts', '--url', 'https://video.school.example:8443/', '--out', out], { cwd: repoRoot, encoding: 'utf8' });
      assert.equal(ok.status, 0, ok.stderr);
      const xml = readFileSync(out, 'utf8');
      assert.equal(xml.includes('localhost'), false);
      assert.match(xml, /<SourceLocation DefaultValue="https:\/\/video\.school\.example:8443\/addin\/taskpane\.html"\/>/);
      assert.match(xml, /<AppDomain>https:\/\/video\.school\.example:8443<\/AppDomain>/);
      const bad = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/write-manifest.ts', '--url', 'http://insecure.example', '--out', out], { cwd: repoRoot, encoding: 'utf8' });
      assert.equal(bad.status, 2);
      assert.equal(bad.stderr, 'write-manifest: Office loads add-ins only over HTTPS: http://insecure.example is not an https:// URL\n');
    } finally {
      removeDir(dir);
    }
  });

  it('flags what Office would refuse', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'd2v-manifest-'));
    try {
      const broken = join(dir, 'broken.xml');
      writeFileSync(broken, readFileSync(MANIFEST, 'utf8').replace('https://localhost:3000/addin/taskpane.html"/>\n  </DefaultSettings>', 'http://localhost:3000/addin/taskpane.html"/>\n  </DefaultSettings>').replace('<Host Name="Presentation"/>', '<Host Name="Document"/>'));
      assert.deepEqual(await checkManifest(broken), ['the Presentation host (PowerPoint) is missing', 'the task pane URL must be https: http://localhost:3000/addin/taskpane.html']);
    } finally {
      removeDir(dir);
    }
  });
});
