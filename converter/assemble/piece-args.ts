/**
 * ffmpeg arguments that encode a group of pieces (usually one slide's) in one process: every source
 * PNG is decoded once, each picture is built once in the filter graph and split to the pieces that
 * use it, and each piece goes to its own output file. All pieces share one encoder configuration so
 * they can be joined later by stream copy.
 */
import type { Picture, Piece } from './plan-pieces.js';

export interface VideoFormat {
  width: number;
  height: number;
  fps: number;
  /** Letterbox/pillarbox colour, RRGGBB. */
  background: string;
  /** Zoom factor reached at the end of a motion shot (1.05 = 5 %). */
  zoom: number;
  /** Frame rate of motion shots: the zoom is slow enough that few frames look smooth. */
  motionFps: number;
  crf: number;
  preset: string;
}

export interface PieceJob {
  piece: Piece;
  /** Output file for this piece (an .mp4). */
  out: string;
}

/** Finds the PNG for a slide's rendered slide or illustrative frame. */
export type SourceLookup = (slideIndex: number, what: 'slide' | 'frame') => string;

export function encoderArgs(f: VideoFormat): string[] {
  return [
    '-an', '-c:v', 'libx264', '-preset', f.preset, '-crf', String(f.crf),
    '-pix_fmt', 'yuv420p', '-profile:v', 'high', '-level:v', '4.2',
    '-x264-params', 'keyint=600:min-keyint=1:scenecut=0',
    '-fps_mode', 'passthrough', '-enc_time_base', `1/${f.fps}`, '-r', String(f.fps),
    '-video_track_timescale', String(f.fps * 1000),
  ];
}

export function buildPieceArgs(jobs: PieceJob[], sources: SourceLookup, f: VideoFormat): string[] {
  const inputs: string[] = [];
  const inputIndex = new Map<string, number>();
  const input = (path: string): number => {
    let i = inputIndex.get(path);
    if (i === undefined) {
      i = inputs.length;
      inputs.push(path);
      inputIndex.set(path, i);
    }
    return i;
  };

  // Count how often each picture is used so each is built once and split.
  const uses = new Map<string, number>();
  const need = (p: Picture) => uses.set(pictureKey(p), (uses.get(pictureKey(p)) ?? 0) + 1);
  for (const { piece } of jobs) {
    if (piece.kind === 'fade') {
      need(piece.from);
      need(piece.to);
    } else need(piece.picture);
  }
  const sourceUses = new Map<number, number>();
  const pictures = [...uses.keys()].map((k) => parsePictureKey(k));
  for (const p of pictures) for (const src of pictureSources(p, sources)) {
    const i = input(src);
    sourceUses.set(i, (sourceUses.get(i) ?? 0) + 1);
  }

  const chains: string[] = [];
  const sourceTaken = new Map<number, number>();
  const takeSource = (i: number): string => {
    const n = sourceTaken.get(i) ?? 0;
    sourceTaken.set(i, n + 1);
    return sourceUses.get(i)! > 1 ? `[s${i}_${n}]` : `[${i}:v]`;
  };
  for (const [i, n] of sourceUses) if (n > 1) chains.push(`[${i}:v]split=${n}${range(n).map((k) => `[s${i}_${k}]`).join('')}`);

  const pictureTaken = new Map<string, number>();
  for (const p of pictures) {
    const key = pictureKey(p);
    const label = `p${labelOf(key)}`;
    chains.push(pictureChain(p, sources, inputIndex, takeSource, f, label));
    const n = uses.get(key)!;
    if (n > 1) chains.push(`[${label}]split=${n}${range(n).map((k) => `[${label}_${k}]`).join('')}`);
  }
  const takePicture = (p: Picture): string => {
    const key = pictureKey(p);
    const n = pictureTaken.get(key) ?? 0;
    pictureTaken.set(key, n + 1);
    const label = `p${labelOf(key)}`;
    return uses.get(key)! > 1 ? `[${label}_${n}]` : `[${label}]`;
  };

  const outputs: string[] = [];
  for (const [j, { piece, out }] of jobs.entries()) {
    chains.push(pieceChain(piece, takePicture, f, `o${j}`));
    outputs.push('-map', `[o${j}]`, ...encoderArgs(f), out);
  }
  return [
    ...inputs.flatMap((path) => ['-i', path]),
    '-filter_complex', chains.join(';'),
    ...outputs,
  ];
}

function pieceChain(piece: Piece, take: (p: Picture) => string, f: VideoFormat, out: string): string {
  const fps = f.fps;
  const last = piece.frames - 1;
  switch (piece.kind) {
    case 'still': {
      // One frame per second (for seeking) plus a final frame that fixes the exact duration.
      const k = Math.ceil(last / fps);
      return `${take(piece.picture)}loop=loop=${k}:size=1:start=0,settb=1/${fps},` +
        `setpts='if(lt(N\\,${k})\\,N*${fps}\\,${last})',format=yuv420p[${out}]`;
    }
    case 'fade': {
      const n = piece.frames;
      const a = `${take(piece.from)}loop=loop=${n - 1}:size=1:start=0,settb=1/${fps},setpts=N,fps=${fps}[${out}a]`;
      const b = `${take(piece.to)}loop=loop=${n - 1}:size=1:start=0,settb=1/${fps},setpts=N,fps=${fps}[${out}b]`;
      const d = (n / fps).toFixed(6);
      return `${a};${b};[${out}a][${out}b]xfade=transition=${piece.transition}:duration=${d}:offset=0,` +
        `trim=end_frame=${n},setpts=N,format=yuv420p[${out}]`;
    }
    case 'zoom': {
      const step = Math.max(1, Math.round(fps / f.motionFps));
      const m = Math.ceil(piece.frames / step);
      const z = `1+${(f.zoom - 1).toFixed(4)}*on/${m}`;
      // zoompan places its window on whole pixels; working at twice the size halves that wobble.
      return `${take(piece.picture)}scale=${2 * f.width}:${2 * f.height}:flags=bicubic,zoompan=z='${z}':x='iw/2-iw/zoom/2':y='ih/2-ih/zoom/2':d=${m + 1}:` +
        `s=${f.width}x${f.height}:fps=${fps / step},settb=1/${fps},setpts='min(N*${step}\\,${last})',format=yuv420p[${out}]`;
    }
  }
}

function pictureChain(p: Picture, sources: SourceLookup, index: Map<string, number>,
  take: (i: number) => string, f: VideoFormat, label: string): string {
  const { width: w, height: h } = f;
  const bg = `0x${f.background}`;
  const fit = (ww: number, hh: number) =>
    `scale=${ww}:${hh}:force_original_aspect_ratio=decrease:flags=lanczos,pad=${ww}:${hh}:(ow-iw)/2:(oh-ih)/2:color=${bg},setsar=1`;
  const zoomed = p.zoomed ? `,crop=iw/${f.zoom}:ih/${f.zoom},scale=${w}:${h}:flags=lanczos,setsar=1` : '';
  if (p.image === 'side-by-side') {
    const slide = take(index.get(sources(p.slideIndex, 'slide'))!);
    const frame = take(index.get(sources(p.slideIndex, 'frame'))!);
    const gap = Math.round(w * 0.03);
    const sw = even(w * 0.6);
    const fw = even(w - sw - 3 * gap);
    return `${slide}${fit(sw, h)}[${label}s];${frame}${fit(fw, h)}[${label}f];` +
      `[${label}s]pad=${w}:${h}:${gap}:0:color=${bg}[${label}c];[${label}c][${label}f]overlay=${sw + 2 * gap}:0,format=rgb24${zoomed}[${label}]`;
  }
  const src = take(index.get(sources(p.slideIndex, p.image))!);
  return `${src}${fit(w, h)},format=rgb24${zoomed}[${label}]`;
}

function pictureSources(p: Picture, sources: SourceLookup): string[] {
  return p.image === 'side-by-side' ? [sources(p.slideIndex, 'slide'), sources(p.slideIndex, 'frame')] : [sources(p.slideIndex, p.image)];
}

export function pictureKey(p: Picture): string {
  return `${p.slideIndex}-${p.image}-${p.zoomed ? 'z' : 'n'}`;
}

function parsePictureKey(key: string): Picture {
  const [slide, ...rest] = key.split('-');
  const zoomed = rest.pop() === 'z';
  return { slideIndex: Number(slide), image: rest.join('-') as Picture['image'], zoomed };
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
