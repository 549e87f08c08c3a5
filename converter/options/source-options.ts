/**
 * Options about where a deck comes from and who draws its slides, shared by the commands that read a
 * deck (`--google-slides`, `--renderer`) and by Google Slides jobs of the service (`renderer`).
 */
import { choice, text } from './option-kinds.js';

/** Who draws the slides: ours (our renderer), or google (Google's own thumbnails; Google Slides decks only). */
export const SLIDE_RENDERERS = ['ours', 'google'] as const;
export type SlideRenderer = (typeof SLIDE_RENDERERS)[number];

export const SOURCE_OPTIONS = {
  /** A Google Slides deck id or its docs.google.com address, instead of a file. */
  googleSlides: text({}, { flag: '--google-slides <id>', help: 'read a Google Slides deck (its id or docs.google.com address) instead of a file' }),
  /** Slide pictures: ours (default), or google (Google Slides decks only). */
  renderer: choice(SLIDE_RENDERERS, {
    flag: '--renderer <name>',
    help: "slide pictures: ours (default), or google for Google's own thumbnails (with --google-slides)",
    http: true,
  }),
};
