/**
 * The narrate stage as convertDeck runs it: the slides plan-conversion selects, narrated through the
 * artifact cache with one shared provider (real espeak-ng).
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ArtifactCache } from '../../converter/cache/artifact-cache.js';
import type { Deck, Slide } from '../../converter/deck/model.js';
import { ConvertError } from '../../converter/errors.js';
import { narrateDeck } from '../../converter/narrate/narrate-deck.js';
import type { ConvertOptions } from '../../converter/options/convert-options.js';
import { resolveConvertOptions } from '../../converter/options/resolve-convert-options.js';
import { selectSlides } from '../../converter/plan-conversion.js';
import type { ProgressEvent } from '../../converter/progress.js';

const slide = (index: number, notes: string, hidden = false, text = ''): Slide =>
  ({ index, id: 255 + index, hidden, title: '', text, notes, layoutName: '', background: { type: 'none' }, elements: [] }) as unknown as Slide;
const deck = (slides: Slide[]): Deck => ({ lang: 'en-US', slides }) as unknown as Deck;

describe('narrate/narrate-deck (real espeak-ng)', () => {
  let cacheDir: string;
  before(() => {
    cacheDir = mkdtempSync(path.join(tmpdir(), 'narrate-deck-'));
  });
  after(() => rmSync(cacheDir, { recursive: true, force: true }));

  async function run(d: Deck, options: ConvertOptions, onProgress?: (e: ProgressEvent) => void) {
    const o = await resolveConvertOptions({ ...options, cacheDir });
    const { lang, jobs } = selectSlides(d, o);
    const n = await narrateDeck(jobs.map((j) => ({ index: j.slide.index, script: j.script })), {
      narration: o.narration, cache: new ArtifactCache(cacheDir), signal: o.signal, onProgress,
    });
    return { lang, jobs, ...n };
  }

  it('narrates shown slides, skips [skip] and hidden ones, holds a slide without notes, reports progress', async () => {
    const events: ProgressEvent[] = [];
    const d = deck([
      slide(1, 'Hello and welcome.'),
      slide(2, '[skip] Backup slide.'),
      slide(3, 'Hidden notes.', true),
      slide(4, '', false, 'Only a title here'),
      slide(5, 'هذه الشريحة مكتوبة باللغة العربية.'),
    ]);
    const n = await run(d, { tts: 'espeak' }, (e) => events.push(e));
    assert.equal(n.lang, 'en-US');
    assert.deepEqual(n.jobs.map((j) => [j.slide.index, n.audio.has(j.slide.index), j.script.lang]), [
      [1, true, 'en-US'], [4, false, 'en-US'], [5, true, 'ar'],
    ]);
    // Slide 4 says nothing: no audio, the timeline holds it for its reading time.
    assert.deepEqual([n.jobs[1]!.script.holdMs, n.jobs[1]!.script.sentences], [3000, []]);
    assert.equal(n.audio.get(5)!.lang, 'ar');
    assert.deepEqual(events.map((e) => [e.stage, e.done, e.total]), [['narrate', 0, 2], ['narrate', 1, 2], ['narrate', 2, 2]]);
    const withHidden = await run(d, { tts: 'espeak', includeHidden: true });
    assert.equal(withHidden.audio.get(3)?.sentences[0]?.caption, 'Hidden notes.');
    assert.equal(withHidden.audio.get(1)?.cached, true, 'slide 1 comes from the cache the first run filled');
  });

  it('an aborted run is CANCELLED', async () => {
    const ac = new AbortController();
    ac.abort();
    await assert.rejects(run(deck([slide(1, 'Hello.')]), { signal: ac.signal }), (e: ConvertError) => e.code === 'CANCELLED');
  });
});
