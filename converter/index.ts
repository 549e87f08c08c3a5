/**
 * The public API of deck2video (`import … from 'deck2video'`): read a deck, render its slides,
 * plan and run a conversion, and the one error type. The CLI and the service use the library only
 * through this entry and the two documented beside it: 'deck2video/options' (the options tables
 * and their checks) and 'deck2video/google' (reading Google Slides decks).
 */
import { summariseDeck, type DeckSummary } from './deck/deck-summary.js';
import { readDeck, type DeckInput, type ReadDeckOptions } from './deck/read-deck.js';

export * from './deck/model.js';
export { ConvertError, isConvertError, EXIT_CODES, type ErrorCode } from './errors.js';
export { readDeck, deckFromPackage, type AnyDeckInput, type DeckInput, type ReadDeckOptions } from './deck/read-deck.js';
export { summariseDeck, aspectLabel, type DeckSummary, type SlideSummaryJson } from './deck/deck-summary.js';
export { DEFAULT_LIMITS, type PackageLimits } from './deck/pptx/open-package.js';

/** Every slide (hidden ones included) with title, text and notes, plus size and repairs: what `inspect` shows. */
export async function inspectDeck(input: DeckInput, options: ReadDeckOptions = {}): Promise<DeckSummary> {
  return summariseDeck(await readDeck(input, options));
}

export { renderDeck, slideFileName, type RenderOptions, type RenderResult } from './render/render-deck.js';
export { parseSlideRange } from './render/slide-range.js';
export { convertDeck, type ConvertResult } from './pipeline.js';
export { planConversion, type ConversionPlan, type ConvertInput, type PlannedSlide } from './plan-conversion.js';
export { describeConversion } from './describe-conversion.js';
export { preflightConversion } from './preflight-conversion.js';
export { assertDeckReadable, assertWritableFolder } from './preflight.js';
export { sweepStale, type SweepResult } from './cache/sweep.js';
export type { ConvertOptions } from './options/convert-options.js';
export type { Layout, Segment, Shot, Timeline } from './assemble/timeline-types.js';
export type { Fit, Resolution } from './assemble/video-format.js';
export type { TransitionName } from './assemble/xfade-transitions.js';
export type { ImageProviderName } from './illustrate/defaults.js';
export type { FramePlan, IllustrationPlan } from './illustrate/plan.js';
export type { TtsEngine } from './narrate/defaults.js';
export { STAGE_LABELS, type ProgressEvent, type ProgressListener, type Stage } from './progress.js';
/** Shared with the CLI and the service: whole-file installs (durable where a restart trusts them) and picture sniffing. */
export { writeFileAtomic, installFile, type InstallOptions } from './atomic-file.js';
export { imageFormat, isPngOrJpeg, type ImageFormat } from './image-format.js';
