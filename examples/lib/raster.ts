// Scanline rasteriser for the Scene shapes, with supersampling for smooth edges. Small and exact
// enough for flat illustration artwork; it is not a general SVG renderer.
import type { Fill, Point, Scene, Shape } from './scene.js';

const hex = (c: string): [number, number, number] => [0, 2, 4].map((i) => parseInt(c.slice(i, i + 2), 16)) as [number, number, number];

function toPolygon(shape: Shape): Point[] {
  switch (shape.kind) {
    case 'polygon':
      return shape.points;
    case 'rect':
      return [[shape.x, shape.y], [shape.x + shape.w, shape.y], [shape.x + shape.w, shape.y + shape.h], [shape.x, shape.y + shape.h]];
    case 'circle': {
      const steps = Math.max(32, Math.ceil(shape.r * 1.5));
      return Array.from({ length: steps }, (_, i): Point => {
        const a = (i / steps) * Math.PI * 2;
        return [shape.cx + Math.cos(a) * shape.r, shape.cy + Math.sin(a) * shape.r];
      });
    }
  }
}

/** Colour of a fill at a given row (gradients are vertical across the shape's own bounding box). */
function colourAt(fill: Fill, y: number, top: number, bottom: number): { rgb: [number, number, number]; alpha: number } {
  if ('gradient' in fill) {
    const t = bottom > top ? Math.min(1, Math.max(0, (y - top) / (bottom - top))) : 0;
    const a = hex(fill.gradient[0]);
    const b = hex(fill.gradient[1]);
    return { rgb: [0, 1, 2].map((i) => a[i] + (b[i] - a[i]) * t) as [number, number, number], alpha: 1 };
  }
  return { rgb: hex(fill.color), alpha: fill.opacity ?? 1 };
}

/** Rasterises a scene to packed RGB bytes at `scale` x its nominal size, supersampled `ss` x `ss`. */
export function rasterise(scene: Scene, scale = 1, ss = 3): { width: number; height: number; rgb: Uint8Array } {
  const width = Math.round(scene.width * scale);
  const height = Math.round(scene.height * scale);
  const W = width * ss;
  const H = height * ss;
  const k = scale * ss;
  const buf = new Float32Array(W * H * 3).fill(255);
  for (const shape of scene.shapes) {
    const poly = toPolygon(shape).map(([x, y]): Point => [x * k, y * k]);
    const ys = poly.map((p) => p[1]);
    const top = Math.min(...ys);
    const bottom = Math.max(...ys);
    const y0 = Math.max(0, Math.floor(top));
    const y1 = Math.min(H - 1, Math.ceil(bottom));
    for (let y = y0; y <= y1; y++) {
      const sy = y + 0.5;
      const xs: number[] = [];
      for (let i = 0; i < poly.length; i++) {
        const [ax, ay] = poly[i];
        const [bx, by] = poly[(i + 1) % poly.length];
        // Half-open rule on y so a vertex shared by two edges is counted once.
        if ((ay <= sy && by > sy) || (by <= sy && ay > sy)) xs.push(ax + ((sy - ay) / (by - ay)) * (bx - ax));
      }
      xs.sort((a, b) => a - b);
      const { rgb, alpha } = colourAt(shape.fill, sy, top, bottom);
      for (let i = 0; i + 1 < xs.length; i += 2) {
        const from = Math.max(0, Math.ceil(xs[i] - 0.5));
        const to = Math.min(W - 1, Math.floor(xs[i + 1] - 0.5));
        for (let x = from; x <= to; x++) {
          const o = (y * W + x) * 3;
          for (let c = 0; c < 3; c++) buf[o + c] = buf[o + c] * (1 - alpha) + rgb[c] * alpha;
        }
      }
    }
  }
  // Box-filter the supersamples down to the output size.
  const rgb = new Uint8Array(width * height * 3);
  const n = ss * ss;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      for (let c = 0; c < 3; c++) {
        let sum = 0;
        for (let dy = 0; dy < ss; dy++) for (let dx = 0; dx < ss; dx++) sum += buf[((y * ss + dy) * W + x * ss + dx) * 3 + c];
        rgb[(y * width + x) * 3 + c] = Math.round(sum / n);
      }
    }
  }
  return { width, height, rgb };
}
