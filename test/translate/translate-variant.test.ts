/**
 * A translated copy of the deck and its scripts: one caption per sentence (so pauses and other
 * directives keep their places), the glossary's forms, code and URLs as written, titles for chapters.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ArtifactCache } from '../../converter/cache/artifact-cache.js';
import type { Slide } from '../../converter/deck/model.js';
import { buildScript } from '../../converter/script/build-script.js';
import { resolveScriptOptions } from '../../converter/script/options.js';
import { translateVariant } from '../../converter/translate/translate-variant.js';
import { deck as makeDeck } from '../render/model-builders.js';
import { fakeTranslator, pseudo } from './fake-translators.js';

describe('translate/translate-variant', () => {
  let dir = '';
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'd2v-trv-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const notes = '[pause 1s] Welcome to Riverton. Run `npm test` now. [pause 2s] Then open https://example.org/a.\n[image: a cloud over hills] The end.';
  const script = (o = resolveScriptOptions({ lexicons: { es: { Riverton: 'Ribertón' } } })) => buildScript(notes, '', o, { deckLang: 'en' });

  it('translates each sentence in place: pauses, the image prompt, kept pieces and the glossary', async () => {
    const options = resolveScriptOptions({ lexicons: { es: { Riverton: 'Ribertón' } } });
    const source = script(options);
    const deck = makeDeck([[]]);
    deck.title = 'Water';
    const slide: Slide = { ...deck.slides[0]!, title: 'The Water Cycle' };
    deck.slides = [slide];
    const t = fakeTranslator({ each: pseudo });
    const v = await translateVariant({
      deck, from: 'en', to: 'es', translateSlides: false, glossary: { Riverton: true, 'water cycle': { es: 'ciclo del agua' } }, script: options,
      slides: [{ slide, script: source, illustration: { slideIndex: 1, title: 'The Water Cycle', notes: 'x', imagePrompt: 'a cloud over hills' } }],
      run: { provider: t, cache: new ArtifactCache(dir) },
    });
    const s = v.slides[0]!.script;
    assert.equal(s.lang, 'es');
    assert.equal(s.leadingPauseMs, source.leadingPauseMs);
    assert.deepEqual(s.sentences.map((x) => x.pauseAfterMs), source.sentences.map((x) => x.pauseAfterMs));
    assert.deepEqual(s.sentences.map((x) => x.caption), ['Welcomeo too Riverton.', 'Runo `npm test` nowo.', 'Theno openo https://example.org/a.', 'Theo endo.']);
    // The spoken form follows the target language: its lexicon, its words for a URL.
    assert.deepEqual(s.sentences.map((x) => x.spoken), ['Welcomeo too Ribertón.', 'Runo `npm test` nowo.', 'Theno openo example punto org.', 'Theo endo.']);
    assert.equal(s.imagePrompt, 'ao cloudo overo hillso');
    assert.equal(v.slides[0]!.slide.title, 'Theo ciclo del agua');
    assert.equal(v.deck.title, 'Watero');
    assert.equal(v.deck.lang, 'es');
    assert.deepEqual(v.slides[0]!.illustration, { slideIndex: 1, title: 'Theo ciclo del agua', notes: s.sentences.map((x) => x.caption).join('\n'), imagePrompt: 'ao cloudo overo hillso' });
    assert.deepEqual(v.warnings, []);
    // What the translator was sent: kept pieces as <span translate="no">, the glossary's fixed form too.
    assert.ok(t.batches.flat().includes('Welcome to <span translate="no">Riverton</span>.'));
    assert.ok(t.batches.flat().includes('The <span translate="no">ciclo del agua</span>'));
    assert.ok(t.batches.flat().includes('Run <span translate="no">`npm test`</span> now.'));
    // The original script is untouched.
    assert.equal(source.sentences[0]!.caption, 'Welcome to Riverton.');
  });

  it('a sentence whose URL the translator dropped stays in the source language, with a warning', async () => {
    const options = resolveScriptOptions();
    const source = script(options);
    const deck = makeDeck([[]]);
    const t = fakeTranslator({ each: (m) => pseudo(m).replace(/<span translate="no">https:[^<]*<\/span>/, 'the site') });
    const v = await translateVariant({
      deck, from: 'en', to: 'fr', translateSlides: false, glossary: {}, script: options,
      slides: [{ slide: deck.slides[0]!, script: source }], run: { provider: t, cache: new ArtifactCache(dir) },
    });
    assert.equal(v.slides[0]!.script.sentences[2]!.caption, 'Then open https://example.org/a.');
    assert.deepEqual(v.warnings, ['French (fr): kept "Then open https://example.org/a." untranslated ("https://example.org/a" did not come back unchanged)']);
  });
});
