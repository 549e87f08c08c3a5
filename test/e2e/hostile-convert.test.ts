/**
 * The hostile deck of issue 14 (a slide holding one 50 MB text run) through the CLI: the conversion
 * gets on with its work instead of spending minutes on the text, and SIGTERM stops it at once, leaving
 * no output behind.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fiftyMegabyteRunDeck } from '../helpers/hostile-decks.js';
import { repoRoot } from '../helpers/repo-root.js';

describe('e2e: a deck with a 50 MB text run, through the CLI', function () {
  this.timeout(240_000);
  let dir: string;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'd2v-hostile-cli-'));
    writeFileSync(join(dir, 'big.pptx'), await fiftyMegabyteRunDeck());
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('SIGTERM during the conversion stops it: exit 130, no video, no partial file', async () => {
    const out = join(dir, 'out');
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'convert', join(dir, 'big.pptx'), '-o', join(out, 'big.mp4'),
      '--cache-dir', join(dir, 'cache'), '--json'], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let sentAt = 0;
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
      // Once past reading (the text was cut, the work goes on), stop it.
      if (!sentAt && /"stage":"(render|narrate|illustrate)"/.test(stdout)) {
        sentAt = Date.now();
        child.kill('SIGTERM');
      }
    });
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    console.log(`      stopped ${((Date.now() - sentAt) / 1000).toFixed(1)} s after SIGTERM`);
    assert.ok(sentAt > 0, `no progress seen: ${stderr}`);
    assert.equal(code, 130, stderr);
    assert.match(stderr, /deck2video: stopping… \(terminated\)/);
    assert.ok(!existsSync(join(out, 'big.mp4')));
    assert.deepEqual(existsSync(out) ? readdirSync(out) : [], [], 'no partial output');
  });
});
