/**
 * Re-exporting after one picture of one slide was replaced redoes only what depends on it: that
 * slide's render and segment, and the crossfade into the next slide (it starts from that picture).
 * Also: the engine versions that go into picture keys are read, and Chromium's is remembered.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ArtifactCache } from '../../converter/cache/artifact-cache.js';
import { chromiumVersion, pictureEngines } from '../../converter/engines/engine-versions.js';
import { findFfmpeg } from '../../converter/engines/ffmpeg.js';
import { convertDeck } from '../../converter/pipeline.js';
import { encodePng } from '../../examples/lib/png-encode.js';
import { buildDeck, editZip } from '../helpers/pptx-fixture.js';

const png = (rgb: number[]) => encodePng(8, 8, new Uint8Array(8 * 8 * 3).map((_, i) => rgb[i % 3]!));

describe('e2e: re-export after a picture swap', function () {
  this.timeout(240000);
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'd2v-reexport-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  /** Cache entries written after `since`, by kind. */
  function written(cache: string, since: number): Record<string, number> {
    const out: Record<string, number> = {};
    for (const kind of readdirSync(cache)) {
      const n = readdirSync(join(cache, kind), { recursive: true, encoding: 'utf8' })
        .filter((f) => f.endsWith('.sum') && statSync(join(cache, kind, f)).mtimeMs > since).length;
      if (n) out[kind] = n;
    }
    return out;
  }

  it('re-renders one slide and re-encodes its segment and the next one\'s crossfade, nothing else', async () => {
    const colours = [[200, 30, 30], [30, 160, 60], [40, 60, 200]];
    const bytes = await buildDeck((pres) => colours.forEach((rgb, i) => {
      const s = pres.addSlide();
      s.addImage({ data: `image/png;base64,${Buffer.from(png(rgb)).toString('base64')}`, x: 1, y: 1, w: 4, h: 3 });
      s.addNotes(`Slide ${i + 1} shows one colour.`);
    }));
    const cache = join(dir, 'cache');
    const options = { cacheDir: cache, layout: 'slide-only' as const, resolution: '720p' as const };
    await convertDeck({ bytes, name: 'colours.pptx' }, { ...options, output: join(dir, 'a.mp4') });
    const since = Date.now();
    await new Promise((r) => setTimeout(r, 20));
    const swapped = await editZip(bytes, { 'ppt/media/image-2-1.png': png([250, 200, 0]) });
    await convertDeck({ bytes: swapped, name: 'colours.pptx' }, { ...options, output: join(dir, 'b.mp4') });
    // The engines' versions were read by the first run already; nothing is narrated or levelled again.
    assert.deepEqual(written(cache, since), { renders: 1, segments: 2 });
  });

  it('reads the versions of Chromium, the fonts and ffmpeg, and remembers Chromium\'s in the cache', async () => {
    const engines = await pictureEngines(new ArtifactCache(join(dir, 'any-cache')));
    assert.match(engines.chromium, /^(Chromium|Google Chrome) \d+\.\d+/);
    assert.match(engines.fonts, /^[0-9a-f]{64}$/);
    assert.match(findFfmpeg().version, /^ffmpeg version \S+$/);

    const cache = new ArtifactCache(join(dir, 'engines-cache'));
    assert.equal(await chromiumVersion(cache), engines.chromium);
    const stored = readdirSync(join(dir, 'engines-cache', 'engines'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.json'));
    assert.equal(stored.length, 1);
    // The next run takes the stored answer instead of starting Chromium to ask.
    const file = join(dir, 'engines-cache', 'engines', stored[0]!);
    const key = stored[0]!.split('/').pop()!.replace('.json', '');
    await cache.putJson('engines', key, { version: 'Chromium 0.remembered' });
    assert.equal(await chromiumVersion(cache), 'Chromium 0.remembered');
    assert.ok(statSync(file).isFile());
  });
});
