/**
 * Loudness of one slide's narration: raised or lowered to the target and peak-limited, on its own.
 *
 * Each slide is levelled separately rather than the track as a whole: the result no longer depends on
 * the other slides, so a slide's encoded audio can be cached and reused when another slide changes.
 * The track's integrated loudness still lands on the target, since every gated block of speech in it
 * belongs to a slide that sits there (silence between slides is gated out).
 */
import { applyGainLimited, limiterOptions } from './limiter.js';
import { LoudnessMeter } from './loudness-meter.js';

/** Speech online: -16 LUFS integrated, true peak at most -1.5 dBTP. */
export const LOUDNESS_TARGET = { integrated: -16, truePeak: -1.5 };
/** Sample peaks stop this far below the true-peak target: room for the peaks between samples. */
const INTERSAMPLE_MARGIN_DB = 1;
const MAX_GAIN_DB = 24;
/** One gating block (400 ms) plus margin: shorter narrations are measured as a loop of themselves. */
const MIN_MEASURED_SECONDS = 0.5;

export interface LevelledNarration {
  pcm: Int16Array;
  /** Loudness before levelling, and the gain applied (before the limiter). */
  measuredLufs: number;
  gainDb: number;
}

/** `out` (same length as `pcm`) receives the levelled samples; it may be a window of a larger buffer. */
export function levelNarration(pcm: Int16Array, sampleRate: number, out: Int16Array = new Int16Array(pcm.length)): LevelledNarration {
  const ceilingDb = LOUDNESS_TARGET.truePeak - INTERSAMPLE_MARGIN_DB;
  const measuredLufs = loudness(pcm, sampleRate);
  if (!Number.isFinite(measuredLufs)) {
    out.set(pcm);
    return { pcm: out, measuredLufs, gainDb: 0 };
  }
  let gainDb = Math.max(-MAX_GAIN_DB, Math.min(MAX_GAIN_DB, LOUDNESS_TARGET.integrated - measuredLufs));
  // Speech has high peaks: the limiter that keeps them under the ceiling also lowers the loudness, so
  // the gain is corrected against the limited result (three times at most: it converges fast).
  // One buffer serves every pass: a ten-minute narration is 29 MB of samples.
  for (let i = 0; i < 3 && gainDb > 0 && gainDb < MAX_GAIN_DB; i++) {
    const reached = loudness(applyGainLimited(pcm, limiterOptions(gainDb, ceilingDb, sampleRate), out), sampleRate);
    if (Math.abs(reached - LOUDNESS_TARGET.integrated) < 0.3) break;
    gainDb = Math.min(MAX_GAIN_DB, gainDb + LOUDNESS_TARGET.integrated - reached);
  }
  return { pcm: applyGainLimited(pcm, limiterOptions(gainDb, ceilingDb, sampleRate), out), measuredLufs, gainDb };
}

function loudness(pcm: Int16Array, sampleRate: number): number {
  const meter = new LoudnessMeter(sampleRate);
  if (pcm.length === 0) return -Infinity;
  let fed = 0;
  do {
    meter.add(pcm);
    fed += pcm.length;
  } while (fed < MIN_MEASURED_SECONDS * sampleRate);
  return meter.integrated();
}
