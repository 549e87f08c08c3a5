/**
 * Public API of the deck2video library. (renderDeck / convertDeck are added here by their stages.)
 */
import { summariseDeck, type DeckSummary } from './deck/deck-summary.js';
import { readDeck, type DeckInput, type ReadDeckOptions } from './deck/read-deck.js';

export * from './deck/model.js';
export { ConvertError, isConvertError, EXIT_CODES, type ErrorCode } from './errors.js';
export { readDeck, deckFromPackage, type DeckInput, type ReadDeckOptions } from './deck/read-deck.js';
export { summariseDeck, aspectLabel, type DeckSummary, type SlideSummaryJson } from './deck/deck-summary.js';
export { DEFAULT_LIMITS, type PackageLimits } from './deck/pptx/open-package.js';
export { clickCount } from './deck/build-steps.js';
export { slideAtStep, revealedText } from './deck/slide-step.js';

/** Every slide (hidden ones included) with title, text and notes, plus size and repairs: what `inspect` shows. */
export async function inspectDeck(input: DeckInput, options: ReadDeckOptions = {}): Promise<DeckSummary> {
  return summariseDeck(await readDeck(input, options));
}
export { convertDeck } from './pipeline.js';
export type { ConvertOptions, ConvertResult, Resolution, Fit } from './convert-options.js';
export type { ProgressEvent, ProgressListener, Stage } from './progress.js';
