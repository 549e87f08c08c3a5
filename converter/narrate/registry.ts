/**
 * The TTS engines by --tts name. Adding an engine = one provider file plus one line here.
 * Every provider comes back wrapped in its concurrency limit, shared by all slides.
 */
import { createLimiter } from '../parallel.js';
import type { ResolvedNarrationOptions } from './options.js';
import type { TtsProvider } from './provider.js';
import { createEspeakProvider } from './espeak-provider.js';
import { createGoogleProvider } from './google-provider.js';
import { createOpenAiProvider } from './openai-provider.js';

type Factory = (o: ResolvedNarrationOptions) => Promise<TtsProvider>;

const PROVIDERS: Record<string, Factory> = {
  espeak: createEspeakProvider,
  openai: createOpenAiProvider,
  google: createGoogleProvider,
};

export function ttsNames(): string[] {
  return Object.keys(PROVIDERS);
}

export async function createProvider(o: ResolvedNarrationOptions): Promise<TtsProvider> {
  const provider = await PROVIDERS[o.tts]!(o);
  const limit = createLimiter(provider.concurrency);
  return {
    name: provider.name,
    concurrency: provider.concurrency,
    warnings: provider.warnings,
    voiceId: (lang) => provider.voiceId(lang),
    synthesize: (text, lang, signal) => limit(() => provider.synthesize(text, lang, signal)),
  };
}
