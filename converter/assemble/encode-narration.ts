/**
 * Executes the narration track: each slide's narration levelled and encoded to AAC on its own
 * (cached by its content), then the track laid out from those encodes by narration-track.ts.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ArtifactCache } from '../cache/artifact-cache.js';
import { cacheKey } from '../cache/cache-key.js';
import { findFfmpeg, runFfmpeg } from '../engines/ffmpeg.js';
import { ConvertError } from '../errors.js';
import { AAC_FRAME_SAMPLES, adtsFrames } from './adts.js';
import { aacChunkArgs } from './mux-args.js';
import { LOUDNESS_TARGET, levelNarration } from './narration-level.js';
import { chunkLength, newChunk, placeChunks, planTrack, writeTrack } from './narration-track.js';
import type { Timeline } from './timeline-types.js';
import { parseWavHeader } from '../narrate/wav.js';

/** Bump when levelling or chunk layout changes in a way the key does not capture. */
const CHUNK_VERSION = 1;
const KIND = 'narration-aac';

export interface NarrationTrackRequest {
  timeline: Timeline;
  /** Slide index -> 16-bit mono WAV at `sampleRate`. */
  narrations: Map<number, string>;
  sampleRate: number;
  bitrate: string;
  cache: ArtifactCache;
  workDir: string;
  signal?: AbortSignal;
}

export interface NarrationTrack {
  /** ADTS AAC file in the work folder. */
  path: string;
  /** Slides whose audio was encoded now, and those taken from the cache. */
  encoded: number;
  cached: number;
}

/** Writes the track as ADTS AAC in the work folder. */
export async function encodeNarrationTrack(r: NarrationTrackRequest): Promise<NarrationTrack> {
  const layout = planTrack(r.timeline, r.sampleRate);
  const encoder = { sampleRate: r.sampleRate, bitrate: r.bitrate };
  const chunks = new Map<number, { file: string; samples: number }>();
  let encoded = 0;
  // One slide at a time: this runs beside the video encoders, which already use the cores.
  for (const [slideIndex, wavPath] of r.narrations) {
    const room = layout.room.get(slideIndex);
    if (room === undefined) continue;
    const wav = await readFile(wavPath);
    const info = parseWavHeader(wav);
    if (info.channels !== 1 || info.sampleRate !== r.sampleRate) {
      throw new ConvertError('INTERNAL', `narration of slide ${slideIndex} is ${info.sampleRate} Hz/${info.channels} ch, expected ${r.sampleRate} Hz mono`);
    }
    // Never spill into the next segment: the timeline already made room for the whole narration.
    const speechSamples = Math.min(info.dataLength / 2, room);
    const key = cacheKey({
      v: CHUNK_VERSION, encoder, ffmpeg: findFfmpeg().version, target: LOUDNESS_TARGET, speechSamples,
      wav: createHash('sha256').update(wav).digest('hex'),
    });
    const file = await r.cache.produce(KIND, key, 'aac', async (tmp) => {
      // Levelled straight into the chunk's speech window: a 25-minute narration (seen in a real
      // lecture) is 72 MB of samples, so no more copies than needed.
      const { chunk, speech } = newChunk(speechSamples);
      levelNarration(samplesOf(wav, info.dataOffset, speechSamples), r.sampleRate, speech);
      encoded++;
      await runFfmpeg(aacChunkArgs(encoder, tmp), { input: new Uint8Array(chunk.buffer), signal: r.signal });
    });
    chunks.set(slideIndex, { file, samples: chunkLength(speechSamples) });
  }
  const frameCounts = new Map([...chunks].map(([i, c]) => [i, c.samples / AAC_FRAME_SAMPLES]));
  const track = join(r.workDir, 'narration.aac');
  writeTrack(track, placeChunks(layout, frameCounts), (i) => chunks.get(i)!, await silentFrame(r, encoder));
  return { path: track, encoded, cached: chunks.size - encoded };
}

/** The WAV's samples as 16-bit values, without a copy when the data is aligned (it normally is). */
function samplesOf(wav: Uint8Array, offset: number, samples: number): Int16Array {
  const at = wav.byteOffset + offset;
  if (at % 2 === 0) return new Int16Array(wav.buffer, at, samples);
  const copy = new Int16Array(samples);
  new Uint8Array(copy.buffer).set(wav.subarray(offset, offset + samples * 2));
  return copy;
}

/** One encoded frame of silence, to fill the track between narrations. */
async function silentFrame(r: NarrationTrackRequest, encoder: { sampleRate: number; bitrate: string }): Promise<Uint8Array> {
  const frames = 4;
  const file = await r.cache.produce(KIND, cacheKey({ v: CHUNK_VERSION, encoder, ffmpeg: findFfmpeg().version, silence: frames }), 'aac', (tmp) =>
    runFfmpeg(aacChunkArgs(encoder, tmp), { input: new Uint8Array(frames * AAC_FRAME_SAMPLES * 2), signal: r.signal }));
  // Past the priming frame and away from the flush at the end: a frame encoded from silence alone.
  return adtsFrames(await readFile(file))[2];
}
