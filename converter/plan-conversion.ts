/**
 * What a conversion will do, worked out before any slide is rendered, narrated or encoded: which
 * slides are in the video and why the others are not, the video format, every illustration prompt
 * and its estimated cost, and a timeline (segments and shots) from estimated narration lengths.
 * convertDeck starts from the same pieces (selectSlides, videoFormat, outputPaths), so what
 * `convert --dry-run` prints is what `convert` does.
 */
import { basename, dirname, extname, resolve } from 'node:path';
import { xfadeForDeckTransition } from './assemble/deck-transition.js';
import { frameToMs, planTimeline } from './assemble/plan-timeline.js';
import { clickMarkWarnings, stepTimes } from './assemble/step-times.js';
import type { SegmentInput, Timeline } from './assemble/timeline-types.js';
import type { VideoFormat } from './assemble/segment-args.js';
import { videoFormat } from './assemble/video-format.js';
import type { Deck, Slide } from './deck/model.js';
import { deckOf, type AnyDeckInput } from './deck/read-deck.js';
import { ConvertError } from './errors.js';
import { prepareIllustrations } from './illustrate/illustrate-deck.js';
import type { IllustrationPlan } from './illustrate/plan.js';
import { slideInputsFromDeck } from './illustrate/slide-inputs.js';
import type { ConvertOptions } from './options/convert-options.js';
import { resolveConvertOptions, type ResolvedConvertOptions } from './options/resolve-convert-options.js';
import type { SlideScript } from './script/build-script.js';
import { buildDeckScripts } from './script/deck-script.js';
import { estimateSpeechMs } from './script/speech-estimate.js';

/** A deck file or its bytes, or a deck already read (e.g. from Google Slides). */
export type ConvertInput = AnyDeckInput;

/** A slide that is in the video, with its narration script. */
export interface SlideJob {
  slide: Slide;
  script: SlideScript;
}

export interface PlannedSlide {
  /** 1-based position in the deck. */
  index: number;
  title: string;
  hidden: boolean;
  /** In the video; otherwise left out because it is hidden (without includeHidden) or its notes say [skip]. */
  inVideo: boolean;
  leftOut?: 'hidden' | 'skip';
  /** Narration language of the slide (BCP-47). */
  lang: string;
  /** Sentences the voice will say (0: the slide is held silently for holdMs). */
  sentences: number;
  holdMs: number;
  /** Estimated length of its narration (from the words and the speaking rate). */
  estimatedNarrationMs: number;
}

export interface ConversionPlan {
  /** Where convertDeck would write; undefined when the input is not a file and no output was given. */
  output: { video: string; srt: string; vtt: string } | undefined;
  /** Deck narration language (BCP-47). */
  lang: string;
  format: { width: number; height: number; fps: number };
  slides: PlannedSlide[];
  /** Every frame's prompt, the style lock, skipped slides and the estimated cost (openai). */
  illustrations: IllustrationPlan;
  /** Segments and shots laid out with estimated narration lengths (the real ones follow from the audio). */
  timeline: Timeline;
  estimatedDurationMs: number;
  /** The deck's own repairs and problems. */
  warnings: string[];
}

/** The slides in the video, in order: hidden ones only when asked, [skip] never. */
export function selectSlides(deck: Deck, o: ResolvedConvertOptions): { lang: string; scripts: SlideScript[]; jobs: SlideJob[] } {
  const { lang, scripts } = buildDeckScripts(deck, o.narration.script);
  const jobs = deck.slides
    // --no-builds: every slide is its flat final picture, as the deck shows it with nothing hidden.
    .map((slide, i) => ({ slide: o.builds ? slide : withoutBuild(slide), script: scripts[i]! }))
    .filter((j) => (o.includeHidden || !j.slide.hidden) && !j.script.skip);
  if (jobs.length === 0) {
    throw new ConvertError('BAD_INPUT', 'No slide is left for the video: every slide is hidden or marked [skip]; use --include-hidden or remove [skip]');
  }
  return { lang, scripts, jobs };
}

export function outputPaths(input: ConvertInput, o: ResolvedConvertOptions): ConversionPlan['output'] {
  const video = o.output
    ? resolve(/\.mp4$/i.test(o.output) ? o.output : `${o.output}.mp4`)
    : 'path' in input ? resolve(dirname(input.path), basename(input.path, extname(input.path)) + '.mp4') : undefined;
  if (video === undefined) return undefined;
  const stem = video.replace(/\.mp4$/i, '');
  return { video, srt: `${stem}.srt`, vtt: `${stem}.vtt` };
}

/** Where the video in language `lang` goes: OUT.es.mp4 with OUT.es.srt and OUT.es.vtt beside OUT.mp4. */
export function translationPaths(video: string, lang: string): { video: string; srt: string; vtt: string } {
  const stem = `${video.replace(/\.mp4$/i, '')}.${lang}`;
  return { video: `${stem}.mp4`, srt: `${stem}.srt`, vtt: `${stem}.vtt` };
}

/** Whether the video has illustrative frames at all. */
export function hasFrames(o: ResolvedConvertOptions): boolean {
  return o.illustrate.images !== 'none' && o.timeline.layout !== 'slide-only';
}

function withoutBuild(slide: Slide): Slide {
  const { build: _build, ...flat } = slide;
  return flat;
}

/**
 * The timeline's view of one slide (narration length and sentence starts, or a silent hold), with
 * when each click of its build happens.
 */
export function segmentInput(j: SlideJob, narration: { durationMs: number; sentenceStartsMs: number[] } | undefined,
  hasFrame: boolean, o: ResolvedConvertOptions): SegmentInput {
  const narrated = narration !== undefined && narration.sentenceStartsMs.length > 0;
  const input: SegmentInput = {
    slideIndex: j.slide.index,
    title: j.slide.title,
    narrationMs: narrated ? narration.durationMs : 0,
    sentenceStartsMs: narrated ? narration.sentenceStartsMs : [],
    holdMs: narrated ? 0 : j.script.holdMs,
    hasFrame,
    deckTransition: o.transitionForced ? undefined : xfadeForDeckTransition(j.slide.transition),
  };
  if (!j.slide.build) return input;
  // The narration has one timed sentence per script sentence, in order.
  const sentences = input.sentenceStartsMs.map((startMs, i) => ({ caption: j.script.sentences[i]?.caption ?? '', startMs }));
  const t = stepTimes({ slide: j.slide, marks: j.script.clicks, sentences, narrationMs: input.narrationMs, lang: j.script.lang });
  return { ...input, steps: t.steps, ...(t.holdMs !== undefined ? { holdMs: t.holdMs } : {}) };
}

/**
 * The plan of `convertDeck(input, options)` as data, without rendering, narrating or encoding
 * anything (with promptLlm and openai images, the chat model is asked for the prompts).
 */
export async function planConversion(input: ConvertInput, options: ConvertOptions = {}): Promise<ConversionPlan> {
  const o = await resolveConvertOptions(options);
  const deck = await deckOf(input);
  const { lang, scripts, jobs } = selectSlides(deck, o);
  const format: VideoFormat = videoFormat(o, deck.size);
  const inVideo = new Set(jobs.map((j) => j.slide.index));
  const illustrate = { ...o.illustrate, size: { width: format.width, height: format.height }, ...(hasFrames(o) ? {} : { images: 'none' as const }) };
  const inputs = slideInputsFromDeck(deck, true).filter((s) => inVideo.has(s.slideIndex));
  const { plan: illustrations } = await prepareIllustrations(deck, inputs, illustrate, o.signal);
  const framed = new Set(illustrations.frames.map((f) => f.slideIndex));

  const estimates = new Map(jobs.map((j) => [j.slide.index, estimateSpeechMs(j.script, o.narration.rate)]));
  const timeline = planTimeline(jobs.map((j) => segmentInput(j, estimates.get(j.slide.index), framed.has(j.slide.index), o)), o.timeline);
  const slides = deck.slides.map((slide, i): PlannedSlide => {
    const script = scripts[i]!;
    const leftOut = inVideo.has(slide.index) ? undefined : script.skip ? 'skip' : 'hidden';
    return {
      index: slide.index,
      title: slide.title,
      hidden: slide.hidden,
      inVideo: leftOut === undefined,
      ...(leftOut ? { leftOut } : {}),
      lang: script.lang,
      sentences: script.sentences.length,
      holdMs: script.sentences.length ? 0 : script.holdMs,
      estimatedNarrationMs: estimates.get(slide.index)?.durationMs ?? estimateSpeechMs(script, o.narration.rate).durationMs,
    };
  });
  return {
    output: outputPaths(input, o),
    lang,
    format: { width: format.width, height: format.height, fps: format.fps },
    slides,
    illustrations,
    timeline,
    estimatedDurationMs: Math.round(frameToMs(timeline.totalFrames, timeline.fps)),
    warnings: [...deck.warnings, ...clickMarkWarnings(jobs)],
  };
}
