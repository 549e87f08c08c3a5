/** Public surface of the illustrate stage. */
export { illustrateDeck, prepareIllustrations, FRAME_CACHE_KIND, type IllustratedFrame } from './illustrate-deck.js';
export { planIllustrations, frameKey, type FramePlan, type IllustrationPlan } from './plan.js';
export { describePlan } from './describe-plan.js';
export { resolveIllustrateOptions, IMAGE_PROVIDERS, type IllustrateOptions, type ResolvedIllustrateOptions, type ImageProviderName } from './options.js';
export { slideInputsFromDeck, type SlideIllustrationInput } from './slide-inputs.js';
export { buildStyleLock, type StyleLock } from './style/style-lock.js';
export { DEFAULT_IMAGE_MODEL, DEFAULT_IMAGE_STYLE, DEFAULT_PROMPT_LLM_MODEL } from './defaults.js';
export type { FrameSize, SlideConcept, CardSpec, CardLayout } from './types.js';
