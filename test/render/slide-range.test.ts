import assert from 'node:assert/strict';
import { parseSlideRange } from '../../converter/render/slide-range.js';
import { ConvertError } from '../../converter/errors.js';

describe('parseSlideRange', () => {
  it('reads single numbers and ranges, sorted and de-duplicated', () => {
    assert.deepEqual(parseSlideRange('3,5-9', 12), [3, 5, 6, 7, 8, 9]);
    assert.deepEqual(parseSlideRange('9-10, 2 ,2', 12), [2, 9, 10]);
  });

  it('clips a range that runs past the end of the deck', () => {
    assert.deepEqual(parseSlideRange('4-99', 6), [4, 5, 6]);
  });

  for (const bad of ['', '0', '3-2', 'a', '1,,2', '1-2-3', '-4']) {
    it(`rejects ${JSON.stringify(bad)} as bad usage`, () => {
      assert.throws(() => parseSlideRange(bad, 10), (e: unknown) => e instanceof ConvertError && e.code === 'BAD_USAGE' && /1 to 10/.test(e.message));
    });
  }

  it('names the slide count when a slide does not exist', () => {
    assert.throws(() => parseSlideRange('11', 10), /the deck has 10 slides; choose numbers from 1 to 10/);
  });
});
