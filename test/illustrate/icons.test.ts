import assert from 'node:assert/strict';
import { buildCardSpecs } from '../../converter/illustrate/card/card-spec.js';
import { deckConcepts } from '../../converter/illustrate/concept.js';
import { iconSvg } from '../../converter/illustrate/icons/icon-sets.js';
import { chooseEmoji } from '../../converter/illustrate/icons/match-icon.js';
import { tokenize } from '../../converter/illustrate/text/tokenize.js';
import { WATER_LESSON } from './fixtures.js';

const words = (text: string, lang: string) => tokenize(text, lang).map((t) => ({ stem: t.stem, weight: 1 }));

describe('illustrate/icons', () => {
  it('matches a concept to an emoji through keywords in many languages (emojibase + CLDR for Arabic)', () => {
    for (const [text, lang] of [
      ['volcano', 'en'],
      ['volcán', 'es'],
      ['volcan', 'fr'],
      ['ज्वालामुखी', 'hi'],
      ['بركان', 'ar'],
    ] as const) {
      assert.equal(chooseEmoji(words(text, lang), lang, 'concept', new Map()), 'volcano', `${lang}: ${text}`);
    }
    assert.equal(chooseEmoji(words('libros', 'es'), 'es', 'concept', new Map()), 'books');
  });

  it('falls back to a neutral picture for the layout when nothing matches', () => {
    assert.equal(chooseEmoji(words('zzxqv', 'en'), 'en', 'concept', new Map()), 'light-bulb');
    assert.equal(chooseEmoji(words('zzxqv', 'en'), 'en', 'number', new Map()), 'bar-chart');
    assert.equal(chooseEmoji(words('zzxqv', 'en'), 'en', 'concept', new Map([['light-bulb', 1]])), 'books');
  });

  it('prefers an unused relevant emoji, but repeats a relevant one rather than show a neutral one', () => {
    const sunAndCloud = words('sun cloud', 'en');
    assert.equal(chooseEmoji(sunAndCloud, 'en', 'concept', new Map()), 'sun-behind-cloud');
    assert.equal(chooseEmoji(sunAndCloud, 'en', 'concept', new Map([['sun-behind-cloud', 1]])), 'sun-behind-large-cloud');
    // Nothing else is about volcanoes: the volcano again, not a light bulb.
    assert.equal(chooseEmoji(words('volcano', 'en'), 'en', 'concept', new Map([['volcano', 2]])), 'volcano');
  });

  it('illustrates the lesson: sunflower for photosynthesis, weather for the water cycle, plant vs animal', () => {
    const specs = buildCardSpecs(deckConcepts(WATER_LESSON.map((s, i) => ({ slideIndex: i + 1, ...s })), 'en'), 'Lesson');
    assert.deepEqual(
      specs.map((s) => s.icon.id),
      ['fluent-emoji-flat:sunflower', 'fluent-emoji-flat:sun-behind-rain-cloud', 'fluent-emoji-flat:potted-plant', 'fluent-emoji-flat:ringed-planet'],
    );
    // A biology "cell" is not a mobile phone.
    assert.notEqual(specs[2]!.icon2!.id, 'fluent-emoji-flat:mobile-phone');
    assert.deepEqual(specs[1]!.steps!.map((s) => s.icon.id), ['tabler:sun', 'tabler:cloud', 'tabler:cloud-rain']);
  });

  it('returns inline SVG with the set viewBox; aliases are flipped', () => {
    const sun = iconSvg('fluent-emoji-flat', 'sun');
    assert.ok(sun.svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32" aria-hidden="true">'));
    assert.ok(iconSvg('tabler', 'cloud').svg.includes('stroke="currentColor"'));
    assert.ok(iconSvg('fluent-emoji-flat', 'backhand-index-pointing-right').svg.includes('<g transform="translate(32 0) scale(-1 1)">'));
    assert.throws(() => iconSvg('tabler', 'no-such-icon-xyz'), /does not exist/);
  });
});
