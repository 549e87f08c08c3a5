import assert from 'node:assert/strict';
import { builtinGuides, evalFormula, literalValue, type Guides } from '../../converter/drawingml/guide-formula.js';

/** Each formula's value on a guide set (rounded where trigonometry leaves float noise). */
function check(g: Guides, cases: [string, number, 'round'?][]): void {
  for (const [fmla, want, round] of cases) {
    const got = evalFormula(fmla, g);
    assert.equal(round ? Math.round(got) : got, want, fmla);
  }
}

describe('drawingml guide formulas', () => {
  it('evaluates guide formulas on a 200 x 100 shape', () => {
    check(builtinGuides(200, 100), [
      ['*/ 100000 w ss', 200000], ['pin 0 150000 100000', 100000], ['+- r 0 wd4', 150], ['?: -1 3 4', 4],
      ['cos 100 5400000', 0, 'round'], ['at2 1 1', 2700000, 'round'],
    ]);
  });

  it('evaluates every operator on a 1000 x 500 shape', () => {
    const v = builtinGuides(1000, 500);
    v.set('a', 25000);
    check(v, [
      ['*/ ss a 100000', 125], ['+- w 0 hd2', 750], ['+/ l r 2', 500], ['?: a w h', 1000], ['pin 0 a 20000', 20000],
      ['max w h', 1000], ['mod 3 4 0', 5], ['cos w 5400000', 0, 'round'], ['sin w 5400000', 1000, 'round'],
      ['at2 0 1', 5400000], ['val cd4', 5400000],
    ]);
  });

  it('reads the number of a "val N" adjust formula, and nothing else', () => {
    assert.equal(literalValue('val 30000'), 30000);
    assert.equal(literalValue(' val -8333 '), -8333);
    assert.equal(literalValue('*/ w 1 2'), undefined);
  });
});
