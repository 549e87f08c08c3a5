import assert from 'node:assert/strict';
import { parseDirectives } from '../../converter/script/directives.js';

describe('script/directives', () => {
  it('pauses cut the text and carry their duration', () => {
    assert.deepEqual(parseDirectives('One. [pause 2s] Two [PAUSE 500ms] three. [pause] Four. [pause 1,5 s]'), {
      skip: false,
      noImage: false,
      leadingPauseMs: 0,
      segments: [
        { text: 'One. ', pauseAfterMs: 2000 },
        { text: ' Two ', pauseAfterMs: 500 },
        { text: ' three. ', pauseAfterMs: 1000 },
        { text: ' Four. ', pauseAfterMs: 1500 },
      ],
    });
  });

  it('leading and consecutive pauses add up; bare numbers are seconds unless large; huge ones are capped', () => {
    const d = parseDirectives('[pause 1s][pause 2] Hi. [pause 300] [pause 90s]');
    assert.equal(d.leadingPauseMs, 3000);
    assert.deepEqual(d.segments, [{ text: ' Hi. ', pauseAfterMs: 300 + 30_000 }]);
  });

  it('skip, no image and image prompts are removed from the text', () => {
    const d = parseDirectives('[skip] Intro [no image] text.\n[image:  a volcano   at dusk ] [No-Image] [image: lava]');
    assert.equal(d.skip, true);
    assert.equal(d.noImage, true);
    assert.equal(d.imagePrompt, 'a volcano at dusk; lava');
    assert.deepEqual(d.segments, [{ text: '  Intro   text.\n     ', pauseAfterMs: 0 }]);
  });

  it('[click] and [AfterClick] cut the text and are recorded with the silence typed before them', () => {
    const d = parseDirectives('[click] A [pause 1s][click] B [Click] [click][after click]');
    assert.deepEqual(d.leadingClicks, [0]);
    assert.deepEqual(d.segments, [
      { text: ' A ', pauseAfterMs: 1000, clicksAfter: [1000] },
      { text: ' B ', pauseAfterMs: 3000, clicksAfter: [0, 1500, 3000] },
    ]);
  });

  it('leaves other bracketed text alone', () => {
    const d = parseDirectives('As shown in [1] and [see appendix].');
    assert.deepEqual(d.segments, [{ text: 'As shown in [1] and [see appendix].', pauseAfterMs: 0 }]);
    assert.equal(d.imagePrompt, undefined);
  });
});
