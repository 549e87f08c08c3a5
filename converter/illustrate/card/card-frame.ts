/**
 * Geometry shared by the card layouts: orientation, scale, the two main regions (illustration
 * and text) and mirroring for right-to-left cards. All numbers are CSS px of the final frame.
 */
import type { FrameSize } from '../types.js';

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export type Orientation = 'landscape' | 'square' | 'portrait';

export interface CardFrame {
  width: number;
  height: number;
  orientation: Orientation;
  /** Scale against the 1080 px short side the designs were drawn for. */
  s: number;
  rtl: boolean;
  /** Region for the illustration. */
  art: Box;
  /** Region for the text column. */
  text: Box;
}

export function orientationOf(size: FrameSize): Orientation {
  const r = size.width / size.height;
  return r >= 1.2 ? 'landscape' : r <= 0.83 ? 'portrait' : 'square';
}

/** Main regions: art beside text on wide frames, art above text otherwise. */
export function cardFrame(size: FrameSize, rtl: boolean, artShare = 0.5): CardFrame {
  const { width: W, height: H } = size;
  const orientation = orientationOf(size);
  const s = Math.min(W, H) / 1080;
  let art: Box;
  let text: Box;
  if (orientation === 'landscape') {
    const padX = W * 0.066;
    const padY = H * 0.12;
    const split = W * artShare;
    art = { x: padX * 0.5, y: padY * 0.5, w: split - padX * 0.5, h: H - padY };
    text = { x: split + W * 0.02, y: padY, w: W - padX - split - W * 0.02, h: H - 2 * padY };
  } else {
    const padX = W * 0.09;
    const padY = H * (orientation === 'portrait' ? 0.07 : 0.06);
    const artH = H * (orientation === 'portrait' ? 0.4 : 0.4);
    art = { x: padX, y: padY, w: W - 2 * padX, h: artH };
    text = { x: padX, y: padY + artH + H * 0.03, w: W - 2 * padX, h: H - artH - 2 * padY - H * 0.03 };
  }
  const frame: CardFrame = { width: W, height: H, orientation, s, rtl, art: round(art), text: round(text) };
  return rtl ? { ...frame, art: mirror(frame.art, W), text: mirror(frame.text, W) } : frame;
}

/** The box reflected across the vertical centre line (for right-to-left layouts). */
export function mirror(b: Box, width: number): Box {
  return { ...b, x: width - b.x - b.w };
}

export function round(b: Box): Box {
  return { x: Math.round(b.x), y: Math.round(b.y), w: Math.round(b.w), h: Math.round(b.h) };
}

export function boxCss(b: Box): string {
  return `left:${b.x}px;top:${b.y}px;width:${b.w}px;height:${b.h}px`;
}
