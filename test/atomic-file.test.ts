import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { installFile, tempPathFor, writeFileAtomic } from '../converter/atomic-file.js';

describe('atomic file writes', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'd2v-atomic-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('replaces a file whole, durably and with the mode asked for, leaving no temporary file', async () => {
    const path = join(dir, 'state.json');
    writeFileSync(path, 'old');
    await writeFileAtomic(path, '{"state":"done"}', { durable: true, mode: 0o600 });
    assert.equal(readFileSync(path, 'utf8'), '{"state":"done"}');
    assert.equal(statSync(path).mode & 0o777, 0o600);
    assert.deepEqual(readdirSync(dir), ['state.json']);
  });

  it('a failed writer leaves the old content and no temporary file', async () => {
    const path = join(dir, 'out.mp4');
    writeFileSync(path, 'previous video');
    await assert.rejects(installFile(path, async (tmp) => {
      writeFileSync(tmp, 'half a vid');
      throw new Error('ffmpeg died');
    }), /ffmpeg died/);
    assert.equal(readFileSync(path, 'utf8'), 'previous video');
    assert.deepEqual(readdirSync(dir), ['out.mp4']);
  });

  it('names the temporary file hidden, beside the target, with the extension last', () => {
    const tmp = tempPathFor(join(dir, 'lecture.mp4'));
    assert.equal(tmp.startsWith(join(dir, '.lecture.mp4.')), true);
    assert.match(tmp, /\.tmp\.mp4$/);
    assert.notEqual(tmp, tempPathFor(join(dir, 'lecture.mp4')));
  });
});
