import assert from 'node:assert/strict';
import { chunkText, codePoints, utf8Bytes } from '../../converter/narrate/chunk-text.js';

describe('narrate/chunk-text', () => {
  it('leaves text under the limit whole', () => {
    assert.deepEqual(chunkText('  Short text.  ', 4096, 'en'), ['Short text.']);
    assert.deepEqual(chunkText('   ', 4096, 'en'), []);
  });

  it('cuts at sentence boundaries and packs sentences up to the limit', () => {
    const s = (n: number) => `Sentence ${n} ${'x'.repeat(20)}.`; // 32 characters
    const text = [1, 2, 3, 4, 5].map(s).join(' ');
    assert.deepEqual(chunkText(text, 70, 'en'), [`${s(1)} ${s(2)}`, `${s(3)} ${s(4)}`, s(5)]);
  });

  it('cuts a sentence longer than the limit after clause punctuation, then between words', () => {
    assert.deepEqual(chunkText('alpha beta, gamma delta; epsilon zeta eta theta iota', 20, 'en'), ['alpha beta,', 'gamma delta;', 'epsilon zeta eta', 'theta iota']);
    assert.deepEqual(chunkText('abcdefghij', 4, 'en'), ['abcd', 'efgh', 'ij']);
  });

  it('joined back, the chunks are the text', () => {
    const text = 'Uno, dos. Tres; cuatro cinco seis. ¿Siete? Ocho nueve diez once doce.';
    const chunks = chunkText(text, 15, 'es');
    assert.ok(chunks.every((c) => c.length <= 15));
    assert.equal(chunks.join(' '), text);
  });

  it('measures in code points or UTF-8 bytes', () => {
    const hindi = 'नमस्ते दुनिया। '.repeat(3).trim();
    assert.equal(codePoints('नमस्ते'), 6);
    assert.equal(utf8Bytes('नमस्ते'), 18);
    const chunks = chunkText(hindi, 40, 'hi', utf8Bytes);
    assert.deepEqual(chunks, ['नमस्ते दुनिया।', 'नमस्ते दुनिया।', 'नमस्ते दुनिया।']);
  });
});
