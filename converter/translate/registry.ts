/**
 * The translators by --translator name. Adding one = a provider file, its name in TRANSLATORS
 * (defaults.ts) and one line here. Providers load their SDK when created, so nothing is loaded,
 * and nothing is contacted, unless a translation is asked for.
 */
import type { TranslatorName } from './defaults.js';
import type { ResolvedTranslateOptions } from './options.js';
import { createGoogleTranslator } from './providers/google-translate.js';
import { createLibreTranslator } from './providers/libretranslate.js';
import { createOpenAiTranslator } from './providers/openai-translate.js';
import type { TranslationProvider } from './translator.js';

const TRANSLATOR_FACTORIES: Record<TranslatorName, (o: ResolvedTranslateOptions) => Promise<TranslationProvider>> = {
  google: createGoogleTranslator,
  openai: createOpenAiTranslator,
  libretranslate: createLibreTranslator,
};

export function createTranslator(o: ResolvedTranslateOptions): Promise<TranslationProvider> {
  return TRANSLATOR_FACTORIES[o.translator](o);
}
