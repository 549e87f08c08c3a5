/**
 * What every element reader needs to resolve one part's XML into the Deck model: the package (for
 * relationships and related parts), the theme and colour map in force, and where to record pictures
 * and repairs. One context per part being read (slide, layout, master, chart, diagram drawing).
 */
import type { SlideBudget } from '../content-limits.js';
import type { Package } from './package.js';
import type { ThemeData } from './theme-data.js';

/** Scheme colour names as used in a slide (bg1, tx1, bg2, tx2, accent1..6, hlink, folHlink) -> theme slot. */
export type ColorMap = Record<string, string>;

export interface ReadContext {
  pkg: Package;
  /** Absolute part name whose relationships resolve r:id / r:embed here, e.g. "/ppt/slides/slide3.xml". */
  part: string;
  theme: ThemeData;
  colorMap: ColorMap;
  /** 1-based number of the slide being read (for slide-number fields); 0 outside slides. */
  slideNumber: number;
  /** Registers a picture part for Deck.media and returns its media key ('' when it cannot be read). */
  media: (partName: string) => string;
  /** Records a repair or unsupported feature; the same message is kept once per deck. */
  warn: (message: string) => void;
  /** What the slide being read may still draw (content-limits.ts); absent when reading parts on their own. */
  budget?: SlideBudget;
}

/** The same context, for a related part (chart, diagram drawing) whose rels resolve differently. */
export function forPart(ctx: ReadContext, part: string): ReadContext {
  return { ...ctx, part };
}
