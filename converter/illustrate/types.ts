/**
 * Shared types of the illustrate stage: what a slide is about (SlideConcept), how it is drawn
 * (CardSpec for the offline provider) and what the planner hands to providers (FramePlan).
 */

export type CardLayout = 'concept' | 'comparison' | 'steps' | 'number';

export interface FrameSize {
  width: number;
  height: number;
}

/** What one slide is about, worked out from its title and notes (pure, deterministic). */
export interface SlideConcept {
  slideIndex: number;
  /** Base language (ISO 639-1) of the slide's text. */
  lang: string;
  dir: 'ltr' | 'rtl';
  title: string;
  /** The key concept: the best key phrase (the title when nothing scored). */
  keyPhrase: string;
  /** The card's headline: the title when short enough, else the key phrase. */
  headline: string;
  /** Weighted stems (best first) for matching an illustration. */
  keywords: ConceptKeyword[];
  /** Up to three short supporting points from the notes. */
  points: string[];
  layout: CardLayout;
  /** Layout 'number': the figure ("97%") and what it measures. */
  figure?: { value: string; caption: string };
  /** Layout 'comparison': the two sides ("Plant cells", "Animal cells"). */
  sides?: [string, string];
  /** Layout 'steps': three or four short steps, in order. */
  steps?: string[];
  /** Layout 'comparison': a supporting sentence per side ('' when none mentions it). */
  sidePoints?: [string, string];
}

export interface ConceptKeyword {
  stem: string;
  /** Relative importance (tf x idf, key phrase boosted). */
  weight: number;
  /** The word is in the slide title: the strongest hint of what to show. */
  inTitle?: boolean;
}

/** One illustration, as inline SVG (viewBox included). */
export interface IconSvg {
  /** Which set and icon (e.g. "fluent-emoji-flat:seedling"), for cache keys and reports. */
  id: string;
  svg: string;
}

/** Everything the offline card needs: a pure description, rendered by card-html.ts. */
export interface CardSpec {
  layout: CardLayout;
  lang: string;
  dir: 'ltr' | 'rtl';
  /** Small label above the headline (the slide title when the headline is not the title). */
  kicker: string;
  headline: string;
  points: string[];
  icon: IconSvg;
  /** comparison: the second side's icon. */
  icon2?: IconSvg;
  figure?: { value: string; caption: string };
  sides?: [string, string];
  /** steps: text and a small line icon per step. */
  steps?: { text: string; icon: IconSvg }[];
  /** comparison: one supporting point per side ('' when the notes have none). */
  sidePoints?: [string, string];
  /** Picks one of a few shapes for decorations, so consecutive cards are not identical. */
  variant: number;
}
