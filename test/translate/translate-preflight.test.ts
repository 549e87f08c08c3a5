/**
 * A translation asked for without what the translator needs is one line and exit 4 before any work:
 * each case gives a *damaged* deck, so a message about anything but the damage proves the check ran
 * before the deck was read, and a network guard proves nothing was sent (no metadata-server probe).
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resolveTranslateOptions } from '../../converter/translate/options.js';
import { GOOGLE_MISSING_CREDENTIALS, LIBRETRANSLATE_MISSING_URL, OPENAI_MISSING_KEY } from '../../converter/translate/credentials.js';
import { guardNetwork } from '../deck/google/network-guard.js';
import { cli } from '../helpers/cli-run.js';
import { buildDeck } from '../helpers/pptx-fixture.js';

const CLEARED = ['OPENAI_API_KEY', 'LIBRETRANSLATE_URL', 'GOOGLE_OAUTH_ACCESS_TOKEN', 'GOOGLE_APPLICATION_CREDENTIALS', 'CLOUDSDK_CONFIG',
  'METADATA_SERVER_DETECTION', 'DECK2VIDEO_TRANSLATOR', 'HOME'];

describe('translate: missing credentials stop the run before work, with nothing sent', function () {
  this.timeout(60_000);
  let dir = '';
  let broken = '';
  let saved: Record<string, string | undefined> = {};

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'd2v-trpre-'));
    broken = join(dir, 'broken.pptx');
    const bytes = await buildDeck((p) => void p.addSlide().addText('x', { x: 1, y: 1, w: 2, h: 1 }));
    writeFileSync(broken, bytes.subarray(0, 2000));
    saved = Object.fromEntries(CLEARED.map((k) => [k, process.env[k]]));
    for (const k of CLEARED) delete process.env[k];
    // No gcloud login in this HOME.
    process.env.HOME = dir;
  });
  after(() => {
    for (const [k, v] of Object.entries(saved)) if (v === undefined) delete process.env[k]; else process.env[k] = v;
    rmSync(dir, { recursive: true, force: true });
  });

  const convert = (...flags: string[]) => cli('convert', broken, '-o', join(dir, 'v.mp4'), '--cache-dir', join(dir, 'c'), '--translate', 'es', ...flags);

  it('each translator without its key, address or credentials: exit 4, one line naming the fix, no request, no file', async () => {
    const guard = guardNetwork();
    try {
      assert.deepEqual(await convert('--translator', 'openai'), { code: 4, out: '', err: `deck2video: ${OPENAI_MISSING_KEY}\n` });
      assert.deepEqual(await convert('--translator', 'libretranslate'), { code: 4, out: '', err: `deck2video: ${LIBRETRANSLATE_MISSING_URL}\n` });
      assert.deepEqual(await convert('--translator', 'google'), { code: 4, out: '', err: `deck2video: ${GOOGLE_MISSING_CREDENTIALS}\n` });
      process.env.GOOGLE_APPLICATION_CREDENTIALS = join(dir, 'key.json');
      const r = await convert('--translator', 'google');
      assert.equal(r.code, 4);
      assert.equal(r.err, `deck2video: --translator google: GOOGLE_APPLICATION_CREDENTIALS names ${join(dir, 'key.json')}, which does not exist: point it at your service-account key file, or set GOOGLE_OAUTH_ACCESS_TOKEN (e.g. from "gcloud auth print-access-token") or configure application default credentials (GOOGLE_APPLICATION_CREDENTIALS=key.json, or gcloud auth application-default login), and GOOGLE_CLOUD_PROJECT for Cloud Translation v3\n`);
      assert.deepEqual(guard.hosts, []);
    } finally {
      delete process.env.GOOGLE_APPLICATION_CREDENTIALS;
      guard.restore();
    }
    assert.equal(existsSync(join(dir, 'v.mp4')), false);
    assert.equal(existsSync(join(dir, 'v.es.mp4')), false);
  });

  it('with what each needs, the run gets as far as reading the deck (exit 3 for the damaged deck)', async () => {
    process.env.OPENAI_API_KEY = 'sk-test';
    process.env.LIBRETRANSLATE_URL = 'http://127.0.0.1:9/';
    process.env.GOOGLE_OAUTH_ACCESS_TOKEN = 'ya29.test';
    try {
      for (const t of ['openai', 'libretranslate', 'google']) assert.equal((await convert('--translator', t)).code, 3, t);
    } finally {
      for (const k of ['OPENAI_API_KEY', 'LIBRETRANSLATE_URL', 'GOOGLE_OAUTH_ACCESS_TOKEN']) delete process.env[k];
    }
  });

  it('--translate without a translator is bad usage (exit 2): none is chosen for the user', async () => {
    const r = await convert();
    assert.deepEqual(r, { code: 2, out: '', err: 'deck2video: --translate es needs a translator: add --translator google|openai|libretranslate (none is chosen for you: each sends the text to a service)\n' });
  });

  it('gcloud\'s application-default login, a key file or METADATA_SERVER_DETECTION=assume-present count as Google credentials', async () => {
    const google = (env: Record<string, string>) => resolveTranslateOptions({ translate: ['es'], translator: 'google' }, { HOME: dir, ...env });
    await assert.rejects(google({}), { code: 'MISSING_ENGINE', message: GOOGLE_MISSING_CREDENTIALS });
    const login = join(dir, 'gcloud');
    mkdirSync(login, { recursive: true });
    writeFileSync(join(login, 'application_default_credentials.json'), '{}');
    assert.equal((await google({ CLOUDSDK_CONFIG: login })).translator, 'google');
    assert.equal((await google({ GOOGLE_APPLICATION_CREDENTIALS: join(login, 'application_default_credentials.json') })).translator, 'google');
    assert.equal((await google({ METADATA_SERVER_DETECTION: 'assume-present' })).translator, 'google');
    // Nothing to translate: nothing is needed.
    assert.deepEqual((await resolveTranslateOptions({ translator: 'openai' }, {})).languages, []);
  });
});
