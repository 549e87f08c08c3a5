import assert from 'node:assert/strict';
import { deckKeyphrases } from '../../converter/illustrate/keyphrases.js';
import { deckVocabulary, withoutGreetings } from '../../converter/illustrate/text/deck-vocabulary.js';
import { tokenize } from '../../converter/illustrate/text/tokenize.js';

const content = (slides: { title: string; text?: string; notes: string }[], words: string) => {
  const v = deckVocabulary(slides, 'en');
  return tokenize(words, 'en').map((t) => `${t.text}:${v.isContent(t) ? 'content' : 'stop'}`);
};

describe('illustrate/deck-vocabulary: which words can name a slide, from how the deck uses them', () => {
  it('a stop-listed noun the slides show after an article is content; the same word said vaguely is not', () => {
    const slides = [{ title: 'The World', text: 'The World\nContinents and oceans', notes: 'Seven continents cover the land.' }];
    assert.deepEqual(content(slides, 'world'), ['world:content']);
    assert.deepEqual(content([{ title: 'Oceans', text: 'Oceans', notes: 'In the end it flows around the world.' }], 'end world'), ['end:stop', 'world:stop']);
  });

  it('a word said on two slides and shown on none frames the lesson; once a slide shows it, it is content', () => {
    const said = [
      { title: 'Magma', text: 'Magma\nMolten rock', notes: 'Remember: magma is molten rock.' },
      { title: 'Lava', text: 'Lava\nMagma at the surface', notes: 'Remember that lava is magma outside.' },
    ];
    assert.deepEqual(content(said, 'remember magma'), ['remember:stop', 'magma:content']);
    const shown = [...said, { title: 'Remember', text: 'Remember\nThree facts', notes: 'Three facts.' }];
    assert.deepEqual(content(shown, 'remember'), ['remember:content']);
    // Titles alone show too little: without the slides' text nothing is taken for framing.
    assert.deepEqual(content(said.map(({ title, notes }) => ({ title, notes })), 'remember'), ['remember:content']);
  });

  it('a title word after the first phrase that the deck never uses again does not lead the key phrases', () => {
    const r = deckKeyphrases([
      { title: 'Volcanoes in a nutshell', notes: 'Volcanoes are openings in the crust. Volcanoes erupt lava and ash.' },
      { title: 'Lava flows', notes: 'Lava from volcanoes cools into rock.' },
      { title: 'Ash clouds', notes: 'Ash from volcanoes can travel far.' },
    ], 'en', 3);
    assert.equal(r[0]![0]!.text, 'Volcanoes');
    assert.ok(r[0]!.every((p) => !/nutshell/i.test(p.text)), r[0]!.map((p) => p.text).join(' | '));
  });

  it('takes out a lecture\'s greeting and farewell, not an opening or closing that is about the lesson', () => {
    const slides = [
      { title: 'Volcanoes', notes: 'Good morning, everyone, and welcome back. Volcanoes are openings in the crust.' },
      { title: 'Lava', notes: 'Lava is molten rock from volcanoes. Well done, see you next week!' },
    ];
    assert.deepEqual(withoutGreetings(slides, 'en').map((s) => s.notes), ['Volcanoes are openings in the crust.', 'Lava is molten rock from volcanoes. ']);
    const about = [
      { title: 'Volcanoes', notes: 'Lava shapes islands. Volcanoes are openings in the crust.' },
      { title: 'Lava', notes: 'Lava is molten rock. Volcanoes build islands over time.' },
    ];
    assert.deepEqual(withoutGreetings(about, 'en'), about);
  });
});
