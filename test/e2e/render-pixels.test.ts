/**
 * Real Chromium renders of hand-built slides, checked by pixels at known points and by measured ink
 * boxes. Slides are 10 x 7.5 in rendered at 960 px: 1 inch = 96 px.
 */
import assert from 'node:assert/strict';
import type { Deck, SlideElement } from '../../converter/deck/model.js';
import { ChromePool } from '../../converter/engines/chrome.js';
import { MediaUris } from '../../converter/render/media.js';
import { renderSlidePng } from '../../converter/render/render-deck.js';
import { body, color, deck, IN, line, media, para, picture, run, shape, solid, twoColorPng } from '../render/model-builders.js';
import { colorDistance, decodePng, inkBox, type Pixels } from '../render/png-pixels.js';

let pool: ChromePool;

async function render(d: Deck, width = 960): Promise<Pixels> {
  const warnings: string[] = [];
  const png = await renderSlidePng(d, d.slides[0]!, pool, width, new MediaUris(d.media), (m) => warnings.push(m));
  return decodePng(png);
}

async function renderOne(elements: SlideElement[], opts: Parameters<typeof deck>[1] = {}): Promise<Pixels> {
  return render(deck([elements], opts));
}

function near(p: Pixels, x: number, y: number, hex: string, tol = 12): void {
  const got = p.at(x, y);
  assert.ok(colorDistance(got, hex) <= tol, `pixel ${x},${y} is rgb(${got.slice(0, 3).join(',')}), expected ${hex}`);
}

describe('slide renderer in Chromium (pixels)', function () {
  this.timeout(60000);
  before(async () => {
    pool = await ChromePool.launch({ pages: 2 });
  });
  after(async () => {
    await pool?.close();
  });

  it('writes an image of the requested width with the slide aspect ratio', async () => {
    const p = await render(deck([[]]), 1920);
    assert.equal(p.width, 1920);
    assert.equal(p.height, 1440);
  });

  it('paints the background and a filled rectangle where its frame says', async () => {
    const p = await renderOne([shape({ x: IN, y: IN, w: 2 * IN, h: IN }, { fill: solid('FF0000') })], { background: solid('00FF00') });
    near(p, 100, 100, '#FF0000');
    near(p, 96 + 190, 96 + 90, '#FF0000');
    near(p, 90, 100, '#00FF00');
    near(p, 96 + 200, 150, '#00FF00');
    near(p, 150, 96 + 100, '#00FF00');
  });

  it('clips an ellipse to its curve', async () => {
    const p = await renderOne([shape({ x: IN, y: IN, w: 2 * IN, h: 2 * IN }, { fill: solid('0000FF'), geometry: { type: 'preset', preset: 'ellipse', adjust: {} } })]);
    near(p, 192, 192, '#0000FF');
    near(p, 100, 100, '#FFFFFF');
  });

  it('strokes lines with their width and draws a triangle arrowhead at the tail', async () => {
    const l = line('000000', 3, { tail: { type: 'triangle', w: 'med', len: 'med' } });
    const p = await renderOne([shape({ x: IN, y: 2 * IN, w: 4 * IN, h: 0 }, { line: l, connector: true, geometry: { type: 'preset', preset: 'straightConnector1', adjust: {} } })]);
    near(p, 200, 192, '#000000');
    near(p, 200, 186, '#FFFFFF');
    // Arrowhead (med/med): 3 widths long and wide, tip at the end (x = 480); wider than the 4 px line near its base.
    near(p, 470, 188, '#000000', 80);
    near(p, 470, 196, '#000000', 80);
    near(p, 440, 188, '#FFFFFF');
  });

  it('fills a linear gradient along its angle', async () => {
    const fill = { type: 'gradient' as const, kind: 'linear' as const, angle: 0, stops: [{ pos: 0, color: color('FF0000') }, { pos: 1, color: color('0000FF') }] };
    const p = await renderOne([shape({ x: IN, y: IN, w: 4 * IN, h: IN }, { fill })]);
    near(p, 98, 140, '#FF0000', 20);
    near(p, 96 + 382, 140, '#0000FF', 20);
    const mid = p.at(96 + 192, 140);
    assert.ok(mid[0] > 90 && mid[0] < 170 && mid[2] > 90 && mid[2] < 170, `middle ${mid}`);
  });

  it('rotates a shape about its centre', async () => {
    // 2 x 0.5 in bar centred at (3, 3) in, turned 90 degrees: it becomes 0.5 in wide and 2 in tall.
    const p = await renderOne([shape({ x: 2 * IN, y: 2.75 * IN, w: 2 * IN, h: 0.5 * IN }, { fill: solid('000000'), rotation: 90 })]);
    const box = inkBox(p, { x: 0, y: 0, w: 960, h: 720 }, '#FFFFFF')!;
    assert.deepEqual([box.x, box.y, box.w, box.h], [264, 192, 48, 192]);
  });

  it('turns a group about the group centre with its children', async () => {
    const child = shape({ x: 1 * IN, y: 1 * IN, w: 1 * IN, h: 1 * IN }, { fill: solid('FF0000') });
    const group: SlideElement = {
      kind: 'group', id: 'g', name: 'Group', origin: 'slide', frame: { x: IN, y: IN, w: 4 * IN, h: IN }, rotation: 180, flipH: false, flipV: false,
      children: [child],
    };
    // The child sits at the left end of the group; turned half a turn it lands at the right end.
    const p = await renderOne([group]);
    const box = inkBox(p, { x: 0, y: 0, w: 960, h: 720 }, '#FFFFFF')!;
    assert.deepEqual([box.x, box.y, box.w, box.h], [384, 96, 96, 96]);
  });

  it('crops, mirrors and fades pictures', async () => {
    const png = twoColorPng(40, 20, '#FF0000', '#0000FF');
    const m = new Map([['/ppt/media/a.png', media(png)]]);
    const frame = { x: IN, y: IN, w: 2 * IN, h: IN };
    const cropped = await renderOne([picture(frame, '/ppt/media/a.png', { crop: { l: 0.5, t: 0, r: 0, b: 0 } })], { media: m });
    near(cropped, 120, 140, '#0000FF');
    near(cropped, 280, 140, '#0000FF');
    const flipped = await renderOne([picture(frame, '/ppt/media/a.png', { flipH: true })], { media: m });
    near(flipped, 110, 140, '#0000FF');
    near(flipped, 270, 140, '#FF0000');
    const faded = await renderOne([picture(frame, '/ppt/media/a.png', { alpha: 0.5 })], { media: m });
    near(faded, 110, 140, '#FF8080', 6);
  });

  it('places text by insets and anchoring, and centres it', async () => {
    const frame = { x: IN, y: IN, w: 4 * IN, h: 2 * IN };
    const text = (anchor: 't' | 'b', align: 'l' | 'ctr') =>
      shape(frame, { text: body([para([run('HHHH', { size: 36 })], { align })], { anchor }) });
    const region = { x: 90, y: 90, w: 400, h: 200 };
    const top = inkBox(await renderOne([text('t', 'l')]), region, '#FFFFFF')!;
    // Left inset 0.1 in (9.6 px); H's ink starts a hair right of the pen position.
    assert.ok(top.x >= 96 + 9 && top.x <= 96 + 14, `left ${top.x}`);
    // Top inset 0.05 in (4.8 px) + the line's ascent above the cap height, the ascent being Calibri's Windows
    // ascent (0.952 em: PowerPoint places baselines by usWinAscent, fonts.ts) under 1.2 line spacing: the
    // baseline ~50 px below the box top, the cap top (0.63 em above it) 17-21 px below.
    assert.ok(top.y >= 96 + 17 && top.y <= 96 + 21, `top ${top.y}`);
    // Cap height of Carlito at 36 pt (48 px) is about 0.63 em.
    assert.ok(top.h >= 28 && top.h <= 33, `cap height ${top.h}`);
    const bottom = inkBox(await renderOne([text('b', 'l')]), region, '#FFFFFF')!;
    // Bottom inset (4.8 px) plus the line's descent below the baseline (about a quarter of the size).
    assert.ok(bottom.y + bottom.h >= 288 - 26 && bottom.y + bottom.h <= 288 - 12, `bottom ${bottom.y + bottom.h}`);
    const centred = inkBox(await renderOne([text('t', 'ctr')]), region, '#FFFFFF')!;
    assert.ok(Math.abs(centred.x + centred.w / 2 - 288) <= 2, `centre ${centred.x + centred.w / 2}`);
  });

  it('sets Arial Narrow in its metric twin (Liberation Sans Narrow, from fonts-liberation), not in a wide fallback', async () => {
    const frame = { x: IN, y: IN, w: 8 * IN, h: IN };
    const width = async (face: string) => {
      const text = body([para([run('Narrow lecture headings', { size: 28, font: { latin: face, ea: face, cs: face } })])], { wrap: false });
      return inkBox(await renderOne([shape(frame, { text })]), { x: 0, y: 0, w: 960, h: 720 }, '#FFFFFF')!.w;
    };
    // Arial Narrow's advances are 82% of Arial's.
    const ratio = (await width('Arial Narrow')) / (await width('Arial'));
    assert.ok(ratio > 0.78 && ratio < 0.86, `Arial Narrow / Arial ink width ${ratio.toFixed(3)}`);
  });

  it('draws shrink-on-overflow text at the scale PowerPoint saved, full size (overflowing) when it saved none', async () => {
    const frame = { x: IN, y: IN, w: 3 * IN, h: IN };
    const long = Array.from({ length: 6 }, () => para([run('Lorem ipsum dolor sit amet', { size: 28 })]));
    const region = { x: 0, y: 0, w: 960, h: 720 };
    const free = inkBox(await renderOne([shape(frame, { text: body(long) })]), region, '#FFFFFF')!;
    assert.ok(free.y + free.h > 300, 'without autofit the text overflows the box');
    // PowerPoint recomputes the scale only when the text is edited, so an unsaved one is 100%.
    const unsaved = inkBox(await renderOne([shape(frame, { text: body(long, { autofit: { type: 'normal', fontScale: 1, lnSpcReduction: 0 } }) })]), region, '#FFFFFF')!;
    assert.deepEqual(unsaved, free);
    const saved = inkBox(await renderOne([shape(frame, { text: body([para([run('HHHH', { size: 40 })])], { autofit: { type: 'normal', fontScale: 0.5, lnSpcReduction: 0 } }) })]), region, '#FFFFFF')!;
    assert.ok(saved.h >= 15 && saved.h <= 19, `cap height at 50% of 40 pt: ${saved.h}`);
  });

  it('draws table cells with their fills, spans and borders', async () => {
    const cellText = body([para('')]);
    const border = line('000000', 2);
    const none = { fill: { type: 'none' as const }, width: 0, dash: 'solid', cap: 'flat' as const, join: 'round' as const };
    const cell = (hex: string, span = 1) => ({ gridSpan: span, rowSpan: 1, merged: false, fill: solid(hex), borders: { left: none, right: none, top: border, bottom: border }, text: cellText });
    const merged = { ...cell('FFFFFF'), merged: true };
    const table: SlideElement = {
      kind: 'table', id: 't', name: 'Table', origin: 'slide', frame: { x: IN, y: IN, w: 4 * IN, h: IN }, rotation: 0, flipH: false, flipV: false,
      columns: [2 * IN, 2 * IN],
      rows: [{ height: 0.5 * IN, cells: [cell('FF0000'), cell('00FF00')] }, { height: 0.5 * IN, cells: [cell('0000FF', 2), merged] }],
    };
    const p = await renderOne([table]);
    near(p, 150, 120, '#FF0000');
    near(p, 330, 120, '#00FF00');
    near(p, 150, 168, '#0000FF');
    near(p, 330, 168, '#0000FF');
    near(p, 200, 96, '#000000', 40);
  });

  it('draws a column chart from cached values in the series colour', async () => {
    const chart: SlideElement = {
      kind: 'chart', id: 'c', name: 'Chart', origin: 'slide', frame: { x: IN, y: IN, w: 6 * IN, h: 4 * IN }, rotation: 0, flipH: false, flipV: false,
      chart: {
        type: 'column', grouping: 'clustered', categories: ['A', 'B', 'C'], series: [{ name: 'S', values: [1, 2, 4], color: color('C00000') }],
        varyColors: false, showDataLabels: false, markers: false, background: { type: 'none' }, plotBackground: { type: 'none' }, textColor: color('000000'), gridlines: true,
      },
    };
    const p = await renderOne([chart]);
    let red = 0;
    for (let y = 96; y < 480; y += 2) for (let x = 96; x < 672; x += 2) if (colorDistance(p.at(x, y), '#C00000') < 20) red++;
    // Three bars of heights 1:2:4 on a 0..4 axis: roughly 7/12 of a third of the plot width times its height.
    assert.ok(red > 4000 && red < 14000, `red pixels sampled: ${red}`);
  });
});
