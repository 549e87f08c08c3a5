import assert from 'node:assert/strict';
import { describePlan } from '../../converter/illustrate/describe-plan.js';
import { planIllustrations } from '../../converter/illustrate/plan.js';
import { resolveIllustrateOptions, type IllustrateOptions } from '../../converter/illustrate/options.js';
import { buildPrompt } from '../../converter/illustrate/prompt.js';
import { slideInputsFromDeck } from '../../converter/illustrate/slide-inputs.js';
import { buildStyleLock } from '../../converter/illustrate/style/style-lock.js';
import { FOREST_THEME, makeDeck, OFFICE_THEME, WATER_LESSON } from './fixtures.js';
import { untyped } from '../helpers/untyped.js';

const options = (o: Parameters<typeof resolveIllustrateOptions>[0] = {}) => resolveIllustrateOptions({ cacheDir: '/nonexistent-cache', ...o }, {});

const deckWithDirectives = () =>
  makeDeck([
    ...WATER_LESSON,
    { title: 'Volcanoes', notes: 'Hot rock rises. [image: a volcano erupting at dusk] Lava cools into new land.' },
    { title: 'Questions', notes: '[no image] Any questions before we finish?' },
    { title: 'Backup slide', notes: 'Only for the teacher.', hidden: true },
    { title: 'Outtake', notes: '[skip] Not in the video.' },
  ]);

describe('illustrate/prompt', () => {
  it('builds subject + style lock, the subject from the concept', () => {
    const lock = buildStyleLock(OFFICE_THEME, 'flat vector illustration, soft light, no lettering');
    assert.equal(
      buildPrompt('A drop of water ', lock),
      'A drop of water.\n\nStyle for every image in this series: flat vector illustration, soft light, no lettering. ' +
        'Colour palette: blue (#4472C4), orange (#ED7D31), green (#70AD47) accents on a white (#F7F9FC) background, ' +
        'with deep blue (#44546A) for outlines and shadows. Keep the same palette, lighting and rendering style in every image; ' +
        'no text, letters or numbers in the image.',
    );
    const plan = planIllustrations(makeDeck(WATER_LESSON), slideInputsFromDeck(makeDeck(WATER_LESSON)), options({ images: 'openai' }));
    assert.deepEqual(
      plan.frames.map((f) => f.subject),
      [
        'An illustration of Photosynthesis. Key ideas: Plants use sunlight, water and carbon dioxide to make glucose; The oxygen we breathe is a by-product of photosynthesis.',
        'An illustration of the process "Water cycle" for a lesson slide titled "The water cycle", showing in order: (1) The sun heats the sea (2) The vapour rises and cools into clouds (3) Rain falls and rivers carry it back.',
        'A side-by-side comparison of Plant cells and Animal cells for a lesson slide titled "Plant cells vs animal cells", each shown as a clear, simple object.',
        'An illustration for a lesson slide titled "Why it matters", about the figure 70%: of the oxygen in the air comes from ocean plants like algae.',
      ],
    );
  });

  it('[image: …] wins over the notes, [no image] and [skip] drop the frame, hidden slides are left out', () => {
    const deck = deckWithDirectives();
    const plan = planIllustrations(deck, slideInputsFromDeck(deck), options({ images: 'openai' }));
    assert.deepEqual(
      plan.frames.map((f) => [f.slideIndex, f.source]),
      [[1, 'notes'], [2, 'notes'], [3, 'notes'], [4, 'notes'], [5, 'directive']],
    );
    assert.equal(plan.frames[4]!.subject, 'a volcano erupting at dusk');
    assert.ok(plan.frames[4]!.prompt.startsWith('a volcano erupting at dusk.\n\nStyle for every image'));
    assert.deepEqual(plan.skipped, [{ slideIndex: 6, reason: 'no-image' }]);
    // Directive text never leaks into what the concept reads.
    assert.ok(!JSON.stringify(plan.frames[4]!.concept).includes('[image'));
    const withHidden = planIllustrations(deck, slideInputsFromDeck(deck, true), options({ images: 'openai' }));
    assert.deepEqual(withHidden.frames.map((f) => f.slideIndex), [1, 2, 3, 4, 5, 7]);
  });

  it('the offline card for an [image:] slide illustrates the directive (a volcano)', () => {
    const deck = deckWithDirectives();
    const plan = planIllustrations(deck, slideInputsFromDeck(deck), options());
    const volcano = plan.frames.find((f) => f.slideIndex === 5)!;
    assert.match(volcano.cardHtml!, /data-icon="fluent-emoji-flat:volcano"/);
    assert.equal(plan.frames.length, 5);
    assert.equal(plan.model, 'concept-card-1');
  });

  it('style lock: the same palette and style text end every prompt of a deck; another theme changes them', () => {
    const deck = deckWithDirectives();
    const plan = planIllustrations(deck, slideInputsFromDeck(deck), options({ images: 'openai', imageStyle: 'watercolour, soft paper texture' }));
    const tails = new Set(plan.frames.map((f) => f.prompt.split('\n\n')[1]));
    assert.equal(tails.size, 1);
    const tail = [...tails][0]!;
    assert.equal(tail, plan.lock.text);
    assert.ok(tail.startsWith('Style for every image in this series: watercolour, soft paper texture. Colour palette: blue (#4472C4), orange (#ED7D31), green (#70AD47)'));
    for (const f of plan.frames) for (const hex of ['#4472C4', '#ED7D31', '#70AD47', '#44546A']) assert.ok(f.prompt.includes(hex), `${hex} in slide ${f.slideIndex}`);

    const forest = planIllustrations({ ...deck, theme: FOREST_THEME }, slideInputsFromDeck(deck), options({ images: 'openai' }));
    assert.ok(forest.lock.text.includes('green (#2E7D32), orange (#C0652B), purple (#6D4C9F)'), forest.lock.text);
    assert.notEqual(forest.lock.seed, plan.lock.seed);
    assert.equal(forest.lock.fonts.heading, 'Cambria');
    // Same inputs, same lock: the seed is stable across runs.
    assert.equal(buildStyleLock(FOREST_THEME, 'flat vector illustration, soft light, no lettering').seed, forest.lock.seed);
  });

  it('cache keys follow prompt, style, provider, model and size', () => {
    const deck = makeDeck(WATER_LESSON);
    const inputs = slideInputsFromDeck(deck);
    const base = planIllustrations(deck, inputs, options({ images: 'openai' }));
    const again = planIllustrations(deck, inputs, options({ images: 'openai' }));
    assert.deepEqual(again.frames.map((f) => f.key), base.frames.map((f) => f.key));
    const variants = [
      planIllustrations(deck, inputs, options({ images: 'openai', imageModel: 'gpt-image-1-mini' })),
      planIllustrations(deck, inputs, options({ images: 'openai', imageStyle: 'pencil sketch' })),
      planIllustrations(deck, inputs, options({ images: 'openai', size: { width: 1080, height: 1920 } })),
      planIllustrations(deck, inputs, options({ images: 'offline' })),
      planIllustrations({ ...deck, theme: FOREST_THEME }, inputs, options({ images: 'openai' })),
    ];
    for (const v of variants) for (let i = 0; i < 4; i++) assert.notEqual(v.frames[i]!.key, base.frames[i]!.key);
    assert.equal(new Set(base.frames.map((f) => f.key)).size, 4);
  });

  it('--dry-run report: every prompt and the estimated cost for openai; sizes follow the aspect', () => {
    const deck = deckWithDirectives();
    const plan = planIllustrations(deck, slideInputsFromDeck(deck), options({ images: 'openai' }));
    assert.deepEqual(plan.frames[0]!.size, { width: 1536, height: 1024 });
    assert.equal(plan.totalCostUsd, 0.25); // 5 x $0.05 (gpt-image-1.5, medium, 1536x1024)
    const lines = describePlan(plan);
    assert.equal(lines[0], 'Illustrations: --images openai, model gpt-image-1.5, size 1536x1024');
    assert.equal(lines.filter((l) => l.startsWith('  Style for every image')).length, 5);
    assert.ok(lines.includes('Slide 5 ([image:] directive):'));
    assert.ok(lines.includes('Slide 6: no frame ([no image] in the notes)'));
    assert.equal(lines[lines.length - 1], 'Estimated cost: $0.25 for 5 images (estimate from list prices as of 2026-03; cached frames are free)');

    const portrait = planIllustrations(deck, slideInputsFromDeck(deck), options({ images: 'openai', size: { width: 1080, height: 1920 }, imageQuality: 'low' }));
    assert.deepEqual(portrait.frames[0]!.size, { width: 1024, height: 1536 });
    assert.equal(portrait.totalCostUsd, 0.065);
    const unknown = planIllustrations(deck, slideInputsFromDeck(deck), options({ images: 'openai', imageModel: 'my-local-model' }));
    assert.equal(unknown.totalCostUsd, undefined);
    assert.equal(describePlan(unknown).at(-1), 'Estimated cost: unknown for model my-local-model (5 images)');
    const offline = describePlan(planIllustrations(deck, slideInputsFromDeck(deck), options()));
    assert.equal(offline.at(-1), 'Cost: none (offline cards are drawn locally)');
    const none = planIllustrations(deck, slideInputsFromDeck(deck), options({ images: 'none' }));
    assert.equal(none.frames.length, 0);
    assert.equal(none.skipped.length, 6);
  });

  it('rejects an unknown provider with a usage error', () => {
    assert.throws(() => resolveIllustrateOptions(untyped<IllustrateOptions>({ images: 'midjourney' }), {}), (e: Error & { code?: string }) => {
      assert.equal(e.code, 'BAD_USAGE');
      assert.equal(e.message, 'Unknown images "midjourney": use one of offline, openai, none');
      return true;
    });
  });
});
