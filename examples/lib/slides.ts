// Slide builders shared by the English, Spanish and Arabic decks.
import type PptxGenJS from 'pptxgenjs';
import { baseText, bullets, COLORS, MASTER_LESSON, MASTER_TITLE, SLIDE_W, type DeckStyle } from './theme.js';

export function addTitleSlide(pres: PptxGenJS, style: DeckStyle, title: string, subtitle: string, notes: string): PptxGenJS.Slide {
  const slide = pres.addSlide({ masterName: MASTER_TITLE });
  const mx = (x: number, w: number): number => (style.rtl ? SLIDE_W - x - w : x);
  // Raindrops: a teardrop turned 315 degrees points straight up.
  const drops: [number, number, number, string, number][] = [
    [8.9, 1.1, 3.6, COLORS.sky, 30],
    [11.2, 4.3, 1.6, '5DADE2', 15],
    [9.0, 5.2, 1.0, 'AED6F1', 0],
  ];
  for (const [x, y, size, color, transparency] of drops) {
    slide.addShape(pres.ShapeType.teardrop, { x: mx(x, size), y, w: size, h: size, rotate: 315, fill: { color, transparency }, line: { color, transparency } });
  }
  slide.addText(title, { placeholder: 'title', ...baseText(style), fontFace: style.headFont });
  slide.addText(subtitle, { placeholder: 'subtitle', ...baseText(style) });
  slide.addNotes(notes);
  return slide;
}

export function addLessonSlide(pres: PptxGenJS, style: DeckStyle, title: string, notes: string): PptxGenJS.Slide {
  const slide = pres.addSlide({ masterName: MASTER_LESSON });
  slide.addText(title, { placeholder: 'title', ...baseText(style), fontFace: style.headFont });
  slide.addNotes(notes);
  return slide;
}

export function addBulletSlide(pres: PptxGenJS, style: DeckStyle, title: string, items: string[], notes: string): PptxGenJS.Slide {
  const slide = addLessonSlide(pres, style, title, notes);
  slide.addText(bullets(items, style), { placeholder: 'body' });
  return slide;
}

/** Where each label sits on the 960 x 540 drawing (top-left corner, in drawing pixels). */
export const DIAGRAM_LABELS = {
  evaporation: [335, 290],
  condensation: [318, 165],
  precipitation: [520, 150],
  collection: [770, 455],
} as const;

/** The water-cycle picture, centred in the body area, with one text label per stage on top. */
export function addDiagram(
  slide: PptxGenJS.Slide,
  pres: PptxGenJS,
  style: DeckStyle,
  png: string,
  labels: Record<keyof typeof DIAGRAM_LABELS, string>,
  altText: string,
): void {
  const h = 5.3;
  const w = (h * 16) / 9;
  const x = (SLIDE_W - w) / 2;
  const y = 1.5;
  const k = w / 960;
  slide.addImage({ data: png, x, y, w, h, altText });
  for (const key of Object.keys(DIAGRAM_LABELS) as (keyof typeof DIAGRAM_LABELS)[]) {
    const [px, py] = DIAGRAM_LABELS[key];
    slide.addText(labels[key], {
      ...baseText(style),
      shape: pres.ShapeType.roundRect,
      rectRadius: 0.08,
      x: x + px * k,
      y: y + py * k,
      w: 1.75,
      h: 0.42,
      fontSize: 16,
      bold: true,
      color: COLORS.ink,
      align: 'center',
      valign: 'middle',
      fill: { color: COLORS.white, transparency: 10 },
      line: { color: COLORS.ink, width: 1 },
      margin: 2,
    });
  }
}
