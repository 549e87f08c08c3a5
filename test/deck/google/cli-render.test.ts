/** `deck2video render --google-slides ID [--renderer google]` in-process, against the stand-in. */
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../../src/cli/program.js';
import type { CliIO } from '../../../src/cli/io.js';
import { DECK_ID, PNGS, TOKEN, riversDeck } from './fixture.js';
import { startGoogleStandIn, type GoogleStandIn } from './google-stand-in.js';

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const io = { out: '', err: '', isTTY: false } as CliIO & { out: string; err: string };
  io.stdout = (t) => void (io.out += t);
  io.stderr = (t) => void (io.err += t);
  return { code: await runCli(argv, io), out: io.out, err: io.err };
}

describe('cli: render --google-slides', function () {
  this.timeout(60000);
  let server: GoogleStandIn;
  let dir: string;
  const saved: Record<string, string | undefined> = {};
  const KEYS = ['GOOGLE_OAUTH_ACCESS_TOKEN', 'DECK2VIDEO_GOOGLE_ROOT_URL'];

  before(async () => {
    server = await startGoogleStandIn({ token: TOKEN, decks: [await riversDeck()] });
    for (const k of KEYS) saved[k] = process.env[k];
    process.env.GOOGLE_OAUTH_ACCESS_TOKEN = TOKEN;
    process.env.DECK2VIDEO_GOOGLE_ROOT_URL = server.root;
    dir = mkdtempSync(join(tmpdir(), 'd2v-grender-'));
  });
  after(() => {
    server.close();
    rmSync(dir, { recursive: true, force: true });
    for (const k of KEYS) {
      if (saved[k] === undefined) delete process.env[k];
      else process.env[k] = saved[k];
    }
  });

  it('--renderer google writes Google\'s own thumbnails as slide-NNN.png, hidden slides included', async () => {
    const out = join(dir, 'google');
    const r = await cli('render', '--google-slides', DECK_ID, '--renderer', 'google', '--out', out);
    assert.equal(r.code, 0, r.err);
    assert.deepEqual(readdirSync(out).sort(), ['slide-001.png', 'slide-002.png', 'slide-003.png']);
    for (const [i, png] of PNGS.entries()) assert.deepEqual(new Uint8Array(readFileSync(join(out, `slide-00${i + 1}.png`))), new Uint8Array(png));
  });

  it('--slides picks thumbnails; without --renderer google our renderer draws the exported deck', async () => {
    const some = join(dir, 'some');
    assert.equal((await cli('render', '--google-slides', DECK_ID, '--renderer', 'google', '--slides', '3', '--out', some)).code, 0);
    assert.deepEqual(readdirSync(some), ['slide-003.png']);
    const ours = join(dir, 'ours');
    const r = await cli('render', '--google-slides', DECK_ID, '--out', ours, '--width', '320');
    assert.equal(r.code, 0, r.err);
    assert.deepEqual(readdirSync(ours).sort(), ['slide-001.png', 'slide-002.png', 'slide-003.png']);
    assert.notDeepEqual(new Uint8Array(readFileSync(join(ours, 'slide-001.png'))), new Uint8Array(PNGS[0]));
  });
});
