/**
 * Building blocks of the card layouts: escaped text boxes, the illustration on its soft blob,
 * point lists and the fitted text column (kicker, headline, accent bar, points).
 */
import type { CardPalette } from '../style/palette.js';
import type { IconSvg } from '../types.js';
import { boxCss, type Box, type CardFrame } from './card-frame.js';
import { countLines, fitFontSize } from './fit-text.js';

/** Deck text is untrusted: it becomes HTML text, never markup. */
export function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

export function textBlock(cls: string, text: string, size: number, lines: number, style = ''): string {
  return `<div class="t clamp ${cls}" style="font-size:${size}px;-webkit-line-clamp:${lines};${style}">${esc(text)}</div>`;
}

const BLOB_SHAPES = [
  '47% 53% 42% 58% / 55% 45% 55% 45%',
  '58% 42% 51% 49% / 44% 56% 44% 56%',
  '42% 58% 60% 40% / 52% 48% 52% 48%',
];

/**
 * The illustration: an organic tinted blob, a faint ring and two accent dots around it, and the
 * icon on top with a soft shadow. Returns the markup and the icon's box.
 */
export function artBlob(area: Box, icon: IconSvg, p: CardPalette, variant: number, scale = 0.84): { html: string; icon: Box } {
  const d = Math.round(Math.min(area.w, area.h) * scale);
  const cx = area.x + area.w / 2;
  const cy = area.y + area.h / 2;
  const blob = { x: Math.round(cx - d / 2), y: Math.round(cy - d / 2), w: d, h: d };
  const ring = Math.round(d * 0.3);
  const iconSize = Math.round(d * 0.66);
  const iconBox = { x: Math.round(cx - iconSize / 2), y: Math.round(cy - iconSize / 2), w: iconSize, h: iconSize };
  const shape = BLOB_SHAPES[variant % BLOB_SHAPES.length]!;
  const html = [
    `<div class="blob" style="${boxCss(blob)};border-radius:${shape}"></div>`,
    `<div class="ring" style="${boxCss({ x: Math.round(blob.x + d * 0.76), y: Math.round(blob.y - d * 0.02), w: ring, h: ring })}"></div>`,
    `<div class="spot" style="${boxCss({ x: Math.round(blob.x + d * 0.04), y: Math.round(blob.y + d * 0.84), w: Math.round(d * 0.07), h: Math.round(d * 0.07) })};background:#${p.accent3}"></div>`,
    `<div class="spot" style="${boxCss({ x: Math.round(blob.x + d * 0.9), y: Math.round(blob.y + d * 0.74), w: Math.round(d * 0.035), h: Math.round(d * 0.035) })};background:#${p.accent}"></div>`,
    `<div class="icon" data-icon="${esc(icon.id)}" style="${boxCss(iconBox)}">${icon.svg}</div>`,
  ].join('');
  return { html, icon: iconBox };
}

export function pointList(points: string[], size: number, lines: number, p: CardPalette, s: number): string {
  const colors = [p.accent, p.accent2, p.accent3];
  const items = points.map(
    (pt, i) =>
      `<li><span class="dot" style="background:#${colors[i % 3]};margin-top:${Math.round(size * 0.42)}px"></span>` +
      textBlock('point', pt, size, lines) +
      '</li>',
  );
  return `<ul class="points" style="gap:${Math.round(22 * s)}px">${items.join('')}</ul>`;
}

export interface ColumnText {
  kicker: string;
  headline: string;
  points: string[];
}

export interface ColumnSizes {
  kicker: number;
  headline: number;
  headlineLines: number;
  point: number;
  pointLines: number;
  points: string[];
}

/**
 * Sizes for kicker + headline + bar + points so that the whole stack fits `box`: the headline
 * shrinks first (down to a floor), then the points, then the last point is dropped.
 */
export function fitColumn(t: ColumnText, box: Box, s: number, headMax = 108, headMin = 58): ColumnSizes {
  const kicker = Math.round(30 * s);
  const bar = Math.round((10 + 34 + 38) * s);
  let points = t.points.slice(0, 3);
  const dot = Math.round((16 + 22) * s);
  // Shrink the headline a little, then the points a little, alternating, so neither ends up
  // dwarfed by the other; drop the last point only when even the smallest sizes do not fit.
  const steps: [number, number][] = [
    [1, 40], [0.86, 40], [0.86, 36], [0.74, 36], [0.74, 33], [0.64, 33], [0.64, 30], [0.56, 30], [0.5, 28],
  ];
  for (;;) {
    for (const [headScale, pointMax] of steps) {
      const point = Math.round(pointMax * s);
      const max = Math.max(headMin, headMax * headScale) * s;
      const headline = fitFontSize(t.headline, box.w, 3, max, headMin * s, true);
      const headlineLines = Math.min(3, countLines(t.headline, headline, box.w * 0.94, true));
      const pointHeights = points.map((pt) => Math.min(3, countLines(pt, point, (box.w - dot) * 0.94)) * point * 1.34);
      const total =
        (t.kicker ? kicker * 1.25 + 16 * s : 0) +
        headlineLines * headline * 1.12 +
        (points.length ? bar + pointHeights.reduce((a, b) => a + b, 0) + (points.length - 1) * 22 * s : 0);
      if (total <= box.h) return { kicker, headline, headlineLines: 3, point, pointLines: 3, points };
    }
    if (points.length === 0) {
      return { kicker, headline: Math.round(headMin * s), headlineLines: 3, point: Math.round(28 * s), pointLines: 2, points };
    }
    points = points.slice(0, -1);
  }
}

/** The text column markup for fitted sizes. */
export function columnHtml(t: ColumnText, sizes: ColumnSizes, box: Box, frame: CardFrame, p: CardPalette, align = 'start'): string {
  const s = frame.s;
  return [
    // Beside the art the column is centred; under it (tall frames) it hangs from the top.
    `<div class="abs col" style="${boxCss(box)};text-align:${align}${frame.orientation === 'landscape' ? '' : ';justify-content:flex-start'}">`,
    t.kicker ? textBlock('kicker', t.kicker, sizes.kicker, 1, `margin-bottom:${Math.round(16 * s)}px`) : '',
    textBlock('headline', t.headline, sizes.headline, sizes.headlineLines),
    sizes.points.length ? `<div class="bar"${align === 'center' ? ' style="align-self:center"' : ''}></div>` : '',
    sizes.points.length ? pointList(sizes.points, sizes.point, sizes.pointLines, p, s) : '',
    '</div>',
  ].join('');
}
