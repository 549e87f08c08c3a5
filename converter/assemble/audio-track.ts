/**
 * The video's narration track: each slide's narration placed at its exact sample offset (segment
 * start + lead-in), silence everywhere else, normalised to the loudness target. Streamed to disk
 * slide by slide, so memory stays flat however long the lecture is.
 */
import { closeSync, openSync, readFileSync, writeSync } from 'node:fs';
import { ConvertError } from '../errors.js';
import type { Timeline } from './timeline-types.js';
import { applyGainLimited, limiterOptions, type LimiterOptions } from './limiter.js';
import { LoudnessMeter } from './loudness-meter.js';
import { parseWavHeader, wavHeader } from './wav.js';

/** Slide index -> its narration WAV (16-bit PCM, mono, one sample rate for the whole deck). */
export type NarrationFiles = Map<number, string>;

export interface TrackLayout {
  sampleRate: number;
  totalSamples: number;
  /** Where each slide's narration starts in the track, in samples. */
  offsets: Map<number, number>;
}

/** Pure: sample offsets of every narration on the timeline. */
export function planTrack(timeline: Timeline, sampleRate: number): TrackLayout {
  const toSamples = (frame: number) => Math.round((frame * sampleRate) / timeline.fps);
  const offsets = new Map<number, number>();
  for (const s of timeline.segments) if (s.narrationMs > 0) offsets.set(s.slideIndex, toSamples(s.start + s.narrationStart));
  return { sampleRate, totalSamples: toSamples(timeline.totalFrames), offsets };
}

/** Speech online: -16 LUFS integrated, true peak at most -1.5 dBTP. */
export const LOUDNESS_TARGET = { integrated: -16, truePeak: -1.5 };
/** Sample peaks stop this far below the true-peak target: room for the peaks between samples. */
const INTERSAMPLE_MARGIN_DB = 1;
const MAX_GAIN_DB = 24;

export interface TrackResult extends TrackLayout {
  /** Loudness of the narration before and the gain applied to it. */
  measuredLufs: number;
  gainDb: number;
}

/**
 * Writes the track normalised to the loudness target: one pass measures the narrations where they
 * sit on the timeline, the second writes them with the gain and the peak limiter applied.
 */
export function writeTrack(path: string, timeline: Timeline, narrations: NarrationFiles, sampleRate: number): TrackResult {
  const layout = planTrack(timeline, sampleRate);
  const placed = placeNarrations(timeline, narrations, layout);
  const ceilingDb = LOUDNESS_TARGET.truePeak - INTERSAMPLE_MARGIN_DB;
  const measuredLufs = measure(placed, sampleRate, undefined);
  let gainDb = Number.isFinite(measuredLufs) ? Math.min(MAX_GAIN_DB, LOUDNESS_TARGET.integrated - measuredLufs) : 0;
  // Speech has high peaks: the limiter that keeps them under the ceiling also lowers the loudness, so
  // the gain is corrected against the limited result until it lands on the target.
  for (let i = 0; i < 2 && gainDb > 0 && gainDb < MAX_GAIN_DB; i++) {
    const reached = measure(placed, sampleRate, limiterOptions(gainDb, ceilingDb, sampleRate));
    if (Math.abs(reached - LOUDNESS_TARGET.integrated) < 0.3) break;
    gainDb = Math.min(MAX_GAIN_DB, gainDb + LOUDNESS_TARGET.integrated - reached);
  }
  const limiter = limiterOptions(gainDb, ceilingDb, sampleRate);

  const fd = openSync(path, 'w');
  try {
    writeSync(fd, wavHeader(sampleRate, 1, layout.totalSamples * 2));
    let written = 0;
    const silence = (samples: number) => {
      const chunk = new Uint8Array(Math.min(samples, 1 << 16) * 2);
      while (samples > 0) {
        const n = Math.min(samples, chunk.length / 2);
        writeSync(fd, chunk, 0, n * 2);
        samples -= n;
        written += n;
      }
    };
    for (const p of placed) {
      silence(p.offset - written);
      const pcm = applyGainLimited(readPcm(p.file, p.samples), limiter);
      writeSync(fd, new Uint8Array(pcm.buffer, pcm.byteOffset, pcm.byteLength));
      written += p.samples;
    }
    silence(layout.totalSamples - written);
  } finally {
    closeSync(fd);
  }
  return { ...layout, measuredLufs, gainDb };
}

/** Integrated loudness of the placed narrations, as they are or after gain and limiter. */
function measure(placed: Placed[], sampleRate: number, limiter: LimiterOptions | undefined): number {
  const meter = new LoudnessMeter(sampleRate);
  let at = 0;
  for (const p of placed) {
    meter.addSilence(p.offset - at);
    const pcm = readPcm(p.file, p.samples);
    meter.add(limiter ? applyGainLimited(pcm, limiter) : pcm);
    at = p.offset + p.samples;
  }
  return meter.integrated();
}

interface Placed {
  file: string;
  offset: number;
  samples: number;
}

/** Each narration with its offset and how many of its samples fit in its segment. */
function placeNarrations(timeline: Timeline, narrations: NarrationFiles, layout: TrackLayout): Placed[] {
  const out: Placed[] = [];
  for (const s of timeline.segments) {
    const offset = layout.offsets.get(s.slideIndex);
    const file = narrations.get(s.slideIndex);
    if (offset === undefined || !file) continue;
    const wav = parseWavHeader(readFileSync(file));
    if (wav.channels !== 1 || wav.sampleRate !== layout.sampleRate) {
      throw new ConvertError('INTERNAL', `narration of slide ${s.slideIndex} is ${wav.sampleRate} Hz/${wav.channels} ch, expected ${layout.sampleRate} Hz mono`);
    }
    // Never spill into the next segment: the timeline already made room for the whole narration.
    const room = Math.round(((s.start + s.frames) * layout.sampleRate) / timeline.fps) - offset;
    out.push({ file, offset, samples: Math.min(wav.dataLength / 2, room) });
  }
  return out;
}

function readPcm(file: string, samples: number): Int16Array {
  const buf = readFileSync(file);
  const wav = parseWavHeader(buf);
  const bytes = buf.subarray(wav.dataOffset, wav.dataOffset + samples * 2);
  // Copy into an aligned buffer: the data chunk may start at an odd offset.
  const pcm = new Int16Array(samples);
  new Uint8Array(pcm.buffer).set(bytes);
  return pcm;
}
