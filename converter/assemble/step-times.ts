/**
 * When each click of a slide's build happens in its segment. Narrated slides: where the notes say
 * ([click] marks, at the start of the sentence after the mark), else where the text the click reveals
 * is spoken about (align-clicks.ts), always at a sentence start and at least MIN_STEP_MS after the
 * step before. Silent slides: each step held for the time it takes to read what it shows. The look
 * of a reveal follows its effects: appear/disappear cut, anything else crossfades (at most 0.5 s).
 */
import { clickCount } from '../deck/build-steps.js';
import type { BuildStep, Slide } from '../deck/model.js';
import { revealedText } from '../deck/slide-step.js';
import { alignClicks } from '../script/align-clicks.js';
import type { ScriptClick } from '../script/build-script.js';
import { MIN_STEP_MS } from '../script/directives.js';
import { MAX_HOLD_MS, readingMs, readingTimeMs } from '../script/reading-time.js';
import type { SegmentSteps } from './timeline-types.js';

export const MAX_REVEAL_FADE_MS = 500;

export interface StepTimesInput {
  slide: Slide;
  /** The notes' [click] marks. */
  marks: ScriptClick[];
  /** Narrated sentences with their start on the narration clock; empty for a silent slide. */
  sentences: { caption: string; startMs: number }[];
  narrationMs: number;
  lang: string;
}

export interface StepTimes {
  steps: SegmentSteps;
  /** Silent slides: the hold that shows every step for its reading time. */
  holdMs?: number;
}

export function stepTimes(input: StepTimesInput): StepTimes {
  const { slide } = input;
  const clicks = clickCount(slide.build);
  const fadeMs = slide.build!.steps.slice(1).map(revealFadeMs);
  if (input.sentences.length === 0) {
    // Step 0 is read like a whole slide; each later step for what it adds, but never a blink.
    const holds = [readingTimeMs(revealedText(slide, 0))];
    for (let k = 1; k <= clicks; k++) holds.push(Math.round(Math.min(MAX_HOLD_MS, Math.max(MIN_STEP_MS, readingMs(revealedText(slide, k))))));
    const revealMs = holds.slice(0, -1).map((_, k) => holds.slice(0, k + 1).reduce((a, b) => a + b, 0));
    return { steps: { revealMs, fadeMs }, holdMs: holds.reduce((a, b) => a + b, 0) };
  }
  const starts = input.sentences.map((s) => s.startMs);
  const at = (sentence: number) => (sentence < starts.length ? starts[sentence]! : input.narrationMs);
  const used = input.marks.slice(0, clicks);
  const marked = used.map((m) => at(m.sentence) - m.beforeMs);
  // Clicks the notes do not mark are aligned over the sentences after the last mark.
  const after = used.length ? Math.min(starts.length, used[used.length - 1]!.sentence + 1) : 0;
  const reveals = Array.from({ length: clicks - marked.length }, (_, i) => revealedText(slide, marked.length + i + 1));
  const aligned = alignClicks(reveals, input.sentences.slice(after).map((s) => s.caption), input.lang).map((i) => i + after);
  const revealMs = [...marked];
  for (const sentence of aligned) {
    const earliest = (revealMs[revealMs.length - 1] ?? -Infinity) + MIN_STEP_MS;
    // Two clicks on one sentence, or on sentences too close: the later one waits for a later sentence.
    const start = starts.find((s, i) => i >= sentence && s >= earliest);
    revealMs.push(start ?? Math.max(at(sentence), earliest));
  }
  return { steps: { revealMs, fadeMs } };
}

/** Slides whose notes mark more clicks than their builds have (the extra marks are ignored). */
export function clickMarkWarnings(jobs: { slide: Slide; script: { clicks: unknown[] } }[]): string[] {
  return jobs.flatMap(({ slide, script }) => {
    const clicks = clickCount(slide.build);
    const marks = script.clicks.length;
    return slide.build && marks > clicks ? [`slide ${slide.index}: the notes mark ${marks} clicks but the slide has ${clicks}; the extra marks are ignored`] : [];
  });
}

/** A click's crossfade: none when its effects only appear or disappear (or show nothing), else theirs, at most 0.5 s. */
export function revealFadeMs(step: BuildStep): number {
  const visible = step.effects.filter((e) => e.kind === 'entrance' || e.kind === 'exit');
  if (visible.every((e) => e.preset === 'appear' || e.durationMs === 0)) return 0;
  return Math.min(MAX_REVEAL_FADE_MS, Math.max(...visible.map((e) => e.durationMs)));
}
