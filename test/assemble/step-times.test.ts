import assert from 'node:assert/strict';
import { clickMarkWarnings, revealFadeMs, stepTimes } from '../../converter/assemble/step-times.js';
import type { Deck } from '../../converter/deck/model.js';
import { readDeck } from '../../converter/deck/read-deck.js';
import { buildsDeck } from '../helpers/build-decks.js';

const SENTENCES = [
  { caption: 'Let us follow a drop of water.', startMs: 0 },
  { caption: 'The sun heats the sea and evaporation lifts water up.', startMs: 2600 },
  { caption: 'Up high it cools.', startMs: 6400 },
  { caption: 'Condensation forms clouds from the vapour.', startMs: 7600 },
  { caption: 'Then precipitation brings rain back down.', startMs: 10400 },
];

describe('assemble/step-times', () => {
  let deck: Deck;
  before(async () => {
    deck = await readDeck({ bytes: await buildsDeck(), name: 'builds.pptx' });
  });

  it('without marks, each click lands at the start of the sentence about what it reveals', () => {
    const t = stepTimes({ slide: deck.slides[0]!, marks: [], sentences: SENTENCES, narrationMs: 13000, lang: 'en' });
    assert.deepEqual(t, { steps: { revealMs: [2600, 7600, 10400], fadeMs: [500, 500, 500] } });
  });

  it('[click] marks win: the start of the sentence after the mark, minus the silence typed after it', () => {
    const marks = [{ sentence: 1, beforeMs: 0 }, { sentence: 2, beforeMs: 0 }, { sentence: 5, beforeMs: 1500 }];
    const t = stepTimes({ slide: deck.slides[0]!, marks, sentences: SENTENCES, narrationMs: 13000, lang: 'en' });
    assert.deepEqual(t.steps.revealMs, [2600, 6400, 11500]);
  });

  it('unmarked clicks after the marked ones are aligned over the sentences after the last mark; extra marks are said', () => {
    const t = stepTimes({ slide: deck.slides[0]!, marks: [{ sentence: 1, beforeMs: 0 }], sentences: SENTENCES, narrationMs: 13000, lang: 'en' });
    assert.deepEqual(t.steps.revealMs, [2600, 7600, 10400]);
    const marks = [0, 1, 2, 3].map((sentence) => ({ sentence, beforeMs: 0 }));
    const many = stepTimes({ slide: deck.slides[1]!, marks, sentences: SENTENCES, narrationMs: 13000, lang: 'en' });
    assert.deepEqual(many.steps.revealMs, [0, 2600]);
    assert.deepEqual(clickMarkWarnings([{ slide: deck.slides[1]!, script: { clicks: marks } }, { slide: deck.slides[0]!, script: { clicks: marks.slice(0, 3) } }]), [
      'slide 2: the notes mark 4 clicks but the slide has 2; the extra marks are ignored',
    ]);
  });

  it('a click aligned too close to the one before waits for the next sentence start at least MIN_STEP_MS later', () => {
    // Slide 4's clicks reveal shapes without text: spread evenly they go to sentences 2 and 4, but
    // sentence 4 starts 1.4 s after sentence 2, so the second click waits for sentence 5.
    const packed = [0, 1000, 2000, 2600, 3400, 5200].map((startMs, i) => ({ caption: `Sentence ${i}.`, startMs }));
    const t = stepTimes({ slide: deck.slides[3]!, marks: [], sentences: packed, narrationMs: 6000, lang: 'en' });
    assert.deepEqual(t.steps.revealMs, [2000, 5200]);
    // No later sentence: it comes after the narration, at least 1.5 s after the step before.
    const tight = [0, 900, 1800, 2100].map((startMs, i) => ({ caption: `Sentence ${i}.`, startMs }));
    assert.deepEqual(stepTimes({ slide: deck.slides[3]!, marks: [], sentences: tight, narrationMs: 2500, lang: 'en' }).steps.revealMs, [900, 2400]);
  });

  it('a silent slide holds each step for its reading time: step 0 like a slide, later steps at least 1.5 s', () => {
    const t = stepTimes({ slide: deck.slides[0]!, marks: [], sentences: [], narrationMs: 0, lang: 'en' });
    // Step 0 shows the title (2 words: the 3 s minimum); each bullet has 3 words (1.2 s at 150 wpm -> 1.5 s).
    assert.deepEqual(t.steps.revealMs, [3000, 4500, 6000]);
    assert.equal(t.holdMs, 7500);
  });

  it('reveal looks: appear and disappear cut; other effects crossfade for their length, at most 0.5 s', () => {
    const steps = deck.slides[1]!.build!.steps;
    assert.equal(revealFadeMs(steps[1]!), 500); // disappear + fade in
    assert.equal(revealFadeMs(steps[2]!), 0); // disappear + appear
    const slow = { ...steps[1]!, effects: steps[1]!.effects.map((e) => ({ ...e, durationMs: 2000 })) };
    assert.equal(revealFadeMs(slow), 500);
    // Emphasis only: nothing appears, the picture stays.
    assert.equal(revealFadeMs({ hidden: [], effects: [{ ...steps[1]!.effects[1]!, kind: 'emphasis' }] }), 0);
  });
});
