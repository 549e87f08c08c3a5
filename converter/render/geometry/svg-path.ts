/**
 * Model path commands -> SVG path data. DrawingML arcs continue from the current point and take
 * *visual* angles (the direction of the ray from the ellipse centre); SVG arcs take end points, so
 * each arc is converted through the ellipse's parametric angle and split into quarter-turn pieces
 * (which also makes full circles and the large-arc flag a non-issue).
 */
import type { GeometryPath } from '../../deck/model.js';
import { num } from '../units.js';

const RAD = Math.PI / 180;

/** Parametric angle (radians) of the point the visual angle `deg` points at, on the same turn. */
function parametric(deg: number, wR: number, hR: number): number {
  const a = deg * RAD;
  const t = Math.atan2(wR * Math.sin(a), hR * Math.cos(a));
  return t + 2 * Math.PI * Math.round((a - t) / (2 * Math.PI));
}

/**
 * SVG `d` for a path whose coordinates live in a `spaceW` x `spaceH` box (the path's own w/h when set,
 * else the shape's size in the same unit), drawn into an `outW` x `outH` px box.
 */
export function svgPathData(path: GeometryPath, spaceW: number, spaceH: number, outW: number, outH: number): string {
  const sw = path.w > 0 ? path.w : spaceW;
  const sh = path.h > 0 ? path.h : spaceH;
  const sx = sw > 0 ? outW / sw : 0;
  const sy = sh > 0 ? outH / sh : 0;
  const out: string[] = [];
  let cx = 0;
  let cy = 0;
  let startX = 0;
  let startY = 0;
  const pt = (x: number, y: number) => `${num(x * sx)} ${num(y * sy)}`;
  for (const c of path.commands) {
    switch (c.op) {
      case 'M':
        out.push(`M${pt(c.x, c.y)}`);
        [cx, cy, startX, startY] = [c.x, c.y, c.x, c.y];
        break;
      case 'L':
        out.push(`L${pt(c.x, c.y)}`);
        [cx, cy] = [c.x, c.y];
        break;
      case 'C':
        out.push(`C${pt(c.x1, c.y1)} ${pt(c.x2, c.y2)} ${pt(c.x, c.y)}`);
        [cx, cy] = [c.x, c.y];
        break;
      case 'Q':
        out.push(`Q${pt(c.x1, c.y1)} ${pt(c.x, c.y)}`);
        [cx, cy] = [c.x, c.y];
        break;
      case 'A': {
        const { wR, hR } = c;
        if (wR <= 0 || hR <= 0 || c.swAng === 0) break;
        const t1 = parametric(c.stAng, wR, hR);
        const t2 = parametric(c.stAng + c.swAng, wR, hR);
        const ox = cx - wR * Math.cos(t1);
        const oy = cy - hR * Math.sin(t1);
        const pieces = Math.max(1, Math.ceil(Math.abs(t2 - t1) / (Math.PI / 2) - 1e-9));
        const sweep = c.swAng > 0 ? 1 : 0;
        for (let i = 1; i <= pieces; i++) {
          const t = t1 + ((t2 - t1) * i) / pieces;
          const x = ox + wR * Math.cos(t);
          const y = oy + hR * Math.sin(t);
          out.push(`A${num(wR * sx)} ${num(hR * sy)} 0 0 ${sweep} ${pt(x, y)}`);
          [cx, cy] = [x, y];
        }
        break;
      }
      case 'Z':
        out.push('Z');
        [cx, cy] = [startX, startY];
        break;
    }
  }
  return out.join('');
}
