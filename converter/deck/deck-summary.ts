/**
 * The JSON that `deck2video inspect --json` prints (a public contract: users' scripts read it).
 * Pure: Deck in, plain object out.
 */
import { clickCount } from './build-steps.js';
import type { Deck, DeckFormat, SlideElement } from './model.js';

export interface SlideSummaryJson {
  index: number;
  id: number;
  hidden: boolean;
  title: string;
  text: string;
  notes: string;
  layout: string;
  /** Top-level elements drawn from the slide itself (master/layout decoration not counted). */
  elements: number;
  pictures: number;
  tables: number;
  charts: number;
  /** Clicks of the slide's builds, as PowerPoint counts them (0 when it has none). */
  clicks: number;
}

export interface DeckSummary {
  slides: SlideSummaryJson[];
  size: { width: number; height: number; widthPx: number; heightPx: number; aspect: string };
  title: string;
  lang: string;
  format: DeckFormat;
  name: string;
  warnings: string[];
}

/** EMU per CSS pixel (96 px per inch). */
const EMU_PER_PX = 9525;

const ASPECTS: [string, number][] = [
  ['16:9', 16 / 9], ['4:3', 4 / 3], ['16:10', 16 / 10], ['3:2', 3 / 2], ['1:1', 1],
  ['9:16', 9 / 16], ['3:4', 3 / 4], ['10:16', 10 / 16], ['2:3', 2 / 3],
];

/** "16:9" for the usual ratios (within 0.5%), else the ratio itself, e.g. "1.444:1". */
export function aspectLabel(width: number, height: number): string {
  const r = width / height;
  for (const [label, v] of ASPECTS) if (Math.abs(r / v - 1) < 0.005) return label;
  return `${Number(r.toFixed(3))}:1`;
}

function countKinds(elements: SlideElement[], counts: { pictures: number; tables: number; charts: number }): void {
  for (const e of elements) {
    if (e.kind === 'picture') counts.pictures++;
    else if (e.kind === 'table') counts.tables++;
    else if (e.kind === 'chart') counts.charts++;
    else if (e.kind === 'group') countKinds(e.children, counts);
  }
}

export function summariseDeck(deck: Deck): DeckSummary {
  return {
    slides: deck.slides.map((s) => {
      const own = s.elements.filter((e) => e.origin === 'slide');
      const counts = { pictures: 0, tables: 0, charts: 0 };
      countKinds(own, counts);
      return {
        index: s.index,
        id: s.id,
        hidden: s.hidden,
        title: s.title,
        text: s.text,
        notes: s.notes,
        layout: s.layoutName,
        elements: own.length,
        ...counts,
        clicks: clickCount(s.build),
      };
    }),
    size: {
      width: deck.size.width,
      height: deck.size.height,
      widthPx: Math.round(deck.size.width / EMU_PER_PX),
      heightPx: Math.round(deck.size.height / EMU_PER_PX),
      aspect: aspectLabel(deck.size.width, deck.size.height),
    },
    title: deck.title,
    lang: deck.lang,
    format: deck.source.format,
    name: deck.source.name,
    warnings: [...deck.warnings],
  };
}
