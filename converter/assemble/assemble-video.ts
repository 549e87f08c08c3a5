/**
 * Executes an assembly plan: encodes the pieces that are not cached yet (one ffmpeg per slide, two
 * at a time) and the narration track (levelled and encoded slide by slide, also cached), and muxes
 * everything into a temporary file that is renamed over the output only when complete.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { installFile } from '../atomic-file.js';
import type { ArtifactCache } from '../cache/artifact-cache.js';
import { cacheKey } from '../cache/cache-key.js';
import { findFfmpeg, runFfmpeg } from '../engines/ffmpeg.js';
import { ConvertError } from '../errors.js';
import { mapLimit } from '../parallel.js';
import type { ProgressListener } from '../progress.js';
import { buildChapterMetadata } from './chapters.js';
import { encodeNarrationTrack, type NarrationTrack } from './encode-narration.js';
import { buildMuxArgs, concatList, iso639_2 } from './mux-args.js';
import { buildSegmentArgs, encoderArgs, type VideoFormat } from './segment-args.js';
import { planPieces, type Picture, type Piece, type SegmentPieces } from './plan-pieces.js';
import { cueBoundaries, segmentFrameCues, splitAtBoundaries } from './caption-pieces.js';
import { toAss } from './captions/ass.js';
import type { Cue } from './captions/cue.js';
import type { Timeline } from './timeline-types.js';

/** Bump when segment encoding changes in a way the key does not capture. */
const SEGMENT_VERSION = 5;

export interface SlideMedia {
  slidePng: string;
  slideHash: string;
  framePng?: string;
  frameHash?: string;
  /** 16-bit mono WAV at the request's sample rate; absent for silent slides. */
  narrationWav?: string;
}

export interface AssembleRequest {
  timeline: Timeline;
  media: Map<number, SlideMedia>;
  format: VideoFormat;
  sampleRate: number;
  title: string;
  language: string;
  /** SRT on the video clock for the soft subtitle track; absent when nothing is said. */
  captionsSrt?: string;
  /** Cues on the video clock to draw into the picture as well (--burn-captions); absent otherwise. */
  burnCaptions?: readonly Cue[];
  cfr: boolean;
  out: string;
  cache: ArtifactCache;
  workDir: string;
  concurrency: number;
  signal?: AbortSignal;
  onProgress?: ProgressListener;
}

export interface AssembleResult {
  segmentsEncoded: number;
  segmentsCached: number;
  /** Slides whose narration was levelled and encoded now, and those reused from the cache. */
  narrationsEncoded: number;
  narrationsCached: number;
}

export async function assembleVideo(r: AssembleRequest): Promise<AssembleResult> {
  // The audio is known before any picture is encoded: encode it alongside the video segments, so
  // the mux at the end only copies streams. A failure in one stops the other.
  const inner = new AbortController();
  const abort = () => inner.abort();
  r.signal?.addEventListener('abort', abort, { once: true });
  const run = { ...r, signal: inner.signal };
  let video: Awaited<ReturnType<typeof encodeSegments>>;
  let audio: NarrationTrack;
  try {
    [video, audio] = await Promise.all([
      encodeSegments(run).catch((e) => { inner.abort(); throw e; }),
      encodeAudio(run).catch((e) => { inner.abort(); throw e; }),
    ]);
  } catch (e) {
    throw r.signal?.aborted ? new ConvertError('CANCELLED', 'cancelled') : e;
  } finally {
    r.signal?.removeEventListener('abort', abort);
  }
  r.onProgress?.({ stage: 'mux', done: 0, total: 1 });
  const list = join(r.workDir, 'segments.ffconcat');
  await writeFile(list, concatList(video.segmentFiles));
  const metadata = join(r.workDir, 'chapters.ffmeta');
  await writeFile(metadata, buildChapterMetadata(r.timeline, r.title));

  // Written beside the output under a hidden name and renamed at the end: never a half-written OUT.mp4.
  const reencode = encoderArgs(r.format).filter((a) => a !== '-an');
  const mux = (tmp: string) => buildMuxArgs({
    concatList: list,
    audio: audio.path,
    captions: r.captionsSrt,
    metadata,
    language: iso639_2(r.language),
    cfr: r.cfr ? { fps: r.format.fps, encoder: reencode } : undefined,
    out: tmp,
  });
  await installFile(r.out, (tmp) => runFfmpeg(mux(tmp), { signal: r.signal }), { durable: true });
  r.onProgress?.({ stage: 'mux', done: 1, total: 1 });
  return { segmentsEncoded: video.encoded, segmentsCached: video.cached, narrationsEncoded: audio.encoded, narrationsCached: audio.cached };
}

/** The levelled narration track, encoded to AAC slide by slide (cached) and joined in the work folder. */
function encodeAudio(r: AssembleRequest): Promise<NarrationTrack> {
  return encodeNarrationTrack({
    timeline: r.timeline, narrations: narrationFiles(r.media), sampleRate: r.sampleRate, bitrate: '96k',
    cache: r.cache, workDir: r.workDir, signal: r.signal,
  });
}

async function encodeSegments(r: AssembleRequest): Promise<{ segmentFiles: string[]; encoded: number; cached: number }> {
  const segments = burnedSegments(planPieces(r.timeline), r);
  const source = (slideIndex: number, what: 'slide' | 'frame'): string => {
    const m = r.media.get(slideIndex);
    const path = what === 'slide' ? m?.slidePng : m?.framePng;
    if (!path) throw new ConvertError('INTERNAL', `no ${what} image for slide ${slideIndex}`);
    return path;
  };
  const hashOf = (p: Picture) => {
    const m = r.media.get(p.slideIndex)!;
    return { image: p.image, zoomed: p.zoomed, slide: p.image === 'frame' ? undefined : m.slideHash, frame: p.image === 'slide' ? undefined : m.frameHash };
  };
  const describe = (piece: Piece) =>
    piece.kind === 'fade'
      ? { kind: piece.kind, frames: piece.frames, transition: piece.transition, from: hashOf(piece.from), to: hashOf(piece.to) }
      : { kind: piece.kind, frames: piece.frames, picture: hashOf(piece.picture) };

  const files: string[] = [];
  const todo: { pieces: Piece[]; captions?: string; final: string; key: string }[] = [];
  for (const s of segments) {
    const key = cacheKey({ v: SEGMENT_VERSION, ffmpeg: findFfmpeg().version, format: r.format, pieces: s.pieces.map(describe), captions: s.captions });
    const final = r.cache.pathFor('segments', key, 'mp4');
    files.push(final);
    if (!(await r.cache.has('segments', key, 'mp4'))) todo.push({ pieces: s.pieces, captions: s.captions, final, key });
  }
  const total = segments.length;
  const cached = total - todo.length;
  let done = cached;
  r.onProgress?.({ stage: 'encode', done, total, detail: cached ? `${cached} cached` : undefined });
  await mapLimit(todo, r.concurrency, async ({ pieces, captions, key }) => {
    const ass = captions === undefined ? undefined : join(r.workDir, `captions-${key}.ass`);
    if (ass) await writeFile(ass, captions!);
    // The cache installs the file only once ffmpeg has finished writing it.
    await r.cache.produce('segments', key, 'mp4', (tmp) =>
      runFfmpeg(['-loglevel', 'error', ...buildSegmentArgs(pieces, source, r.format, tmp, ass)], { signal: r.signal }));
    r.onProgress?.({ stage: 'encode', done: ++done, total });
  });
  return { segmentFiles: files, encoded: todo.length, cached };
}

/** With burned captions, each segment's pieces get a frame at its cues' starts and ends, and its .ass script. */
function burnedSegments(segments: SegmentPieces[], r: AssembleRequest): { pieces: Piece[]; captions?: string }[] {
  const cues = r.burnCaptions;
  if (!cues?.length) return segments;
  const { fps } = r.timeline;
  return segments.map((s, i) => {
    const frameCues = segmentFrameCues(cues, r.timeline.segments[i]!, fps);
    if (!frameCues.length) return s;
    return { pieces: splitAtBoundaries(s.pieces, cueBoundaries(frameCues)), captions: toAss(frameCues, fps, r.format) };
  });
}

function narrationFiles(media: Map<number, SlideMedia>): Map<number, string> {
  const out = new Map<number, string>();
  for (const [i, m] of media) if (m.narrationWav) out.set(i, m.narrationWav);
  return out;
}
