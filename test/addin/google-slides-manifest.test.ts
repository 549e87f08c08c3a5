/**
 * The add-on's manifest asks only for the scopes its code needs. Checked by reading the sources as
 * Apps Script would load them.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ADDIN_DIR, ADDIN_SCRIPTS, loadAddin } from './google-slides-harness.js';

const read = (f: string) => readFileSync(join(ADDIN_DIR, f), 'utf8');
const manifest = JSON.parse(read('appsscript.json')) as { oauthScopes: string[]; urlFetchWhitelist: string[]; runtimeVersion: string };
const code = ADDIN_SCRIPTS.map(read).join('\n');
const sidebar = read('Sidebar.html');

describe('addin/google-slides manifest and sidebar', () => {
  it('lists exactly the four scopes the code needs, each for something it does', () => {
    const S = 'https://www.googleapis.com/auth/';
    const need: Record<string, RegExp> = {
      // SlidesApp.getActivePresentation(): the open deck only, not every deck of the user.
      [`${S}presentations.currentonly`]: /SlidesApp\.getActivePresentation\(\)/,
      // The add-on menu's sidebar.
      [`${S}script.container.ui`]: /SlidesApp\.getUi\(\)\.showSidebar\(/,
      // Calls to the deck2video service and to Drive's export.
      [`${S}script.external_request`]: /UrlFetchApp\.fetch\(/,
      // Drive files.export of the .pptx (and, in Google mode, the token the service reads the deck with).
      [`${S}drive.readonly`]: /https:\/\/www\.googleapis\.com\/drive\/v3\/files\//,
    };
    assert.deepEqual([...manifest.oauthScopes].sort(), Object.keys(need).sort());
    for (const [scope, use] of Object.entries(need)) assert.match(code, use, scope);
    // Services that would need wider scopes are not used.
    for (const wide of ['DriveApp', 'SlidesApp.openById', 'SlidesApp.create', 'DocumentApp', 'SpreadsheetApp', 'GmailApp', 'Slides.Presentations']) {
      assert.ok(!code.includes(wide), `${wide} would need a wider scope`);
    }
    assert.equal(manifest.runtimeVersion, 'V8');
  });

  it("urlFetchWhitelist covers Drive's export and holds the service placeholder to replace", () => {
    const { g } = loadAddin(() => ({ code: 500 }));
    const exportUrl = g.buildExportRequest!('abc', 't').url as string;
    assert.ok(manifest.urlFetchWhitelist.some((p) => exportUrl.startsWith(p)));
    assert.deepEqual(manifest.urlFetchWhitelist, ['https://www.googleapis.com/drive/v3/files/', 'https://deck2video.example.org/']);
    for (const p of manifest.urlFetchWhitelist) assert.match(p, /^https:\/\/[^/]+\/.*$/, 'allowlist prefixes need https and a path');
  });

  it('shows text from the service as text, never as HTML', () => {
    assert.ok(!/innerHTML|outerHTML|insertAdjacentHTML|document\.write/.test(sidebar));
  });
});
