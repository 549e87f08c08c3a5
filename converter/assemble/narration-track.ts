/**
 * Where each slide's encoded narration goes in the video's audio track, and the track itself, written
 * as ADTS frames: silent frames between slides and each slide's own frames, copied from its cached
 * encode. Nothing is decoded or re-encoded here, so re-exporting after one slide changes costs one
 * slide's encode, not the whole track's.
 *
 * Frames are 1024 samples, so a narration starts on that grid: at most half a frame (21 ms at
 * 24 kHz) from its exact place on the timeline, well under what anyone notices between a voice and
 * a still picture. Every cut lies in silence (each chunk has silent margins), so the join is clean.
 */
import { closeSync, openSync, readFileSync, writeSync } from 'node:fs';
import { ConvertError } from '../errors.js';
import { AAC_FRAME_SAMPLES, adtsFrames } from './adts.js';
import type { Timeline } from './timeline-types.js';

/** Silence ahead of the speech in each chunk: two frames, so the frame boundaries sit in silence. */
export const CHUNK_LEAD_SAMPLES = 2 * AAC_FRAME_SAMPLES;

export interface TrackLayout {
  sampleRate: number;
  totalSamples: number;
  /** Where each slide's narration starts in the track, in samples. */
  offsets: Map<number, number>;
  /** How many narration samples fit before the slide's segment ends. */
  room: Map<number, number>;
}

/** Pure: sample offsets of every narration on the timeline. */
export function planTrack(timeline: Timeline, sampleRate: number): TrackLayout {
  const toSamples = (frame: number) => Math.round((frame * sampleRate) / timeline.fps);
  const offsets = new Map<number, number>();
  const room = new Map<number, number>();
  for (const s of timeline.segments) {
    if (s.narrationMs <= 0) continue;
    const at = toSamples(s.start + s.narrationStart);
    offsets.set(s.slideIndex, at);
    room.set(s.slideIndex, toSamples(s.start + s.frames) - at);
  }
  return { sampleRate, totalSamples: toSamples(timeline.totalFrames), offsets, room };
}

/**
 * A chunk buffer for `speechSamples` samples of narration: silent margins around the window where the
 * speech goes, a whole number of AAC frames in all.
 */
export function newChunk(speechSamples: number): { chunk: Int16Array; speech: Int16Array } {
  const chunk = new Int16Array(chunkLength(speechSamples));
  return { chunk, speech: chunk.subarray(CHUNK_LEAD_SAMPLES, CHUNK_LEAD_SAMPLES + speechSamples) };
}

export interface Placement {
  slideIndex: number;
  /** First AAC frame of the track that this chunk's audio occupies. */
  startFrame: number;
}

/**
 * Pure: each chunk at the frame nearest to where its speech belongs, never overlapping the one before
 * (a chunk's margins may reach into the next segment's lead-in, which is silent anyway).
 */
export function placeChunks(layout: TrackLayout, chunkFrames: Map<number, number>): { placements: Placement[]; totalFrames: number } {
  const placements: Placement[] = [];
  let cursor = 0;
  const ordered = [...layout.offsets].sort((a, b) => a[1] - b[1]);
  for (const [slideIndex, offset] of ordered) {
    const frames = chunkFrames.get(slideIndex);
    if (frames === undefined) continue;
    const startFrame = Math.max(cursor, Math.round((offset - CHUNK_LEAD_SAMPLES) / AAC_FRAME_SAMPLES));
    placements.push({ slideIndex, startFrame });
    cursor = startFrame + frames;
  }
  return { placements, totalFrames: Math.max(cursor, Math.ceil(layout.totalSamples / AAC_FRAME_SAMPLES)) };
}

/** Pure: how many samples the chunk made from `speechSamples` samples of narration holds. */
export function chunkLength(speechSamples: number): number {
  return Math.ceil((CHUNK_LEAD_SAMPLES + speechSamples + AAC_FRAME_SAMPLES) / AAC_FRAME_SAMPLES) * AAC_FRAME_SAMPLES;
}

/**
 * The bytes of one encoded chunk that carry its samples, as one contiguous run of frames: the
 * encoder's first frame is its priming (the decoder's start-up delay) and is left out, which puts the
 * chunk's first sample at the start of the first frame kept.
 */
export function chunkBody(adts: Uint8Array, samples: number): Uint8Array {
  const frames = adtsFrames(adts);
  const wanted = samples / AAC_FRAME_SAMPLES;
  if (frames.length < 1 + wanted) {
    throw new ConvertError('INTERNAL', `encoded narration has ${frames.length} AAC frames, expected at least ${1 + wanted}: clear the cache (--no-cache) and retry`);
  }
  const first = frames[1];
  const last = frames[wanted];
  return adts.subarray(first.byteOffset - adts.byteOffset, last.byteOffset - adts.byteOffset + last.length);
}

/** Writes the ADTS track: silence, each chunk's frames at its place, silence to the end. */
export function writeTrack(path: string, placed: { placements: Placement[]; totalFrames: number },
  chunk: (slideIndex: number) => { file: string; samples: number }, silentFrame: Uint8Array): void {
  const fd = openSync(path, 'w');
  const RUN = 512;
  const run = Buffer.alloc(RUN * silentFrame.length);
  for (let i = 0; i < run.length; i += silentFrame.length) run.set(silentFrame, i);
  try {
    let at = 0;
    const silence = (until: number) => {
      for (let left = until - at; left > 0; left -= RUN) writeSync(fd, run, 0, Math.min(left, RUN) * silentFrame.length);
      at = Math.max(at, until);
    };
    for (const p of placed.placements) {
      silence(p.startFrame);
      const { file, samples } = chunk(p.slideIndex);
      writeSync(fd, chunkBody(readFileSync(file), samples));
      at += samples / AAC_FRAME_SAMPLES;
    }
    silence(placed.totalFrames);
  } finally {
    closeSync(fd);
  }
}
