/** Hand-built Deck model pieces for renderer tests (the renderer reads only the model). */
import { createHash } from 'node:crypto';
import { encodePng } from '../../examples/lib/png-encode.js';
import type {
  Color, Deck, Fill, Line, Paragraph, PictureElement, Run, ShapeElement, Slide, SlideElement, TextBody, Theme,
} from '../../converter/deck/model.js';

export const IN = 914400;
export const PT = 12700;

export function color(hex: string, alpha = 1): Color {
  return { hex: hex.replace('#', '').toUpperCase(), alpha };
}

export function solid(hex: string, alpha = 1): Fill {
  return { type: 'solid', color: color(hex, alpha) };
}

export const NO_LINE: Line = { fill: { type: 'none' }, width: 0, dash: 'solid', cap: 'flat', join: 'round' };

export function line(hex: string, widthPt: number, extra: Partial<Line> = {}): Line {
  return { fill: solid(hex), width: widthPt * PT, dash: 'solid', cap: 'flat', join: 'round', ...extra };
}

export const THEME: Theme = {
  name: 'Test',
  colors: {
    dk1: '000000', lt1: 'FFFFFF', dk2: '44546A', lt2: 'E7E6E6', accent1: '4472C4', accent2: 'ED7D31', accent3: 'A5A5A5',
    accent4: 'FFC000', accent5: '5B9BD5', accent6: '70AD47', hlink: '0563C1', folHlink: '954F72',
  },
  fonts: { major: { latin: 'Calibri Light', ea: '', cs: '' }, minor: { latin: 'Calibri', ea: '', cs: '' } },
};

export function run(text: string, extra: Partial<Run> = {}): Run {
  return {
    kind: 'text', text, font: { latin: 'Calibri', ea: '', cs: '' }, size: 18, bold: false, italic: false, underline: 'none',
    strike: 'none', color: color('000000'), baseline: 0, caps: 'none', spacing: 0, ...extra,
  };
}

export function para(runs: Run[] | string, extra: Partial<Paragraph> = {}): Paragraph {
  const rs = typeof runs === 'string' ? [run(runs)] : runs;
  return {
    level: 0, align: 'l', rtl: false, marginLeft: 0, indent: 0, lineSpacing: { pct: 1 }, spaceBefore: { pts: 0 },
    spaceAfter: { pts: 0 }, bullet: { type: 'none' }, runs: rs, endSize: rs[0]?.size ?? 18, tabSize: IN, ...extra,
  };
}

export function body(paragraphs: Paragraph[], extra: Partial<TextBody> = {}): TextBody {
  return {
    insets: { l: 91440, t: 45720, r: 91440, b: 45720 }, anchor: 't', anchorCtr: false, wrap: true, vert: 'horz',
    rotation: 0, upright: false, autofit: { type: 'none' }, columns: 1, paragraphs, ...extra,
  };
}

let ids = 0;

export function shape(frame: { x: number; y: number; w: number; h: number }, extra: Partial<ShapeElement> = {}): ShapeElement {
  return {
    kind: 'shape', id: String(++ids), name: 'Shape', origin: 'slide', frame, rotation: 0, flipH: false, flipV: false,
    geometry: { type: 'preset', preset: 'rect', adjust: {} }, fill: { type: 'none' }, line: NO_LINE, connector: false, ...extra,
  };
}

export function picture(frame: { x: number; y: number; w: number; h: number }, image: string, extra: Partial<PictureElement> = {}): PictureElement {
  return {
    kind: 'picture', id: String(++ids), name: 'Picture', origin: 'slide', frame, rotation: 0, flipH: false, flipV: false, image,
    crop: { l: 0, t: 0, r: 0, b: 0 }, alpha: 1, geometry: { type: 'preset', preset: 'rect', adjust: {} }, line: NO_LINE, ...extra,
  };
}

/** A 10 x 7.5 in (4:3) deck, or 13.333 x 7.5 in with wide: true; one slide per element list. */
export function deck(slides: SlideElement[][], opts: { wide?: boolean; background?: Fill; media?: Deck['media'] } = {}): Deck {
  const list: Slide[] = slides.map((elements, i) => ({
    index: i + 1, id: 256 + i, hidden: false, title: '', text: '', notes: '', layoutName: 'Blank',
    background: opts.background ?? solid('FFFFFF'), elements,
  }));
  return {
    source: { format: 'pptx', name: 'test.pptx' },
    size: { width: opts.wide ? 12192000 : 9144000, height: 6858000 },
    title: 'Test', lang: 'en-US', theme: THEME, slides: list, media: opts.media ?? new Map(), warnings: [],
  };
}

/** A w x h PNG whose left half is `left` and right half `right` (for crop and flip checks). */
export function twoColorPng(w: number, h: number, left: string, right: string): Uint8Array {
  const l = parseInt(left.replace('#', ''), 16);
  const r = parseInt(right.replace('#', ''), 16);
  const rgb = new Uint8Array(w * h * 3);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const v = x < w / 2 ? l : r;
      rgb.set([(v >> 16) & 255, (v >> 8) & 255, v & 255], (y * w + x) * 3);
    }
  }
  return new Uint8Array(encodePng(w, h, rgb));
}

export function media(bytes: Uint8Array, format = 'png'): Deck['media'] extends Map<string, infer M> ? M : never {
  return { mime: `image/${format}`, format, bytes, hash: createHash('sha256').update(bytes).digest('hex') };
}
