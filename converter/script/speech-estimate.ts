/**
 * How long a slide's narration will last, before any engine has spoken it: its words at the speaking
 * rate plus the script's own pauses. Only for plans (convert --dry-run, planConversion); the video
 * is timed by the real audio.
 */
import type { SlideScript } from './build-script.js';

export interface SpeechEstimate {
  durationMs: number;
  /** Where each sentence would start, ms from the start of the slide's narration. */
  sentenceStartsMs: number[];
}

export function estimateSpeechMs(script: SlideScript, wordsPerMinute: number): SpeechEstimate {
  if (script.sentences.length === 0) return { durationMs: 0, sentenceStartsMs: [] };
  const segmenter = new Intl.Segmenter(script.lang, { granularity: 'word' });
  const starts: number[] = [];
  let at = script.leadingPauseMs;
  for (const s of script.sentences) {
    starts.push(at);
    let words = 0;
    for (const w of segmenter.segment(s.spoken)) if (w.isWordLike) words++;
    at += Math.round((words * 60_000) / wordsPerMinute) + s.pauseAfterMs;
  }
  return { durationMs: at, sentenceStartsMs: starts };
}
