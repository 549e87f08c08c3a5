/** Every default of the translate stage in one place. Model names are options (--translate-model). */

/** The --translator names; registry.ts has one factory per name. None is the default: translating is asked for. */
export const TRANSLATORS = ['google', 'openai', 'libretranslate'] as const;
export type TranslatorName = (typeof TRANSLATORS)[number];

export const GOOGLE_TRANSLATE_ROOT_URL = 'https://translation.googleapis.com/';
export const GOOGLE_TRANSLATE_SCOPES = ['https://www.googleapis.com/auth/cloud-translation'];
/** v2 takes at most 128 texts per request; Google advises under 30k characters per v3 request. */
export const GOOGLE_MAX_ITEMS = 128;
export const GOOGLE_MAX_CHARS = 20_000;

export const OPENAI_TRANSLATE_MODEL = 'gpt-4.1-mini';
/** A chat model keeps a batch aligned more reliably when it is short. */
export const OPENAI_MAX_ITEMS = 40;
export const OPENAI_MAX_CHARS = 6_000;

export const LIBRETRANSLATE_MAX_ITEMS = 50;
export const LIBRETRANSLATE_MAX_CHARS = 5_000;

export const REMOTE_CONCURRENCY = 4;

/** Bump when what a cached translation means changes (markup, checks). */
export const TRANSLATION_CACHE_VERSION = 1;
export const TRANSLATION_CACHE_KIND = 'translations';
