/**
 * 'deck2video/google': reading a Google Slides deck (Drive's .pptx export, the Slides API's titles,
 * notes and skipped slides, and with renderer 'google' Google's own slide pictures) into the same
 * Deck model a .pptx gives. `convertDeck({ deck }, { slideImages })` and `renderDeck({ deck }, …)`
 * take the result. googleapis is loaded only when a deck is read.
 */
export { readGoogleSlides, type GoogleSlidesOptions, type GoogleSlidesResult, type SlideRenderer } from './read-google-slides.js';
export { parseDeckId } from './deck-id.js';
export { LOGIN_HINT, TOKEN_ENV } from './google-auth.js';
export { ROOT_URL_ENV } from './root-url.js';
/**
 * For callers that keep a Google deck to convert later without the token (the service's durable
 * jobs): store `pptx` and `info` of the result, then rebuild the same deck with
 * `mergeDeckInfo(await readDeck({ bytes: pptx, name }), info, id).deck`.
 */
export { mergeDeckInfo, type MergedDeck } from './merge-info.js';
export type { GoogleDeckInfo, GoogleSlideInfo } from './slides-info.js';
