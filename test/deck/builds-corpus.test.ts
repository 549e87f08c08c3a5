/**
 * Builds on the real decks of ../shared/decks: every slide's click count equals an independent count
 * (regular expressions over the slide XML: the clickEffect nodes inside the mainSeq's p:seq), and the
 * reader never falls back on a corpus slide.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { clickCount } from '../../converter/deck/build-steps.js';
import { readDeck } from '../../converter/deck/read-deck.js';
import { slidesInOrder } from '../helpers/independent-slides.js';
import { listDecks, REFUSED_DECKS, requireSharedDecks } from '../helpers/shared-decks.js';

async function independentClicks(bytes: Uint8Array): Promise<number[]> {
  const { zip, slides } = await slidesInOrder(bytes);
  const out: number[] = [];
  for (const { path } of slides) {
    const xml = (await zip.file(path)!.async('string'));
    const main = /nodeType="mainSeq"[\s\S]*?<\/p:seq>/.exec(xml)?.[0] ?? '';
    out.push((main.match(/nodeType="clickEffect"/g) ?? []).length);
  }
  return out;
}

describe('deck/builds: shared corpus (../shared/decks)', function () {
  this.timeout(120000);
  let dir = '';
  before(function () {
    dir = requireSharedDecks(this);
  });

  it('clicks per slide equal an independent count of the main sequence\'s click effects', async () => {
    const problems: string[] = [];
    let decks = 0;
    let slides = 0;
    let clicks = 0;
    for (const rel of listDecks(dir)) {
      if (REFUSED_DECKS[rel]) continue; // refused decks are the corpus reader test's business
      const bytes = readFileSync(join(dir, rel));
      const deck = await readDeck({ bytes, name: rel });
      const expected = await independentClicks(bytes);
      const got = deck.slides.map((s) => clickCount(s.build));
      if (got.join() !== expected.join()) problems.push(`${rel}: clicks ${got.join(',')} expected ${expected.join(',')}`);
      for (const w of deck.warnings) if (/animations could not be read/.test(w)) problems.push(`${rel}: ${w}`);
      const animated = got.filter((n) => n > 0).length;
      if (animated) decks++;
      slides += animated;
      clicks += got.reduce((a, b) => a + b, 0);
    }
    console.log(`      builds: ${decks} decks, ${slides} slides with clicks, ${clicks} clicks`);
    assert.deepEqual(problems, []);
    assert.ok(clicks > 0, 'the corpus has click animations');
  });

  it('the lecture deck of the issue: 24 animated slides, 113 clicks; slide 16 shows one listing label at a time', async () => {
    const deck = await readDeck({ path: join(dir, 'ai-system/SystemforAI-9-Compilation and Optimization.ppsx') });
    const counts = deck.slides.map((s) => clickCount(s.build));
    assert.equal(counts.filter((n) => n > 0).length, 24);
    assert.equal(counts.reduce((a, b) => a + b, 0), 113);
    // The three labels (groups 120, 121 and 130) sit in the same spot; no step shows two.
    const labels = ['120', '121', '130'];
    const s16 = deck.slides[15]!;
    const shown = s16.build!.steps.map((st) => labels.filter((id) => !st.hidden.some((t) => t.shape === id)).length);
    assert.deepEqual(shown, [0, 0, 1, 1, 0, 1, 1, 0, 1, 1, 0, 0]);
  });
});
