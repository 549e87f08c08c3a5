import assert from 'node:assert/strict';
import type { Deck, Slide } from '../../converter/deck/model.js';
import { ConvertError } from '../../converter/errors.js';
import { narrateDeck, type NarrationProgress } from '../../converter/narrate/narrate-deck.js';

const slide = (index: number, notes: string, hidden = false, text = ''): Slide =>
  ({ index, id: 255 + index, hidden, title: '', text, notes, layoutName: '', background: { type: 'none' }, elements: [] }) as Slide;
const deck = (slides: Slide[]): Deck => ({ lang: 'en-US', slides }) as unknown as Deck;

describe('narrate/narrate-deck (real espeak-ng)', () => {
  it('narrates shown slides, skips [skip] and hidden ones, reports progress', async () => {
    const events: NarrationProgress[] = [];
    const d = deck([
      slide(1, 'Hello and welcome.'),
      slide(2, '[skip] Backup slide.'),
      slide(3, 'Hidden notes.', true),
      slide(4, '', false, 'Only a title here'),
      slide(5, 'هذه الشريحة مكتوبة باللغة العربية.'),
    ]);
    const n = await narrateDeck(d, { tts: 'espeak' }, { onProgress: (e) => events.push(e) });
    assert.equal(n.lang, 'en-US');
    assert.deepEqual(n.slides.map((s) => [s.index, s.audio !== undefined, s.script.lang]), [
      [1, true, 'en-US'], [2, false, 'en-US'], [3, false, 'en-US'], [4, true, 'en-US'], [5, true, 'ar'],
    ]);
    assert.deepEqual([n.slides[3]!.audio!.durationMs, n.slides[3]!.audio!.sentences], [3000, []]);
    assert.deepEqual(events.map((e) => [e.done, e.total]), [[1, 3], [2, 3], [3, 3]]);
    const withHidden = await narrateDeck(d, { tts: 'espeak' }, { includeHidden: true });
    assert.equal(withHidden.slides[2]!.audio?.sentences[0]?.caption, 'Hidden notes.');
  });

  it('an aborted run is CANCELLED', async () => {
    const ac = new AbortController();
    ac.abort();
    await assert.rejects(narrateDeck(deck([slide(1, 'Hello.')]), {}, { signal: ac.signal }), (e: ConvertError) => e.code === 'CANCELLED');
  });
});
