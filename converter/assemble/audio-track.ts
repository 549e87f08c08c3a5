/**
 * The video's narration track: each slide's narration placed at its exact sample offset (segment
 * start + lead-in), silence everywhere else. Streamed to disk slide by slide, so memory stays flat
 * however long the lecture is.
 */
import { closeSync, openSync, readFileSync, writeSync } from 'node:fs';
import { ConvertError } from '../errors.js';
import type { Timeline } from './timeline-types.js';
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

export function writeTrack(path: string, timeline: Timeline, narrations: NarrationFiles, sampleRate: number): TrackLayout {
  const layout = planTrack(timeline, sampleRate);
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
    for (const s of timeline.segments) {
      const offset = layout.offsets.get(s.slideIndex);
      const file = narrations.get(s.slideIndex);
      if (offset === undefined || !file) continue;
      const buf = readFileSync(file);
      const wav = parseWavHeader(buf);
      if (wav.channels !== 1 || wav.sampleRate !== sampleRate) {
        throw new ConvertError('INTERNAL', `narration of slide ${s.slideIndex} is ${wav.sampleRate} Hz/${wav.channels} ch, expected ${sampleRate} Hz mono`);
      }
      silence(offset - written);
      // Never spill into the next segment: the timeline already made room for the whole narration.
      const room = Math.round(((s.start + s.frames) * sampleRate) / timeline.fps) - written;
      const samples = Math.min(wav.dataLength / 2, room);
      writeSync(fd, buf, wav.dataOffset, samples * 2);
      written += samples;
    }
    silence(layout.totalSamples - written);
  } finally {
    closeSync(fd);
  }
  return layout;
}
