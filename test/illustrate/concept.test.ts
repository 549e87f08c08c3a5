import assert from 'node:assert/strict';
import { deckConcepts } from '../../converter/illustrate/concept.js';
import { detectComparison, detectFigure, detectSteps } from '../../converter/illustrate/layout-detect.js';
import { shortenText } from '../../converter/illustrate/text/shorten.js';
import { WATER_LESSON } from './fixtures.js';

const lesson = () => deckConcepts(WATER_LESSON.map((s, i) => ({ slideIndex: i + 1, ...s })), 'en-US');

describe('illustrate/concept', () => {
  it('picks a layout per slide from what the notes say', () => {
    assert.deepEqual(
      lesson().map((c) => c.layout),
      ['concept', 'steps', 'comparison', 'number'],
    );
  });

  it('concept: title as headline, informative sentences as points (the "Today we look at" opener is not one)', () => {
    const c = lesson()[0]!;
    assert.equal(c.headline, 'Photosynthesis');
    assert.equal(c.keyPhrase, 'Photosynthesis');
    assert.deepEqual(c.points, ['Plants use sunlight, water and carbon dioxide to make glucose', 'The oxygen we breathe is a by-product of photosynthesis']);
    assert.equal(c.dir, 'ltr');
    assert.equal(c.lang, 'en');
  });

  it('steps: sentences opened by first/then/finally, markers removed', () => {
    assert.deepEqual(lesson()[1]!.steps, ['The sun heats the sea', 'The vapour rises and cools into clouds', 'Rain falls and rivers carry it back']);
  });

  it('comparison: the two sides of "X vs Y" with one supporting sentence each', () => {
    const c = lesson()[2]!;
    assert.deepEqual(c.sides, ['Plant cells', 'Animal cells']);
    assert.deepEqual(c.sidePoints, ['Plant cells have a cell wall and chloroplasts', 'Animal cells have neither, but both have a nucleus']);
  });

  it('number: the percentage and what it measures; its sentence is not repeated as a point', () => {
    const c = lesson()[3]!;
    assert.deepEqual(c.figure, { value: '70%', caption: 'of the oxygen in the air comes from ocean plants like algae' });
    assert.deepEqual(c.points, ['Forests store carbon and cool the planet']);
  });

  it('Arabic slides are right-to-left', () => {
    const [c] = deckConcepts([{ slideIndex: 1, title: 'دورة الماء', notes: 'يتبخر الماء من المحيطات ويتكثف في السحب ثم يسقط مطرا.' }], '');
    assert.equal(c!.lang, 'ar');
    assert.equal(c!.dir, 'rtl');
    assert.equal(c!.headline, 'دورة الماء');
  });

  it('detects comparisons, steps and figures in other languages', () => {
    assert.deepEqual(detectComparison('Energía solar frente a energía eólica', []), ['Energía solar', 'energía eólica']);
    assert.deepEqual(detectSteps(["D'abord, l'eau s'évapore.", 'Ensuite, la vapeur se condense.', 'Enfin, la pluie tombe.'], 'fr'), [
      "l'eau s'évapore",
      'la vapeur se condense',
      'la pluie tombe',
    ]);
    assert.deepEqual(detectSteps(['أولاً، تسخن الشمس البحر.', 'ثانياً، يرتفع البخار.', 'أخيراً، يسقط المطر.'], 'ar'), ['تسخن الشمس البحر', 'يرتفع البخار', 'يسقط المطر']);
    assert.equal(detectFigure(['Casi el 97 % del agua está en los océanos.'], 'es')?.value, '97%');
    assert.equal(detectFigure(['The Sun is 150 million km away.'], 'en')?.value, '150 million');
    // A year or a small count is not a headline number.
    assert.equal(detectFigure(['In 1905 Einstein wrote 4 papers.'], 'en'), undefined);
  });

  it('shortens long sentences at a late clause boundary, else with an ellipsis, never on a stop word', () => {
    assert.equal(
      shortenText('So, as warm moist air rises it cools, and the vapour turns back into tiny droplets of liquid water.', 12),
      // "turns back" are stop words in the English list: the cut never ends on them.
      'as warm moist air rises it cools, and the vapour…',
    );
    assert.equal(shortenText('Evaporation is the first stage, and the sun is the engine that drives it.', 14), 'Evaporation is the first stage, and the sun is the engine that drives it');
    assert.equal(shortenText('By the end of the lesson, you will be able to explain where rain comes from.', 12), 'By the end of the lesson, you will be able to explain…');
  });
});
