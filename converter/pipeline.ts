/**
 * Orchestration of a conversion: read the deck, translate it when other languages are asked for, then
 * for each video render slides, illustrate and narrate side by side (each through the artifact cache),
 * lay out the timeline and assemble it. Outputs are written under temporary names and renamed into
 * place only when everything succeeded.
 */
import { mkdtempSync } from 'node:fs';
import { rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { assembleVideo, type SlideMedia } from './assemble/assemble-video.js';
import { segmentCues } from './assemble/captions/segment-cues.js';
import { shiftCues, type Cue } from './assemble/captions/cue.js';
import { toSrt } from './assemble/captions/srt.js';
import { toVtt } from './assemble/captions/vtt.js';
import { frameToMs, planTimeline } from './assemble/plan-timeline.js';
import type { Timeline } from './assemble/timeline-types.js';
import { slideRenderWidth, videoFormat } from './assemble/video-format.js';
import { writeFileAtomic } from './atomic-file.js';
import { ArtifactCache } from './cache/artifact-cache.js';
import { clickMarkWarnings } from './assemble/step-times.js';
import { clickCount } from './deck/build-steps.js';
import { tempPrefix } from './cache/sweep.js';
import type { Deck } from './deck/model.js';
import { deckOf } from './deck/read-deck.js';
import { LazyChromePool, type PagePool } from './engines/lazy-chrome-pool.js';
import { ConvertError } from './errors.js';
import { assertOutputWritable } from './preflight.js';
import { illustrateDeck, type IllustratedFrame } from './illustrate/illustrate-deck.js';
import { slideInputsFromDeck, type SlideIllustrationInput } from './illustrate/slide-inputs.js';
import { SAMPLE_RATE } from './narrate/defaults.js';
import type { CachedSlideAudio } from './narrate/narrate-cached.js';
import { narrateDeck } from './narrate/narrate-deck.js';
import { voiceFor } from './narrate/voice-choice.js';
import type { ConvertOptions } from './options/convert-options.js';
import { resolveConvertOptions, type ResolvedConvertOptions } from './options/resolve-convert-options.js';
import { mapLimit } from './parallel.js';
import { hasFrames, outputPaths, segmentInput, selectSlides, translationPaths, type ConvertInput, type SlideJob } from './plan-conversion.js';
import { SlideRenderer, type CachedRender } from './render/render-cached.js';
import { storeSlideImage } from './render/slide-images.js';
import { deckVariants } from './translate/deck-variants.js';
import type { VideoFormat } from './assemble/segment-args.js';

export type { ConvertInput };

/** One video of a conversion and its captions. */
export interface VideoFiles {
  /** BCP-47 tag of its narration and captions. */
  lang: string;
  video: string;
  srt: string;
  vtt: string;
  durationMs: number;
}

export interface ConvertResult {
  /** The video in the deck's own language (with --no-original: the first translation). */
  video: string;
  srt: string;
  vtt: string;
  durationMs: number;
  lang: string;
  /** The videos in other languages (--translate), in the order asked for. */
  translations: VideoFiles[];
  /** Slide indexes in the video, in order. */
  slides: number[];
  warnings: string[];
  /** Wall time per stage, ms (summed over the videos). */
  timings: Record<string, number>;
}

/** What one video is made from: the deck in its language, the slides in it, and where it goes. */
interface VideoSource {
  deck: Deck;
  jobs: SlideJob[];
  lang: string;
  /** The illustrate stage's inputs when they are not the deck's own (a translation's). */
  illustrations?: SlideIllustrationInput[];
  files: { video: string; srt: string; vtt: string };
  slideImages: Map<number, Uint8Array> | undefined;
  /** The deck's own language (its voice is the plain --voice). */
  own: boolean;
}

interface RunContext {
  o: ResolvedConvertOptions;
  format: VideoFormat;
  cache: ArtifactCache;
  warnings: Set<string>;
  timed: <T>(stage: string, work: () => Promise<T>) => Promise<T>;
}

export async function convertDeck(input: ConvertInput, options: ConvertOptions = {}): Promise<ConvertResult> {
  const o = await resolveConvertOptions(options);
  const paths = outputPaths(input, o);
  if (!paths) throw new ConvertError('BAD_USAGE', 'No output path: pass output (-o OUT.mp4) when converting a deck that is not a file');
  try {
    return await convertResolved(input, o, paths);
  } finally {
    if (o.cacheIsTemporary) await rm(o.cacheDir, { recursive: true, force: true });
  }
}

async function convertResolved(input: ConvertInput, o: ResolvedConvertOptions, paths: { video: string; srt: string; vtt: string }): Promise<ConvertResult> {
  const timings: Record<string, number> = {};
  const timed = async <T>(stage: string, work: () => Promise<T>): Promise<T> => {
    const t0 = performance.now();
    try {
      return await work();
    } finally {
      timings[stage] = (timings[stage] ?? 0) + Math.round(performance.now() - t0);
    }
  };
  // Before reading the deck: a video that cannot be written must not cost a whole conversion first.
  await assertOutputWritable(paths.video);
  const deck = await timed('read', () => deckOf(input));
  o.onProgress({ stage: 'read', done: 1, total: 1 });

  const { lang, jobs } = selectSlides(deck, o);
  const run: RunContext = { o, format: videoFormat(o, deck.size), cache: new ArtifactCache(o.cacheDir), warnings: new Set(deck.warnings), timed };
  // Every translation first: a missing key or a failing translator stops the run before anything is encoded.
  const variants = await timed('translate', () => deckVariants(deck, jobs, lang, o, run.cache, run.warnings));
  const videos: VideoFiles[] = [];
  if (o.translate.original) videos.push(await produceVideo({ deck, jobs, lang, files: paths, slideImages: o.slideImages, own: true }, run));
  for (const v of variants) {
    videos.push(await produceVideo({
      deck: v.deck, jobs: v.jobs, lang: v.lang, illustrations: v.illustrations, files: translationPaths(paths.video, v.lang),
      // Supplied pictures (PowerPoint's own) show the original text.
      slideImages: v.slidesTranslated ? undefined : o.slideImages, own: false,
    }, run));
  }
  o.onProgress({ stage: 'done', done: 1, total: 1 });
  const main = videos[0]!;
  return {
    video: main.video, srt: main.srt, vtt: main.vtt, durationMs: main.durationMs, lang: main.lang,
    translations: o.translate.original ? videos.slice(1) : videos,
    slides: jobs.map((j) => j.slide.index),
    warnings: [...run.warnings],
    timings,
  };
}

/** One video: slides, frames and narration side by side (each through the cache), then the timeline and the encode. */
async function produceVideo(v: VideoSource, { o, format, cache, warnings, timed }: RunContext): Promise<VideoFiles> {
  const { deck, jobs } = v;
  const out = v.files.video;
  const narration = { ...o.narration, voice: voiceFor(o.narration, o.narration.tts, v.lang, v.own) };
  const workDir = mkdtempSync(join(tmpdir(), tempPrefix()));
  try {
    // Started on the first slide or frame not in the cache: a re-export of a lightly edited deck may
    // need no browser at all.
    const pool = new LazyChromePool({ pages: o.jobs, signal: o.signal });
    let renders: Map<number, CachedRender[]>;
    let frames: Map<number, IllustratedFrame>;
    let audio: Map<number, CachedSlideAudio>;
    try {
      [renders, frames, audio] = await Promise.all([
        timed('render', () => renderSlides(deck, jobs, pool, cache, slideRenderWidth(format, deck.size), o, v.slideImages, warnings)),
        timed('illustrate', () => illustrate(deck, jobs, pool, o, format, v.illustrations)),
        timed('narrate', () => narrate(jobs, cache, { ...o, narration }, warnings)),
      ]);
    } finally {
      await pool.close();
    }

    const timeline = planTimeline(jobs.map((j) => segmentInput(j, spoken(audio.get(j.slide.index)), frames.has(j.slide.index), o)), o.timeline);
    for (const w of clickMarkWarnings(jobs)) warnings.add(w);
    const cues = captionCues(timeline, audio);
    const media = new Map<number, SlideMedia>(jobs.map(({ slide }) => {
      const steps = renders.get(slide.index)!;
      // The slide without steps is its final step (the only one when it has no build).
      const r = steps[steps.length - 1]!;
      const f = frames.get(slide.index);
      const a = audio.get(slide.index);
      return [slide.index, {
        slidePng: r.path, slideHash: r.key,
        ...(slide.build ? { steps: steps.map((x) => ({ png: x.path, hash: x.key })) } : {}),
        ...(f ? { framePng: f.path, frameHash: basename(f.path, '.png') } : {}),
        ...(a && a.sentences.length ? { narrationWav: a.wavPath } : {}),
      }];
    }));

    const { srt, vtt } = v.files;
    const srtWork = join(workDir, 'captions.srt');
    await writeFile(srtWork, toSrt(cues));
    await timed('assemble', () => assembleVideo({
      timeline, media, format, sampleRate: SAMPLE_RATE, title: deck.title, language: v.lang,
      captionsSrt: cues.length ? srtWork : undefined,
      burnCaptions: o.burnCaptions ? cues : undefined, cfr: o.cfr, out, cache, workDir, concurrency: o.jobs,
      signal: o.signal, onProgress: o.onProgress,
    }));
    // The video is in place; captions follow the same write-then-rename rule.
    await writeFileAtomic(srt, toSrt(cues), { durable: true });
    await writeFileAtomic(vtt, toVtt(cues), { durable: true });
    return { lang: v.lang, video: out, srt, vtt, durationMs: Math.round(frameToMs(timeline.totalFrames, timeline.fps)) };
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}

async function renderSlides(deck: Deck, jobs: SlideJob[], pool: PagePool, cache: ArtifactCache, width: number,
  o: ResolvedConvertOptions, slideImages: Map<number, Uint8Array> | undefined, warnings: Set<string>): Promise<Map<number, CachedRender[]>> {
  const renderer = new SlideRenderer(deck, pool, cache, width);
  let done = 0;
  const results = await mapLimit(jobs, o.jobs, async ({ slide }) => {
    // A supplied picture (PowerPoint's own) shows the slide in its final state: the steps of a build
    // are ours, so that every step of the slide has the same look.
    const given = clickCount(slide.build) > 0 ? undefined : slideImages?.get(slide.index);
    const r = given ? [await storeSlideImage(cache, given)] : await renderer.renderSteps(slide, o.signal);
    o.onProgress({ stage: 'render', done: ++done, total: jobs.length, detail: `slide ${slide.index}` });
    return [slide.index, r] as const;
  });
  for (const w of renderer.warnings) warnings.add(w);
  return new Map(results);
}

async function illustrate(deck: Deck, jobs: SlideJob[], pool: PagePool, o: ResolvedConvertOptions,
  format: { width: number; height: number }, given: SlideIllustrationInput[] | undefined): Promise<Map<number, IllustratedFrame>> {
  if (!hasFrames(o)) return new Map();
  const wanted = new Set(jobs.map((j) => j.slide.index));
  const inputs = given ?? slideInputsFromDeck(deck, true).filter((s) => wanted.has(s.slideIndex));
  const options = { ...o.illustrate, size: { width: format.width, height: format.height } };
  return illustrateDeck(deck, inputs, options, pool, o.onProgress, o.signal);
}

async function narrate(jobs: SlideJob[], cache: ArtifactCache, o: Pick<ResolvedConvertOptions, 'narration' | 'signal' | 'onProgress'>, warnings: Set<string>): Promise<Map<number, CachedSlideAudio>> {
  const { audio, warnings: said } = await narrateDeck(jobs.map((j) => ({ index: j.slide.index, script: j.script })), {
    narration: o.narration, cache, signal: o.signal, onProgress: o.onProgress,
  });
  for (const w of said) warnings.add(w);
  return audio;
}

function spoken(a: CachedSlideAudio | undefined): { durationMs: number; sentenceStartsMs: number[] } | undefined {
  return a && { durationMs: a.durationMs, sentenceStartsMs: a.sentences.map((s) => s.startMs) };
}

/** Each slide's cues, moved to where its narration starts on the video clock. */
export function captionCues(timeline: Timeline, audio: Map<number, CachedSlideAudio>): Cue[] {
  return timeline.segments.flatMap((s) => {
    const a = audio.get(s.slideIndex);
    if (!a || a.sentences.length === 0) return [];
    const offset = Math.round(frameToMs(s.start + s.narrationStart, timeline.fps));
    return shiftCues(segmentCues(a.sentences), offset);
  });
}
