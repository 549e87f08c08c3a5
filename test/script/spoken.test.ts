import assert from 'node:assert/strict';
import { compileLexicon } from '../../converter/script/lexicon.js';
import { toSpoken } from '../../converter/script/spoken.js';
import { speakSymbols } from '../../converter/script/symbols.js';
import { findUrls, speakUrls, urlDomain } from '../../converter/script/urls.js';

describe('script/spoken', () => {
  it('finds URLs without their trailing punctuation, and not file names or emails', () => {
    const text = 'See https://www.example.com/docs?id=3. Or www.python.org, or docs.github.com/en! Not Node.js, file.txt or me@mail.com.';
    assert.deepEqual(findUrls(text).map((u) => u.url), ['https://www.example.com/docs?id=3', 'www.python.org', 'docs.github.com/en']);
    assert.equal(urlDomain('http://user@localhost:3000/x'), 'localhost');
  });

  it('speaks URLs as their domain, in the slide language, or skips them', () => {
    const text = 'See https://www.example.com/docs?id=3 for more.';
    assert.equal(speakUrls(text, 'en', false), 'See example dot com for more.');
    assert.equal(speakUrls('Visita https://es.wikipedia.org/wiki/Volcán.', 'es', false), 'Visita es punto wikipedia punto org.');
    assert.equal(speakUrls('Voir https://www.inria.fr.', 'fr', false), 'Voir inria point fr.');
    assert.equal(speakUrls(text, 'en', true), 'See for more.');
  });

  it('speaks %, & and arrows in English, Spanish, French, Hindi and Arabic', () => {
    assert.equal(speakSymbols('50% of A & B -> C', 'en'), '50 percent of A and B to C');
    assert.equal(speakSymbols('El 50 % de A&B → C', 'es'), 'El 50 por ciento de A y B a C');
    assert.equal(speakSymbols('50% de A & B => C', 'fr'), '50 pour cent de A et B vers C');
    assert.equal(speakSymbols('50% छात्र & शिक्षक', 'hi'), '50 प्रतिशत छात्र और शिक्षक');
    assert.equal(speakSymbols('النسبة 50٪ & أكثر', 'ar'), 'النسبة 50 بالمئة و أكثر');
    assert.equal(speakSymbols('x = 2 + 3', 'en'), 'x equals 2 plus 3');
    assert.equal(speakSymbols('C++ and a+b', 'en'), 'C++ and a+b');
    assert.equal(speakSymbols('50%', 'ja'), '50%'); // no table: the engine reads it
  });

  it('applies URLs, then the lexicon, then symbols; the caption is untouched', () => {
    const lexicon = compileLexicon({ 'R&D': 'R and D', github: 'git hub', SQL: 'sequel' });
    const caption = 'R&D uses SQL, 80% of it on https://github.com/org & more.';
    assert.equal(toSpoken(caption, { lang: 'en', skipUrls: false, lexicon }), 'R and D uses sequel, 80 percent of it on git hub dot com and more.');
    assert.equal(caption, 'R&D uses SQL, 80% of it on https://github.com/org & more.');
  });
});
