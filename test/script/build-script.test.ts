import assert from 'node:assert/strict';
import type { Deck, Slide } from '../../converter/deck/model.js';
import { buildScript, slideLanguage } from '../../converter/script/build-script.js';
import { buildDeckScripts, deckLanguage } from '../../converter/script/deck-script.js';
import { resolveScriptOptions } from '../../converter/script/options.js';
import { readingTimeMs } from '../../converter/script/reading-time.js';

const opts = resolveScriptOptions({ lexicon: { SQL: 'sequel' } });

describe('script/build-script', () => {
  it('builds captions and spoken forms with gaps, paragraph gaps and typed pauses', () => {
    const notes = '• Welcome! Today: SQL & 50% of https://db.example.org/x.\n• Next idea [pause 2s] goes on.\nLast one.';
    assert.deepEqual(buildScript(notes, 'Title', opts, { deckLang: 'en' }), {
      skip: false,
      noImage: false,
      lang: 'en',
      leadingPauseMs: 0,
      sentences: [
        { caption: 'Welcome!', spoken: 'Welcome!', pauseAfterMs: 300 },
        { caption: 'Today: SQL & 50% of https://db.example.org/x.', spoken: 'Today: sequel and 50 percent of db dot example dot org.', pauseAfterMs: 600 },
        { caption: 'Next idea', spoken: 'Next idea', pauseAfterMs: 2000 },
        { caption: 'goes on.', spoken: 'goes on.', pauseAfterMs: 600 },
        { caption: 'Last one.', spoken: 'Last one.', pauseAfterMs: 0 },
      ],
      source: 'notes',
      holdMs: 0,
      clicks: [],
    });
  });

  it('places [click] marks at the start of the sentence after them, spoken and captioned without them', () => {
    const s = buildScript('Plants need light. [click] Roots take up water. [AfterClick] Leaves make sugar [click] and store it.', '', opts, { deckLang: 'en' });
    assert.deepEqual(s.sentences.map((x) => [x.caption, x.spoken]), [
      ['Plants need light.', 'Plants need light.'],
      ['Roots take up water.', 'Roots take up water.'],
      ['Leaves make sugar', 'Leaves make sugar'],
      ['and store it.', 'and store it.'],
    ]);
    assert.deepEqual(s.clicks, [{ sentence: 1, beforeMs: 0 }, { sentence: 2, beforeMs: 0 }, { sentence: 3, beforeMs: 0 }]);
    // A click ends a stretch of text like a paragraph does: the voice takes the paragraph gap, a beat for the reveal.
    assert.deepEqual(s.sentences.map((x) => x.pauseAfterMs), [600, 600, 600, 0]);
  });

  it('keeps clicks in a row MIN_STEP_MS apart with silence; a click before a typed pause happens before the silence', () => {
    const s = buildScript('[click] Intro. [click][click] Middle. [click][pause 2s] End. [click][click]', '', opts, { deckLang: 'en' });
    assert.equal(s.leadingPauseMs, 0);
    assert.deepEqual(s.sentences.map((x) => [x.caption, x.pauseAfterMs]), [['Intro.', 1500], ['Middle.', 2000], ['End.', 1500]]);
    assert.deepEqual(s.clicks, [
      { sentence: 0, beforeMs: 0 },
      { sentence: 1, beforeMs: 1500 }, { sentence: 1, beforeMs: 0 },
      { sentence: 2, beforeMs: 2000 },
      { sentence: 3, beforeMs: 1500 }, { sentence: 3, beforeMs: 0 },
    ]);
  });

  it('keeps a typed pause at the very start and the very end', () => {
    const s = buildScript('[pause 1s] Hello there. [pause 1.5s]', '', opts, { deckLang: 'en' });
    assert.equal(s.leadingPauseMs, 1000);
    assert.deepEqual(s.sentences.map((x) => x.pauseAfterMs), [1500]);
  });

  it('reports [skip], [no image] and the image prompt', () => {
    const s = buildScript('[skip][no image][image: a cross-section of a volcano] Backup slide.', '', opts, { deckLang: 'en' });
    assert.equal(s.skip, true);
    assert.equal(s.noImage, true);
    assert.equal(s.imagePrompt, 'a cross-section of a volcano');
    assert.deepEqual(s.sentences.map((x) => x.caption), ['Backup slide.']);
  });

  it('holds a slide without notes for its reading time, or for the typed pauses', () => {
    const text = 'Volcanoes\nMagma rises through the crust\nPressure builds until it erupts';
    const s = buildScript('  \n', text, opts, { deckLang: 'en' });
    assert.deepEqual([s.source, s.sentences.length, s.holdMs], ['none', 0, 4400]); // 11 words at 150 wpm
    assert.equal(buildScript('[image: lava] [pause 5s]', text, opts, { deckLang: 'en' }).holdMs, 5000);
  });

  it('reads the slide text with narrateText, each line on its own', () => {
    const s = buildScript('', 'Volcanoes\nMagma rises\nthrough the crust', resolveScriptOptions({ narrateText: true }), { deckLang: 'en' });
    assert.equal(s.source, 'slide-text');
    assert.deepEqual(s.sentences.map((x) => [x.caption, x.pauseAfterMs]), [['Volcanoes', 600], ['Magma rises', 600], ['through the crust', 0]]);
  });

  it('drops a sentence that is only a URL when URLs are skipped', () => {
    const s = buildScript('Read this.\nhttps://example.com/page', '', resolveScriptOptions({ skipUrls: true }), { deckLang: 'en' });
    assert.deepEqual(s.sentences, [{ caption: 'Read this.', spoken: 'Read this.', pauseAfterMs: 0 }]);
  });

  it('switches language only for a slide clearly in another script', () => {
    assert.equal(slideLanguage('هذه الشريحة مكتوبة باللغة العربية بالكامل.', 'en'), 'ar');
    assert.equal(slideLanguage('Esta diapositiva está en español, pero el mazo está en inglés.', 'en'), 'en');
    assert.equal(slideLanguage('HTML and CSS: the basics of the web.', 'hi'), 'en');
    assert.equal(slideLanguage('आज HTML और CSS सीखेंगे।', 'hi'), 'hi');
    assert.equal(slideLanguage('OK', 'ar'), 'ar');
  });

  it('reading time: words at 150 wpm, CJK characters at 300 per minute, clamped to 3-10 s', () => {
    assert.equal(readingTimeMs(''), 3000);
    assert.equal(readingTimeMs('one two three four five six seven eight nine ten eleven twelve'), 4800);
    assert.equal(readingTimeMs('火山'.repeat(20)), 8000);
    assert.equal(readingTimeMs('word '.repeat(100)), 10000);
  });
});

describe('script/deck-script', () => {
  const slide = (index: number, notes: string, text = ''): Slide =>
    ({ index, id: 255 + index, hidden: false, title: '', text, notes, layoutName: '', background: { type: 'none' }, elements: [] }) as Slide;
  const deck = (lang: string, slides: Slide[]): Deck => ({ lang, slides }) as unknown as Deck;

  it('detects the deck language from all notes, keeping the file region when it agrees', () => {
    const slides = [slide(1, 'Hoy vamos a ver los volcanes.'), slide(2, 'هذه الشريحة مكتوبة باللغة العربية بالكامل.'), slide(3, 'Y por qué entran en erupción.')];
    const { lang, scripts } = buildDeckScripts(deck('es-MX', slides), resolveScriptOptions());
    assert.equal(lang, 'es-MX');
    assert.deepEqual(scripts.map((s) => s.lang), ['es-MX', 'ar', 'es-MX']);
  });

  it('--lang forces every slide; without evidence the file language, then English', () => {
    const slides = [slide(1, 'هذه الشريحة مكتوبة باللغة العربية بالكامل.')];
    const forced = buildDeckScripts(deck('', slides), resolveScriptOptions({ lang: 'fr' }));
    assert.deepEqual([forced.lang, forced.scripts[0]!.lang], ['fr', 'fr']);
    assert.equal(deckLanguage(deck('de-DE', [slide(1, 'OK')]), { lang: '' }), 'de-DE');
    assert.equal(deckLanguage(deck('', [slide(1, '')]), { lang: '' }), 'en');
  });
});
