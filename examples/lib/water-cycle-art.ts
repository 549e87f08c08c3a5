// The two drawings used by the example decks, described as vector scenes (see scene.ts).
// Labels are deliberately NOT part of the artwork: the decks put them on top as real text boxes,
// so they stay translatable and the same picture serves the English, Spanish and Arabic decks.
import { arrow, quadCurve, strokeToPolygon, type Point, type Scene, type Shape } from './scene.js';

export const INK = '1F4E79';
export const HEAT = 'E67E22';
export const WATER = '2E86C1';

function cloud(cx: number, cy: number, size: number, color: string): Shape[] {
  const s = size;
  const puffs: [number, number, number][] = [[-0.55, 0.1, 0.42], [-0.15, -0.25, 0.55], [0.35, -0.1, 0.48], [0.7, 0.15, 0.34]];
  return [
    ...puffs.map(([dx, dy, r]): Shape => ({ kind: 'circle', cx: cx + dx * s, cy: cy + dy * s, r: r * s, fill: { color } })),
    { kind: 'rect', x: cx - 0.6 * s, y: cy + 0.05 * s, w: 1.3 * s, h: 0.42 * s, fill: { color } },
  ];
}

function rain(x0: number, x1: number, y0: number, y1: number, step: number): Shape[] {
  const drops: Shape[] = [];
  let row = 0;
  for (let y = y0; y < y1; y += step * 1.3, row++) {
    for (let x = x0 + (row % 2) * (step / 2); x < x1; x += step) {
      // Short slanted streaks read as "rain" at any size.
      drops.push({ kind: 'polygon', points: [[x, y], [x + 3, y], [x - 5, y + step * 0.8], [x - 8, y + step * 0.8]], fill: { color: WATER } });
    }
  }
  return drops;
}

function wavyUp(x: number, yBottom: number, yTop: number, color: string): Shape[] {
  const line: Point[] = [];
  for (let y = yBottom; y >= yTop; y -= 6) line.push([x + Math.sin((yBottom - y) / 18) * 9, y]);
  return arrow(line, 7, color);
}

/** 960 x 540 overview of the water cycle: sea, sun, clouds, rain on mountains, river back to the sea. */
export function waterCycleDiagram(): Scene {
  const shapes: Shape[] = [
    { kind: 'rect', x: 0, y: 0, w: 960, h: 540, fill: { gradient: ['A9D8F5', 'EAF6FD'] } },
    ...Array.from({ length: 12 }, (_, i): Shape => {
      const a = (i / 12) * Math.PI * 2;
      const p = (r: number, da: number): Point => [110 + Math.cos(a + da) * r, 95 + Math.sin(a + da) * r];
      return { kind: 'polygon', points: [p(60, -0.12), p(86, 0), p(60, 0.12)], fill: { color: 'F7B500' } };
    }),
    { kind: 'circle', cx: 110, cy: 95, r: 52, fill: { color: 'FFD23F' } },
    { kind: 'polygon', points: [[500, 470], [700, 170], [790, 300], [860, 215], [960, 330], [960, 470]], fill: { color: '7A8C6E' } },
    { kind: 'polygon', points: [[667, 220], [700, 170], [733, 220], [716, 210], [700, 228], [684, 212]], fill: { color: 'FFFFFF' } },
    { kind: 'polygon', points: [[836, 244], [860, 215], [887, 248], [872, 240], [860, 254], [848, 241]], fill: { color: 'FFFFFF' } },
    { kind: 'polygon', points: [[400, 540], ...quadCurve([400, 470], [640, 420], [960, 450]), [960, 540]], fill: { color: '7DB65A' } },
    { kind: 'polygon', points: [[0, 540], ...quadCurve([0, 405], [260, 395], [470, 410]), [530, 540]], fill: { gradient: ['4FA3E0', '1F5FA8'] } },
    ...[60, 190, 320].map((x): Shape => ({ kind: 'polygon', points: [[x, 440], [x + 50, 436], [x + 90, 440], [x + 50, 444]], fill: { color: 'FFFFFF', opacity: 0.5 } })),
    // River from the mountain foot back to the sea (collection).
    { kind: 'polygon', points: strokeToPolygon(quadCurve([700, 458], [600, 472], [488, 452]), 11), fill: { color: '3A8DDE' } },
    ...cloud(400, 120, 70, 'FFFFFF'),
    ...cloud(790, 100, 80, '9AA9B8'),
    ...rain(730, 870, 160, 300, 22),
    ...wavyUp(170, 390, 230, HEAT),
    ...wavyUp(240, 385, 215, HEAT),
    ...wavyUp(310, 392, 235, HEAT),
    ...arrow(quadCurve([470, 100], [580, 40], [680, 80]), 7, INK),
    ...arrow(quadCurve([800, 508], [680, 528], [575, 512]), 7, INK),
  ];
  return { width: 960, height: 540, shapes };
}

/** 400 x 300 picture of a rain cloud over mountains (used for the precipitation slide). */
export function rainOverMountains(): Scene {
  const shapes: Shape[] = [
    { kind: 'rect', x: 0, y: 0, w: 400, h: 300, fill: { gradient: ['C9D6E3', 'F2F6FA'] } },
    { kind: 'polygon', points: [[0, 300], [0, 230], [110, 120], [170, 190], [250, 100], [400, 240], [400, 300]], fill: { color: '7A8C6E' } },
    { kind: 'polygon', points: [[228, 122], [250, 100], [273, 122], [260, 118], [250, 130], [240, 119]], fill: { color: 'FFFFFF' } },
    { kind: 'polygon', points: [[0, 300], ...quadCurve([0, 262], [200, 235], [400, 265]), [400, 300]], fill: { color: '7DB65A' } },
    ...cloud(200, 70, 85, '8E9DAD'),
    ...rain(120, 300, 120, 240, 20),
  ];
  return { width: 400, height: 300, shapes };
}
