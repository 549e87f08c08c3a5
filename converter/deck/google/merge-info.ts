/**
 * The deck read from Drive's .pptx export, corrected with what the Slides API says. The export keeps
 * slide order, so slides are matched by position; a different count (the deck edited between the two
 * calls) is reported and the shorter list decides.
 */
import type { Deck, Slide } from '../model.js';
import type { GoogleDeckInfo } from './slides-info.js';

export interface MergedDeck {
  deck: Deck;
  /** Problems of the merge; also appended to deck.warnings. */
  warnings: string[];
}

export function mergeDeckInfo(deck: Deck, info: GoogleDeckInfo, id: string): MergedDeck {
  const warnings: string[] = [];
  if (deck.slides.length !== info.slides.length) {
    warnings.push(
      `the exported deck has ${deck.slides.length} slide${deck.slides.length === 1 ? '' : 's'} but the Slides API lists ${info.slides.length} ` +
        `(was the deck edited meanwhile?); slides are matched by position: convert again if they look wrong`,
    );
  }
  const slides = deck.slides.map((s, i): Slide => {
    const g = info.slides[i];
    if (!g) return s;
    return {
      ...s,
      objectId: g.objectId,
      // Skipped slides must stay out of the video even if the export did not mark them show="0".
      hidden: s.hidden || g.skipped,
      title: g.title || s.title,
      // The API's notes win: they are exactly what the teacher typed in the speaker-notes panel, while
      // the export is Google's conversion to PowerPoint, which can split soft line breaks into
      // paragraphs, flatten smart chips and auto-text, or drop characters PowerPoint has no run for.
      // Narration is read from the notes, so the source of truth matters more than agreement.
      notes: g.notes,
    };
  });
  return {
    deck: {
      ...deck,
      // The name shown to users beside the title (inspect's outline): where the deck came from.
      source: { format: 'google-slides', name: `Google Slides ${id}` },
      title: info.title || deck.title,
      lang: deck.lang || info.locale,
      slides,
      warnings: [...deck.warnings, ...warnings],
    },
    warnings,
  };
}
