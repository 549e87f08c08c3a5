/**
 * Deck text that looks like HTML or script must show as text and must not make the page load or run
 * anything. A local HTTP server counts every request the page could make.
 */
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ChromePool } from '../../converter/engines/chrome.js';
import { ConvertError } from '../../converter/errors.js';
import { MediaUris } from '../../converter/render/media.js';
import { makeContext } from '../../converter/render/render-context.js';
import { renderSlidePng } from '../../converter/render/render-deck.js';
import { slideHtml } from '../../converter/render/slide-html.js';
import { readDeck } from '../../converter/deck/read-deck.js';
import { encodePng } from '../../examples/lib/png-encode.js';
import { buildDeck, editZip } from '../helpers/pptx-fixture.js';
import { body, deck, IN, para, run, shape } from '../render/model-builders.js';
import { decodePng, inkBox } from '../render/png-pixels.js';

describe('hostile deck text is inert', function () {
  this.timeout(60000);
  let server: Server;
  let hits = 0;
  let base = '';
  let pool: ChromePool;

  before(async () => {
    server = createServer((_req, res) => {
      hits++;
      res.end('x');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    pool = await ChromePool.launch({ pages: 1 });
  });

  after(async () => {
    await pool?.close();
    await new Promise((r) => server?.close(r));
  });

  function hostileDeck() {
    const texts = [
      `<img src="${base}/img.png" onerror="fetch('${base}/onerror')">`,
      `<script>fetch('${base}/script')</script>`,
      `<link rel="stylesheet" href="${base}/style.css"><iframe src="${base}/frame"></iframe>`,
      `</p></div><style>body{background:url(${base}/bg.png)}</style>`,
    ];
    const shapes = texts.map((t, i) => shape({ x: 0.5 * IN, y: (0.5 + i * 1.2) * IN, w: 9 * IN, h: IN }, { text: body([para([run(t, { size: 14, font: { latin: `Evil"; src:url(${base}/font)`, ea: '', cs: '' } })])]) }));
    const d = deck([shapes]);
    d.slides[0]!.notes = `<script>fetch('${base}/notes')</script>`;
    return d;
  }

  it('escapes every piece of deck text in the page', () => {
    const d = hostileDeck();
    const html = slideHtml(d, d.slides[0]!, makeContext(new MediaUris(d.media))).html;
    assert.ok(!html.includes('<img src="http'), 'no live <img>');
    assert.ok(!html.includes('<script'), 'no <script>');
    assert.ok(!html.includes('<iframe'), 'no <iframe>');
    assert.ok(!/<style>body\{background:url/.test(html), 'no injected <style>');
    assert.ok(html.includes('&lt;script&gt;fetch(&#39;'), 'the script text is shown escaped');
    // The hostile font name stays one quoted family name: its quote and semicolon are dropped.
    assert.ok(html.includes(`"Evil src:url(${base}/font)"`), 'font names cannot smuggle CSS');
  });

  it('renders the markup as visible text without making a single request', async () => {
    const d = hostileDeck();
    const png = decodePng(await renderSlidePng(d, d.slides[0]!, pool, 960, new MediaUris(d.media), () => {}));
    for (let i = 0; i < 4; i++) {
      const y = Math.round((0.5 + i * 1.2) * 96);
      const ink = inkBox(png, { x: 48, y, w: 864, h: 96 }, '#FFFFFF');
      // A line of 14 pt text, some hundreds of px long: the markup is drawn as characters.
      assert.ok(ink && ink.w > 250 && ink.h > 8 && ink.h < 50, `text line ${i}: ${JSON.stringify(ink)}`);
    }
    // The page's background stayed white: the injected style did nothing.
    assert.deepEqual(png.at(950, 700).slice(0, 3), [255, 255, 255]);
    assert.equal(hits, 0, 'the page made no request');
  });

  it('refuses network loads even from markup that bypasses the builder', async () => {
    const page = `<!DOCTYPE html><html><body><img src="${base}/direct.png"><link rel="stylesheet" href="${base}/direct.css"><script>document.body.style.background='red';fetch('${base}/direct')</script></body></html>`;
    const png = decodePng(await pool.screenshot(page, 200, 100));
    assert.equal(hits, 0, 'blocked by request interception');
    assert.deepEqual(png.at(150, 80).slice(0, 3), [255, 255, 255], 'scripts are off');
  });

  it('draws the PNG saved with a damaged SVG, not the broken-image icon', async () => {
    const red = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10" fill="red"/></svg>';
    const blue = encodePng(4, 4, new Uint8Array(4 * 4 * 3).map((_, i) => (i % 3 === 2 ? 255 : 0)));
    const pptx = await buildDeck((p) => void p.addSlide().addImage({ data: `image/svg+xml;base64,${Buffer.from(red).toString('base64')}`, x: 1, y: 1, w: 2, h: 2 }));
    const center = async (svg: string) => {
      const d = await readDeck({ bytes: await editZip(pptx, { 'ppt/media/image-1-1.png': blue, 'ppt/media/image-1-2.svg': svg }), name: 'svg.pptx' });
      const png = decodePng(await renderSlidePng(d, d.slides[0]!, pool, 960, new MediaUris(d.media), () => {}));
      return png.at(192, 192).slice(0, 3);
    };
    assert.deepEqual(await center(red), [255, 0, 0], 'a good SVG is drawn');
    assert.deepEqual(await center(red.slice(0, -6)), [0, 0, 255], 'truncated: the PNG instead');
    assert.deepEqual(await center(red.replace(' xmlns="http://www.w3.org/2000/svg"', '')), [0, 0, 255], 'no SVG namespace: the PNG instead');
  });

  it('a slide Chromium cannot draw in time is bad input (exit 3) naming the slide, not an internal error', async () => {
    // A page load limit no page can meet stands in for a slide too large to lay out in 30 s. The slide is
    // big enough (2,000 text boxes: megabytes of markup) that parsing it alone outlasts 1 ms on any machine.
    const slow = await ChromePool.launch({ pages: 1, pageTimeoutMs: 1 });
    try {
      const boxes = Array.from({ length: 2000 }, (_, i) => shape({ x: IN + (i % 50) * 1000, y: IN + Math.floor(i / 50) * 1000, w: 4 * IN, h: IN }, { text: body([para(`hello ${i}`)]) }));
      const d = deck([boxes]);
      await assert.rejects(renderSlidePng(d, d.slides[0]!, slow, 320, new MediaUris(d.media), () => {}), (e: unknown) => {
        assert.ok(e instanceof ConvertError, String(e));
        assert.equal(e.code, 'BAD_INPUT');
        assert.equal(e.exitCode, 3);
        assert.match(e.message, /^slide 1 is too large to draw: Chromium could not draw it in time \(.*1 ?ms.*\); simplify it \(fewer shapes, less text\) and try again$/);
        return true;
      });
    } finally {
      await slow.close();
    }
  });
});
