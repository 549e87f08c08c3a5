// One visual theme shared by the three example decks: two slide masters (title and lesson) with
// real title/body placeholders, so readers find slide titles the way they do in PowerPoint files.
import type PptxGenJS from 'pptxgenjs';

export const SLIDE_W = 13.333;
export const SLIDE_H = 7.5;

export const COLORS = {
  ink: '1F4E79',
  sky: '2E86C1',
  pale: 'E3F1FB',
  paper: 'F7FBFE',
  text: '2B2B2B',
  muted: '5D6D7E',
  heat: 'E67E22',
  leaf: '5E9E3F',
  white: 'FFFFFF',
} as const;

export interface DeckStyle {
  lang: string;
  rtl: boolean;
  headFont: string;
  bodyFont: string;
  footer: string;
}

/** Text options every run in a deck shares (language tag, direction, font). */
export function baseText(style: DeckStyle): PptxGenJS.TextPropsOptions {
  return { lang: style.lang, fontFace: style.bodyFont, rtlMode: style.rtl, align: style.rtl ? 'right' : 'left' };
}

export const MASTER_TITLE = 'LESSON_TITLE';
export const MASTER_LESSON = 'LESSON_CONTENT';

export function defineMasters(pres: PptxGenJS, style: DeckStyle): void {
  const align = style.rtl ? 'right' : 'left';
  // Mirror horizontal positions for right-to-left decks so the reading edge stays the strong one.
  const mx = (x: number, w: number): number => (style.rtl ? SLIDE_W - x - w : x);

  pres.defineSlideMaster({
    title: MASTER_TITLE,
    background: { color: COLORS.ink },
    objects: [
      {
        placeholder: {
          options: { name: 'title', type: 'title', x: mx(0.8, 7.6), y: 1.9, w: 7.6, h: 1.6, fontFace: style.headFont, fontSize: 54, bold: true, color: COLORS.white, align, valign: 'bottom' },
          text: '',
        },
      },
      {
        placeholder: {
          options: { name: 'subtitle', type: 'body', x: mx(0.8, 7.6), y: 3.65, w: 7.6, h: 1.6, fontFace: style.bodyFont, fontSize: 24, color: 'D6EAF8', align, valign: 'top' },
          text: '',
        },
      },
    ],
  });

  pres.defineSlideMaster({
    title: MASTER_LESSON,
    background: { color: COLORS.paper },
    margin: [0.5, 0.6, 0.5, 0.6],
    slideNumber: { x: mx(12.25, 0.7), y: 7.08, w: 0.7, h: 0.36, color: COLORS.muted, fontFace: style.bodyFont, fontSize: 12, align: style.rtl ? 'left' : 'right' },
    objects: [
      { rect: { x: 0, y: 0, w: SLIDE_W, h: 0.14, fill: { color: COLORS.sky } } },
      { rect: { x: 0, y: 7.02, w: SLIDE_W, h: 0.48, fill: { color: COLORS.pale } } },
      { text: { text: style.footer, options: { x: mx(0.6, 9), y: 7.08, w: 9, h: 0.36, fontSize: 12, color: COLORS.muted, fontFace: style.bodyFont, lang: style.lang, rtlMode: style.rtl, align, margin: 0 } } },
      {
        placeholder: {
          options: { name: 'title', type: 'title', x: 0.6, y: 0.35, w: 12.13, h: 0.95, fontFace: style.headFont, fontSize: 34, bold: true, color: COLORS.ink, align, valign: 'middle' },
          text: '',
        },
      },
      {
        placeholder: {
          options: { name: 'body', type: 'body', x: 0.6, y: 1.5, w: 12.13, h: 5.3, fontFace: style.bodyFont, fontSize: 24, color: COLORS.text, align, valign: 'top' },
          text: '',
        },
      },
    ],
  });
}

/** Bullet paragraphs for a body placeholder or text box. */
export function bullets(items: string[], style: DeckStyle, fontSize = 28): PptxGenJS.TextProps[] {
  return items.map((text) => ({
    text,
    options: { ...baseText(style), bullet: { indent: 27 }, fontSize, color: COLORS.text, paraSpaceAfter: 14, breakLine: true },
  }));
}
