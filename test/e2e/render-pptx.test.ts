/**
 * `deck2video render` end to end on decks made with pptxgenjs: every slide (hidden ones too) becomes a
 * PNG of the requested width, and features land where the deck puts them (pixels at known points).
 * 10 x 5.625 in slides rendered at 960 px: 1 inch = 96 px.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { registerRender } from '../../src/cli/commands/render.js';
import { buildDeck } from '../helpers/pptx-fixture.js';
import { twoColorPng } from '../render/model-builders.js';
import { colorDistance, decodePng, inkBox, type Pixels } from '../render/png-pixels.js';

async function cli(args: string[]): Promise<{ out: string; err: string }> {
  let out = '';
  let err = '';
  const program = new Command('deck2video').exitOverride();
  registerRender(program, { io: { stdout: (t) => void (out += t), stderr: (t) => void (err += t), isTTY: false }, signal: new AbortController().signal });
  await program.parseAsync(args, { from: 'user' });
  return { out, err };
}

function near(p: Pixels, x: number, y: number, hex: string, tol = 16): void {
  const got = p.at(x, y);
  assert.ok(colorDistance(got, hex) <= tol, `pixel ${x},${y} is rgb(${got.slice(0, 3).join(',')}), expected ${hex}`);
}

describe('deck2video render (pptxgenjs decks, real Chromium)', function () {
  this.timeout(120000);
  let dir: string;
  let deckPath: string;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'render-e2e-'));
    deckPath = join(dir, 'features.pptx');
    const png = Buffer.from(twoColorPng(40, 20, '#FF0000', '#0000FF')).toString('base64');
    const bytes = await buildDeck((pres) => {
      const s1 = pres.addSlide();
      s1.background = { color: 'FFFFEE' };
      s1.addShape('rect', { x: 1, y: 1, w: 2, h: 1, fill: { color: '00AA00' }, line: { color: '000000', width: 2 } });
      s1.addShape('ellipse', { x: 4, y: 1, w: 2, h: 2, fill: { color: '0000CC' } });
      s1.addShape('rightArrow', { x: 7, y: 1, w: 2, h: 1, fill: { color: 'CC0000' } });
      s1.addShape('line', { x: 1, y: 4, w: 4, h: 0, line: { color: '000000', width: 3, endArrowType: 'triangle' } });
      s1.addText('Hello', { x: 6, y: 3.5, w: 3, h: 1, fontFace: 'Calibri', fontSize: 40, color: '000000', align: 'center', valign: 'middle', margin: 0 });
      const s2 = pres.addSlide();
      s2.addImage({ data: `image/png;base64,${png}`, x: 1, y: 1, w: 4, h: 2 });
      s2.addTable([[{ text: 'A', options: { fill: { color: 'FF00FF' } } }, { text: 'B', options: { fill: { color: '00FFFF' } } }]], { x: 5.5, y: 1, w: 4, colW: [2, 2], rowH: [1] });
      s2.addChart('bar', [{ name: 'S', labels: ['a', 'b'], values: [1, 2] }], { x: 1, y: 3.3, w: 4, h: 2, chartColors: ['884400'], barDir: 'col' });
      const s3 = pres.addSlide();
      s3.hidden = true;
      s3.addText('<b>not bold</b> <script>x()</script>', { x: 1, y: 1, w: 8, h: 1, fontSize: 24 });
    });
    writeFileSync(deckPath, bytes);
  });

  after(() => { if (!process.env.KEEP) rmSync(dir, { recursive: true, force: true }); });

  it('writes slide-001.png … for every slide, hidden ones included, at the requested width', async () => {
    const out = join(dir, 'all');
    const res = await cli(['render', deckPath, '--out', out, '--width', '960']);
    assert.deepEqual(readdirSync(out).sort(), ['slide-001.png', 'slide-002.png', 'slide-003.png']);
    assert.match(res.out, /Wrote 3 slide images to /);
    const p = decodePng(readFileSync(join(out, 'slide-001.png')));
    assert.equal(p.width, 960);
    assert.equal(p.height, 540);
  });

  it('renders only the chosen slides with --slides', async () => {
    const out = join(dir, 'some');
    await cli(['render', deckPath, '--out', out, '--width', '320', '--slides', '2-3']);
    assert.deepEqual(readdirSync(out).sort(), ['slide-002.png', 'slide-003.png']);
    assert.equal(decodePng(readFileSync(join(out, 'slide-002.png'))).width, 320);
  });

  it('rejects a bad --width or --slides as usage errors', async () => {
    await assert.rejects(cli(['render', deckPath, '--out', join(dir, 'x'), '--width', 'wide']), /--width wide is not usable/);
    await assert.rejects(cli(['render', deckPath, '--out', join(dir, 'x'), '--slides', '7']), /the deck has 3 slides/);
  });

  it('draws background, shapes, line, text, picture, table and chart where the deck puts them', async () => {
    const out = join(dir, 'all');
    const p1 = decodePng(readFileSync(join(out, 'slide-001.png')));
    near(p1, 20, 20, '#FFFFEE');
    near(p1, 192, 144, '#00AA00');
    near(p1, 96, 140, '#000000', 60);
    near(p1, 480, 192, '#0000CC');
    near(p1, 388, 100, '#FFFFEE');
    near(p1, 720, 144, '#CC0000');
    near(p1, 862, 100, '#FFFFEE');
    near(p1, 300, 384, '#000000', 40);
    const text = inkBox(p1, { x: 560, y: 320, w: 340, h: 120 }, '#FFFFEE')!;
    assert.ok(Math.abs(text.x + text.w / 2 - 720) <= 3, `text centre x ${text.x + text.w / 2}`);
    assert.ok(Math.abs(text.y + text.h / 2 - 384) <= 8, `text centre y ${text.y + text.h / 2}`);
    const p2 = decodePng(readFileSync(join(out, 'slide-002.png')));
    near(p2, 130, 192, '#FF0000');
    near(p2, 450, 192, '#0000FF');
    near(p2, 600, 140, '#FF00FF');
    near(p2, 800, 140, '#00FFFF');
    let brown = 0;
    for (let y = 317; y < 509; y += 2) for (let x = 96; x < 480; x += 2) if (colorDistance(p2.at(x, y), '#884400') < 24) brown++;
    assert.ok(brown > 300, `chart bars drawn in the series colour (${brown} samples)`);
  });
});
