import assert from 'node:assert/strict';
import { splitSentences } from '../../converter/script/sentences.js';

describe('script/sentences', () => {
  it('English: abbreviations, initials, decimals, ellipses, etc.', () => {
    assert.deepEqual(
      splitSentences('Dr. Smith arrived at 3.5 p.m. today. It was late... Really? Yes! See Fig. 3 for details. I said no. Then we left, etc. And so on.', 'en'),
      ['Dr. Smith arrived at 3.5 p.m. today.', 'It was late...', 'Really?', 'Yes!', 'See Fig. 3 for details.', 'I said no.', 'Then we left, etc.', 'And so on.'],
    );
    assert.deepEqual(splitSentences('J. R. R. Tolkien wrote it, e.g. The Hobbit. Well… maybe not.', 'en'), [
      'J. R. R. Tolkien wrote it, e.g. The Hobbit.',
      'Well… maybe not.',
    ]);
    assert.deepEqual(splitSentences('He said "Go." Then he left.', 'en'), ['He said "Go."', 'Then he left.']);
    assert.deepEqual(splitSentences('Visit example.com/a.b today. Version 2.0 is out', 'en'), ['Visit example.com/a.b today.', 'Version 2.0 is out']);
  });

  it('Spanish: ¿ ¡, "p. ej.", titles and EE.UU.', () => {
    assert.deepEqual(
      splitSentences('¿Qué es esto? Es un ejemplo, p. ej. una fruta. ¡Muy bien! La Sra. García llegó a EE.UU. en 2020. Fin.', 'es'),
      ['¿Qué es esto?', 'Es un ejemplo, p. ej. una fruta.', '¡Muy bien!', 'La Sra. García llegó a EE.UU. en 2020.', 'Fin.'],
    );
    assert.deepEqual(splitSentences('Eso es. El Dr. Pérez vive en la pág. 12 del libro.', 'es'), ['Eso es.', 'El Dr. Pérez vive en la pág. 12 del libro.']);
  });

  it('French: "M.", spaced punctuation and « »', () => {
    assert.deepEqual(splitSentences('M. Dupont est là. Il dit : « Bonjour ! » Puis il part... et revient. Voir p. ex. le chap. 3.', 'fr'), [
      'M. Dupont est là.',
      'Il dit : « Bonjour ! »',
      'Puis il part... et revient.',
      'Voir p. ex. le chap. 3.',
    ]);
    assert.deepEqual(splitSentences('Vraiment ? Oui, Mme Curie.', 'fr'), ['Vraiment ?', 'Oui, Mme Curie.']);
  });

  it('Hindi: danda, double danda, question mark, "डॉ."', () => {
    assert.deepEqual(splitSentences('यह पहला वाक्य है। क्या यह दूसरा है? हाँ॥ डॉ. शर्मा आए।', 'hi'), [
      'यह पहला वाक्य है।',
      'क्या यह दूसरा है?',
      'हाँ॥',
      'डॉ. शर्मा आए।',
    ]);
  });

  it('Arabic: full stop, Arabic question mark, decimals', () => {
    assert.deepEqual(splitSentences('هذا هو الدرس الأول. هل فهمت؟ نعم! نسبة النجاح 3.5 بالمئة.', 'ar'), [
      'هذا هو الدرس الأول.',
      'هل فهمت؟',
      'نعم!',
      'نسبة النجاح 3.5 بالمئة.',
    ]);
  });

  it('CJK: 。！？ end sentences without spaces', () => {
    assert.deepEqual(splitSentences('これは文です。次の文！終わり？', 'ja'), ['これは文です。', '次の文！', '終わり？']);
    assert.deepEqual(splitSentences('火山会喷发。为什么？', 'zh'), ['火山会喷发。', '为什么？']);
  });

  it('keeps text without final punctuation, drops empty pieces, merges strays', () => {
    assert.deepEqual(splitSentences('  no punctuation here  ', 'en'), ['no punctuation here']);
    assert.deepEqual(splitSentences('', 'en'), []);
    assert.deepEqual(splitSentences('First. — ', 'en'), ['First. —']);
  });
});
