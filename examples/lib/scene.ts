// A tiny vector scene description that can be written both as SVG and as raster pixels, so the
// example decks carry an SVG picture whose PNG fallback shows exactly the same drawing.

export type Point = [number, number];

export type Fill =
  | { color: string; opacity?: number }
  | { gradient: [string, string] }; // vertical, top colour -> bottom colour

export type Shape =
  | { kind: 'polygon'; points: Point[]; fill: Fill }
  | { kind: 'circle'; cx: number; cy: number; r: number; fill: Fill }
  | { kind: 'rect'; x: number; y: number; w: number; h: number; fill: Fill };

export interface Scene {
  width: number;
  height: number;
  shapes: Shape[];
}

/** A polyline widened into a closed polygon (offsets along each vertex normal). */
export function strokeToPolygon(line: Point[], width: number): Point[] {
  const half = width / 2;
  const left: Point[] = [];
  const right: Point[] = [];
  for (let i = 0; i < line.length; i++) {
    const [px, py] = line[Math.max(0, i - 1)];
    const [nx, ny] = line[Math.min(line.length - 1, i + 1)];
    const dx = nx - px;
    const dy = ny - py;
    const len = Math.hypot(dx, dy) || 1;
    const ox = (-dy / len) * half;
    const oy = (dx / len) * half;
    left.push([line[i][0] + ox, line[i][1] + oy]);
    right.push([line[i][0] - ox, line[i][1] - oy]);
  }
  return [...left, ...right.reverse()];
}

/** Points along a quadratic Bézier curve. */
export function quadCurve(a: Point, control: Point, b: Point, steps = 24): Point[] {
  const out: Point[] = [];
  for (let i = 0; i <= steps; i++) {
    const t = i / steps;
    const u = 1 - t;
    out.push([u * u * a[0] + 2 * u * t * control[0] + t * t * b[0], u * u * a[1] + 2 * u * t * control[1] + t * t * b[1]]);
  }
  return out;
}

/** A curved arrow: a stroked body plus a triangular head pointing along the last segment. */
export function arrow(line: Point[], width: number, color: string): Shape[] {
  const [ax, ay] = line[line.length - 2];
  const [bx, by] = line[line.length - 1];
  const len = Math.hypot(bx - ax, by - ay) || 1;
  const ux = (bx - ax) / len;
  const uy = (by - ay) / len;
  const head = width * 2.6;
  const tip: Point = [bx + ux * head, by + uy * head];
  const wing = width * 1.5;
  return [
    { kind: 'polygon', points: strokeToPolygon(line, width), fill: { color } },
    { kind: 'polygon', points: [tip, [bx - uy * wing, by + ux * wing], [bx + uy * wing, by - ux * wing]], fill: { color } },
  ];
}

const fmt = (n: number): string => String(Math.round(n * 10) / 10);

function svgFill(fill: Fill, gradientId: string): string {
  if ('gradient' in fill) return `fill="url(#${gradientId})"`;
  return `fill="#${fill.color}"` + (fill.opacity !== undefined ? ` fill-opacity="${fill.opacity}"` : '');
}

/** Serialises a scene as a standalone SVG document. */
export function sceneToSvg(scene: Scene): string {
  const defs: string[] = [];
  const body = scene.shapes.map((shape, i) => {
    const id = `g${i}`;
    if ('gradient' in shape.fill) {
      const [top, bottom] = shape.fill.gradient;
      defs.push(`<linearGradient id="${id}" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#${top}"/><stop offset="1" stop-color="#${bottom}"/></linearGradient>`);
    }
    const fill = svgFill(shape.fill, id);
    switch (shape.kind) {
      case 'polygon':
        return `<polygon points="${shape.points.map(([x, y]) => `${fmt(x)},${fmt(y)}`).join(' ')}" ${fill}/>`;
      case 'circle':
        return `<circle cx="${fmt(shape.cx)}" cy="${fmt(shape.cy)}" r="${fmt(shape.r)}" ${fill}/>`;
      case 'rect':
        return `<rect x="${fmt(shape.x)}" y="${fmt(shape.y)}" width="${fmt(shape.w)}" height="${fmt(shape.h)}" ${fill}/>`;
    }
  });
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${scene.width}" height="${scene.height}" viewBox="0 0 ${scene.width} ${scene.height}">` +
    (defs.length ? `<defs>${defs.join('')}</defs>` : '') +
    body.join('') +
    '</svg>'
  );
}
