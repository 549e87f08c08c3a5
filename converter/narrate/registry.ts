/**
 * The TTS engines by --tts name. Adding an engine = one provider file, its name in TTS_ENGINES
 * (defaults.ts) and one line here (the Record type insists on it). Providers load their SDK (openai,
 * googleapis) when created, so importing this registry, or checking options, loads none.
 * Every provider comes back wrapped in its concurrency limit, shared by all slides.
 */
import { createLimiter } from '../parallel.js';
import type { TtsEngine } from './defaults.js';
import { createEspeakProvider } from './espeak-provider.js';
import { createGoogleProvider } from './google-provider.js';
import { createOpenAiProvider } from './openai-provider.js';
import type { ResolvedNarrationOptions } from './options.js';
import type { TtsProvider } from './provider.js';

type Factory = (o: ResolvedNarrationOptions) => Promise<TtsProvider>;

const PROVIDERS: Record<TtsEngine, Factory> = {
  espeak: createEspeakProvider,
  openai: createOpenAiProvider,
  google: createGoogleProvider,
};

export async function createProvider(o: ResolvedNarrationOptions): Promise<TtsProvider> {
  const provider = await PROVIDERS[o.tts](o);
  const limit = createLimiter(provider.concurrency);
  return {
    name: provider.name,
    concurrency: provider.concurrency,
    warnings: provider.warnings,
    voiceId: (lang) => provider.voiceId(lang),
    synthesize: (text, lang, signal) => limit(() => provider.synthesize(text, lang, signal)),
  };
}
