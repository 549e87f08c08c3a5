/** What must not be translated is found by its shape and travels as <span translate="no">; answers are parsed leniently. */
import assert from 'node:assert/strict';
import { compileGlossary } from '../../converter/translate/glossary.js';
import { decodeEntities, parseMarkup, toMarkup } from '../../converter/translate/markup.js';
import { findKept, protect } from '../../converter/translate/protect.js';

const kept = (text: string) => findKept(text).map((h) => h.keep);

describe('translate/protect', () => {
  it('keeps URLs, e-mail addresses and code as written', () => {
    assert.deepEqual(kept('See https://www.usgs.gov/water-cycle. Or write to ana@school.org today.'), ['https://www.usgs.gov/water-cycle', 'ana@school.org']);
    assert.deepEqual(kept('Call `print(x)` then len(items); set max_depth and userName in config.yaml'), ['`print(x)`', 'len(items)', 'max_depth', 'userName', 'config.yaml']);
    assert.deepEqual(kept('Run it with --verbose from /usr/local/bin today'), ['--verbose', '/usr/local/bin']);
    // A deck titled by its file name: a name, not words (it came back as 08_marketingo_reporto_eno).
    assert.deepEqual(kept('08_marketing_report_en and 2024_q3'), ['08_marketing_report_en', '2024_q3']);
  });

  it('keeps formulas, chemical formulas and numbers, but not words joined by a slash', () => {
    assert.deepEqual(kept('Einstein wrote E = mc² and we know that 2 + 2 = 4.'), ['E = mc²', '2 + 2 = 4']);
    assert.deepEqual(kept('Plants turn 6CO2 + 6H2O → C6H12O6 + 6O2 into sugar.'), ['6CO2 + 6H2O → C6H12O6 + 6O2']);
    assert.deepEqual(kept('Water is H2O and about 96.5% of it is salty; it fell on 12/03.'), ['H2O', '96.5%', '12', '03']);
    assert.deepEqual(kept('Rain and/or snow fall in the wet/dry season.'), []);
  });

  it('glossary terms: fixed forms per language, names kept, whole words only', () => {
    const g = { Riverton: true, 'water cycle': { es: 'ciclo hidrológico' }, USGS: 'USGS' };
    const es = compileGlossary(g, 'es-MX')!;
    assert.deepEqual(findKept('The Water Cycle of Riverton, says the USGS, not Rivertonian.', es).map((h) => h.keep), ['ciclo hidrológico', 'Riverton', 'USGS']);
    const fr = compileGlossary(g, 'fr')!;
    // No French form: the term is kept as written; a capitalised term matches only its own spelling.
    assert.deepEqual(findKept('the water cycle in riverton', fr).map((h) => h.keep), ['water cycle']);
  });

  it('protect -> markup -> parse keeps every piece and its text', () => {
    const pieces = protect('Visit https://a.org/x?y=1&z=2 for <b> 3 tips', undefined);
    const markup = toMarkup(pieces);
    // A tag written in the text is code too.
    assert.equal(markup, 'Visit <span translate="no">https://a.org/x?y=1&amp;z=2</span> for <span translate="no">&lt;b&gt;</span> <span translate="no">3</span> tips');
    assert.deepEqual(parseMarkup(markup), [
      { kind: 'text', text: 'Visit ' }, { kind: 'keep', text: 'https://a.org/x?y=1&z=2' }, { kind: 'text', text: ' for ' },
      { kind: 'keep', text: '<b>' }, { kind: 'text', text: ' ' }, { kind: 'keep', text: '3' }, { kind: 'text', text: ' tips' },
    ]);
    assert.deepEqual(parseMarkup(toMarkup(protect('x < y & z', undefined))), [{ kind: 'keep', text: 'x < y' }, { kind: 'text', text: ' & z' }]);
  });

  it('parses what services send back: other quoting, entities, groups, breaks, unknown tags', () => {
    assert.deepEqual(parseMarkup("Hola <span id='g1'>mundo <span translate=no>42</span></span><br/>adi&oacute;s <b>x</b> &#39;y&#39; &#x263A;"), [
      { kind: 'text', text: 'Hola ' }, { kind: 'text', text: 'mundo ', group: 1 }, { kind: 'keep', text: '42', group: 1 },
      { kind: 'break' }, { kind: 'text', text: "adi&oacute;s x 'y' ☺" },
    ]);
    assert.equal(decodeEntities('&amp;lt; &nbsp;&#0;'), '&lt; \u00a0&#0;');
  });
});
