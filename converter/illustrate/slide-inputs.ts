/**
 * What the illustrate stage needs from each slide: title, notes without directives, and the
 * directives about images ([image: …] and [no image]) already read by the script module.
 */
import type { Deck } from '../deck/model.js';
import { parseDirectives } from '../script/directives.js';

export interface SlideIllustrationInput {
  /** 1-based slide index in the deck. */
  slideIndex: number;
  title: string;
  /** Everything the slide shows, title included (what the notes talk around). */
  text?: string;
  /** Notes text with every directive removed. */
  notes: string;
  /** From [image: …]: the prompt to use instead of one derived from the notes. */
  imagePrompt?: string;
  /** From [no image]: this slide gets no illustrative frame. */
  noImage?: boolean;
}

/** Inputs for the slides that will be in the video: hidden ones only when asked, [skip] never. */
export function slideInputsFromDeck(deck: Pick<Deck, 'slides'>, includeHidden = false): SlideIllustrationInput[] {
  const out: SlideIllustrationInput[] = [];
  for (const slide of deck.slides) {
    if (slide.hidden && !includeHidden) continue;
    const d = parseDirectives(slide.notes);
    if (d.skip) continue;
    out.push({
      slideIndex: slide.index,
      title: slide.title,
      text: slide.text,
      notes: d.segments.map((s) => s.text.trim()).filter(Boolean).join('\n'),
      ...(d.imagePrompt ? { imagePrompt: d.imagePrompt } : {}),
      ...(d.noImage ? { noImage: true } : {}),
    });
  }
  return out;
}
