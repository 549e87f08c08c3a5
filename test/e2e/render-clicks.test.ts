/**
 * `deck2video render --clicks` with real Chromium on a generated deck with builds: the step files beside
 * the unchanged flat slide, what each step shows, hidden paragraphs keeping their place, and steps that
 * look like the flat slide being the same picture. 16:9 slides at 960 px: 1 inch = 96 px.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { registerRender } from '../../src/cli/commands/render.js';
import { buildsDeck } from '../helpers/build-decks.js';
import { colorDistance, decodePng, type Pixels } from '../render/png-pixels.js';

async function render(args: string[]): Promise<string> {
  let out = '';
  const program = new Command('deck2video').exitOverride();
  registerRender(program, { io: { stdout: (t) => void (out += t), stderr: () => {}, isTTY: false }, signal: new AbortController().signal });
  await program.parseAsync(args, { from: 'user' });
  return out;
}

/** Rows (y) where two pictures of the same size differ visibly. */
function rowsDiffering(a: Pixels, b: Pixels): number[] {
  const rows: number[] = [];
  for (let y = 0; y < a.height; y++) {
    const row = a.data.subarray(y * a.width * 4, (y + 1) * a.width * 4);
    const other = b.data.subarray(y * b.width * 4, (y + 1) * b.width * 4);
    if (row.some((v, i) => Math.abs(v - other[i]!) > 40)) rows.push(y);
  }
  return rows;
}

describe('deck2video render --clicks (generated builds deck, real Chromium)', function () {
  this.timeout(120000);
  let dir: string;
  let out: string;
  const png = (name: string) => readFileSync(join(out, name));
  const pixels = (name: string) => decodePng(png(name));

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'render-clicks-'));
    const deckPath = join(dir, 'builds.pptx');
    writeFileSync(deckPath, await buildsDeck());
    out = join(dir, 'out');
    await render(['render', deckPath, '--out', out, '--width', '960', '--slides', '1,2,8', '--clicks']);
  });

  after(() => { if (!process.env.KEEP) rmSync(dir, { recursive: true, force: true }); });

  it('writes slide-NNN-click-K.png for K = 0..clicks beside every flat slide-NNN.png', () => {
    assert.deepEqual(readdirSync(out).sort(), [
      'slide-001-click-0.png', 'slide-001-click-1.png', 'slide-001-click-2.png', 'slide-001-click-3.png', 'slide-001.png',
      'slide-002-click-0.png', 'slide-002-click-1.png', 'slide-002-click-2.png', 'slide-002.png',
      'slide-008-click-0.png', 'slide-008.png',
    ]);
  });

  it('the last step of a build that only reveals, and the one step of a slide without builds, are the flat slide', () => {
    assert.ok(png('slide-001-click-3.png').equals(png('slide-001.png')));
    assert.ok(png('slide-008-click-0.png').equals(png('slide-008.png')));
    assert.ok(!png('slide-001-click-0.png').equals(png('slide-001.png')));
  });

  it('reveals one paragraph per click, each in its final place (hidden paragraphs keep their space)', () => {
    const flat = pixels('slide-001.png');
    const diffs = [0, 1, 2, 3].map((k) => rowsDiffering(pixels(`slide-001-click-${k}.png`), flat));
    assert.deepEqual(diffs[3], []);
    // The title is on every step; step k differs from the flat slide only below paragraph k.
    assert.ok(diffs[0]!.length > 0 && diffs[0]![0]! > 96, `step 0 differs from row ${diffs[0]![0]}`);
    assert.ok(diffs[1]![0]! > diffs[0]![0]! + 20, `step 1 first differs at row ${diffs[1]![0]}, step 0 at ${diffs[0]![0]}`);
    assert.ok(diffs[2]![0]! > diffs[1]![0]! + 20, `step 2 first differs at row ${diffs[2]![0]}, step 1 at ${diffs[1]![0]}`);
    for (const k of [1, 2]) assert.equal(diffs[k]!.at(-1), diffs[0]!.at(-1));
  });

  it('entrance and exit in the same spot: one listing at a time', () => {
    const centre = (name: string) => pixels(name).at(4 * 96, 1.2 * 96);
    assert.ok(colorDistance(centre('slide-002-click-0.png'), '#DDEEFF') <= 8);
    assert.ok(colorDistance(centre('slide-002-click-1.png'), '#FFEEDD') <= 8);
    assert.ok(colorDistance(centre('slide-002-click-2.png'), '#DDEEFF') <= 8);
    // The flat slide stacks both: the one drawn last is on top.
    assert.ok(colorDistance(centre('slide-002.png'), '#FFEEDD') <= 8);
  });
});
