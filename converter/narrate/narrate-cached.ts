/**
 * A slide's narration through the artifact cache: the key is the script as spoken plus everything
 * that changes the voice (provider.voiceId), so editing one slide's notes re-synthesizes that slide
 * only, and re-exporting with the same voice costs no TTS at all.
 */
import type { ArtifactCache } from '../cache/artifact-cache.js';
import { cacheKey } from '../cache/cache-key.js';
import type { SlideScript } from '../script/build-script.js';
import { narrateSlide, narrationKey, type SlideAudio } from './narrate-slide.js';
import type { TtsProvider } from './provider.js';

const AUDIO_VERSION = 1;
export const AUDIO_CACHE_KIND = 'audio';

export type CachedSlideAudio = Omit<SlideAudio, 'wav'> & { wavPath: string; cached: boolean };

export async function narrateSlideCached(
  script: SlideScript,
  provider: TtsProvider,
  cache: ArtifactCache,
  signal?: AbortSignal,
): Promise<CachedSlideAudio> {
  const key = cacheKey({ v: AUDIO_VERSION, narration: narrationKey(script, provider) });
  const wavPath = await cache.has(AUDIO_CACHE_KIND, key, 'wav');
  const meta = wavPath ? await cache.getJson<Omit<SlideAudio, 'wav'>>(AUDIO_CACHE_KIND, key) : undefined;
  if (wavPath && meta) return { ...meta, wavPath, cached: true };
  const { wav, ...rest } = await narrateSlide(script, provider, signal);
  await cache.putJson(AUDIO_CACHE_KIND, key, rest);
  // The WAV goes in last: its presence is what marks the entry complete.
  const path = await cache.put(AUDIO_CACHE_KIND, key, 'wav', wav);
  return { ...rest, wavPath: path, cached: false };
}
