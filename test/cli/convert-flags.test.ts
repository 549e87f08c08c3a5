/**
 * `deck2video convert` flags come from the options table: bad values are usage errors (exit 2) that
 * name the flag, found before the deck is even read; --dry-run prints the plan of the conversion.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CliIO } from '../../src/cli/io.js';
import { runCli } from '../../src/cli/program.js';
import { buildDeck } from '../helpers/pptx-fixture.js';

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const io = { out: '', err: '', isTTY: false, stdout: (t: string) => void (io.out += t), stderr: (t: string) => void (io.err += t) } satisfies CliIO & { out: string; err: string };
  const code = await runCli(argv, io);
  return { code, out: io.out, err: io.err };
}

describe('cli: deck2video convert flags', function () {
  this.timeout(60_000);
  let dir = '';
  let deckPath = '';
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'convert-flags-'));
    deckPath = join(dir, 'lesson.pptx');
    writeFileSync(deckPath, await buildDeck((pres) => {
      pres.addSlide().addText('Rivers', { x: 1, y: 1, w: 8, h: 1 }).addNotes('Rivers carry water from the hills to the sea. They shape the land as they go.');
      pres.addSlide().addText('Backup', { x: 1, y: 1, w: 8, h: 1 }).addNotes('[skip] Only if there is time.');
      const hidden = pres.addSlide();
      hidden.hidden = true;
      hidden.addText('Answers', { x: 1, y: 1, w: 8, h: 1 }).addNotes('The answer is the sea.');
    }));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('a bad value is exit 2 with the flag and what to give, before the deck is read', async () => {
    const missing = join(dir, 'nowhere.pptx');
    assert.deepEqual(await cli('convert', missing, '--transition-duration', '5'), { code: 2, out: '', err: 'deck2video: --transition-duration 5 is out of range: give 0.1 to 3 seconds\n' });
    assert.deepEqual(await cli('convert', missing, '--jobs', 'many'), { code: 2, out: '', err: 'deck2video: --jobs many is not usable: give a whole number from 1 to 16\n' });
    assert.deepEqual(await cli('convert', missing, '--layout', 'grid'), { code: 2, out: '', err: 'deck2video: Unknown --layout grid: use one of slide-then-frame, side-by-side, frame-then-slide, slide-only\n' });
    assert.deepEqual(await cli('convert', missing, '--tts', 'festival'), { code: 2, out: '', err: 'deck2video: Unknown --tts festival: use one of espeak, openai, google\n' });
    const t = await cli('convert', missing, '--transition', 'wipe-left');
    assert.equal(t.code, 2);
    assert.match(t.err, /^deck2video: Unknown --transition wipe-left: use one of fade, cut, wipeleft, wiperight, .*, fadefast, fadeslow\n$/);
  });

  it('--dry-run prints the prompts, the cost and the planned timeline, and writes nothing', async () => {
    const r = await cli('convert', deckPath, '--dry-run', '--resolution', '720p', '--transition', 'cut');
    assert.equal(r.code, 0, r.err);
    const lines = r.out.trimEnd().split('\n');
    assert.equal(lines[0], 'Illustrations: --images offline');
    assert.ok(lines.includes('Cost: none (offline cards are drawn locally)'));
    assert.match(r.out, /\nVideo: 1280x720, 1 of 3 slides, about 0:\d\d \(narration lengths estimated from the notes\), language en-US\n/);
    assert.ok(lines.includes(`Writes: ${join(dir, 'lesson.mp4')} (with ${join(dir, 'lesson.srt')} and ${join(dir, 'lesson.vtt')})`));
    assert.match(r.out, /\n {2}Slide 1 0:00-0:\d\d \(2 sentences\): slide 0:00\n/);
    assert.ok(lines.includes('  Slide 2: left out ([skip] in the notes)'));
    assert.ok(lines.includes('  Slide 3: left out (hidden; use --include-hidden to keep it)'));
  });
});
