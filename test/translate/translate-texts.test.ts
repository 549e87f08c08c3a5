/** Batching, the cache, and the checks that catch a translator merging, splitting or losing sentences. */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ArtifactCache } from '../../converter/cache/artifact-cache.js';
import { ConvertError } from '../../converter/errors.js';
import { misalignedInBatch } from '../../converter/translate/check.js';
import { compileGlossary } from '../../converter/translate/glossary.js';
import { toMarkup } from '../../converter/translate/markup.js';
import { protect } from '../../converter/translate/protect.js';
import { planBatches, translateTexts, translationKey, type TranslateStats } from '../../converter/translate/translate-texts.js';
import { fakeTranslator, pseudo } from './fake-translators.js';

const S = [
  'The sun warms the sea every single day.',
  'Water rises into the air as invisible vapour.',
  'High up, the vapour cools and forms clouds.',
  'The droplets fall as rain or snow on the hills.',
];

describe('translate/translate-texts', () => {
  let dir = '';
  let cache: ArtifactCache;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'd2v-tr-'));
    cache = new ArtifactCache(dir);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const stats = (): TranslateStats => ({ requests: 0, cached: 0, translated: 0 });

  it('plans batches by count and characters', () => {
    assert.deepEqual(planBatches(['aa', 'bb', 'cc', 'dd', 'ee'], 2, 100), [['aa', 'bb'], ['cc', 'dd'], ['ee']]);
    assert.deepEqual(planBatches(['aaaa', 'bbbb', 'c', 'dddddddddd'], 10, 9), [['aaaa', 'bbbb', 'c'], ['dddddddddd']]);
  });

  it('sends each distinct text once, in batches, and answers a second run from the cache', async () => {
    const t = fakeTranslator({ each: pseudo, maxItems: 3 });
    const texts = [...S, S[0]!, '<span translate="no">42</span> %'];
    const first = stats();
    const out = await translateTexts(texts, 'en', 'es', { provider: t, cache }, first);
    assert.deepEqual(t.batches, [[S[0], S[1], S[2]], [S[3]]]);
    assert.equal(out[0]!.markup, 'Theo suno warmso theo seao everyo singleo dayo.');
    assert.equal(out[4]!.markup, out[0]!.markup);
    // No letters to translate: not sent at all.
    assert.equal(out[5]!.markup, '<span translate="no">42</span> %');
    assert.deepEqual(first, { requests: 2, cached: 0, translated: 4 });

    const again = stats();
    const t2 = fakeTranslator({ each: pseudo, maxItems: 3 });
    const cached = await translateTexts(texts, 'en', 'es', { provider: t2, cache }, again);
    assert.deepEqual(cached.map((c) => c.markup), out.map((c) => c.markup));
    assert.ok(cached.every((c) => c.cached));
    assert.equal(t2.batches.length, 0, 'every text came from the cache');
    // Another target language, or another model, is another translation.
    const t3 = fakeTranslator({ each: pseudo, maxItems: 3, model: 'm2' });
    await translateTexts(texts, 'en', 'es', { provider: t3, cache });
    assert.equal(t3.batches.length, 2);
  });

  it('the cache key holds everything a translation depends on: engine, model, both languages, and the glossary\'s forms', () => {
    const sentence = 'The water cycle never stops.';
    const unit = (glossary: Record<string, string | boolean>) => toMarkup(protect(sentence, compileGlossary(glossary, 'es')));
    const fixed = unit({ 'water cycle': 'ciclo del agua' });
    assert.equal(fixed, 'The <span translate="no">ciclo del agua</span> never stops.');
    const t = fakeTranslator({});
    const key = translationKey(fixed, 'en', 'es', t);
    assert.equal(translationKey(fixed, 'en', 'es', fakeTranslator({})), key, 'the same inputs, the same key');
    const others = [
      translationKey(unit({ 'water cycle': 'ciclo hidrológico' }), 'en', 'es', t),
      translationKey(unit({ 'water cycle': true }), 'en', 'es', t),
      translationKey(unit({}), 'en', 'es', t),
      translationKey(fixed, 'en', 'fr', t),
      translationKey(fixed, 'en-GB', 'es', t),
      translationKey(fixed, 'en', 'es', fakeTranslator({ model: 'm2' })),
      translationKey(fixed, 'en', 'es', { ...t, name: 'other' }),
    ];
    assert.equal(new Set([key, ...others]).size, others.length + 1);
  });

  it('a batch that merges two sentences is detected and repaired one sentence at a time', async () => {
    const merge = (texts: string[]) => texts.length > 1 ? [`${pseudo(texts[0]!)} ${pseudo(texts[1]!)}`, ...texts.slice(2).map(pseudo)] : texts.map(pseudo);
    const t = fakeTranslator({ batch: merge });
    const out = await translateTexts(S, 'en', 'es', { provider: t, cache });
    assert.deepEqual(out.map((o) => o.markup), S.map(pseudo));
    assert.deepEqual(t.batches, [S, [S[0]], [S[1]], [S[2]], [S[3]]]);
  });

  it('a batch of the right length whose sentences shifted is caught by their lengths and repaired', async () => {
    // Sentence 2 swallowed sentence 3; sentence 3 is a stub: same count, wrong content.
    const shift = (texts: string[]) => texts.length > 1
      ? [pseudo(texts[0]!), `${pseudo(texts[1]!)} ${pseudo(texts[2]!)}`, 'Y.', pseudo(texts[3]!)]
      : texts.map(pseudo);
    assert.deepEqual(misalignedInBatch(S, shift(S)), [1, 2, 3]);
    const t = fakeTranslator({ batch: shift });
    const out = await translateTexts(S, 'en', 'es', { provider: t, cache });
    assert.deepEqual(out.map((o) => o.markup), S.map(pseudo));
    assert.deepEqual(t.batches.slice(1), [[S[1]], [S[2]], [S[3]]]);
  });

  it('a sentence split in two when asked alone is one translation; nothing at all is refused clearly', async () => {
    const split = fakeTranslator({ batch: (texts) => (texts.length === 1 ? ['Primera parte.', 'Segunda parte.'] : ['only one']) });
    const [one] = await translateTexts([S[0]!], 'en', 'es', { provider: split, cache });
    assert.equal(one!.markup, 'Primera parte. Segunda parte.');

    const silent = fakeTranslator({ batch: (texts) => texts.map(() => '') });
    const err = await translateTexts([S[1]!], 'en', 'ar', { provider: silent, cache }).catch((e: unknown) => e);
    assert.ok(err instanceof ConvertError);
    assert.equal(err.message, 'The fake translator (m1) gave no ar translation for "Water rises into the air as invisible vapour." even when asked for it alone: try another --translator or --translate-model');
  });

  it('an answer that loses a kept piece is asked again, then reported (and never cached)', async () => {
    const src = 'See <span translate="no">https://usgs.gov</span> for <span translate="no">96.5</span> percent.';
    const lossy = fakeTranslator({ each: () => 'Mira la web para 96,5 por ciento.' });
    const [a] = await translateTexts([src], 'en', 'es', { provider: lossy, cache });
    assert.deepEqual(a!.problem, { message: '"96.5" did not come back unchanged', soft: false });
    assert.equal(lossy.batches.length, 2);
    const again = fakeTranslator({ each: pseudo });
    await translateTexts([src], 'en', 'es', { provider: again, cache });
    assert.equal(again.batches.length, 1, 'the bad answer was not cached');
  });

  it('lost formatting marks are a soft problem: the words are usable', async () => {
    const src = 'The <span id="g1">sun</span> is hot.';
    const [a] = await translateTexts([src], 'en', 'es', { provider: fakeTranslator({ each: () => 'El sol calienta.' }), cache });
    assert.deepEqual(a!.problem, { message: 'formatting marks were lost', soft: true });
  });
});
