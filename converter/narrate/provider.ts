/**
 * The one interface every TTS engine implements. Adding an engine = one file implementing this plus
 * one line in registry.ts.
 */
import type { Pcm } from './pcm.js';

export interface TtsProvider {
  /** The --tts name. */
  readonly name: string;
  /** Requests this provider should have in flight at most. */
  readonly concurrency: number;
  /** Problems worth telling the user once (a missing voice, a fallback), collected by the deck narrator. */
  readonly warnings: string[];
  /**
   * Everything that changes the sound for `lang` (engine, version, model, voice, rate, instructions):
   * part of the cache key of a slide's audio.
   */
  voiceId(lang: string): string;
  /**
   * Speak one sentence (it may be chunked internally). Any sample rate; mono 16-bit.
   * Rejects with ConvertError for anything the user can act on.
   */
  synthesize(text: string, lang: string, signal?: AbortSignal): Promise<Pcm>;
}
