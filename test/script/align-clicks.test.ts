import assert from 'node:assert/strict';
import { alignClicks } from '../../converter/script/align-clicks.js';

const WATER = [
  'Welcome to our lesson on the water cycle.',
  'First the sun warms the sea, and evaporation lifts water into the air.',
  'High up the vapour cools, and condensation forms clouds.',
  'Finally, precipitation brings the water back down as rain and snow.',
  'And then it all starts again.',
];

describe('script/align-clicks', () => {
  it('puts each click on the sentence that says what it reveals', () => {
    assert.deepEqual(alignClicks(['Evaporation lifts water', 'Condensation forms clouds', 'Precipitation brings rain'], WATER, 'en'), [1, 2, 3]);
  });

  it('matches inflected words and other languages', () => {
    const es = ['Hoy veremos las plantas.', 'Las raíces absorben el agua del suelo.', 'Las hojas producen azúcar con la luz.'];
    assert.deepEqual(alignClicks(['Raíz: absorbe agua', 'Hoja: produce azúcar'], es, 'es'), [1, 2]);
  });

  it('keeps clicks in order: when the words disagree with the order, the best ordered total wins', () => {
    // "carbon dioxide" is only said in sentence 3, "oxygen" in 1 and 3: the second click cannot come
    // before the first, so one of them gives way (the even spread breaks the tie).
    const sentences = ['Intro.', 'Oxygen comes out.', 'Nothing here.', 'Carbon dioxide goes in, oxygen comes out.'];
    assert.deepEqual(alignClicks(['carbon dioxide in', 'oxygen out'], sentences, 'en'), [1, 3]);
  });

  it('spreads clicks whose text nobody says evenly over the sentences', () => {
    const six = ['One thing.', 'Two things.', 'Three things.', 'Four things.', 'Five things.', 'Six things.'];
    assert.deepEqual(alignClicks(['', ''], six, 'en'), [2, 4]);
    assert.deepEqual(alignClicks(['', '', ''], six.slice(0, 3), 'en'), [0, 1, 2]);
  });

  it('more clicks than sentences: in order, sharing sentences', () => {
    const at = alignClicks(['alpha', 'beta', 'gamma'], ['Alpha and beta.', 'Gamma.'], 'en');
    assert.deepEqual(at, [0, 0, 1]);
    assert.deepEqual(alignClicks(['x'], [], 'en'), [0]);
    assert.deepEqual(alignClicks([], ['A.'], 'en'), []);
  });
});
