import assert from 'node:assert/strict';
import { splitGraphemes } from '../../converter/glyph-width.js';
import { pieces } from '../../converter/script/segment-pieces.js';
import { sentences, tokenize } from '../../converter/illustrate/text/tokenize.js';

describe('script/segment-pieces: long text for Intl.Segmenter in pieces', () => {
  it('cuts at white space, never inside a word, and the pieces join back to the text', () => {
    const text = 'the water cycle moves water around '.repeat(400);
    const parts = [...pieces(text, 100)];
    assert.equal(parts.join(''), text);
    assert.ok(parts.every((p) => p.length <= 100 && (p.endsWith(' ') || p === parts.at(-1))));
    assert.deepEqual([...pieces('short', 100)], ['short']);
  });

  it('without white space, cuts only where a new grapheme starts (not before a mark, inside an emoji sequence or a surrogate pair)', () => {
    const cluster = 'e\u0301\u0327'; // e with two combining marks
    const family = '👩\u200d👩\u200d👧'; // one grapheme of five code points
    const text = (cluster + family + 'ก่').repeat(300);
    const whole = splitGraphemes(text);
    assert.equal(whole.length, 300 * 3);
    // Every cut position inside the repeated 13-code-unit pattern.
    for (let max = 40; max < 53; max++) {
      const parts = [...pieces(text, max)];
      assert.equal(parts.join(''), text);
      assert.deepEqual(parts.flatMap((p) => splitGraphemes(p)), whole, `pieces of ${max}: the same graphemes as one piece gives`);
    }
  });

  it('long notes give the same words and sentences as short ones', () => {
    const sentence = 'Rain falls on the hills, and rivers carry it back to the sea. ';
    const long = sentence.repeat(5000);
    const words = tokenize(long, 'en');
    assert.equal(words.length, 13 * 5000);
    assert.deepEqual(words.slice(0, 13).map((w) => w.text), tokenize(sentence, 'en').map((w) => w.text));
    assert.equal(sentences(long, 'en').length, 5000);
    assert.equal(splitGraphemes('x'.repeat(200_000)).length, 200_000);
  });
});
