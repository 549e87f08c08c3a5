/**
 * How much content a deck may bring, far above real decks, so that a hostile one (a 0.4 MB deck whose
 * slide holds one 50 MB text run, 10^5 shapes on a slide) costs bounded time and memory in every later
 * stage: layout in Chromium, language detection, captions, narration. Past a limit the rest is cut,
 * with one warning per slide that says what was cut; the deck still converts.
 *
 * Largest in the shared corpus (67 decks), for scale: a text run of 791 characters, 5,645 characters of
 * text on a slide, 14,671 of notes, 87,386 characters of text and notes in a deck; 601 elements on a
 * slide, 2,398 in a deck.
 */

export interface ContentLimits {
  /** Characters of one text run (as drawn). */
  runChars: number;
  /** Characters drawn on one slide, and of its text as read for narration and chapters. */
  slideChars: number;
  /** Characters of one slide's speaker notes. */
  notesChars: number;
  /** Characters of text and notes of the whole deck. */
  deckChars: number;
  /** Characters of a title (a chapter name, one line). */
  titleChars: number;
  /** Elements drawn on one slide (shapes, pictures, groups, table cells). */
  slideElements: number;
  /** Elements drawn in the whole deck. */
  deckElements: number;
}

export const DEFAULT_CONTENT_LIMITS: ContentLimits = {
  runChars: 20_000,
  slideChars: 100_000,
  notesChars: 200_000,
  deckChars: 2_000_000,
  titleChars: 500,
  slideElements: 10_000,
  deckElements: 100_000,
};

const n = (x: number) => x.toLocaleString('en-US');

/** The deck's running totals; one per deck read. */
export class DeckBudget {
  private chars = 0;
  private elements = 0;
  /** Deck-wide limits are reported once, at the first slide they cut. */
  private readonly reported = new Set<string>();

  constructor(readonly limits: ContentLimits, readonly warn: (message: string) => void) {}

  /** A slide's budget for what is drawn. */
  slide(slideNumber: number): SlideBudget {
    return new SlideBudget(this, slideNumber);
  }

  /** `count` more elements on a slide that has drawn `onSlide` so far (all or none); false past a limit. */
  takeElements(slideNumber: number, onSlide: number, count: number): boolean {
    const { slideElements, deckElements } = this.limits;
    if (onSlide + count <= slideElements && this.elements + count <= deckElements) {
      this.elements += count;
      return true;
    }
    if (onSlide + count > slideElements) this.warn(`slide ${slideNumber} has more than ${n(slideElements)} shapes: only the first ${n(slideElements)} are drawn`);
    else this.once('elements', `the deck has more than ${n(deckElements)} shapes: from slide ${slideNumber} on, the rest are not drawn`);
    return false;
  }

  /** A slide's title, text or notes as read for narration and chapters: cut to its limit and to what the deck has left. */
  text(what: 'title' | 'text' | 'notes', slideNumber: number, text: string): string {
    const own = what === 'title' ? this.limits.titleChars : what === 'notes' ? this.limits.notesChars : this.limits.slideChars;
    let keep = Math.min(own, this.limits.deckChars - this.chars);
    if (text.length <= keep) {
      if (what !== 'title') this.chars += text.length;
      return text;
    }
    keep = Math.max(0, keep);
    if (what !== 'title') this.chars += keep;
    if (keep < own) this.once('chars', `the deck's text and notes are over ${n(this.limits.deckChars)} characters: from slide ${slideNumber} on, they are cut short`);
    else this.warn(`slide ${slideNumber}: its ${what} (${n(text.length)} characters) ${what === 'notes' ? 'are' : 'is'} cut to the first ${n(keep)}`);
    return cut(text, keep);
  }

  private once(what: string, message: string): void {
    if (this.reported.has(what)) return;
    this.reported.add(what);
    this.warn(message);
  }
}

/** What one slide may still draw. Shared by the slide's own shapes and those of its layout and master. */
export class SlideBudget {
  private elements = 0;
  private chars = 0;

  constructor(private readonly deck: DeckBudget, readonly slideNumber: number) {}

  /** Room for `count` more elements (shapes, pictures, table cells)? All of them or none. */
  takeElements(count = 1): boolean {
    const ok = this.deck.takeElements(this.slideNumber, this.elements, count);
    if (ok) this.elements += count;
    return ok;
  }

  /** A run's text as drawn: at most runChars, and what the slide has left. */
  runText(text: string): string {
    const { runChars, slideChars } = this.deck.limits;
    const keep = Math.max(0, Math.min(runChars, slideChars - this.chars));
    if (text.length <= keep) {
      this.chars += text.length;
      return text;
    }
    this.chars += keep;
    this.deck.warn(keep === runChars
      ? `slide ${this.slideNumber}: text runs over ${n(runChars)} characters are drawn cut to their first ${n(runChars)}`
      : `slide ${this.slideNumber} has more than ${n(slideChars)} characters of text: the rest is not drawn`);
    return cut(text, keep);
  }
}

/** Cut at a code point boundary (never half a surrogate pair). */
function cut(text: string, keep: number): string {
  const code = text.charCodeAt(keep - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? keep - 1 : keep);
}
