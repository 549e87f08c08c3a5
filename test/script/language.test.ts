import assert from 'node:assert/strict';
import { MAX_HOLD_MS, MIN_HOLD_MS, readingTimeMs } from '../../converter/script/reading-time.js';
import { detectLanguage, dominantScript, sampleText, SAMPLE_CHARS } from '../../converter/script/language.js';

describe('script/language', () => {
  it('tells Latin-script languages apart by function words and letters', () => {
    assert.equal(detectLanguage('Today we look at how volcanoes form and why they erupt.'), 'en');
    assert.equal(detectLanguage('Hoy vemos cómo se forman los volcanes y por qué entran en erupción.'), 'es');
    assert.equal(detectLanguage("Aujourd'hui nous voyons comment les volcans se forment et pourquoi ils entrent en éruption."), 'fr');
    assert.equal(detectLanguage('Heute sehen wir, wie Vulkane entstehen und warum sie ausbrechen.'), 'de');
    assert.equal(detectLanguage('Hoje vemos como os vulcões se formam e por que entram em erupção.'), 'pt');
    assert.equal(detectLanguage('Oggi vediamo come si formano i vulcani e perché eruttano.'), 'it');
  });

  it('decides by script for Hindi, Arabic, Hebrew, CJK, Korean, Russian', () => {
    assert.equal(detectLanguage('आज हम ज्वालामुखी के बारे में सीखेंगे।'), 'hi');
    assert.equal(detectLanguage('اليوم نتعلم عن البراكين.'), 'ar');
    assert.equal(detectLanguage('היום נלמד על הרי געש.'), 'he');
    assert.equal(detectLanguage('今日は火山について学びます。'), 'ja');
    assert.equal(detectLanguage('今天我们学习火山。'), 'zh');
    assert.equal(detectLanguage('오늘은 화산에 대해 배웁니다.'), 'ko');
    assert.equal(detectLanguage('Сегодня мы изучаем вулканы.'), 'ru');
  });

  it('stays undecided on too little evidence', () => {
    assert.equal(detectLanguage('OK'), '');
    assert.equal(detectLanguage('Photosynthesis'), '');
    assert.equal(detectLanguage('12 34'), '');
  });

  it('measures the dominant script with Japanese kana and kanji together', () => {
    assert.deepEqual(dominantScript('HTML هي لغة'), { script: 'arabic', share: 5 / 9, letters: 9 });
    assert.equal(dominantScript('火山は山です').script, 'kana');
  });

  it('judges a long text on evenly spaced samples: bounded work, same answer, words kept whole', () => {
    const english = 'the water goes up into the sky and it comes down again as rain on the hills ';
    const spanish = 'el agua sube al cielo y vuelve a caer como lluvia sobre las colinas ';
    const long = english.repeat(40_000) + spanish.repeat(200_000);
    const sample = sampleText(long);
    assert.ok(sample.length <= SAMPLE_CHARS + 19, `${sample.length} characters`);
    assert.equal(sampleText('short text'), 'short text');
    // Samples come from the whole text: mostly Spanish here, though it starts in English.
    assert.equal(detectLanguage(long), 'es');
    for (const word of sample.split(/\s+/).slice(1, -1)) assert.match(word, /^(the|water|goes|up|into|sky|and|it|comes|down|again|as|rain|on|hills|el|agua|sube|al|cielo|y|vuelve|a|caer|como|lluvia|sobre|las|colinas)$/, word);
  });

  it('a reading time stops counting at its cap', () => {
    assert.equal(readingTimeMs('word '.repeat(5_000_000)), MAX_HOLD_MS);
    assert.equal(readingTimeMs('one two three'), MIN_HOLD_MS);
  });
});
