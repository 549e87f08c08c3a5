/**
 * Every default of the illustrate stage in one place, including the model names that age fastest.
 */

/** Where illustrative frames come from (--images). */
export const IMAGE_PROVIDERS = ['offline', 'openai', 'none'] as const;
export type ImageProviderName = (typeof IMAGE_PROVIDERS)[number];

/** Default look of every frame; the deck's palette is added to it by the style lock. */
export const DEFAULT_IMAGE_STYLE = 'flat vector illustration, soft light, no lettering';

/**
 * Default OpenAI image model. gpt-image-1 is retired; gpt-image-1.5 is the current GPT image model
 * that the openai SDK (v6) documents as the images.generate default.
 */
export const DEFAULT_IMAGE_MODEL = 'gpt-image-1.5';

/** Quality asked of GPT image models; fixed (not 'auto') so the cost estimate holds. */
export const DEFAULT_IMAGE_QUALITY = 'medium';

/** Default model for --prompt-llm (any OpenAI-compatible chat endpoint). */
export const DEFAULT_PROMPT_LLM_MODEL = 'gpt-5-mini';

/** Parallel image requests: providers rate-limit per minute, and two keep a 20-slide deck quick. */
export const DEFAULT_IMAGE_CONCURRENCY = 2;

/** Retries of one request on 408/409/429/5xx and connection errors (exponential backoff, Retry-After honoured). */
export const DEFAULT_MAX_RETRIES = 3;

/** One image request may take this long before it is retried (GPT image models take 10-60 s). */
export const DEFAULT_REQUEST_TIMEOUT_MS = 180_000;

/** Frame size when the caller gives none (the video's size). */
export const DEFAULT_FRAME_SIZE = { width: 1920, height: 1080 };

/** Bump when card rendering changes, so cached cards are not reused across designs. */
export const OFFLINE_CARD_VERSION = 'concept-card-1';

export type ImageQuality = 'low' | 'medium' | 'high';

/**
 * ESTIMATED price per image in US dollars, as published for the OpenAI API around 2026-03
 * (square = 1024x1024, wide = 1536x1024 or 1024x1536). Shown by --dry-run as an estimate only:
 * prompts are also billed as input tokens, and prices change.
 */
export const IMAGE_PRICES_AS_OF = '2026-03';
export const IMAGE_PRICES_USD: Record<string, Record<ImageQuality, { square: number; wide: number }>> = {
  'gpt-image-1.5': {
    low: { square: 0.009, wide: 0.013 },
    medium: { square: 0.034, wide: 0.05 },
    high: { square: 0.133, wide: 0.2 },
  },
  'chatgpt-image-latest': {
    low: { square: 0.009, wide: 0.013 },
    medium: { square: 0.034, wide: 0.05 },
    high: { square: 0.133, wide: 0.2 },
  },
  'gpt-image-1-mini': {
    low: { square: 0.005, wide: 0.006 },
    medium: { square: 0.011, wide: 0.015 },
    high: { square: 0.036, wide: 0.052 },
  },
  'gpt-image-1': {
    low: { square: 0.011, wide: 0.016 },
    medium: { square: 0.042, wide: 0.063 },
    high: { square: 0.167, wide: 0.25 },
  },
};
