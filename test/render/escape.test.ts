import assert from 'node:assert/strict';
import { cssFontName, escapeHtml } from '../../converter/render/escape.js';

describe('escaping deck text', () => {
  it('escapes the five HTML-significant characters', () => {
    assert.equal(escapeHtml(`<img src=x onerror="alert('1')">&`), '&lt;img src=x onerror=&quot;alert(&#39;1&#39;)&quot;&gt;&amp;');
  });

  it('leaves other text alone', () => {
    assert.equal(escapeHtml('Résumé — 한국어 ✓'), 'Résumé — 한국어 ✓');
  });

  it('quotes font names and drops characters that could end the declaration', () => {
    assert.equal(cssFontName('Calibri'), '"Calibri"');
    assert.equal(cssFontName('x";}</style><script>'), '"x/stylescript"');
  });
});
