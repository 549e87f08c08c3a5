/** Without a token, application default credentials are looked for; none at all is a clear exit-4 error. */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readGoogleSlides } from '../../../converter/deck/google/read-google-slides.js';
import { ConvertError } from '../../../converter/errors.js';
import { guardNetwork } from './network-guard.js';

describe('deck/google: credentials', () => {
  const saved: Record<string, string | undefined> = {};
  const KEYS = ['HOME', 'GOOGLE_APPLICATION_CREDENTIALS', 'GOOGLE_OAUTH_ACCESS_TOKEN', 'METADATA_SERVER_DETECTION'];
  let home = '';
  beforeEach(() => {
    for (const k of KEYS) saved[k] = process.env[k];
    home = mkdtempSync(join(tmpdir(), 'd2v-noadc-'));
    // No gcloud login in an empty home, no key file, and not on Google Cloud (no metadata-server probe).
    process.env.HOME = home;
    delete process.env.GOOGLE_APPLICATION_CREDENTIALS;
    delete process.env.GOOGLE_OAUTH_ACCESS_TOKEN;
    process.env.METADATA_SERVER_DETECTION = 'none';
  });
  afterEach(() => {
    for (const k of KEYS) {
      if (saved[k] === undefined) delete process.env[k];
      else process.env[k] = saved[k];
    }
    rmSync(home, { recursive: true, force: true });
  });

  it('no token and no application default credentials: MISSING_ENGINE naming both fixes, nothing sent', async () => {
    const guard = guardNetwork();
    try {
      const err = await readGoogleSlides('1AbCdEfGhIjKlMnOpQrStUvWxYz', { env: {} }).catch((e: unknown) => e);
      assert.ok(err instanceof ConvertError);
      assert.equal(err.code, 'MISSING_ENGINE');
      assert.equal(
        err.message,
        'Reading a Google Slides deck needs Google credentials: set GOOGLE_OAUTH_ACCESS_TOKEN (e.g. from "gcloud auth print-access-token") or configure application default credentials: ' +
          'gcloud auth application-default login --scopes=https://www.googleapis.com/auth/drive.readonly,https://www.googleapis.com/auth/cloud-platform',
      );
      assert.deepEqual(guard.hosts, []);
    } finally {
      guard.restore();
    }
  });

  it('a key file that does not exist is the same error', async () => {
    process.env.GOOGLE_APPLICATION_CREDENTIALS = join(home, 'missing.json');
    const err = await readGoogleSlides('1AbCdEfGhIjKlMnOpQrStUvWxYz', { env: {} }).catch((e: unknown) => e);
    assert.ok(err instanceof ConvertError);
    assert.equal(err.code, 'MISSING_ENGINE');
    assert.match(err.message, /^Reading a Google Slides deck needs Google credentials: /);
  });
});
