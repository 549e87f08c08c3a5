/**
 * planConversion: what convertDeck will do, as data (slides in and out, prompts, cost, timeline),
 * without rendering, narrating or encoding anything.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { frameToMs } from '../converter/assemble/plan-timeline.js';
import { planConversion } from '../converter/index.js';
import type { SlideScript } from '../converter/script/build-script.js';
import { estimateSpeechMs } from '../converter/script/speech-estimate.js';
import { buildDeck, defineTitleMaster } from './helpers/pptx-fixture.js';

const LONG = 'Water evaporates from the sea when the sun warms it. The vapour rises and cools into clouds. '
  + 'Clouds grow heavy and the water falls as rain or snow. Rivers carry it back to the sea, and the cycle starts again.';

describe('planConversion', function () {
  this.timeout(60_000);
  let dir = '';
  let bytes: Uint8Array;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'plan-conversion-'));
    bytes = await buildDeck((pres) => {
      const masterName = defineTitleMaster(pres);
      const slide = (title: string, notes: string) => pres.addSlide({ masterName }).addText(title, { placeholder: 'title' }).addNotes(notes);
      slide('The water cycle', LONG);
      slide('Volcanoes', '[image: a volcano] Hot rock rises from deep inside the earth.');
      slide('Backup', '[skip] Only if there is time.');
      slide('Answers', 'The answer is the sea.').hidden = true;
    });
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('lists the slides in and out, the frames and their prompts, the format, the outputs and the timeline', async () => {
    const plan = await planConversion({ bytes, name: 'lesson.pptx' }, { resolution: '720p', layout: 'side-by-side', output: join(dir, 'out') });
    assert.deepEqual(plan.output, { video: join(dir, 'out.mp4'), srt: join(dir, 'out.srt'), vtt: join(dir, 'out.vtt') });
    assert.deepEqual(plan.format, { width: 1280, height: 720, fps: 30 });
    assert.deepEqual(plan.slides.map((s) => [s.index, s.title, s.inVideo, s.leftOut, s.sentences]), [
      [1, 'The water cycle', true, undefined, 4],
      [2, 'Volcanoes', true, undefined, 1],
      [3, 'Backup', false, 'skip', 1],
      [4, 'Answers', false, 'hidden', 1],
    ]);
    assert.equal(plan.illustrations.provider, 'offline');
    assert.deepEqual(plan.illustrations.frames.map((f) => [f.slideIndex, f.source, f.size]), [
      [1, 'notes', { width: 1280, height: 720 }],
      [2, 'directive', { width: 1280, height: 720 }],
    ]);
    assert.equal(plan.illustrations.frames[1]!.subject, 'a volcano');
    assert.equal(plan.illustrations.totalCostUsd, 0);
    assert.deepEqual(plan.timeline.segments.map((s) => [s.slideIndex, s.shots.map((sh) => sh.image), s.transitionIn?.type]), [
      [1, ['side-by-side'], undefined],
      [2, ['side-by-side'], 'fade'],
    ]);
    assert.equal(plan.estimatedDurationMs, Math.round(frameToMs(plan.timeline.totalFrames, 30)));
    assert.ok(plan.slides[0]!.estimatedNarrationMs > plan.slides[1]!.estimatedNarrationMs, 'more words, longer narration');
  });

  it('slide-only and images none plan no frames; a deck given as bytes has no default output', async () => {
    for (const options of [{ layout: 'slide-only' as const }, { images: 'none' as const }]) {
      const plan = await planConversion({ bytes, name: 'lesson.pptx' }, options);
      assert.deepEqual(plan.illustrations.frames, []);
      assert.deepEqual(plan.illustrations.skipped.map((s) => s.slideIndex), [1, 2]);
      assert.equal(plan.output, undefined);
      assert.ok(plan.timeline.segments.every((s) => s.shots.every((sh) => sh.image === 'slide')));
    }
  });

  it('estimates a narration from its words, the speaking rate and the script\'s pauses', () => {
    const script = {
      skip: false, noImage: false, lang: 'en', leadingPauseMs: 1000, source: 'notes', holdMs: 0,
      sentences: [
        { caption: 'One, two, three.', spoken: 'One, two, three.', pauseAfterMs: 300 },
        { caption: 'Four five.', spoken: 'Four five.', pauseAfterMs: 0 },
      ],
    } satisfies SlideScript;
    // 120 words a minute: 500 ms a word.
    assert.deepEqual(estimateSpeechMs(script, 120), { durationMs: 1000 + 1500 + 300 + 1000, sentenceStartsMs: [1000, 2800] });
    assert.deepEqual(estimateSpeechMs({ ...script, sentences: [] }, 120), { durationMs: 0, sentenceStartsMs: [] });
  });
});
