/**
 * ffmpeg arguments that encode one slide's segment in one process and one encoder: every source PNG
 * is decoded once, each picture is built once and split to the pieces that use it, the pieces are
 * joined by the concat filter, and one setpts expression then gives every frame its exact time on
 * the 1/fps grid. Stills become one frame every ten seconds, so a long narration costs a handful
 * of frames; fades and zooms are short runs at reduced rates. Segments share one encoder setup so
 * they can be joined later by stream copy.
 */
import type { Picture, Piece } from './plan-pieces.js';

export interface VideoFormat {
  width: number;
  height: number;
  fps: number;
  /** Letterbox/pillarbox colour, RRGGBB. */
  background: string;
  /** Zoom factor reached at the end of a motion shot (1.04 = 4 %). */
  zoom: number;
  /** Frame rate of zooms and of crossfades: both are slow and smooth at these rates. */
  motionFps: number;
  fadeFps: number;
  crf: number;
  preset: string;
}

/**
 * A held picture repeats this rarely: each repeat costs an encoded frame, and players show a held
 * frame for as long as it lasts (every segment starts with a keyframe, so seeking stays quick).
 */
export const STILL_INTERVAL_SECONDS = 10;

/** Finds the PNG for a slide's rendered slide or illustrative frame. */
export type SourceLookup = (slideIndex: number, what: 'slide' | 'frame') => string;

/**
 * The H.264 encoder setup shared by every segment (so they join by stream copy) and by the final
 * re-encode when captions are burned in. Segments pass `threads: 1`: two of them encode at once, one
 * per core, and a single-threaded x264 spends ~20% less CPU and ~80 MB less memory on the same frames.
 */
export function encoderArgs(f: VideoFormat, opts: { threads?: number } = {}): string[] {
  const threads = opts.threads ? `:threads=${opts.threads}` : '';
  return [
    '-an', '-c:v', 'libx264', '-preset', f.preset, '-crf', String(f.crf),
    '-pix_fmt', 'yuv420p', '-profile:v', 'high', '-level:v', '4.2',
    '-x264-params', `keyint=600:min-keyint=1:scenecut=0${threads}`,
    '-fps_mode', 'passthrough', '-enc_time_base', `1/${f.fps}`, '-r', String(f.fps),
    '-video_track_timescale', String(f.fps * 1000),
  ];
}

/** How many frames a piece emits and how its i-th frame maps onto the fps grid. */
export function pieceTiming(piece: Piece, f: VideoFormat): { emitted: number; step: number } {
  const last = piece.frames - 1;
  switch (piece.kind) {
    case 'still': { const step = f.fps * STILL_INTERVAL_SECONDS; return { emitted: Math.ceil(last / step) + 1, step }; }
    case 'fade': { const step = piece.dense ? 1 : stepFor(f.fadeFps, f.fps); return { emitted: Math.ceil(piece.frames / step), step }; }
    case 'zoom': {
      // Dense: one frame per grid frame, the last on the piece's last frame (two would share a time).
      if (piece.dense) return { emitted: piece.frames, step: 1 };
      const step = stepFor(f.motionFps, f.fps);
      return { emitted: Math.ceil(piece.frames / step) + 1, step };
    }
  }
}

/**
 * `captions`: an .ass file on the segment's own clock, drawn into the picture after the frames have
 * their times (the pieces must already have a frame at every cue start and end: caption-pieces.ts).
 */
export function buildSegmentArgs(pieces: Piece[], sources: SourceLookup, f: VideoFormat, out: string, captions?: string): string[] {
  const graph = new PictureGraph(sources, f);
  for (const p of pieces) {
    if (p.kind === 'fade') {
      graph.need(p.from);
      graph.need(p.to);
    } else graph.need(p.picture);
  }
  const chains = graph.build();
  const labels: string[] = [];
  for (const [j, piece] of pieces.entries()) {
    chains.push(pieceChain(piece, (p) => graph.take(p), f, `c${j}`));
    labels.push(`[c${j}]`);
  }
  const burn = captions ? `,ass=${escapeFilterPath(captions)}` : '';
  chains.push(`${labels.join('')}concat=n=${pieces.length}:v=1:a=0,settb=1/${f.fps},setpts='${timestampExpression(pieces, f)}',format=yuv420p${burn}[out]`);
  return [...graph.inputArgs(), '-filter_complex', chains.join(';'), '-map', '[out]', ...encoderArgs(f, { threads: 1 }), out];
}

/** Global frame counter N (after concat) -> presentation time in 1/fps units. */
export function timestampExpression(pieces: Piece[], f: VideoFormat): string {
  let firstEmitted = 0;
  let firstFrame = 0;
  const branches: { until: number; expr: string }[] = [];
  for (const piece of pieces) {
    const { emitted, step } = pieceTiming(piece, f);
    branches.push({ until: firstEmitted + emitted, expr: `${firstFrame}+min((N-${firstEmitted})*${step}\\,${piece.frames - 1})` });
    firstEmitted += emitted;
    firstFrame += piece.frames;
  }
  let expr = branches[branches.length - 1].expr;
  for (let i = branches.length - 2; i >= 0; i--) expr = `if(lt(N\\,${branches[i].until})\\,${branches[i].expr}\\,${expr})`;
  return expr;
}

function pieceChain(piece: Piece, take: (p: Picture) => string, f: VideoFormat, out: string): string {
  const { emitted, step } = pieceTiming(piece, f);
  const fps = f.fps;
  switch (piece.kind) {
    case 'still':
      return `${take(piece.picture)}loop=loop=${emitted - 1}:size=1:start=0,settb=1/${fps},setpts=N[${out}]`;
    case 'fade': {
      const rate = fps / step;
      const run = (p: Picture) => `${take(p)}loop=loop=${emitted - 1}:size=1:start=0,settb=1/${rate},setpts=N,fps=${rate}`;
      const duration = (emitted / rate).toFixed(6);
      const end = `trim=end_frame=${emitted},settb=1/${fps},setpts=N[${out}]`;
      if (piece.transition === 'fade') {
        // A crossfade is the incoming picture faded in over the outgoing one, all in yuv420p. xfade
        // works in yuv444p only: left to it, the whole segment was converted there and back, frame by
        // frame (a third of the segment's CPU time).
        return `${run(piece.from)}[${out}a];${run(piece.to)},format=yuva420p,fade=t=in:st=0:d=${duration}:alpha=1[${out}b];` +
          `[${out}a][${out}b]overlay=format=yuv420:shortest=1,${end}`;
      }
      return `${run(piece.from)}[${out}a];${run(piece.to)}[${out}b];[${out}a][${out}b]xfade=transition=${piece.transition}:` +
        `duration=${duration}:offset=0,format=yuv420p,${end}`;
    }
    case 'zoom': {
      // Ease-out: quick to start, settling into the held zoomed picture that follows.
      const z = `1+${(f.zoom - 1).toFixed(4)}*sin(${(Math.PI / 2).toFixed(6)}*on/${emitted - 1})`;
      // zoompan places its window on whole pixels; working at twice the size halves that wobble.
      return `${take(piece.picture)}scale=${2 * f.width}:${2 * f.height}:flags=bicubic,zoompan=z='${z}':` +
        `x='iw/2-iw/zoom/2':y='ih/2-ih/zoom/2':d=${emitted}:s=${f.width}x${f.height}:fps=${fps / step},settb=1/${fps},setpts=N[${out}]`;
    }
  }
}

/** Paths inside a filter argument need ':' , '\\' and quotes escaped twice (filter + option level). */
export function escapeFilterPath(path: string): string {
  return path.replace(/\\/g, '/').replace(/([:'\[\],;])/g, '\\\\$1');
}

function stepFor(rate: number, fps: number): number {
  return Math.max(1, Math.round(fps / rate));
}

/** Builds each needed picture once from its sources and hands out split copies. */
class PictureGraph {
  private readonly inputs: string[] = [];
  private readonly uses = new Map<string, { picture: Picture; count: number; taken: number }>();

  constructor(private readonly sources: SourceLookup, private readonly f: VideoFormat) {}

  need(p: Picture): void {
    const k = pictureKey(p);
    const u = this.uses.get(k);
    if (u) u.count++;
    else this.uses.set(k, { picture: p, count: 1, taken: 0 });
  }

  take(p: Picture): string {
    const u = this.uses.get(pictureKey(p))!;
    const label = `p${labelOf(pictureKey(p))}`;
    return u.count > 1 ? `[${label}_${u.taken++}]` : `[${label}]`;
  }

  inputArgs(): string[] {
    return this.inputs.flatMap((path) => ['-i', path]);
  }

  build(): string[] {
    const sourceUses = new Map<string, number>();
    const pictureSources = (p: Picture) =>
      p.image === 'side-by-side' ? [this.sources(p.slideIndex, 'slide'), this.sources(p.slideIndex, 'frame')] : [this.sources(p.slideIndex, p.image)];
    for (const { picture } of this.uses.values()) for (const s of pictureSources(picture)) sourceUses.set(s, (sourceUses.get(s) ?? 0) + 1);
    this.inputs.push(...sourceUses.keys());
    const chains: string[] = [];
    const taken = new Map<string, number>();
    const source = (path: string): string => {
      const i = this.inputs.indexOf(path);
      const n = sourceUses.get(path)!;
      if (n === 1) return `[${i}:v]`;
      const t = taken.get(path) ?? 0;
      taken.set(path, t + 1);
      return `[s${i}_${t}]`;
    };
    for (const [path, n] of sourceUses) {
      const i = this.inputs.indexOf(path);
      if (n > 1) chains.push(`[${i}:v]split=${n}${range(n).map((k) => `[s${i}_${k}]`).join('')}`);
    }
    for (const [key, u] of this.uses) {
      const label = `p${labelOf(key)}`;
      chains.push(this.pictureChain(u.picture, source, label));
      if (u.count > 1) chains.push(`[${label}]split=${u.count}${range(u.count).map((k) => `[${label}_${k}]`).join('')}`);
    }
    return chains;
  }

  private pictureChain(p: Picture, source: (path: string) => string, label: string): string {
    const { width: w, height: h, zoom } = this.f;
    const bg = `0x${this.f.background}`;
    const fit = (ww: number, hh: number) =>
      `scale=${ww}:${hh}:force_original_aspect_ratio=decrease:flags=lanczos,pad=${ww}:${hh}:(ow-iw)/2:(oh-ih)/2:color=${bg},setsar=1`;
    const zoomed = p.zoomed ? `,crop=iw/${zoom}:ih/${zoom},scale=${w}:${h}:flags=lanczos,setsar=1` : '';
    if (p.image === 'side-by-side') {
      const gap = Math.round(w * 0.03);
      const sw = even(w * 0.6);
      const fw = even(w - sw - 3 * gap);
      return `${source(this.sources(p.slideIndex, 'slide'))}${fit(sw, h)}[${label}s];` +
        `${source(this.sources(p.slideIndex, 'frame'))}${fit(fw, h)}[${label}f];` +
        `[${label}s]pad=${w}:${h}:${gap}:0:color=${bg}[${label}c];[${label}c][${label}f]overlay=${sw + 2 * gap}:0,format=yuv420p${zoomed}[${label}]`;
    }
    // Slides keep their aspect (bars around them); frames fill the screen, since a generated image
    // of another aspect (OpenAI's 3:2) is only a picture, not something to read to the edges.
    const place = p.image === 'frame'
      ? `scale=${w}:${h}:force_original_aspect_ratio=increase:flags=lanczos,crop=${w}:${h},setsar=1`
      : fit(w, h);
    return `${source(this.sources(p.slideIndex, p.image))}${place},format=yuv420p${zoomed}[${label}]`;
  }
}

export function pictureKey(p: Picture): string {
  return `${p.slideIndex}-${p.image}-${p.zoomed ? 'z' : 'n'}`;
}

function labelOf(key: string): string {
  return key.replace(/[^a-z0-9]/gi, '');
}

function even(n: number): number {
  return 2 * Math.round(n / 2);
}

function range(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i);
}
